import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// What reaches the first lines of the discrepancy list, and how those lines are judged.
@Suite struct FirstScreenTests {
    static func report(_ articles: [(String, String, String)]) -> Report {
        let checker = CrossChecker()
        let read = articles.map { Fixtures.article($0.1, id: $0.0, published: $0.2) }
        return checker.makeReport(set: "first-screen", analyses: checker.analyze(read), diagnostics: [])
    }

    /// A share under a supposition (`just because … doesn't mean`) states no fact of the
    /// story: it is not compared with the share the other article reports.
    @Test(arguments: [
        "“Just because you win only 30 percent of the vote in a county doesn’t mean you should skip it,” said Rep. Cara Lund.",
        "“Suppose you get 30 percent of the vote in one district,” said Rep. Cara Lund.",
    ])
    func aSuppositionIsNotComparedWithTheReportedShare(sentence: String) {
        let report = Self.report([
            ("a", "Vera Moss won the caucus election on Tuesday with two-thirds of the vote.", "2026-02-04"),
            ("b", "Vera Moss won the caucus election on Tuesday. " + sentence, "2026-02-04"),
        ])
        #expect(!report.findings.contains { $0.kind == .number && $0.status == .conflict })
    }

    /// The same share stated as fact in both articles still conflicts.
    @Test func aReportedShareStillConflicts() {
        let report = Self.report([
            ("a", "Vera Moss won the caucus election on Tuesday with two-thirds of the vote.", "2026-02-04"),
            ("b", "Vera Moss won the caucus election on Tuesday with 30 percent of the vote.", "2026-02-04"),
        ])
        #expect(report.findings.contains { $0.kind == .number && $0.status == .conflict })
    }

    /// Two interviews on different days, deep in the articles, are side occasions: a date
    /// conflict between them is kept in its section but off the first screen, while the main
    /// event's date stays the `when` of the frame.
    @Test func aSideOccasionsDateIsNotOnTheFirstScreen() throws {
        let report = Self.report([
            ("a", "Vera Moss won the caucus election on Wednesday.\n\nShe thanked her colleagues.\n\nThe vote was held behind closed doors.\n\nMoss discussed the vote and the caucus in an interview on Monday.", "2026-02-05"),
            ("b", "Vera Moss won the caucus election on Wednesday.\n\nHer rival conceded.\n\nThe vote was held behind closed doors.\n\nMoss discussed the vote and the caucus in an interview on Tuesday.", "2026-02-05"),
        ])
        let story = try #require(report.story)
        let side = report.findings.filter { $0.kind == .date && $0.status == .conflict }
        let top = story.topDiscrepancies(report.findings)
        #expect(!side.isEmpty)
        #expect(side.allSatisfy { finding in !top.contains { $0.id == finding.id } })
        #expect(story.frame.first { $0.slot == .when }?.values["a"] == ["2026-02-04"])
    }

    /// A gold entry names the fact (`winner of the vice chair race`), the finding the people
    /// who differ: the values decide.
    @Test(arguments: [
        (["a": ["Ana T. Ruiz"], "b": ["Alma Ruiz"]], "true"),
        (["a": ["Ana Ruiz"], "b": ["Alma Ruiz"]], "true"),
        (["a": ["Ana Ruiz"], "b": ["Berta Ruiz"]], "unlabelled"),
        (["a": ["Ana Ruiz"]], "unlabelled"),
    ])
    func goldValuesMatchAFindingWordedOtherwise(values: [String: [String]], verdict: String) {
        let finding = Finding(
            kind: .other, status: .conflict, severity: .warning, subject: "Ana T. Rúiz / Alma Ruiz", subjectKey: "name:ruiz", entity: nil,
            summary: "Sources give one person different given names", reason: nil,
            values: ["a": ["Ana T. Rúiz"], "b": ["Alma Ruiz"]], evidence: [:])
        var report = Self.report([])
        report.findings = [finding]
        report.story = nil
        let gold = [GoldEvaluator.Expected(kind: "other", subject: "winner of the vice chair race", status: "conflict", values: values)]
        #expect(FirstScreenCheck(count: 5).judge(report, gold: gold).map(\.verdict) == [verdict])
    }

    /// A headline kept apart from the body (front matter `title:`) that names a figure both
    /// articles give weighs as the lede: the conflict ranks 15 higher than without headlines.
    @Test func aHeadlineNamingTheFigureWeighsAsTheLede() throws {
        let filler = "\n\nThe port reopened.\n\nOfficials met.\n\nTraffic resumed.\n\nRain fell.\n\n"
        func report(titles: Bool) throws -> (Report, Finding) {
            var a = Fixtures.article("Crews worked overnight." + filler + "The collapse killed 12 people, officials said.", id: "a", published: "2026-03-15")
            var b = Fixtures.article("Crews worked overnight." + filler + "The collapse killed 14 people, officials said.", id: "b", published: "2026-03-15")
            if titles {
                a.title = "Bridge collapse kills 12 in port city"
                b.title = "Port city mourns as bridge collapse kills 14"
            }
            let checker = CrossChecker()
            let report = checker.makeReport(set: "headline", analyses: checker.analyze([a, b]), diagnostics: [])
            let conflict = try #require(report.findings.first { $0.kind == .number && $0.status == .conflict })
            return (report, conflict)
        }
        let (plain, first) = try report(titles: false)
        let (titled, second) = try report(titles: true)
        #expect(titled.story!.salience(of: second.id) == plain.story!.salience(of: first.id) + 15)
    }

    /// `crosscheck eval --top N` judges the lines of the Markdown glance list, in the order the
    /// Markdown shows them: the judged findings are the list's links, one for one.
    @Test(arguments: ["hanoi-defense-visit-2025", "harbor-bridge-collapse", "storm-landfall-jsonl", "trade-summit-geneva"])
    func topCheckReadsTheMarkdownListInItsOrder(set: String) throws {
        let report = try CrossChecker().compare(setFolder: Fixtures.corpus + "/" + set).report
        let markdown = MarkdownRenderer().render(report).split(separator: "\n").map(String.init)
        let glance = try #require(markdown.firstIndex(of: "## Discrepancies at a glance"))
        let linked = markdown[glance...].prefix { !$0.hasPrefix("## ") || $0 == markdown[glance] }
            .filter { $0.hasPrefix("- **") }.compactMap { $0.split(separator: "#").last.map { String($0.dropLast()) } }
        let judged = FirstScreenCheck(count: 12).judge(report, gold: []).map(\.finding.id)
        #expect(!judged.isEmpty)
        #expect(judged == Array(linked.prefix(12)))
    }
}

/// The first screen is never empty while a report holds a discrepancy: when every one is a
/// minor only-in finding or a repeat, the most salient of them are shown.
struct EmptyFirstScreenTests {
    @Test func minorDiscrepanciesFillAnOtherwiseEmptyGlanceList() {
        let findings = (1...7).map { index in
            Finding(kind: .number, status: .onlyIn, severity: .info, subject: "ferries \(index)", subjectKey: "ferries-\(index)", entity: nil,
                    summary: "Only one outlet gives a figure for ferries \(index)", values: ["a": ["\(index)"]], evidence: [:])
        }
        var salience: [String: Int] = [:]
        for (index, finding) in findings.enumerated() { salience[finding.id] = index }
        let story = Story(event: nil, frame: [], salience: salience, minor: findings.map(\.id), updates: [], background: [])
        let top = story.topDiscrepancies(findings)
        #expect(top.count == Story.fallbackCount)
        #expect(top.first?.subject == "ferries 7")
        #expect(story.topDiscrepancies([]).isEmpty)
    }
}
