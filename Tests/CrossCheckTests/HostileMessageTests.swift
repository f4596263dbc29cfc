import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import Testing

/// Issue #19, messages: wrong or unclear messages, things silently ignored, options taking
/// the wrong value, a note that depended on file order, and leftovers of a killed run.
struct HostileMessageTests {
    static func parse(_ text: String, format: ArticleFormat = .json, path: String = "a.json") throws -> ArticleParser.Result {
        try ArticleParser.parse(bytes: Array(text.utf8), path: path, id: "a", format: format)
    }

    @Test(arguments: [[0xFF, 0xFE, 0x00, 0x00] as [UInt8], [0x00, 0x00, 0xFE, 0xFF]])
    func utf32IsNamedAsUTF32(_ bom: [UInt8]) {
        #expect(throws: CrossCheckError.utf32(path: "w.txt")) {
            try ArticleParser.parse(bytes: bom + [0x48, 0, 0, 0], path: "w.txt", id: "w", format: .text)
        }
        #expect(CrossCheckError.utf32(path: "w.txt").message == "w.txt: is UTF-32; re-save it as UTF-8 (for example `iconv -f UTF-32 -t UTF-8`)")
    }

    @Test func loneSurrogateAndHugeNumberInAnUnrelatedKeyAreRead() throws {
        let parsed = try Self.parse(#"{"outlet": "Wire \ud800", "views": 1e999999, "text": "Anna Kowalska met \udc00Tomas Berg. \ud83d\ude00"}"#)
        let article = try #require(parsed.articles.first)
        #expect(article.outlet == "Wire \u{FFFD}")
        #expect(article.body == "Anna Kowalska met \u{FFFD}Tomas Berg. 😀")
        #expect(article.metadata["views"] == "1e999999")
    }

    @Test func duplicateKeysWarn() throws {
        let json = try Self.parse(#"{"outlet": "A", "outlet": "B", "text": "Anna Kowalska met Tomas Berg."}"#)
        #expect(json.articles.first?.outlet == "B")
        #expect(json.diagnostics.map(\.rendered) == ["a.json:1: warning: JSON: `outlet` is given more than once; the last value is used"])
        let front = try Self.parse("---\noutlet: A\ntitle: T\noutlet: B\n---\nAnna Kowalska met Tomas Berg.\n", format: .markdown, path: "f.md")
        #expect(front.articles.first?.outlet == "B")
        #expect(front.diagnostics.map(\.rendered) == ["f.md:4: warning: front matter: `outlet` is given again (first on line 2); this later value is used"])
    }

    @Test func frontMatterLineWithoutAColonIsAnErrorWithItsLine() {
        #expect(throws: CrossCheckError.frontMatter(path: "f.md", line: 3, message: "expected `key: value`, found 'Reuters staff' (no colon); fix the line, indent it to continue the value above, or remove the front matter")) {
            try Self.parse("---\noutlet: Example Wire\nReuters staff\n---\nBody.\n", format: .markdown, path: "f.md")
        }
    }

    @Test func invisibleCharactersAreRemovedAndMixedScriptsFlagged() throws {
        let parsed = try Self.parse("Defense Minister Anna Kowal\u{200B}ska met Tomas\u{202E} Berg.\nAnna Kowal\u{AD}ska spoke.\n", format: .text, path: "z.txt")
        let article = try #require(parsed.articles.first)
        #expect(article.body == "Defense Minister Anna Kowalska met Tomas Berg.\nAnna Kowalska spoke.\n")
        let analysis = ClaimExtractor().analyze(article)
        #expect(analysis.entities.map(\.name).filter { $0.contains("Kowal") } == ["Anna Kowalska"])
        let mixed = Fixtures.analyze("Defense Minister Ph\u{0430}n Văn Giang met Foreign Minister Tomas Berg in Hanoi.\n")
        #expect(mixed.diagnostics.contains { $0.code == "mixed-script-name" && $0.message == "the name 'Ph\u{0430}n Văn Giang' mixes Latin and Cyrillic letters (a look-alike character?); check its spelling" })
    }

    @Test func foldersNamedLikeArticlesAndLinksToFoldersAreNoted() throws {
        let (root, set) = try BadInputTests.makeSet()
        try FileManager.default.createDirectory(atPath: set + "/x.txt", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: set + "/linked", withDestinationPath: root)
        let listed = try CorpusReader.articleFiles(in: set)
        #expect(listed.files == [set + "/good.txt"])
        #expect(listed.diagnostics.map(\.rendered) == [
            "\(set)/linked: note: not read: a symbolic link to a folder inside a set (a set's articles are the files directly in it)",
            "\(set)/x.txt: note: not read: a folder inside a set (a set's articles are the files directly in it)",
        ])
    }

    struct Usage: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usages: [Usage] = [
        Usage(arguments: ["compare", "SET", "--output", ""], message: "--output needs a path, not an empty value"),
        Usage(arguments: ["compare", "SET", "--output", "--quiet"], message: "--output needs a path, not the option '--quiet'"),
        Usage(arguments: ["compare", "SET", "--format", ","], message: "--format names no format; formats are md, json, html, sarif, junit"),
        Usage(arguments: ["baseline", "SET", "--date", "2025-02-30"], message: "--date takes a calendar date YYYY-MM-DD, not '2025-02-30'"),
        Usage(arguments: ["baseline", "SET", "--date", "2023-02-29"], message: "--date takes a calendar date YYYY-MM-DD, not '2023-02-29'"),
        Usage(arguments: ["check", "SET", "--json", "--quiet"], message: "--json needs a path, not the option '--quiet'"),
    ]

    @Test(arguments: usages)
    func optionValuesAreChecked(_ usage: Usage) throws {
        let (root, set) = try BadInputTests.makeSet()
        let previous = FileManager.default.currentDirectoryPath
        let result = Fixtures.run(usage.arguments.map { $0 == "SET" ? set : $0 })
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("crosscheck: " + usage.message), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: previous + "/--quiet"))
        #expect(!FileManager.default.fileExists(atPath: root + "/reports"))
    }

    @Test func leapDayIsADate() throws {
        let (_, set) = try BadInputTests.makeSet()
        let result = Fixtures.run(["baseline", set, "--no-cache", "--date", "2024-02-29"])
        #expect(result.status == 0, "\(result.err)")
    }

    @Test func updateNoteDependsOnPublicationDatesNotFileOrder() throws {
        func summary(_ names: [String]) throws -> String? {
            let (root, set) = try BadInputTests.makeSet(good: false)
            let texts = [
                "---\npublished: 2025-11-01\n---\nOfficials said 40 trucks were stranded on the bridge.\n",
                "---\npublished: 2025-11-03\n---\nOfficials said 55 trucks were stranded on the bridge.\n",
            ]
            for (name, text) in zip(names, texts) { Fixtures.write(text, to: set + "/" + name) }
            _ = Fixtures.run(["compare", set, "--output", root + "/reports", "--format", "json", "--quiet"])
            let report = try BadInputTests.report(root + "/reports/set.json")
            return report.findings.first { $0.kind == .number && $0.status == .conflict }?.summary
        }
        let inOrder = try summary(["a.md", "b.md"])
        let reversed = try summary(["b.md", "a.md"])
        #expect(inOrder != nil)
        #expect(inOrder == reversed)
        #expect(inOrder?.hasSuffix("(published 2025-11-01 and 2025-11-03)") == true, "\(inOrder ?? "")")
    }

    @Test func staleTemporaryFilesOfAKilledRunArePrunedAndOthersKept() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-tmp")
        // PID 2147483646 does not run; our own PID does.
        let stale = folder + "/.set.json.2147483646.12345.tmp"
        let live = folder + "/.set.json.\(ProcessInfo.processInfo.processIdentifier).1.tmp"
        let foreign = folder + "/.notes.tmp"
        for path in [stale, live, foreign] { Fixtures.write("x", to: path) }
        try AtomicFile.write("report\n", to: folder + "/set.json")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: foreign))
    }

    @Test func manifestTellsReportsOfAnotherRunApart() throws {
        let (root, set) = try BadInputTests.makeSet()
        let output = root + "/out"
        #expect(Fixtures.run(["compare", set, "--output", output, "--quiet"]).status == 0)
        let path = output + "/" + ReportManifest.fileName
        let manifest = try JSONDecoder().decode(ReportManifest.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(manifest.generation.hasPrefix("g-"))
        // A later run killed after writing one report: that file no longer matches.
        Fixtures.write("{}\n", to: output + "/set.json")
        #expect(manifest.mismatches(in: output) == ["set.json"])
    }
}
