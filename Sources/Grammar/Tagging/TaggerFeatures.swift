/// The tagger's feature templates: the word, its affixes and shape, its neighbours two either
/// side, the two tags predicted before it, and the ambiguity classes (the tags training saw
/// for a word) of the word and the two after it, which stand in for tags not yet predicted.
enum TaggerFeatures {
    static let count = 32

    /// Writes the keys of token `i` into `keys` (which has room for `count`).
    @inline(__always)
    static func extract(_ words: UnsafeBufferPointer<Lexeme>, _ classes: UnsafeBufferPointer<UInt64>, _ i: Int, previous p1: Int, _ p2: Int,
        into keys: UnsafeMutablePointer<UInt64>) {
        let w = words[i]
        let m1 = i >= 1 ? words[i - 1] : Lexeme.none
        let m2 = i >= 2 ? words[i - 2] : Lexeme.start2
        let n1 = i + 1 < words.count ? words[i + 1] : Lexeme.none
        let n2 = i + 2 < words.count ? words[i + 2] : Lexeme.end2
        let t1 = UInt64(p1 + 3)
        let t2 = UInt64(p2 + 3)
        let first: UInt64 = i == 0 ? 1 : 0
        var k = 0
        @inline(__always) func put(_ key: UInt64) { keys[k] = key; k += 1 }
        put(FeatureHash.mix(1, 0))
        put(FeatureHash.mix(2, w.form))
        put(FeatureHash.mix(3, w.lower))
        put(FeatureHash.mix(4, w.suffix1))
        put(FeatureHash.mix(5, w.suffix2))
        put(FeatureHash.mix(6, w.suffix3))
        put(FeatureHash.mix(7, w.suffix4))
        put(FeatureHash.mix(8, w.prefix1))
        put(FeatureHash.mix(9, w.prefix2))
        put(FeatureHash.mix(10, w.prefix3))
        put(FeatureHash.mix(11, w.shape))
        put(FeatureHash.mix(12, w.flags | first << 5))
        put(FeatureHash.mix(13, t1))
        put(FeatureHash.mix(14, t2, t1))
        put(FeatureHash.mix(15, t1, w.lower))
        put(FeatureHash.mix(16, m1.lower))
        put(FeatureHash.mix(17, m1.suffix3))
        put(FeatureHash.mix(18, m2.lower))
        put(FeatureHash.mix(19, n1.lower))
        put(FeatureHash.mix(20, n1.suffix3))
        put(FeatureHash.mix(21, n2.lower))
        put(FeatureHash.mix(22, m1.lower, w.lower))
        put(FeatureHash.mix(23, w.lower, n1.lower))
        put(FeatureHash.mix(24, t1, n1.lower))
        put(FeatureHash.mix(25, n1.shape, w.shape))
        put(FeatureHash.mix(26, n1.suffix2))
        put(FeatureHash.mix(27, t1, w.suffix3))
        let c0 = classes[i]
        let c1 = i + 1 < words.count ? classes[i + 1] : 1
        let c2 = i + 2 < words.count ? classes[i + 2] : 2
        put(FeatureHash.mix(28, c0))
        put(FeatureHash.mix(29, c1))
        put(FeatureHash.mix(30, c2, c1))
        put(FeatureHash.mix(31, c0, c1))
        put(FeatureHash.mix(32, t1, c0))
    }
}
