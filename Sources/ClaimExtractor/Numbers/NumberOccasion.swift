import ClaimModel

/// The occasion a figure belongs to, read from its sentence (issue 14: a number carries the
/// event and time it belongs to). The `event` slot of a `.number` claim:
///
/// - a year: the sentence dates itself to a year other than the article's (`confirmed 96-3 in
///   1993`, `three years ago` resolved to its year); not a year after `since`, which starts a
///   period that runs to today;
/// - `earlier`: words that point back (`NumberWords.earlierPhrases`: `previously`, `career`);
/// - `hypothetical`: a supposition word before the figure (`if`, `would`: `NumberWords.suppositionWords`);
/// - nil: the story's own event.
///
/// The published year comes from the article; without it no year decides.
struct NumberOccasion {
    /// Years of the temporal expressions, by their first token.
    let years: [(token: Int, year: Int)]
    let ownYear: Int?

    init(_ doc: Document, expressions: [TemporalExpression], dates: [DateExpression]) {
        var years = expressions.compactMap { e in Int(e.value.prefix(4)).map { (e.tokens.lowerBound, $0) } }
        years += dates.compactMap { d in d.date?.year.map { (d.tokens.lowerBound, $0) } }
        self.years = years.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        ownYear = doc.article.published.flatMap { Int($0.prefix(4)) }
    }

    func occasion(of figure: Range<Int>, in sentence: Range<Int>, _ doc: Document) -> String? {
        if let ownYear {
            for (token, year) in years where sentence.contains(token) && year != ownYear {
                if token > sentence.lowerBound, doc.folded[token - 1] == "since" { continue }
                return String(year)
            }
        }
        let words = sentence.map { doc.folded[$0] }
        for phrase in NumberWords.earlierPhrases {
            let parts = phrase.split(separator: " ").map(String.init)
            if words.count >= parts.count, (0...(words.count - parts.count)).contains(where: { i in (0..<parts.count).allSatisfy { words[i + $0] == parts[$0] } }) {
                return "earlier"
            }
        }
        if (sentence.lowerBound..<figure.lowerBound).contains(where: { NumberWords.suppositionWords.contains(doc.folded[$0]) }) { return "hypothetical" }
        return nil
    }
}
