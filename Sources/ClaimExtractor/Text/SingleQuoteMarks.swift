/// Articles that quote with single straight marks (`'We are pleased, ' the chief said.`), the
/// style of some British outlets: where a body has no double quotation mark at all, a `'` that
/// opens a word after a space, a line start, `:` or `(` opens a quotation, and a `'` after a
/// comma, full stop, `?` or `!`, or at a word's end before a line end or punctuation, closes
/// it. Their tokens read as `“` and `”` from then on (offsets and the body text unchanged), so
/// every quotation pass treats them as it treats double marks. An apostrophe inside a word
/// (`don't`), a plural possessive (`the members' votes`, `Lopez' brother`) and any single mark
/// in an article that also uses double marks (nested quotations) stay as they are.
enum SingleQuoteMarks {
    /// The double quotation marks, made once (not per article).
    static let doubles = QuoteSpans.openers.union(QuoteSpans.closers).subtracting(["'"])

    static func normalized(_ tokens: [Token]) -> [Token] {
        // One pass over the tokens: is there a single mark, and no double one?
        let doubles = Self.doubles
        var single = false
        for token in tokens where token.kind == .punct {
            if token.text == "'" { single = true } else if doubles.contains(token.text) { return tokens }
        }
        guard single else { return tokens }
        var result = tokens
        var open = false
        for index in tokens.indices where tokens[index].kind == .punct && tokens[index].text == "'" {
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let opensWord = next.map { ($0.kind == .word || $0.kind == .number) && !$0.spaceBefore } ?? false
            let afterBreak = previous.map { $0.kind == .newline || tokens[index].spaceBefore || ($0.kind == .punct && [":", "("].contains($0.text)) } ?? true
            let afterStop = previous.map { $0.kind == .punct && [",", ".", "?", "!"].contains($0.text) } ?? false
            let endsWord = previous.map { $0.kind == .word && !tokens[index].spaceBefore } ?? false
                && (next.map { $0.kind == .newline || $0.kind == .punct } ?? true)
            // A mark opening a word after a break opens a quotation even while one is open: a
            // quotation running over paragraphs may be left open or reopened.
            if opensWord, afterBreak {
                result[index].text = "\u{201C}"
                open = true
            } else if open, afterStop || endsWord {
                result[index].text = "\u{201D}"
                open = false
            }
        }
        return result
    }
}
