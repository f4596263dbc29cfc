import ClaimExtractor
import ClaimModel
import CrossCheck
import Testing

/// Months named with the progressive of a plan (`ProgressivePlan`) and years before a noun that
/// names an occasion only with its year (`occasion-nouns.txt`): news-style sentences written
/// for the test, read with the grammar layer, each run as written and behind a multibyte prefix.
struct ProgressivePlanTests {
    static let prefixes = ["", "Ünïcødé — 東京 "]

    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String { text }
        var text: String
        /// The month the date claim of the sentence holds.
        var date: String
        var planned: Bool
    }

    /// Published in December: a month already past this year is next year's in a plan.
    static let cases: [Case] = [
        // The present progressive of a plan.
        Case(text: "The harbour commissioner is leaving in February, the board said on Tuesday.", date: "2027-02", planned: true),
        // A participle after its noun, with no auxiliary.
        Case(text: "Dock unions want talks with the new port authority coming in January before any vote.", date: "2027-01", planned: true),
        // The past progressive of a report keeps the plan (`said … was leaving`).
        Case(text: "The mayor said on Tuesday that the harbour commissioner was leaving in February.", date: "2027-02", planned: true),
        // A past progressive of its own stays in the past; so does a simple past.
        Case(text: "The harbour commissioner was living in a rented flat in February.", date: "2026-02", planned: false),
        Case(text: "The harbour commissioner left the port authority in February.", date: "2026-02", planned: false),
    ]

    @Test(arguments: cases, prefixes)
    func aProgressivePlanResolvesForward(_ c: Case, prefix: String) throws {
        let analysis = Fixtures.analyze(prefix + "Port news.\n\n" + c.text, published: "2026-12-09")
        let months = analysis.claims.filter { $0.kind == .date && ["January", "February"].contains($0.slots.text ?? "") }
        let claim = try #require(months.first, "\(analysis.claims.filter { $0.kind == .date }.map(\.slots))")
        #expect(claim.slots.date == c.date)
        #expect((claim.slots.value == "planned") == c.planned, "\(claim.slots)")
    }

    struct Occasion: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var texts: [String]
        /// Article id → the year the conflict gives it (empty: no conflict).
        var values: [String: String] = [:]
    }

    static let occasions: [Occasion] = [
        Occasion(testDescription: "a campaign and an election named by different years conflict", texts: [
            "Okafor raised record sums from small donors during the 2016 presidential campaign, filings show.",
            "Okafor raised record sums from small donors before the 2018 election, filings show.",
        ], values: ["a0": "2016", "a1": "2018"]),
        Occasion(testDescription: "a race and an election named by one year agree", texts: [
            "Okafor narrowly lost the 2016 mayoral race to a political newcomer.",
            "Okafor narrowly lost the 2016 mayoral election to a political newcomer.",
        ]),
        Occasion(testDescription: "a campaign with no year names no occasion", texts: [
            "Okafor raised record sums from small donors during the presidential campaign, filings show.",
            "Okafor raised record sums from small donors before the 2018 election, filings show.",
        ]),
    ]

    /// `the 2016 campaign`, `the 2016 race`: the year names an election, compared with the
    /// years other articles name elections by.
    @Test(arguments: occasions, prefixes)
    func aYearBeforeCampaignOrRaceNamesAnElection(_ c: Occasion, prefix: String) {
        let analyses = c.texts.enumerated().map { index, text in
            Fixtures.analyze(prefix + "Council news.\n\n" + text, id: "a\(index)", published: "2019-03-13")
        }
        let report = CrossChecker().makeReport(set: "council", analyses: analyses, diagnostics: [])
        let conflicts = report.findings.filter { $0.kind == .date && $0.status == .conflict }
        guard !c.values.isEmpty else {
            #expect(conflicts.isEmpty, "unexpected: \(conflicts.map { "\($0.summary) \($0.values)" })")
            return
        }
        let conflict = conflicts.first { Set($0.values.keys) == Set(c.values.keys) }
        #expect(conflict != nil, "found: \(report.findings.filter { $0.kind == .date }.map { "\($0.status) \($0.subject) \($0.values)" })")
        for (article, value) in c.values { #expect(conflict?.values[article] == [value]) }
    }
}
