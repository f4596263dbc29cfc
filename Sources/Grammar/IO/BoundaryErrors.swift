/// Sentence boundaries our splitter misses or adds on the raw text rebuilt from a CoNLL-U file,
/// each with its cause: the kind of text that ends before the point and the kind that starts
/// after it (`full stop | capitalised`, `word | capitalised`, `abbreviation | lower case`).
public struct BoundaryErrors: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        /// Byte offset in the raw text where one sentence ends.
        public var offset: Int
        /// `before | after`, see `BoundaryErrors.kind(of:)`.
        public var cause: String
        /// The text around the point, with `‖` at the point.
        public var context: String
    }

    /// Gold sentence ends our splitter does not make, and ends it makes that gold does not have.
    public var missed: [Point] = []
    public var spurious: [Point] = []

    /// Counts per cause, most frequent first (ties by cause).
    public static func tally(_ points: [Point]) -> [(cause: String, count: Int)] {
        var counts: [String: Int] = [:]
        for p in points { counts[p.cause, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.cause) < ($0.count, $1.cause) }
    }

    public init(_ sentences: [CoNLLUSentence]) {
        let (text, starts) = GrammarEvaluation.rawText(sentences)
        var goldEnds = Set<Int>()
        for (index, sentence) in sentences.enumerated() where index + 1 < sentences.count {
            // A sentence ends where its text ends, trailing spaces left out.
            var end = starts[index] + Array((sentence.text ?? sentence.forms.joined(separator: " ")).utf8).count
            while end > starts[index] && Self.isSpace(text[end - 1]) { end -= 1 }
            goldEnds.insert(end)
        }
        let tokens = Tokenizer.tokenize(text)
        let predicted = SentenceSplitter.split(text, tokens)
        var ours = Set<Int>()
        for s in predicted.dropLast() where !s.tokens.isEmpty { ours.insert(Int(tokens.ends[s.tokens.upperBound - 1])) }
        missed = goldEnds.subtracting(ours).sorted().map { Self.point(text, $0) }
        spurious = ours.subtracting(goldEnds).sorted().map { Self.point(text, $0) }
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

    static func point(_ text: [UInt8], _ offset: Int) -> Point {
        var a = offset
        while a > 0 && !isSpace(text[a - 1]) { a -= 1 }
        var b = offset
        while b < text.count && isSpace(text[b]) { b += 1 }
        var c = b
        while c < text.count && !isSpace(text[c]) { c += 1 }
        let before = Array(text[a..<offset])
        let after = Array(text[b..<c])
        let lineBreak = text[offset..<b].contains(0x0A)
        let cause = kind(before: before) + (lineBreak ? " / line | " : " | ") + kind(after: after)
        let from = max(0, offset - 50)
        let to = min(text.count, offset + 50)
        let context = String(decoding: text[from..<offset], as: UTF8.self) + "‖" + String(decoding: text[offset..<to], as: UTF8.self)
        return Point(offset: offset, cause: cause, context: context.replacingOccurrences(of: "\n", with: " "))
    }

    /// The kind of the non-space run that ends before a point.
    public static func kind(before word: [UInt8]) -> String {
        guard let last = word.last else { return "nothing" }
        var core = word[...]
        var quoted = false
        while let c = core.last, isCloser(core) || c == 0x29 || c == 0x5D {
            quoted = true
            core = core.dropLast(c >= 0x80 ? 3 : 1)
        }
        let suffix = quoted ? " + closer" : ""
        guard let end = core.last else { return "closer" }
        if end == 0x21 || end == 0x3F { return "! or ?" + suffix }
        if core.count >= 2 && core.suffix(2).allSatisfy({ $0 == 0x2E }) || core.elementsEqual([0xE2, 0x80, 0xA6]) || core.suffix(3).elementsEqual([0xE2, 0x80, 0xA6]) { return "ellipsis" + suffix }
        if end == 0x2E {
            if core.count == 1 { return "full stop" + suffix }
            let stem = core.dropLast()
            if stem.contains(0x2E) || stem.count <= 4 && stem.first.map(isUpper) == true { return "abbreviation" + suffix }
            return stem.allSatisfy(isDigit) ? "number." + suffix : "word." + suffix
        }
        if end == 0x3A || end == 0x3B || end == 0x2C { return "colon or comma" + suffix }
        if word.contains(0x40) || word.starts(with: Array("http".utf8)) || word.starts(with: Array("www.".utf8)) { return "link" }
        if isDigit(last) { return "number" + suffix }
        // An opening bracket or quote in front does not change the word's kind ("(AP)").
        let letter = core.first { !(($0 == 0x28 || $0 == 0x5B || $0 == 0x22 || $0 == 0x27 || $0 >= 0x80)) }
        if let first = letter, isUpper(first) { return "capitalised" + suffix }
        if let first = letter, isLower(first) { return "lower case" + suffix }
        return "symbol" + suffix
    }

    /// The kind of the non-space run that starts after a point.
    public static func kind(after word: [UInt8]) -> String {
        guard let first = word.first else { return "end" }
        if first == 0x22 || first == 0x27 || first == 0x28 || first == 0x5B || word.starts(with: [0xE2, 0x80, 0x9C]) || word.starts(with: [0xE2, 0x80, 0x98]) { return "opener" }
        if first == 0x2D || word.starts(with: [0xE2, 0x80, 0x93]) || word.starts(with: [0xE2, 0x80, 0x94]) { return "dash" }
        if isDigit(first) { return "number" }
        if isUpper(first) { return word.count > 1 && word.dropFirst().allSatisfy({ isUpper($0) || !isLower($0) }) ? "capitals" : "capitalised" }
        if isLower(first) { return "lower case" }
        return "symbol"
    }

    static func isCloser(_ w: ArraySlice<UInt8>) -> Bool {
        guard let c = w.last else { return false }
        if c == 0x22 || c == 0x27 { return true }
        return w.suffix(3).elementsEqual([0xE2, 0x80, 0x9D]) || w.suffix(3).elementsEqual([0xE2, 0x80, 0x99])
    }

    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
