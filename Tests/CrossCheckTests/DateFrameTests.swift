import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Dates aligned by their clause's frame (`DateRule+Frame.swift`) when no event key compares
/// them and their sentences are too unlike for the sentence alignment: the same verb (or the
/// same person named in both clauses, with more alike sentences), plus a word of the clause
/// besides that anchor that is neither a function word nor a part of the day, each date the
/// other's single best such match. News-style sentences written for the test, each case as
/// written and behind a multibyte prefix.
struct DateFrameTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var articles: [String]
        /// Article id → the date the conflict gives it (empty: no date conflict at all).
        var values: [String: String] = [:]
    }

    static let cases: [Case] = [
        Case(testDescription: "one publication told with the same verb in unlike sentences conflicts", articles: [
            "Port officials defended the quay repairs at a crowded meeting of the harbour board.\n\nThe Harbour Courier published its report on Thursday, citing two port engineers who doubt the dredging contract.\n\nThe port authority called the report misleading.",
            "Engineers will inspect the new quay wall again before the ferry season begins.\n\nThe port authority rejected a story published by the Harbour Courier on Friday about cracks in the new quay wall.\n\nThe board meets in April.",
        ], values: ["a0": "2026-03-05", "a1": "2026-03-06"]),
        Case(testDescription: "the same day in both frames gives nothing", articles: [
            "Port officials defended the quay repairs at a crowded meeting of the harbour board.\n\nThe Harbour Courier published its report on Thursday, citing two port engineers who doubt the dredging contract.",
            "Engineers will inspect the new quay wall again before the ferry season begins.\n\nThe port authority rejected a story published by the Harbour Courier on Thursday about cracks in the new quay wall.",
        ]),
        Case(testDescription: "one person's two acts sharing only the name and a part of the day give nothing", articles: [
            "The club confirmed the striker's knee injury after a scan on Wednesday.\n\nDele Okafor was placed on the injured list late Tuesday by the medical staff.",
            "Fans were told to arrive early for the derby at the riverside ground.\n\nDele Okafor scored twice against the league leaders late Sunday.",
        ]),
    ]

    @Test(arguments: cases, ["", multibytePrefix])
    func frameDates(_ c: Case, prefix: String) {
        let articles = c.articles.enumerated().map { Fixtures.article(prefix + $1, id: "a\($0)", published: "2026-03-11") }
        let report = SetComparator().compare(articles.map { ClaimExtractor().analyze($0) })
        let conflicts = report.findings.filter { $0.kind == .date && $0.status == .conflict }
        guard !c.values.isEmpty else {
            #expect(conflicts.isEmpty, "unexpected: \(conflicts.map { "\($0.summary) \($0.values)" })")
            return
        }
        let conflict = conflicts.first { Set($0.values.keys) == Set(c.values.keys) }
        #expect(conflict != nil, "found: \(report.findings.filter { $0.kind == .date }.map { "\($0.status) \($0.subject) \($0.values)" })")
        for (article, value) in c.values { #expect(conflict?.values[article] == [value]) }
        // The evidence points at the weekday in each body.
        for article in articles {
            guard let span = conflict?.evidence[article.id]?.first?.span else { continue }
            #expect(["Tuesday", "Monday", "Thursday", "Friday"].contains(article.text(span.start, span.end)))
        }
    }
}
