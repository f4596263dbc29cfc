import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// The story of a set: its frame, background events kept apart, salience, first screens.
@Suite struct StoryTests {
    static func report(_ set: String) throws -> Report { try CrossChecker().compare(setFolder: Fixtures.corpus + "/" + set).report }

    static func row(_ story: Story?, _ slot: FrameSlot, _ label: String) -> FrameRow? {
        story?.frame.first { $0.slot == slot && $0.label == label }
    }

    /// The bundled retelling of the Hanoi visit: the visitor's two titles in conflict, who
    /// hosted him as each article names them, the date, the city, the Prime Minister's absence.
    @Test func hanoiFrameHoldsTheVisitAsEachArticleTellsIt() throws {
        let story = try Self.report("hanoi-defense-visit-2025").story
        let visitor = Self.row(story, .who, "Pete Hegseth")
        #expect(visitor?.status == .conflict)
        #expect(visitor?.values["a-wire"] == ["Secretary of Defense"])
        #expect(visitor?.values["b-daily"] == ["Secretary of War"])
        let hosts = Self.row(story, .who, "taking part with Pete Hegseth")
        #expect(hosts?.values["a-wire"] == ["Phan Văn Giang (met)"])
        #expect(hosts?.values["b-daily"]?.contains("Lương Cường (hosted)") == true)
        #expect(hosts?.values["b-daily"]?.contains("Tô Lâm (hosted)") == true)
        let when = story?.frame.first { $0.slot == .when }
        #expect(when?.values.values.allSatisfy { $0 == ["2025-11-02"] } == true)
        #expect(when?.values.count == 3)
        let place = story?.frame.first { $0.slot == .where }
        #expect(place?.values["a-wire"] == ["Hanoi"])
        #expect(place?.status == .agree)
        let absent = Self.row(story, .who, "Phạm Minh Chính: absent?")
        #expect(absent?.status == .conflict)
        #expect(absent?.values["b-daily"] == ["absent"])
        #expect(absent?.values["a-wire"] == nil)
    }

    /// The story's lead counts the findings kept out of the frame in English: "1 finding …
    /// is kept out", "3 findings … are kept out" (it said "1 finding … are").
    @Test(arguments: [(1, "1 finding about earlier occasions is kept out of it."), (3, "3 findings about earlier occasions are kept out of it.")])
    func theLeadAgreesInNumber(count: Int, sentence: String) throws {
        var report = try Self.report("valley-quake-background")
        let background = try #require(report.story?.background)
        #expect(background.count >= count)
        report.story?.background = Array(background.prefix(count))
        #expect(MarkdownRenderer().render(report).contains("disagree. " + sentence))
    }

    /// An earlier quake with its own toll and date in the same articles: no conflict with
    /// the main one, and its figures kept out of the frame.
    @Test func backgroundEventIsNeverComparedWithTheMainOne() throws {
        let report = try Self.report("valley-quake-background")
        #expect(report.count(.conflict) == 0)
        let story = try #require(report.story)
        let deaths = Self.row(story, .howMany, "deaths")
        #expect(deaths?.values["a-wire"] == ["[31,∞)"])
        #expect(deaths?.values["c-local"] == ["35"])
        // `the disaster of March 3, 1998, when … killed more than 400`: the earlier toll.
        #expect(deaths?.values["b-daily"] == nil)
        #expect(story.updates.allSatisfy { $0.subject != "deaths" })
        let when = story.frame.first { $0.slot == .when }
        #expect(when?.values["a-wire"] == ["2026-02-10"])
        let earlier = report.findings.filter { story.background.contains($0.id) }
        #expect(earlier.contains { $0.kind == .number && $0.subject == "deaths (earlier occasion)" && $0.status == .agree })
        #expect(when?.values["b-daily"]?.contains("1998-03-03") == false)
        // Ranked below every finding about the main event.
        let lowest = report.findings.filter { !story.background.contains($0.id) }.map { story.salience(of: $0.id) }.min() ?? 0
        #expect(earlier.allSatisfy { story.salience(of: $0.id) < lowest })
        // No finding sets a figure or date of the earlier quake against one of the main quake.
        #expect(!report.findings.contains { finding in
            let values = finding.values.values.flatMap { $0 }
            return finding.status == .conflict && values.contains { $0.contains("1998") || $0.contains("412") || $0.contains("400") }
        })
    }

    /// Articles that disagree on the main toll and each recall an earlier flood with its own
    /// toll and date: the main tolls conflict, the earlier ones agree among themselves, and no
    /// finding sets an earlier figure or date against the main event's.
    @Test func aBackgroundDisasterIsKeptApartFromADisputedMainToll() throws {
        let checker = CrossChecker()
        let articles = [
            Fixtures.article("A flood swept through the river town of Maren on Sunday, killing 14 people, officials said.\n\nRescue teams reached the lower town by boat.\n\nIn 2004, a flood there killed 230 people.", id: "a", published: "2026-03-09"),
            Fixtures.article("The flood that hit Maren on Sunday killed 16 people, the mayor said.\n\nWater reached the first floors of the houses near the bridge.\n\nThe town still remembers the flood of October 12, 2004, which killed more than 200 people.", id: "b", published: "2026-03-09"),
        ]
        let report = checker.makeReport(set: "flood", analyses: checker.analyze(articles), diagnostics: [])
        let story = try #require(report.story)
        let main = try #require(report.findings.first { $0.kind == .number && $0.status == .conflict })
        #expect(main.values["a"] == ["14"])
        #expect(main.values["b"] == ["16"])
        let earlier = report.findings.filter { story.background.contains($0.id) && $0.kind == .number }
        #expect(earlier.contains { $0.subject.hasSuffix("(earlier occasion)") && $0.status == .agree })
        let conflicts = report.findings.filter { $0.status == .conflict }
        #expect(conflicts.allSatisfy { finding in !finding.values.values.flatMap { $0 }.contains { $0.contains("2004") || $0.contains("230") || $0.contains("200") } })
        #expect(story.frame.first { $0.slot == .when }?.values.values.allSatisfy { !$0.contains { $0.hasPrefix("2004") } } ?? true)
    }

    /// The first lines of the glance list on the bundled sets are the labelled conflicts.
    @Test(arguments: [
        ("hanoi-defense-visit-2025", ["title", "absence", "number"]),
        ("harbor-bridge-collapse", ["number", "number", "title"]),
        ("storm-landfall-jsonl", ["number", "number", "consistency"]),
        ("trade-summit-geneva", ["absence", "number", "number", "title"]),
    ])
    func glanceListStartsWithTheConflicts(set: String, kinds: [String]) throws {
        let report = try Self.report(set)
        let top = try #require(report.story).topDiscrepancies(report.findings)
        #expect(top.prefix(kinds.count).map(\.kind.rawValue) == kinds)
        #expect(top.prefix(kinds.count).allSatisfy { $0.status == .conflict })
    }

    @Test func markdownFirstScreenShowsTheFrameThenTheGlanceList() throws {
        let markdown = MarkdownRenderer().render(try Self.report("hanoi-defense-visit-2025"))
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let story = try #require(lines.firstIndex(of: "## The story"))
        let glance = try #require(lines.firstIndex(of: "## Discrepancies at a glance"))
        #expect(story < glance && glance < 40)
        #expect(lines.contains { $0.hasPrefix("| who | [Pete Hegseth](#f-") && $0.hasSuffix("| Secretary of Defense | Secretary of War | Secretary of Defense; Secretary; Secretary of War | **conflict** |") })
        // Each glance line links to its section, which carries the anchor.
        let first = try #require(lines[glance...].first { $0.hasPrefix("- **") })
        let id = try #require(first.split(separator: "#").last?.dropLast())
        #expect(lines.contains("<a id=\"\(id)\"></a>"))
    }

    @Test func minorOnlyInFindingsAreFoldedIntoTheAppendix() throws {
        let report = try Self.report("hanoi-defense-visit-2025")
        let story = try #require(report.story)
        let minor = report.findings.filter { story.minor.contains($0.id) }
        #expect(!minor.isEmpty)
        #expect(minor.allSatisfy { $0.status == .onlyIn && $0.kind != .participant && $0.kind != .absence })
        #expect(minor.contains { $0.kind == .attribution })
        let markdown = MarkdownRenderer().render(report)
        #expect(markdown.contains("## Minor only-in findings\n\n<details><summary>\(minor.count) findings"))
    }

    @Test func oneArticleSetSaysSoInsteadOfListingOnlyInFindings() throws {
        let checker = CrossChecker()
        let article = Fixtures.article("Mayor Ana Ruiz opened the new harbour bridge on Monday. About 2,000 people watched the ceremony.", id: "only", published: "2026-04-06")
        let report = checker.makeReport(set: "single", analyses: checker.analyze([article]), diagnostics: [])
        let markdown = MarkdownRenderer().render(report)
        #expect(markdown.contains("> One article only: there is nothing to compare it with"))
        #expect(!markdown.contains("## Discrepancies at a glance"))
        #expect(!markdown.contains("· only in ·"))
        let terminal = TerminalRenderer(color: false).render(report, written: [])
        #expect(terminal.contains("One article only"))
        #expect(!terminal.contains("Only "))
    }

    /// A toll that rises from one day's article to the next is shown on a timeline.
    @Test func figuresByPublicationTimeMakeATimeline() throws {
        let checker = CrossChecker()
        let first = Fixtures.article("A fire in a textile factory in the port district killed 12 workers on Monday, officials said.", id: "early", published: "2026-05-04")
        let second = Fixtures.article("A fire in a textile factory in the port district killed 19 workers on Monday, officials said on Tuesday.", id: "late", published: "2026-05-05")
        let report = checker.makeReport(set: "fire", analyses: checker.analyze([first, second]), diagnostics: [])
        let update = try #require(report.story?.updates.first)
        #expect(update.trend == "rising")
        #expect(update.steps.map(\.article) == ["early", "late"])
        #expect(update.steps.map(\.values) == [["12"], ["19"]])
        #expect(MarkdownRenderer().render(report).contains("2026-05-04 early: 12 → 2026-05-05 late: 19"))
    }
}

/// The frame on the seed articles (beside the project): Secretary of Defense against
/// Secretary of War, who hosted, the date, the city, the Prime Minister's absence.
@Suite(.enabled(if: Fixtures.seedsAvailable, "../shared/seeds not found beside the project: seed story tests skipped"))
struct SeedStoryTests {
    @Test func seedFrameHoldsTheVisit() throws {
        let report = try CrossChecker().compare(setFolder: Fixtures.seeds).report
        let story = try #require(report.story)
        let ids = report.articles.map(\.id)
        let visitor = try #require(story.frame.first { $0.slot == .who && $0.label == "Pete Hegseth" })
        #expect(visitor.status == .conflict)
        #expect(visitor.values[ids[0]]?.contains("Secretary of Defense") == true)
        #expect(visitor.values[ids[1]]?.contains("Secretary of War") == true)
        let hosts = try #require(story.frame.first { $0.slot == .who && $0.label == "taking part with Pete Hegseth" })
        #expect(hosts.values[ids[0]]?.contains { $0.hasPrefix("Phan Văn Giang") } == true)
        #expect(hosts.values[ids[1]]?.contains { $0.hasPrefix("Tô Lâm") } == true)
        #expect(story.frame.first { $0.slot == .when }?.values.values.allSatisfy { $0 == ["2025-11-02"] } == true)
        #expect(story.frame.first { $0.slot == .where }?.values.values.allSatisfy { $0.contains("Hanoi") } == true)
        let absent = try #require(story.frame.first { $0.slot == .who && $0.label.hasSuffix("absent?") })
        #expect(absent.values[ids[1]] == ["absent"])
        #expect(absent.values[ids[0]] == nil)
    }
}
