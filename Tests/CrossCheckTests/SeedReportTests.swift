import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// The report writer's acceptance checks on the two seed articles.
@Suite(.enabled(if: Fixtures.seedsAvailable, "../shared/seeds not found beside the project: seed report tests skipped"))
struct SeedReportTests {
    static func report() throws -> Report { try CrossChecker().compare(setFolder: Fixtures.seeds).report }

    /// The first screen (50 lines) holds the title conflict and the participants matrix with
    /// the Prime Minister reported absent by one article.
    @Test func markdownFirstScreenShowsTheTitleConflictAndTheParticipantsMatrix() throws {
        let markdown = MarkdownRenderer().render(try Self.report())
        let firstScreen = markdown.split(separator: "\n", omittingEmptySubsequences: false).prefix(50).joined(separator: "\n")
        #expect(firstScreen.contains("| Pete Hegseth | Pentagon Chief; Secretary of Defense | Secretary; Secretary of War | **conflict** |"))
        #expect(firstScreen.contains("## Who took part, per article"))
        #expect(firstScreen.contains("| Phạm Minh Chính | not mentioned | **absent** |"))
        #expect(firstScreen.contains("| Phan Văn Giang | hosted, met | met | agree |"))
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
