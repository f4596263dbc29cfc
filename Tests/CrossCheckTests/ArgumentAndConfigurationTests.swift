import CrossCheck
import Foundation
import Testing

/// Folder arguments as shell globs give them, and where configuration comes from.
struct ArgumentAndConfigurationTests {
    static let article = "Secretary of Defense Pete Smith met President Ana Lopez.\n"

    @Test func aFileFromAGlobIsSkippedAndABadArgumentDoesNotStopTheOthers() throws {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("# About this corpus\n", to: folder + "/corpus/README.md")
        Fixtures.write(Self.article, to: folder + "/corpus/set/a.txt")
        Fixtures.write(Self.article.replacingOccurrences(of: "Defense", with: "War"), to: folder + "/corpus/set/b.txt")
        // `crosscheck compare corpus/*`
        let glob = Fixtures.run(["compare", folder + "/corpus/README.md", folder + "/corpus/set", "--output", folder + "/out"])
        #expect(glob.status == 0)
        #expect(glob.err == "crosscheck: note: \(folder)/corpus/README.md is a file, not a folder; skipped (compare takes set folders and corpus folders)\n")
        #expect(FileManager.default.fileExists(atPath: folder + "/out/set.json"))
        // A missing folder first: the set is still compared, and the run exits 3.
        try FileManager.default.removeItem(atPath: folder + "/out")
        let missing = Fixtures.run(["compare", folder + "/nope", folder + "/corpus/set", "--output", folder + "/out"])
        #expect(missing.status == 3)
        #expect(missing.err.contains("nope"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out/set.json"))
        // check and baseline the same way.
        let check = Fixtures.run(["check", folder + "/corpus/README.md", folder + "/nope", folder + "/corpus", "--no-cache"])
        #expect(check.status == 3)
        #expect(check.out.contains("check: 1 set, 2 articles"))
        let onlyAFile = Fixtures.run(["compare", folder + "/corpus/README.md"])
        #expect(onlyAFile.status == 2)
        #expect(onlyAFile.err.hasSuffix("crosscheck: no folder among the arguments: compare takes set folders and corpus folders, for example `crosscheck compare corpus` (run `crosscheck --help` for usage)\n"))
    }

    /// A corpus's sub-folder that holds no article file (empty, or one more level of folders)
    /// is named in a note rather than passed over in silence; hidden folders stay quiet.
    @Test func aCorpusSubFolderWithoutArticlesIsNoted() throws {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write(Self.article, to: folder + "/corpus/set/a.txt")
        Fixtures.write(Self.article.replacingOccurrences(of: "Defense", with: "War"), to: folder + "/corpus/set/b.txt")
        Fixtures.write(Self.article, to: folder + "/corpus/nested/inner/a.txt")
        try FileManager.default.createDirectory(atPath: folder + "/corpus/empty", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/corpus/.cache", withIntermediateDirectories: true)
        let result = Fixtures.run(["compare", folder + "/corpus", "--output", folder + "/out"])
        #expect(result.status == 0)
        let note = "holds no article file (.txt, .md, .html, .json, .jsonl); skipped (a set's articles are the files directly in its folder)\n"
        #expect(result.err == "crosscheck: note: \(folder)/corpus/empty: \(note)crosscheck: note: \(folder)/corpus/nested: \(note)")
        #expect(FileManager.default.fileExists(atPath: folder + "/out/set.json"))
    }

    /// `config` on a file says it is not a folder (it said "no such file"), and a second
    /// argument, as `config corpus/*` gives, is a usage error rather than dropped.
    @Test func configOnAFileOrOnSeveralArgumentsSaysWhatIsWrong() {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write(Self.article, to: folder + "/corpus/set/a.txt")
        Fixtures.write(#"{"version": 1}"#, to: folder + "/corpus/crosscheck.json")
        let file = Fixtures.run(["config", folder + "/corpus/crosscheck.json"])
        #expect(file.status == 3)
        #expect(file.err == "crosscheck: \(folder)/corpus/crosscheck.json: not a folder; give the folder that holds the set's articles\n")
        let two = Fixtures.run(["config", folder + "/corpus/crosscheck.json", folder + "/corpus/set"])
        #expect(two.status == 2)
        #expect(two.err.hasPrefix("crosscheck: config takes one set folder, not 2 arguments; run it once per set"))
        #expect(two.out.isEmpty)
    }

    /// A repository with `crosscheck.json` at its root, in the corpus and in the set.
    static func repository() -> String {
        let root = Fixtures.temporaryFolder("crosscheck-repo")
        try! FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        Fixtures.write(#"{"version": 1, "severity": {"title": "error", "quote": "off"}}"#, to: root + "/crosscheck.json")
        Fixtures.write(#"{"version": 1, "ignore": ["f-0000000000000001"]}"#, to: root + "/news/corpus/crosscheck.json")
        Fixtures.write(#"{"version": 1, "severity": {"quote": "info"}}"#, to: root + "/news/corpus/set/crosscheck.json")
        Fixtures.write(Self.article, to: root + "/news/corpus/set/a.txt")
        Fixtures.write(Self.article.replacingOccurrences(of: "Defense", with: "War"), to: root + "/news/corpus/set/b.txt")
        return root
    }

    @Test func configurationIsFoundFromTheSetUpToTheRepositoryRoot() throws {
        let root = Self.repository()
        let set = root + "/news/corpus/set"
        let folders = Configuration.folders(forSet: set)
        #expect(folders.first == URL(fileURLWithPath: root).standardizedFileURL.path)
        #expect(folders.last == set)
        #expect(folders.count == 4)
        let configuration = try Configuration.discover(forSet: set)
        #expect(configuration.comparator.severities["title"] == .error)
        #expect(configuration.comparator.ignore.contains("f-0000000000000001"))
        // The set's `quote: info` overrides the root's `quote: off`.
        #expect(!configuration.disabled.contains("quote"))
        #expect(configuration.sources.count == 3)
        // Without a repository: the set's parent and the set, as before.
        let loose = Fixtures.temporaryFolder() + "/corpus/set"
        #expect(Configuration.folders(forSet: loose).count == 2)
    }

    @Test func anExplicitFileWinsFromTheFlagOrTheEnvironment() throws {
        let root = Self.repository()
        let set = root + "/news/corpus/set"
        Fixtures.write(#"{"version": 1, "severity": {"title": "off"}}"#, to: root + "/ci.json")
        let flag = Fixtures.run(["config", set, "--config", root + "/ci.json"])
        #expect(flag.status == 0)
        #expect(flag.out.contains("\"title\" : \"off\""))
        #expect(flag.out.contains("ci.json"))
        let environment = Fixtures.run(["config", set], environment: ["CROSSCHECK_CONFIG": root + "/ci.json"])
        #expect(environment.out.contains("\"title\" : \"off\""))
        let missing = Fixtures.run(["config", set, "--config", root + "/none.json"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("none.json: no such configuration file"))
        // `title: off` leaves the title conflict out of the report.
        func findingKinds(_ arguments: [String]) throws -> [String] {
            let out = Fixtures.run(["compare", set, "--format", "json", "--output", "-"] + arguments).out
            let report = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
            return (report["findings"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        }
        #expect(try !findingKinds(["--config", root + "/ci.json"]).contains("title"))
        #expect(try findingKinds([]).contains("title"))
    }

    @Test func offDisablesAKindOrAKindAndStatus() throws {
        var configuration = Configuration()
        let folder = Fixtures.temporaryFolder() + "/set"
        Fixtures.write(Self.article, to: folder + "/a.txt")
        Fixtures.write(Self.article.replacingOccurrences(of: "Defense", with: "War"), to: folder + "/b.txt")
        let all = try CrossChecker(configuration: configuration).compare(setFolder: folder).report.findings
        #expect(all.contains { $0.kind == .title && $0.status == .conflict })
        configuration.disabled = ["title/conflict"]
        let fewer = try CrossChecker(configuration: configuration).compare(setFolder: folder).report.findings
        #expect(!fewer.contains { $0.kind == .title && $0.status == .conflict })
        #expect(fewer.count == all.count - all.filter { $0.kind == .title && $0.status == .conflict }.count)
        Fixtures.write(#"{"version": 1, "severity": {"participant": "off"}}"#, to: folder + "/crosscheck.json")
        #expect(try Configuration.discover(forSet: folder).disabled == ["participant"])
    }

    @Test func keysThatDoNothingAreRejected() {
        let folder = Fixtures.temporaryFolder() + "/set"
        Fixtures.write(#"{"version": 1, "outlets": {"a": "Wire"}}"#, to: folder + "/crosscheck.json")
        Fixtures.write(Self.article, to: folder + "/a.txt")
        let result = Fixtures.run(["config", folder])
        #expect(result.status == 2)
        #expect(result.err.contains("at outlets: unknown key"))
        #expect(!Configuration.knownKeys.contains("outlets"))
    }
}
