import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import Testing

/// Issue #19, leaks and data loss: links out of a set, reports read back as articles, outputs
/// over inputs, one bad JSON line dropping a file, and edited cache entries.
struct HostileLeakTests {
    @Test func symlinkLeavingTheSetIsRefusedAndNamedUnlessFollowLinks() throws {
        let (root, set) = try BadInputTests.makeSet()
        let secret = root + "/secret.txt"
        Fixtures.write("Senator Mark Ridley met Defense Minister Anna Kowalska in Oslo. SECRET-TOKEN\n", to: secret)
        try FileManager.default.createSymbolicLink(atPath: set + "/p.txt", withDestinationPath: secret)
        // A link that stays inside the set is read.
        Fixtures.write("Foreign Minister Tomas Berg met Anna Kowalska.\n", to: set + "/inside.md")
        try FileManager.default.createSymbolicLink(atPath: set + "/alias.txt", withDestinationPath: "inside.md")
        let refused = try BadInputTests.compare(set, root: root)
        #expect(refused.status == 3)
        let resolved = CorpusReader.resolved(secret)
        #expect(refused.err == "crosscheck: \(set)/p.txt: is a symbolic link to \(resolved), outside the set; not read (copy the file into the set, or pass --follow-links to read links that leave it)\n")
        let report = try #require(refused.report)
        #expect(report.articles.map(\.id).sorted() == ["alias", "good", "inside"])
        let json = try String(contentsOfFile: root + "/reports/set.json", encoding: .utf8)
        #expect(!json.contains("SECRET-TOKEN"))
        let followed = try BadInputTests.compare(set, root: root, extra: ["--follow-links"])
        #expect(followed.status == 0, "\(followed.err)")
        #expect(followed.report?.articles.map(\.id).sorted() == ["alias", "good", "inside", "p"])
    }

    @Test func outputInsideAnInputFolderIsRefused() throws {
        let (root, set) = try BadInputTests.makeSet()
        let inside = Fixtures.run(["compare", set, "--output", set + "/reports", "--quiet"])
        #expect(inside.status == 2)
        #expect(inside.err.contains("--output \(set)/reports is inside \(set), which is read as input"), "\(inside.err)")
        #expect(!FileManager.default.fileExists(atPath: set + "/reports"))
        // The corpus folder given holds the sets: reports inside it are refused too.
        let corpus = Fixtures.run(["compare", root, "--output", root + "/reports", "--quiet"])
        #expect(corpus.status == 2)
    }

    @Test func reportFolderIsNeverReadAsASet() throws {
        let (root, set) = try BadInputTests.makeSet()
        let output = root + "/out"
        #expect(Fixtures.run(["compare", set, "--output", output, "--quiet"]).status == 0)
        let manifest = try JSONDecoder().decode(ReportManifest.self, from: Data(contentsOf: URL(fileURLWithPath: output + "/" + ReportManifest.fileName)))
        #expect(manifest.files.map(\.path) == ["set.html", "set.json", "set.md"])
        #expect(manifest.mismatches(in: output).isEmpty)
        // The folder holding the sets and the reports: only the set is compared.
        #expect(try CrossChecker.sets(in: root) == [set])
        let direct = Fixtures.run(["compare", output, "--output", root + "/again", "--quiet"])
        // One bad folder argument is an input error; the others would still be compared.
        #expect(direct.status == 3)
        #expect(direct.err.contains("holds crosscheck's own reports"), "\(direct.err)")
    }

    @Test(arguments: ["baseline.json", "crosscheck.json", "good.txt", "new.json"])
    func checkOutputOverAnInputIsRefused(_ name: String) throws {
        let (root, set) = try BadInputTests.makeSet()
        Fixtures.write("{\"version\": 1, \"findings\": []}\n", to: set + "/baseline.json")
        let before = try Data(contentsOf: URL(fileURLWithPath: set + "/baseline.json"))
        let result = Fixtures.run(["check", set, "--no-cache", "--json", set + "/" + name])
        #expect(result.status == 2)
        #expect(result.err.contains("--json \(set)/\(name) is inside \(set), which is read as input"), "\(result.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: set + "/baseline.json")) == before)
        // The corpus root's configuration is an input too.
        Fixtures.write("{\"version\": 1}\n", to: root + "/crosscheck.json")
        let config = Fixtures.run(["check", set, "--no-cache", "--json", root + "/crosscheck.json"])
        #expect(config.status == 2)
        #expect(config.err.contains("is crosscheck.json, an input of this run"), "\(config.err)")
        #expect(try String(contentsOfFile: root + "/crosscheck.json", encoding: .utf8) == "{\"version\": 1}\n")
    }

    @Test func jsonLinesWithInvalidUTF8OnOneLineDropsOnlyThatLine() throws {
        let lines: [[UInt8]] = [
            Array(#"{"id": "one", "outlet": "Wire", "text": "Defense Minister Anna Kowalska met Tomas Berg."}"#.utf8),
            Array(#"{"id": "two", "text": "Caf"#.utf8) + [0xE9] + Array(#" Minister"}"#.utf8),
            Array(#"{"id": "three", "text": "Foreign Minister Tomas Berg met Anna Kowalska."}"#.utf8),
        ]
        let bytes = lines.joined(separator: [0x0A]).map { $0 }
        let parsed = try ArticleParser.parse(bytes: bytes, path: "l.jsonl", id: "l", format: .jsonl)
        #expect(parsed.articles.map(\.id) == ["one", "three"])
        #expect(parsed.diagnostics.map(\.rendered) == ["l.jsonl:2: warning: not valid UTF-8 (byte 116); this line was skipped, the other lines were read (re-save the file as UTF-8)"])
    }

    @Test func editedCacheEntryIsNotTrusted() throws {
        let article = Fixtures.article(BadInputTests.good, id: "good")
        let folder = Fixtures.temporaryFolder("crosscheck-cache")
        let cache = AnalysisCache(folder: folder, build: "test-build")
        let analysis = ClaimExtractor().analyze(article)
        try cache.store(analysis, maxClaims: 100)
        #expect(cache.load(article, maxClaims: 100)?.claims == analysis.claims)
        let entries = try #require(FileManager.default.subpaths(atPath: folder)).filter { $0.hasSuffix(".json") }
        #expect(entries.count == 1)
        let file = folder + "/" + (entries.first ?? "")
        let original = try String(contentsOfFile: file, encoding: .utf8)
        // An edit that keeps the JSON valid and every span in range: a different person.
        let edited = original.replacingOccurrences(of: "Kowalska", with: "Kowalsky")
        #expect(edited != original)
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(cache.load(article, maxClaims: 100) == nil)
        // Another build's entry is not read either, even when intact.
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(AnalysisCache(folder: folder, build: "other-build").load(article, maxClaims: 100) == nil)
        #expect(cache.load(article, maxClaims: 100) != nil)
    }
}
