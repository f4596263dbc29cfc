/// The parser's feature templates over a configuration: words and tags of the top three stack
/// items and the first three buffer words, the outer children of s0, s1 and b0 with their
/// labels, distance, valency and label sets, in the combinations of Zhang and Nivre (2011), trimmed.
enum ParserFeatures {
    static let count = 57
    static let rootWord: UInt64 = 0x524F_4F54
    static let noWord: UInt64 = 0x4E4F_4E45

    @inline(__always)
    static func extract(_ state: ParserState, words: UnsafeBufferPointer<Lexeme>, tags: UnsafeBufferPointer<Int>, into keys: UnsafeMutablePointer<UInt64>) {
        let depth = state.stack.count
        let s0 = Int(state.stack[depth - 1])
        let s1 = depth >= 2 ? Int(state.stack[depth - 2]) : -1
        let s2 = depth >= 3 ? Int(state.stack[depth - 3]) : -1
        let n = state.count
        let b0 = state.buffer <= n ? state.buffer : -1
        let b1 = state.buffer + 1 <= n ? state.buffer + 1 : -1
        let b2 = state.buffer + 2 <= n ? state.buffer + 2 : -1
        @inline(__always) func w(_ i: Int) -> UInt64 { i > 0 ? words[i - 1].lower : (i == 0 ? rootWord : noWord) }
        @inline(__always) func t(_ i: Int) -> UInt64 { i > 0 ? UInt64(tags[i - 1] + 2) : (i == 0 ? 1 : 0) }
        @inline(__always) func l(_ i: Int) -> UInt64 { i > 0 ? UInt64(state.labels[i] + 1) : 0 }
        @inline(__always) func child(_ array: [Int32], _ i: Int) -> Int { i >= 0 ? Int(array[i]) : 0 }
        let s0L = s0 > 0 ? child(state.left1, s0) : 0, s0L2 = s0 > 0 ? child(state.left2, s0) : 0
        let s0R = s0 > 0 ? child(state.right1, s0) : 0, s0R2 = s0 > 0 ? child(state.right2, s0) : 0
        let s1L = s1 > 0 ? child(state.left1, s1) : 0, s1R = s1 >= 0 ? child(state.right1, s1) : 0
        let b0L = b0 > 0 ? child(state.left1, b0) : 0, b0L2 = b0 > 0 ? child(state.left2, b0) : 0
        let s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), b0w = w(b0), b0t = t(b0)
        let b1w = w(b1), b1t = t(b1), b2t = t(b2), s2t = t(s2)
        let distance: UInt64 = b0 > 0 ? UInt64(min(b0 - s0, 10)) : 11
        let vs0 = s0 >= 0 ? UInt64(state.leftCount[s0]) << 8 | UInt64(state.rightCount[s0]) : 0
        let vb0 = b0 > 0 ? UInt64(state.leftCount[b0]) : 0
        var k = 0
        @inline(__always) func put(_ key: UInt64) { keys[k] = key; k += 1 }
        typealias H = FeatureHash
        put(H.mix(100, 0))
        put(H.mix(101, s0w)); put(H.mix(102, s0t)); put(H.mix(103, s0w, s0t))
        put(H.mix(104, s1w)); put(H.mix(105, s1t)); put(H.mix(106, s1w, s1t))
        put(H.mix(107, b0w)); put(H.mix(108, b0t)); put(H.mix(109, b0w, b0t))
        put(H.mix(110, b1w)); put(H.mix(111, b1t)); put(H.mix(112, b2t)); put(H.mix(113, s2t))
        put(H.mix(114, s0w, b0w)); put(H.mix(115, s0t, b0t)); put(H.mix(116, s0w, b0t)); put(H.mix(117, s0t, b0w))
        put(H.mix(118, s0t, s1t)); put(H.mix(119, s1w, s0w)); put(H.mix(120, s1t, s0w)); put(H.mix(121, s1w, s0t))
        put(H.mix(122, s0t, b0t, b1t)); put(H.mix(123, s1t, s0t, b0t)); put(H.mix(124, s2t, s1t, s0t)); put(H.mix(125, b0t, b1t, b2t))
        put(H.mix(126, s1t, b0t)); put(H.mix(127, s1w, b0w))
        put(H.mix(128, s0t, t(s0L), b0t)); put(H.mix(129, s0t, t(s0R), b0t)); put(H.mix(130, s1t, s0t, t(s0L)))
        put(H.mix(131, s1t, t(s1R), s0t)); put(H.mix(132, s0t, b0t, t(b0L)))
        put(H.mix(133, w(s0L))); put(H.mix(134, t(s0L), l(s0L))); put(H.mix(135, w(s0R))); put(H.mix(136, t(s0R), l(s0R)))
        put(H.mix(137, t(s1R), l(s1R))); put(H.mix(138, t(s1L), l(s1L))); put(H.mix(139, t(b0L), l(b0L))); put(H.mix(140, w(b0L)))
        put(H.mix(141, s0t, l(s0L), l(s0L2))); put(H.mix(142, s0t, l(s0R), l(s0R2))); put(H.mix(143, b0t, l(b0L), l(b0L2)))
        put(H.mix(144, distance, s0t, b0t)); put(H.mix(145, distance, s0w)); put(H.mix(146, distance, b0w))
        put(H.mix(147, s0w, vs0)); put(H.mix(148, s0t, vs0)); put(H.mix(149, b0w, vb0))
        put(H.mix(150, b0w, b1w)); put(H.mix(151, b0t, b1w)); put(H.mix(152, s0w, s0t, b0t))
        // Label sets: which relations s0 and b0 already have on each side (a verb with a subject
        // takes no second one).
        let s0ls = s0 >= 0 ? state.leftLabels[s0] : 0, s0rs = s0 >= 0 ? state.rightLabels[s0] : 0
        let b0ls = b0 > 0 ? state.leftLabels[b0] : 0
        put(H.mix(153, s0t, s0ls)); put(H.mix(154, s0t, s0rs)); put(H.mix(155, b0t, b0ls)); put(H.mix(156, s0w, s0rs))
    }
}
