import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a CI system reads: JUnit as the common schema wants it, GitHub annotations within
/// GitHub's caps, the step summary.
struct CIOutputTests {
    /// The attributes of the first element with each name.
    final class Attributes: NSObject, XMLParserDelegate {
        var first: [String: [String: String]] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            if first[name] == nil { first[name] = attributes }
        }
    }

    @Test func junitHasNoSkippedOnTestsuitesAndCarriesTimeAndFile() throws {
        let (corpus, folder) = try CheckCommandTests.copyOfBundledSet()
        #expect(Fixtures.run(["baseline", folder, "--no-cache"]).status == 0)
        Fixtures.write(CheckCommandTests.lateArticle, to: folder + "/d-late.md")
        let junit = corpus + "/../check.xml"
        #expect(Fixtures.run(["check", corpus, "--junit", junit, "--no-cache"]).status == 1)
        let attributes = Attributes()
        let parser = XMLParser(data: try #require(FileManager.default.contents(atPath: junit)))
        parser.delegate = attributes
        #expect(parser.parse())
        let suites = try #require(attributes.first["testsuites"])
        #expect(suites["skipped"] == nil)
        #expect(Double(suites["time"] ?? "") != nil)
        let suite = try #require(attributes.first["testsuite"])
        #expect(suite["file"]?.hasSuffix("corpus/hanoi-defense-visit-2025") == true)
        #expect(Double(suite["time"] ?? "")! > 0)
        #expect(suite["skipped"] != nil)
        let text = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(text.contains("file=\"") && text.contains("d-late.md\" line=\"5\""))
        // compare --format junit stays deterministic: time 0.000.
        let report = try CrossChecker().compare(setFolder: Fixtures.corpus + "/trade-summit-geneva").report
        #expect(JUnitRenderer().render(report).contains("<testsuites name=\"crosscheck\" tests=\""))
        #expect(JUnitRenderer().render(report).contains("time=\"0.000\">"))
    }

    @Test func annotationsAreCappedPerKindWithAnNMoreLine() {
        var set = CheckedSet(report: ReportFixture.report)
        set.failOn = .info
        let uncapped = GitHubAnnotations(limit: 1_000).render(sets: [set]).split(separator: "\n")
        let warnings = uncapped.filter { $0.hasPrefix("::warning ") }.count
        #expect(warnings >= 3)
        let capped = GitHubAnnotations(limit: 2).render(sets: [set]).split(separator: "\n")
        let shown = capped.filter { $0.hasPrefix("::warning ") }
        #expect(shown.count == 2)
        #expect(shown.last?.contains("::\(warnings - 1) more warning annotations are not shown (GitHub shows 2 per kind)") == true)
        // The default cap is GitHub's: 10 per kind.
        #expect(GitHubAnnotations().limit == 10)
    }

    @Test func aMarkdownSummaryIsAppendedToTheStepSummary() throws {
        let (corpus, _) = try CheckCommandTests.copyOfBundledSet()
        let summary = corpus + "/../summary.md"
        Fixtures.write("## an earlier step\n", to: summary)
        let result = Fixtures.run(["check", corpus, "--no-cache"], environment: ["GITHUB_STEP_SUMMARY": summary])
        #expect(result.status == 1)
        let text = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(text.hasPrefix("## an earlier step\n## crosscheck: failed\n"))
        #expect(text.contains("| hanoi-defense-visit-2025 | 3 |"))
        #expect(text.contains("### New findings"))
        // Without the variable nothing is written anywhere.
        #expect(Fixtures.run(["check", corpus, "--no-cache"]).status == 1)
    }
}
