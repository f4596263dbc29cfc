import ClaimExtractor
import ClaimModel
import CrossCheck
import Testing

/// A date written before the noun it modifies (`her own March 20 debate`, `Thursday's vote`)
/// dates that thing: when the noun names no happening of a predicate class, the date dates
/// neither its clause's verb nor, in the lead, the article's main event, unless the noun is the
/// clause's setting (`at a Tuesday briefing, she said`). News-style sentences written for the test.
struct DatedNounTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String { text }
        var text: String
        var written: String
        var event: String?
    }

    static let cases: [Case] = [
        // In the lead: the debate's day is not the day of the announcement.
        Case(text: "Mayor Ana Ruiz announced on Monday that she is pulling out of her own March 20 debate.",
             written: "March 20", event: nil),
        // Outside the lead: the vote's day is not the day of the arguing.
        Case(text: "Council members argued for hours in the days before Thursday's vote on the harbour budget.",
             written: "Thursday", event: nil),
        // A noun opened by `in`, `at`, `during` is the clause's setting: its date dates the clause.
        Case(text: "At a Tuesday briefing, Minister Lina Marsh said the pier would reopen in the spring.",
             written: "Tuesday", event: "statement"),
        // A part of the day after the date is the date's own word, not a noun it dates.
        Case(text: "The ferry capsized Thursday night near the pier, the coast guard said.",
             written: "Thursday", event: "sinking"),
    ]

    @Test(arguments: cases)
    func dateBeforeItsNounDatesTheNoun(_ c: Case) throws {
        let analysis = Fixtures.analyze("Harbour news.\n\n" + c.text, published: "2026-03-13")
        let claim = try #require(analysis.claims.first { $0.kind == .date && $0.slots.text == c.written })
        #expect(claim.slots.event == c.event)
        if c.event == nil { #expect(claim.slots.actor == nil) }
    }

    /// Two leads date one announcement on different days of one publication day: the debate's
    /// own day in one of them no longer makes that article give the announcement two dates
    /// (which read as two occasions, a variant), so the disagreement is a conflict.
    @Test func leadAnnouncementConflictsDespiteADatedNoun() throws {
        let analyses = [
            "Mayor Ana Ruiz announced Tuesday that she is pulling out of her own March 20 debate with the harbour unions.",
            "Mayor Ana Ruiz announced Monday that she will not take part in the March 20 debate with the harbour unions.",
        ].enumerated().map { index, text in Fixtures.analyze("Harbour news.\n\n" + text, id: "a\(index)", published: "2026-03-13") }
        let report = CrossChecker().makeReport(set: "harbour", analyses: analyses, diagnostics: [])
        let conflict = try #require(report.findings.first { $0.kind == .date && $0.status == .conflict && $0.subject == "announcement" })
        #expect(conflict.values["a0"] == ["2026-03-10"])
        #expect(conflict.values["a1"] == ["2026-03-09"])
    }
}
