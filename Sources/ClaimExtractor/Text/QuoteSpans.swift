/// Token ranges inside quotation marks, straight or curly.
enum QuoteSpans {
    static let openers: Set<String> = ["\"", "\u{201C}", "\u{201E}", "«"]
    static let closers: Set<String> = ["\"", "\u{201D}", "\u{201C}", "»"]

    /// Token indices of `range` that stand inside a quotation.
    static func quotedTokens(_ doc: Document, _ range: Range<Int>) -> Set<Int> {
        var inside = Set<Int>()
        var open: Int? = nil
        for index in range {
            let token = doc.tokens[index]
            guard token.kind == .punct else { continue }
            if let start = open {
                if closers.contains(token.text) {
                    inside.formUnion((start + 1)..<index)
                    open = nil
                }
            } else if openers.contains(token.text) {
                open = index
            }
        }
        return inside
    }
}
