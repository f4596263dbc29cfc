import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// What a new user meets first: `init`, the line format, a readable header, progress only
/// on a terminal, a cache that stays out of git.
struct UsabilityTests {
    @Test func initCreatesACorpusThatCompares() throws {
        let corpus = Fixtures.temporaryFolder() + "/news"
        let first = Fixtures.run(["init", corpus])
        #expect(first.status == 0)
        #expect(first.out.contains("created \(corpus)/crosscheck.json"))
        #expect(try Configuration.discover(forSet: corpus + "/example").sources == [corpus + "/crosscheck.json"])
        let compared = Fixtures.run(["compare", corpus, "--output", corpus + "/../reports"])
        #expect(compared.status == 0)
        #expect(compared.out.contains("Sources give Ana Costa different titles"))
        // Run again: nothing is overwritten.
        Fixtures.write("{\"version\": 1}\n", to: corpus + "/crosscheck.json")
        #expect(Fixtures.run(["init", corpus]).out.hasPrefix("\(corpus): already set up; nothing written"))
        #expect(try String(contentsOfFile: corpus + "/crosscheck.json", encoding: .utf8) == "{\"version\": 1}\n")
    }

    @Test func lineFormatIsPathLineColumnSeverityKindMessage() throws {
        let output = LineRenderer().render(ReportFixture.report)
        let first = try #require(output.split(separator: "\n").first)
        // a-wire.md: body line 1 is file line 1 (no front matter in the fixture).
        #expect(first.range(of: #"^[^:]+\.(md|txt|html):[0-9]+:[0-9]+: (error|warning|info): [a-z]+/(conflict|only-in): .+ \[f-[0-9a-f]{16}\]$"#, options: .regularExpression) != nil)
        let set = Fixtures.corpus + "/hanoi-defense-visit-2025"
        let result = Fixtures.run(["compare", set, "--format", "line", "--output", "-"])
        #expect(result.status == 0)
        let conflict = try #require(result.out.split(separator: "\n").first { $0.contains("title/conflict") })
        #expect(conflict.hasPrefix("corpus/hanoi-defense-visit-2025/") || conflict.hasPrefix(set))
        // Column: where the evidence starts on its line, in the file.
        let parts = conflict.split(separator: ":")
        let (path, line, column) = (String(parts[0]), Int(parts[1])!, Int(parts[2])!)
        let fileLines = try String(contentsOfFile: path.hasPrefix("/") ? path : Fixtures.root + "/" + path, encoding: .utf8).components(separatedBy: "\n")
        #expect(column >= 1 && column <= fileLines[line - 1].unicodeScalars.count)
    }

    @Test func headerNamesAtMostTenOutlets() {
        var report = ReportFixture.report
        let article = report.articles[0]
        report.articles = (0..<300).map { index in
            var copy = article
            copy.id = "a\(index)"
            copy.outlet = "Outlet \(index)"
            return copy
        }
        let header = TerminalRenderer(color: false).render(report, written: []).split(separator: "\n")[0]
        #expect(header.hasSuffix("(Outlet 0, Outlet 1, Outlet 2, Outlet 3, Outlet 4, Outlet 5, Outlet 6, Outlet 7, Outlet 8, Outlet 9 and 290 more)"))
        #expect(header.utf8.count < 300)
    }

    @Test func progressIsShownOnATerminalOnly() {
        let out = Fixtures.temporaryFolder()
        let terminal = Fixtures.run(["compare", Fixtures.corpus, "--output", out, "--format", "json"], stderrIsTTY: true)
        #expect(terminal.err.contains("[1/5] "))
        #expect(terminal.err.hasSuffix("\r\u{1B}[K"))
        #expect(!terminal.out.contains("\u{1B}[K"))
        let piped = Fixtures.run(["compare", Fixtures.corpus, "--output", out, "--format", "json"])
        #expect(piped.err.isEmpty)
    }

    @Test func theCacheIsIgnoredByGit() throws {
        let (corpus, _) = try CheckCommandTests.copyOfBundledSet()
        _ = Fixtures.run(["check", corpus])
        let ignore = try String(contentsOfFile: corpus + "/.crosscheck-cache/.gitignore", encoding: .utf8)
        #expect(ignore.hasSuffix("*\n"))
    }

    @Test func skippedFilesAreListedInTheReport() throws {
        let folder = Fixtures.temporaryFolder() + "/set"
        Fixtures.write("Minister Anna Kowalska met Tomas Berg.\n", to: folder + "/a.txt")
        Fixtures.write("%PDF-1.4", to: folder + "/scan.pdf")
        Fixtures.write("# Notes on this set\n", to: folder + "/README.md")
        Fixtures.write("Minister Anna Kowalska met Tomas Berg.\n", to: folder + "/drafts/old.txt")
        Fixtures.write("{\"version\": 1}", to: folder + "/crosscheck.json")
        let report = try CrossChecker().compare(setFolder: folder).report
        #expect(report.articles.map(\.id) == ["a"])
        let skipped = report.diagnostics.map { ($0.code, ($0.path as NSString).lastPathComponent) }
        #expect(skipped.contains { $0 == ("skipped-file", "scan.pdf") })
        #expect(skipped.contains { $0 == ("skipped-file", "README.md") })
        #expect(skipped.contains { $0 == ("skipped-folder", "drafts") })
        // crosscheck's own files are not articles and not noise.
        #expect(!skipped.contains { $0.1 == "crosscheck.json" })
    }
}
