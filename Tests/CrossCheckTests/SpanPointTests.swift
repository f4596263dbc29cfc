import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Dates compared across the occasions of one word and against a period: a date said of the
/// same thing as another outlet's span that lies outside it (within a year of an end)
/// conflicts; years naming an occasion where an article gives the word two years are aligned
/// by sentence; written months that differ are no difference of publication days. News-style
/// sentences written for the test, each case as written and behind a multibyte prefix.
struct SpanPointTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var articles: [String]
        /// Article id → the value the date conflict gives it (empty: no date conflict).
        var values: [String: String] = [:]
        /// Each article's publication date (all 2026-03-11 when empty).
        var published: [String] = []
    }

    static let cases: [Case] = [
        Case(testDescription: "a year past one end of another outlet's span conflicts", articles: [
            "Harbour news.\n\nMarta Ilves ran the port authority from 2009 to 2012 before she joined the ministry.",
            "Harbour news.\n\nMarta Ilves ran the port authority until 2013, when she joined the ministry.",
        ], values: ["a0": "2009/2012", "a1": "2013"]),
        Case(testDescription: "a day before a span of months conflicts", articles: [
            "Harbour news.\n\nThe ferry line to the islands was closed between September 2016 and July 2017, the harbour office said.",
            "Harbour news.\n\nThe ferry line to the islands was closed on August 20, 2016, the harbour office said.",
        ], values: ["a0": "2016-09/2017-07", "a1": "2016-08-20"]),
        Case(testDescription: "a year inside the span agrees", articles: [
            "Harbour news.\n\nMarta Ilves ran the port authority from 2009 to 2013 before she joined the ministry.",
            "Harbour news.\n\nMarta Ilves ran the port authority until 2013, when she joined the ministry.",
        ]),
        Case(testDescription: "a year far from the span is another occasion", articles: [
            "Harbour news.\n\nMarta Ilves ran the port authority from 2009 to 2012 before she joined the ministry.",
            "Harbour news.\n\nMarta Ilves ran the port authority until 2019, when she joined the ministry.",
        ]),
        Case(testDescription: "months written apart differ whatever day each article came out", articles: [
            "Harbour news.\n\nThe new fees take effect once the harbour board approves them during its meeting in October.",
            "Harbour news.\n\nThe new fees take effect once the harbour board approves them during its meeting in July.",
        ], values: ["a0": "2026-10", "a1": "2026-07"], published: ["2026-03-11", "2026-03-12"]),
        Case(testDescription: "a year naming an occasion, where an article names two, conflicts by its sentence", articles: [
            "Harbour news.\n\nThe mayor lost the 2022 election by a wide margin.\n\nInvestigators are looking into fraud in the 2024 election, the prosecutor said.",
            "Harbour news.\n\nInvestigators are looking into fraud in the 2023 election, the prosecutor said.",
        ], values: ["a0": "2024", "a1": "2023"]),
        Case(testDescription: "two years naming occasions in unlike sentences give nothing", articles: [
            "Harbour news.\n\nThe mayor lost the 2022 election by a wide margin.\n\nInvestigators are looking into fraud in the 2024 election, the prosecutor said.",
            "Harbour news.\n\nThe mayor lost the 2022 election by a wide margin.",
        ]),
    ]

    @Test(arguments: cases, ["", multibytePrefix])
    func spanPoints(_ c: Case, prefix: String) {
        let articles = c.articles.enumerated().map { Fixtures.article(prefix + $1, id: "a\($0)", published: c.published.isEmpty ? "2026-03-11" : c.published[$0]) }
        let report = SetComparator().compare(articles.map { ClaimExtractor().analyze($0) })
        let conflicts = report.findings.filter { $0.kind == .date && $0.status == .conflict }
        guard !c.values.isEmpty else {
            #expect(conflicts.isEmpty, "unexpected: \(conflicts.map(\.summary))")
            return
        }
        let conflict = conflicts.first { Set($0.values.keys) == Set(c.values.keys) }
        #expect(conflict != nil, "found: \(report.findings.filter { $0.kind == .date }.map { "\($0.status) \($0.subject) \($0.values)" })")
        for (article, value) in c.values { #expect(conflict?.values[article] == [value]) }
    }
}
