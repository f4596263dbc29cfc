/// Token ranges inside quotation marks, straight or curly.
enum QuoteSpans {
    /// Token indices of `range` that stand inside a quotation.
    static func quotedTokens(_ doc: Document, _ range: Range<Int>) -> Set<Int> {
        var inside = Set<Int>()
        for pair in quotations(doc, range) { inside.formUnion((pair.lowerBound + 1)..<pair.upperBound) }
        return inside
    }

    /// Each quotation of `range` as the token range from its opening mark to its closing
    /// mark (both included minus one: `open..<close`, so `open + 1..<close` are the words).
    /// An opening mark left open at the end of `range` gives nothing.
    static func quotations(_ doc: Document, _ range: Range<Int>) -> [Range<Int>] {
        var pairs: [Range<Int>] = []
        var open: Int? = nil
        for index in range {
            let token = doc.tokens[index]
            guard token.kind == .punct else { continue }
            if let start = open {
                if closers.contains(token.text) {
                    pairs.append(start..<index)
                    open = nil
                }
            } else if openers.contains(token.text) {
                open = index
            }
        }
        return pairs
    }
}
