import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// The committed reports in reports/ must match what the code produces for the bundled
/// corpus. Regenerate on purpose with `CROSSCHECK_RECORD=1 swift test --filter ReportGolden`
/// (or `swift run crosscheck compare corpus`) and review the diff.
struct ReportGoldenTests {
    static let sets: [String] = (try? CrossChecker.sets(in: Fixtures.corpus).map { ($0 as NSString).lastPathComponent }) ?? []

    @Test(arguments: sets)
    func committedReportsMatch(_ set: String) throws {
        let report = try CrossChecker(configuration: Configuration.load(folders: [Fixtures.corpus, Fixtures.corpus + "/" + set]))
            .compare(setFolder: "corpus/" + set, name: set, root: Fixtures.root).report
        for format in [ReportFormat.json, .markdown, .html] {
            let path = Fixtures.reports + "/\(set).\(format.fileExtension)"
            let produced = ReportWriter.render(report, as: format)
            if Fixtures.recording {
                try AtomicFile.write(produced, to: path)
                Issue.record("recorded \(path); run again without CROSSCHECK_RECORD")
                continue
            }
            let committed = try String(contentsOfFile: path, encoding: .utf8)
            #expect(committed == produced, "reports/\(set).\(format.fileExtension) is out of date: run `swift run crosscheck compare corpus` and review the diff")
        }
    }

    @Test func sameSetInShuffledFileOrderGivesIdenticalBytes() throws {
        let set = Fixtures.corpus + "/trade-summit-geneva"
        let contents = try CorpusReader().read(set: set)
        let checker = CrossChecker()
        let forward = checker.makeReport(set: "t", analyses: checker.analyze(contents.articles), diagnostics: contents.diagnostics)
        let backward = checker.makeReport(set: "t", analyses: checker.analyze(contents.articles.reversed()), diagnostics: contents.diagnostics.reversed())
        for format in ReportFormat.allCases {
            #expect(ReportWriter.render(forward, as: format) == ReportWriter.render(backward, as: format))
        }
    }
}
