import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// The report writer's acceptance checks on the two seed articles.
@Suite(.enabled(if: Fixtures.seedsAvailable, "../shared/seeds not found beside the project: seed report tests skipped"))
struct SeedReportTests {
    static func report() throws -> Report { try CrossChecker().compare(setFolder: Fixtures.seeds).report }

    /// The first screen (50 lines) holds the story's frame with the title conflict and the
    /// Prime Minister reported absent by one article, then the glance list; the titles table
    /// and the participants matrix follow.
    @Test func markdownFirstScreenShowsTheTitleConflictAndTheParticipantsMatrix() throws {
        let markdown = MarkdownRenderer().render(try Self.report())
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let firstScreen = lines.prefix(50).joined(separator: "\n")
        #expect(firstScreen.contains("| Pentagon Chief; Secretary of Defense | Secretary; Secretary of War | **conflict** |"))
        #expect(lines.prefix(50).contains { $0.hasPrefix("| who | [Phạm Minh Chính: absent?](#f-") && $0.hasSuffix("| — | absent | only in |") })
        #expect(firstScreen.contains("## Discrepancies at a glance"))
        #expect(markdown.contains("| Pete Hegseth | Pentagon Chief; Secretary of Defense | Secretary; Secretary of War | **conflict** |"))
        #expect(markdown.contains("## Who took part, per article"))
        #expect(markdown.contains("| Phạm Minh Chính | not mentioned | **absent** |"))
        #expect(markdown.contains("| Phan Văn Giang | hosted, met | met | agree |"))
    }

    @Test(.enabled(if: Browser.path != nil, "chromium is not on PATH: headless browser check skipped"))
    func htmlOpensInAHeadlessBrowserWithoutConsoleMessages() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-seeds-html")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/seeds.html"
        Fixtures.write(HTMLRenderer().render(try Self.report()), to: page)
        let result = try Browser.load(page)
        #expect(result.console.isEmpty, "console messages: \(result.console.joined(separator: "\n"))")
        // Two article columns, each with highlighted evidence.
        #expect(result.dom.components(separatedBy: "<article class=\"col\"").count == 3)
        #expect(result.dom.contains("<mark class=\"s-conflict\""))
    }
}
