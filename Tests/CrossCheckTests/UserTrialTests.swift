import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// Rules added after a user trial on unseen sets: denied meetings and plans, planned dates
/// ahead of publication, a first screen that is never empty, a set of one article, and the
/// command line's messages.
@Suite struct UserTrialTests {
    /// A meeting the dependency tree denies is no meeting: its own negation (`never`,
    /// `neither … nor`), a verb that denies or avoids it, a noun under `no`.
    @Test(arguments: [
        "The governor said on Monday that she had never met Harold Quist.",
        "The governor said on Monday that she had neither met Harold Quist nor hired him.",
        "Governor Rosa Lind avoided meeting Harold Quist during the trip.",
        "Governor Rosa Lind had no intention of meeting Harold Quist, aides said.",
    ])
    func aDeniedMeetingIsNoMeeting(sentence: String) {
        let claims = Fixtures.analyze("Governor Rosa Lind toured the port on Monday. " + sentence, published: "2026-03-02").claims
        #expect(!claims.contains { $0.kind == .meeting && $0.polarity == .positive })
    }

    /// The same meeting stated plainly, and a relative clause under a denied verb (`did not
    /// know the man who met her`: he did meet her), stay meetings.
    @Test func aPlainMeetingStaysAMeeting() {
        let claims = Fixtures.analyze("Governor Rosa Lind met Harold Quist on Monday in the port city.", published: "2026-03-02").claims
        #expect(claims.contains { $0.kind == .meeting && $0.slots.counterpart == "person:harold-quist" })
    }

    /// `no intention of resigning` is a plan denied (will not resign), not a status.
    @Test func noIntentionOfResigningIsADeniedPlan() throws {
        let claims = Fixtures.analyze("Aides insisted that Mayor Owen Pratt had no intention of resigning.", published: "2026-03-02").claims.filter { $0.kind == .status }
        let claim = try #require(claims.first)
        #expect(claim.polarity == .negative)
        #expect(claim.slots.verb == "planned")
    }

    /// A plan resolves forward: a day or month named with a future verb that has already
    /// passed this year is next year's; the same words in the past tense stay this year's.
    @Test(arguments: [
        ("Chief Ana Ruiz will leave the agency on January 1, the board said.", "2027-01-01"),
        ("Chief Ana Ruiz would retire at the end of February, the board said.", "2027-02"),
        ("Chief Ana Ruiz left the agency on January 1, the board said.", "2026-01-01"),
    ])
    func aPlannedDateResolvesForward(sentence: String, date: String) {
        let claims = Fixtures.analyze(sentence, published: "2026-12-22").claims.filter { $0.kind == .date }
        #expect(claims.contains { $0.slots.date == date }, "\(claims.map(\.slots.date))")
    }

    static func report(_ articles: [(String, String, String)], set: String = "trial") -> Report {
        let checker = CrossChecker()
        let read = articles.map { Fixtures.article($0.1, id: $0.0, published: $0.2) }
        return checker.makeReport(set: set, analyses: checker.analyze(read), diagnostics: [])
    }

    /// With no conflict (the bundled quake set), the first screen still lists the most
    /// salient discrepancies, in the terminal and in the Markdown's glance section.
    @Test func theFirstScreenIsNeverEmptyWhileThereAreDiscrepancies() throws {
        let report = try CrossChecker().compare(setFolder: Fixtures.corpus + "/valley-quake-background").report
        #expect(report.count(.conflict) == 0)
        #expect(report.count(.onlyIn) > 0)
        let glance = GlanceList.findings(report)
        #expect(!glance.isEmpty)
        #expect(glance.count <= Story.fallbackCount)
        #expect(MarkdownRenderer().render(report).contains("## Discrepancies at a glance"))
        let terminal = TerminalRenderer(color: false).render(report, written: [])
        let listed = terminal.split(separator: "\n").filter { $0.hasPrefix("  warning ") || $0.hasPrefix("  info ") || $0.hasPrefix("  error ") }
        #expect(listed.count == glance.count)
    }

    /// A `how many` row says agree only when the values are alike: a floor and a figure
    /// above it are consistent for the rule, but the row shows them as differing.
    @Test func aHowManyRowAgreesOnlyOnLikeValues() throws {
        let report = Self.report([
            ("a", "More than 200 people marched through the old town on Saturday, police said.", "2026-05-10"),
            ("b", "Police said 350 people marched through the old town on Saturday.", "2026-05-10"),
        ])
        let row = try #require(report.story?.frame.first { $0.slot == .howMany })
        #expect(Set(row.values.values.map { $0 }).count == 2)
        #expect(row.status != .agree)
        #expect(report.findings.first { $0.id == row.finding }?.status == .agree)
        #expect(MarkdownRenderer().render(report).contains("| differs |"))
    }

    /// One article has nothing to be compared with: no only-in finding, so the gate passes;
    /// its story still shows the values, with no status.
    @Test func aSetOfOneArticleHasNoOnlyInFindings() throws {
        let report = Self.report([("only", "Mayor Ana Ruiz opened the new harbour bridge on Monday. About 2,000 people watched the ceremony.", "2026-04-06")])
        #expect(!report.findings.contains { $0.status == .onlyIn })
        let when = try #require(report.story?.frame.first { $0.slot == .when })
        #expect(when.status == nil)
        #expect(when.values["only"] == ["2026-04-06"])
        let folder = Fixtures.temporaryFolder("one-article")
        Fixtures.write("Mayor Ana Ruiz opened the new harbour bridge on Monday. About 2,000 people watched the ceremony.", to: "\(folder)/single/a.txt")
        #expect(Fixtures.run(["check", "\(folder)/single"]).status == 0)
    }

    /// `compare -` says standard input is not a set; NUL bytes on standard input do not
    /// speak of a set either.
    @Test func standardInputMessagesNameWhatToDo() {
        let compared = Fixtures.run(["compare", "-"])
        #expect(compared.status == 3)
        #expect(compared.err.contains("not standard input"))
        let binary = Fixtures.run(["extract", "-"], input: "text\u{0}more")
        #expect(binary.status == 3)
        #expect(binary.err.contains("standard input holds NUL bytes"))
        #expect(!binary.err.contains("remove it from the set"))
    }

    /// `eval --gold-dir` names the sets it skips for want of a gold file.
    @Test func evalNamesTheSetsItSkips() throws {
        let folder = Fixtures.temporaryFolder("eval-skip")
        for set in ["labelled", "unlabelled"] {
            Fixtures.write("Mayor Ana Ruiz opened the bridge on Monday.", to: "\(folder)/corpus/\(set)/a.txt")
            Fixtures.write("Mayor Ana Ruiz opened the bridge on Monday.", to: "\(folder)/corpus/\(set)/b.txt")
        }
        Fixtures.write("{\"findings\": []}", to: "\(folder)/gold/labelled.gold.json")
        let result = Fixtures.run(["eval", "\(folder)/corpus", "--gold-dir", "\(folder)/gold"])
        #expect(result.err.contains("1 set skipped, no <set>.gold.json"))
        #expect(result.err.contains("unlabelled"))
    }

    /// A baseline that is not JSON: the message names where the parser stopped.
    @Test func aBadBaselineNamesTheLine() {
        let folder = Fixtures.temporaryFolder("bad-baseline")
        Fixtures.write("Mayor Ana Ruiz opened the bridge on Monday.", to: "\(folder)/set/a.txt")
        Fixtures.write("{\n  \"version\": 1,\n  \"findings\": [\n    {\"id\": \"f-1\" \"kind\": \"x\"}\n  ]\n}\n", to: "\(folder)/set/baseline.json")
        let result = Fixtures.run(["check", "\(folder)/set"])
        #expect(result.err.contains("not valid JSON"))
        #expect(result.err.contains("(line 4, column"))
    }
}
