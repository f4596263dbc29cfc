import CrossCheck
import Foundation
import Testing

/// The README's promises that a fresh clone relies on: two set-up commands, a showcase made
/// from files in the repository, and output that matches today's code.
struct ReadmeTests {
    static let readme = (try? String(contentsOfFile: Fixtures.root + "/README.md", encoding: .utf8)) ?? ""

    static func section(_ heading: String) -> String {
        guard let start = readme.range(of: "\n## \(heading)\n") else { return "" }
        let rest = readme[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    @Test func setUpIsExactlyTwoCommands() throws {
        let setUp = Self.section("Set up on a fresh machine")
        let block = try #require(setUp.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let commands = block.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(commands.count == 2)
        #expect(commands.first?.hasPrefix("swift run crosscheck compare corpus") == true)
        #expect(commands.last?.hasPrefix("swift test") == true)
    }

    @Test func theShowcaseUsesOnlyRepositoryFilesAndMatchesTheCode() throws {
        let showcase = Self.section("What it tells you")
        #expect(!showcase.contains("../shared"))
        let set = "corpus/hanoi-defense-visit-2025"
        #expect(showcase.contains("swift run crosscheck compare \(set) --output\n/tmp/hanoi"))
        let terminal = try #require(showcase.components(separatedBy: "```\n").dropFirst().first)
        let report = try CrossChecker(configuration: Configuration.discover(forSet: Fixtures.root + "/" + set))
            .compare(setFolder: set, root: Fixtures.root).report
        let written = ["md", "json", "html"].map { "/tmp/hanoi/hanoi-defense-visit-2025.\($0)" }
        #expect(terminal == TerminalRenderer(color: false).render(report, written: written), "the README's terminal excerpt is out of date")
    }
}
