import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// One person's statement on one subject, dated by two outlets in their own words: the act (a
/// speech act), the person and the subject agree, so dates that cannot overlap conflict; a
/// person's statements on other subjects, or an article that itself dates the person's words on
/// the subject on two days, give nothing. News-style sentences written for the test, each case
/// as written and behind a multibyte prefix.
struct SpeechDateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var articles: [String]
        /// Article id → the date the conflict gives it (empty: no date conflict from the frame).
        var values: [String: String] = [:]
    }

    static let cases: [Case] = [
        Case(testDescription: "one statement on one subject worded apart conflicts", articles: [
            "Harbour news.\n\nThe council will meet again next month.\n\nMayor Ana Ruiz said on Tuesday that the ferry terminal contract would be put out to tender again.\n\nThe port authority did not comment.",
            "Harbour news.\n\nThe port authority declined to comment.\n\nMayor Ana Ruiz defended a new tender for the ferry terminal contract in a written statement on Monday.\n\nBids close in May.",
        ], values: ["a0": "2026-03-10", "a1": "2026-03-09"]),
        Case(testDescription: "one person's statements on other subjects are not one fact", articles: [
            "Harbour news.\n\nThe council will meet again next month.\n\nMayor Ana Ruiz said on Tuesday that the ferry terminal contract would be put out to tender again.",
            "Harbour news.\n\nThe port authority declined to comment.\n\nOn Monday, Mayor Ana Ruiz said the fishing quota for herring was too low for local crews.",
        ]),
        Case(testDescription: "a statement on another day that matches far less well does not quiet the frame", articles: [
            "Harbour news.\n\nThe council will meet again next month.\n\nMayor Ana Ruiz said on Tuesday that the ferry terminal contract would be put out to tender again.\n\nThe port authority did not comment.",
            "Harbour news.\n\nThe port authority declined to comment.\n\nOn Monday, Mayor Ana Ruiz said that the ferry terminal contract would go to a new tender.\n\nOn Friday, Mayor Ana Ruiz said the ferry crews would get a pay rise.",
        ], values: ["a0": "2026-03-10", "a1": "2026-03-09"]),
        Case(testDescription: "an article that dates the person's words on the subject twice gives no conflict", articles: [
            "Harbour news.\n\nMayor Ana Ruiz said on Tuesday that the ferry terminal contract would be put out to tender again.",
            "Harbour news.\n\nMayor Ana Ruiz first questioned the ferry terminal contract on Friday.\n\nIn a written statement on Monday, Mayor Ana Ruiz announced a new tender for the ferry terminal contract.",
        ]),
    ]

    /// A date after a passive verb of a clause inside the statement's sentence (`after the audit
    /// was released Sunday`) dates that clause, not the speaking: it never enters the frame of
    /// the statement (however the tree hangs the participle).
    @Test(arguments: ["", multibytePrefix])
    func dateOfAClauseAfterTheSpeechVerbIsNotTheStatements(prefix: String) throws {
        let text = prefix + "Harbour news.\n\n“We saw it coming,” Ruiz told the Harbour Gazette after the port authority's two-page audit of the ferry budget was released Sunday."
        let analysis = Fixtures.analyze(text, published: "2026-03-13")
        let claim = try #require(analysis.claims.first { $0.kind == .date && $0.slots.text == "Sunday" })
        #expect(claim.slots.event != "statement")
        #expect(claim.slots.verb == "release")
        #expect(claim.slots.actor == nil)
    }

    @Test(arguments: cases, ["", multibytePrefix])
    func speechDates(_ c: Case, prefix: String) {
        let articles = c.articles.enumerated().map { Fixtures.article(prefix + $1, id: "a\($0)", published: "2026-03-11") }
        let report = SetComparator().compare(articles.map { ClaimExtractor().analyze($0) })
        let conflicts = report.findings.filter { $0.kind == .date && $0.status == .conflict }
        guard !c.values.isEmpty else {
            // The frame reports nothing (sentence alignment may still judge such dates on its own).
            let framed = conflicts.filter { $0.subject.hasPrefix("statement by") }
            #expect(framed.isEmpty, "unexpected: \(framed.map(\.summary))")
            return
        }
        let conflict = conflicts.first { Set($0.values.keys) == Set(c.values.keys) }
        #expect(conflict != nil, "found: \(report.findings.filter { $0.kind == .date }.map { "\($0.status) \($0.subject) \($0.values)" })")
        for (article, value) in c.values { #expect(conflict?.values[article] == [value]) }
        // The evidence points at the weekday in each body.
        for article in articles {
            guard let span = conflict?.evidence[article.id]?.first?.span else { continue }
            #expect(["Tuesday", "Monday"].contains(article.text(span.start, span.end)))
        }
    }
}
