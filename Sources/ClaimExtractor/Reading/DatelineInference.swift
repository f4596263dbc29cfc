import ClaimModel

/// What an article's first lines say about itself when front matter does not:
///
/// - `Example Daily (03/11/2025): …` → outlet and date;
/// - `HANOI, Nov 2 (Reuters) - …` → outlet (the year comes from nowhere, so the date stays partial);
/// - `On November 2, 2025 – …` → date;
/// - a line holding only a date (`June 06, 2013`, `Friday, June 7, 2013`) among the first lines → date;
/// - a short first line without final punctuation, followed by more text → title.
public enum DatelineInference {
    public struct Inferred: Sendable {
        public var outlet: String?
        public var published: String?
        public var publishedSource: String?
        public var title: String?
        /// Why a date was left partial or how its day/month order was decided.
        public var note: String?
    }

    public static func infer(_ article: Article) -> Inferred {
        var result = Inferred()
        // Only the head is read: the dateline and the title sit in the first lines. Reading
        // (and tokenizing) a whole 10 MB one-line article here cost more than its extraction.
        let head = headLength(article.scalars)
        let tokens = head == article.scalars.count ? Tokenizer.tokenize(article.scalars) : Tokenizer.tokenize(Array(article.scalars[..<head]))
        // Months named anywhere in the text decide a numeric date's order; past
        // `monthHintScalars` only the head is looked at.
        let hints = head == article.scalars.count || article.scalars.count > monthHintScalars
            ? DateRecognizer.monthsNamed(in: tokens)
            : DateRecognizer.monthsNamed(in: Tokenizer.tokenize(article.scalars))
        // Lines as token ranges, first few only.
        var lines: [Range<Int>] = []
        var start = 0
        for (index, token) in tokens.enumerated() where token.kind == .newline {
            if index > start { lines.append(start..<index) }
            start = index + 1
            if lines.count >= 5 { break }
        }
        if lines.count < 5 && start < tokens.count { lines.append(start..<tokens.count) }
        guard !lines.isEmpty else { return result }

        for (lineIndex, line) in lines.prefix(4).enumerated() {
            let dates = DateRecognizer.scan(tokens, in: line, monthHints: hints)
            guard let date = dates.first else { continue }
            let lead = line.lowerBound
            let prefixTokens = tokens[lead..<date.tokens.lowerBound]
            // `Outlet (DATE):`
            if date.tokens.lowerBound > lead, tokens[date.tokens.lowerBound - 1].isPunct("("),
               date.tokens.upperBound < line.upperBound, tokens[date.tokens.upperBound].isPunct(")") {
                let nameTokens = prefixTokens.dropLast()
                if !nameTokens.isEmpty, nameTokens.count <= 5, nameTokens.allSatisfy({ $0.kind == .word && ($0.isCapitalized || $0.text.contains(".")) }) {
                    result.outlet = article.text(nameTokens.first!.start, nameTokens.last!.end)
                }
                record(date, into: &result, source: "dateline")
                break
            }
            // `CITY, Nov 2 (Outlet) -`
            if date.tokens.upperBound < line.upperBound, tokens[date.tokens.upperBound].isPunct("(") {
                var close = date.tokens.upperBound + 1
                while close < line.upperBound && !tokens[close].isPunct(")") && close - date.tokens.upperBound < 8 { close += 1 }
                if close < line.upperBound, tokens[close].isPunct(")"), close > date.tokens.upperBound + 1 {
                    result.outlet = article.text(tokens[date.tokens.upperBound + 1].start, tokens[close - 1].end)
                }
                record(date, into: &result, source: "dateline")
                break
            }
            // `On November 2, 2025 –` at the start, or a line that is only a date (and a time).
            let leadWords = prefixTokens.filter { $0.kind == .word }.map { $0.text.lowercased() }
            let restTokens = tokens[date.tokens.upperBound..<line.upperBound]
            // A publication stamp: a label, the date, a clock time and its zone
            // (`Published: Wednesday, March 13, 2013, 2:29 PM`, `January 5, 2011 at 12:19 PM`).
            let stamp = { (token: Token) in
                token.kind != .word || CalendarWords.weekdays[token.text.lowercased()] != nil || stampWords.contains(token.text.lowercased())
            }
            let onlyDate = prefixTokens.allSatisfy(stamp) && restTokens.count <= maxStampTail && restTokens.allSatisfy(stamp)
            if (leadWords == ["on"] || leadWords.allSatisfy({ stampWords.contains($0) })) && (onlyDate || (restTokens.first.map { $0.isPunct("–") || $0.isPunct("—") || $0.isPunct("\u{2015}") || $0.isPunct("-") || $0.isPunct(":") || $0.isPunct(",") } ?? false)) {
                if lineIndex == 0 || onlyDate {
                    record(date, into: &result, source: onlyDate ? "date line" : "dateline")
                    break
                }
            }
        }

        // The headline: the first of the first lines that is a title, not a date or publication
        // stamp (`Jan 5, 2011`, `January 5, 2011 at 12:19 PM`) nor a byline; a line that ends a
        // sentence is the story itself, and no headline follows it.
        if lines.count > 1 {
            for line in lines.prefix(titleLines) where line != lines.last {
                let lineTokens = tokens[line]
                let words = lineTokens.filter { $0.kind == .word || $0.kind == .number }.count
                let last = lineTokens.last!
                if last.isPunct(".") || last.isPunct(":") || last.isPunct("|") { break }
                let text = article.text(lineTokens.first!.start, last.end)
                if isStamp(tokens, line, hints) || OutletClues.byline(text) != nil || lineTokens.first!.isPunct("|") { continue }
                if words >= 2 && words <= maxTitleWords { result.title = text }
                break
            }
        }
        return result
    }

    /// The headline is looked for in this many first lines (a date line may stand above it).
    static let titleLines = 3
    /// A headline holds at most this many words (some outlets' run to a long sentence without
    /// its period).
    static let maxTitleWords = 30

    /// A line that is a date and at most a few words or stamp words around it: `Jan 05, 2011`,
    /// `April 12, 2013 | 4:00am`, `Published: Wednesday, March 13, 2013, 2:29 PM`.
    static func isStamp(_ tokens: [Token], _ line: Range<Int>, _ hints: Set<Int>) -> Bool {
        guard let date = DateRecognizer.scan(tokens, in: line, monthHints: hints).first else { return false }
        let words = tokens[line].filter { $0.kind == .word || $0.kind == .number }.count
        if words <= 6 { return true }
        let stamp = { (token: Token) in
            token.kind != .word || CalendarWords.weekdays[token.text.lowercased()] != nil || stampWords.contains(token.text.lowercased())
        }
        let rest = tokens[date.tokens.upperBound..<line.upperBound]
        return tokens[line.lowerBound..<date.tokens.lowerBound].allSatisfy(stamp) && rest.count <= maxStampTail && rest.allSatisfy(stamp)
    }

    /// At most this many tokens follow the date on a publication stamp line (`, 2:29 PM`,
    /// `| Updated 8:52 PM EDT`).
    static let maxStampTail = 10

    /// At most this many scalars of the first lines are read for a dateline and a title.
    static let headScalars = 16_384
    /// Up to this size the whole text is searched for month names (for a numeric date's order).
    static let monthHintScalars = 1 << 20

    /// The length of the head: the first six lines, at most `headScalars` scalars.
    static func headLength(_ scalars: [Unicode.Scalar]) -> Int {
        var newlines = 0
        var index = 0
        let limit = min(scalars.count, headScalars)
        while index < limit {
            if scalars[index] == "\n" {
                newlines += 1
                if newlines == 6 { return index + 1 }
            }
            index += 1
        }
        return limit
    }

    static func record(_ date: DateExpression, into result: inout Inferred, source: String) {
        if let single = date.date {
            guard single.year != nil else {
                result.note = "the dateline gives \(single.description) without a year"
                return
            }
            result.published = single.description
            result.publishedSource = date.decidedBy.map { "\(source), day/month order decided by the \($0)" } ?? source
        } else {
            let readings = date.candidates.map(\.description).joined(separator: " or ")
            result.note = "the dateline's day and month could be read either way (\(readings)); set `published` in front matter"
            if let year = date.candidates.first?.year {
                result.published = String(year)
                result.publishedSource = "dateline (year only: day/month ambiguous)"
            }
        }
    }
}
