import ClaimModel

/// The occasion a figure belongs to, read from its sentence (issue 14: a number carries the
/// event and time it belongs to). The `event` slot of a `.number` claim:
///
/// - a year: the clause that holds the figure is dated to a year other than the article's
///   (`confirmed 96-3 in 1993`, `three years ago` resolved to its year; the tree says which
///   clause a year dates, `NumberOccasion.dates`); not a year after `since`, which starts a
///   period that runs to today;
/// - `earlier`: words that point back (`NumberWords.earlierPhrases`: `previously`, `career`);
/// - `period`: the figure is itself a span of a year or more (`worked there for 37 years`);
/// - nil: the story's own event, also when supposed (`if the levy passes, the district would
///   hire 200 teachers`): a supposition is the figure's mood, not another occasion; the
///   comparator reads it from the sentence (`FactContext.time`) and keeps it apart.
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

    /// `months`: the figure's value when it is a duration; `tree`: the sentence's tree, asked
    /// only when a year other than the article's is in the sentence.
    func occasion(of figure: Range<Int>, months: Double?, in sentence: Range<Int>, _ doc: Document, tree: () -> SentenceTree?) -> String? {
        if let ownYear {
            for (token, year) in years where sentence.contains(token) && year != ownYear {
                if token > sentence.lowerBound, doc.folded[token - 1] == "since" { continue }
                if let tree = tree(), !NumberOccasion.dates(token, figure, tree) { continue }
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
        if let months, months >= NumberOccasion.periodMonths { return NumberOccasion.period }
        return nil
    }

    /// A span of a year or more measures a period around the story (a career, a tenure, a war,
    /// a history: `for 37 years`, `the 17-year war`), not its own event, which news tells
    /// within days.
    static let periodMonths = 12.0
    static let period = "period"

    /// Whether the year at token `year` dates the clause that holds the figure: the year's
    /// clause is the first verb above it (or the root), and that verb must dominate the figure.
    /// `the trial of the two men accused of killing X in 2011`: the year dates `killing`, not
    /// the count of men; `the 1999 quake killed 17,000`: it dates `killed`, whose object the
    /// figure is. Only the head words are read, not the relation labels.
    static func dates(_ year: Int, _ figure: Range<Int>, _ tree: SentenceTree) -> Bool {
        guard var clause = tree.word(atToken: year), let number = figure.lazy.compactMap({ tree.word(atToken: $0) }).first else { return true }
        var steps = 0
        while tree.upos[clause] != "VERB", let head = tree.heads[clause], steps < tree.count {
            clause = head
            steps += 1
        }
        return tree.dominates(clause, number)
    }
}
