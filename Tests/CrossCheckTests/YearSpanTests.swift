import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// A span of years (`from 2009 to 2013`, `between 1991 and 1998`, `2009-2013`) is one date
/// whose two ends are each a fact: two outlets' spans of one period that share one end and
/// differ at the other conflict, though as intervals they overlap. Spans of two people, or an
/// article that gives both spans itself, give nothing. News-style sentences written for the
/// test, each case as written and behind a multibyte prefix.
struct YearSpanTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var articles: [String]
        /// Article id → the span the conflict gives it (empty: no span conflict).
        var values: [String: String] = [:]
    }

    static let cases: [Case] = [
        Case(testDescription: "one person's term, worded apart, with another first year conflicts", articles: [
            "Harbour news.\n\nThe board will vote on Friday.\n\nMarta Ilves ran the port authority from 2009 to 2013 before she joined the ministry.",
            "Harbour news.\n\nBids close in May.\n\nAs chief of the port authority, Marta Ilves served between 2010 and 2013.",
        ], values: ["a0": "2009/2013", "a1": "2010/2013"]),
        Case(testDescription: "one sentence in two articles with another last year conflicts", articles: [
            "Harbour news.\n\nThe ferry line was closed for repairs from 2004 to 2008, the harbour office said.",
            "Harbour news.\n\nThe ferry line was closed for repairs 2004-2007, the harbour office said.",
        ], values: ["a0": "2004/2008", "a1": "2004/2007"]),
        Case(testDescription: "two people's terms that began in one year are two periods", articles: [
            "Harbour news.\n\nMarta Ilves ran the port authority from 2009 to 2013.",
            "Harbour news.\n\nPiet Okoro chaired the fishing council from 2009 to 2015.",
        ]),
        Case(testDescription: "an article that gives both spans itself gives nothing", articles: [
            "Harbour news.\n\nMarta Ilves ran the port authority from 2009 to 2013.",
            "Harbour news.\n\nMarta Ilves ran the port authority from 2009 to 2013 and its ferry office from 2009 to 2011.",
        ]),
    ]

    /// The span is read as one date with its ends, and a count after the second year is no span.
    @Test(arguments: ["", multibytePrefix])
    func spanIsOneDate(prefix: String) throws {
        let analysis = Fixtures.analyze(prefix + "Harbour news.\n\nMarta Ilves ran the port authority from 2009 to 2013.\n\nBetween 1991 and 1998, the ferry ran twice a week.\n\nThe crew grew from 2010 to 2014 people.", published: "2026-03-13")
        let dates = analysis.claims.filter { $0.kind == .date }.compactMap(\.slots.date)
        #expect(dates.contains("2009/2013"))
        #expect(dates.contains("1991/1998"))
        #expect(!dates.contains("2010/2014"))
        #expect(!dates.contains("2009") && !dates.contains("2013"))
    }

    @Test(arguments: cases, ["", multibytePrefix])
    func yearSpans(_ c: Case, prefix: String) {
        let articles = c.articles.enumerated().map { Fixtures.article(prefix + $1, id: "a\($0)", published: "2026-03-11") }
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
