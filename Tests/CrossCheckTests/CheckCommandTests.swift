import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `crosscheck check` and `crosscheck baseline` as a CI job meets them.
struct CheckCommandTests {
    static let set = "hanoi-defense-visit-2025"

    /// An article that adds two new only-in findings without changing the set's others.
    static let lateArticle = """
        ---
        outlet: Late Edition
        published: 2025-11-03
        ---
        HANOI (Late Edition) - Norwegian Foreign Minister Tomas Berg met Senator Mark Ridley in Hanoi.

        """

    /// A temporary corpus holding a copy of one bundled set; returns (corpus, set folder).
    static func copyOfBundledSet(_ name: String = set) throws -> (corpus: String, set: String) {
        let corpus = Fixtures.temporaryFolder("crosscheck-check") + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let folder = corpus + "/" + name
        try FileManager.default.copyItem(atPath: Fixtures.corpus + "/" + name, toPath: folder)
        try? FileManager.default.removeItem(atPath: folder + "/baseline.json")
        return (corpus, folder)
    }

    static func json(_ path: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func counts(_ path: String) throws -> (extracted: Int, cached: Int) {
        let articles = try #require(try json(path)["articles"] as? [String: Any])
        return (try #require(articles["extracted"] as? Int), try #require(articles["cached"] as? Int))
    }

    @Test func newFindingFailsThenBaselinedPassesThenRemovedIsStale() throws {
        let (corpus, folder) = try Self.copyOfBundledSet()
        // A baseline for the set as bundled: the check passes.
        let first = Fixtures.run(["baseline", folder, "--reason", "reviewed on the desk", "--author", "desk", "--date", "2026-01-02"])
        #expect(first.status == 0, "\(first.err)")
        #expect(Fixtures.run(["check", corpus]).status == 0)

        // A new article with a new discrepancy: exit 1, each new finding named with id, kind, subject, file:line.
        Fixtures.write(Self.lateArticle, to: folder + "/d-late.md")
        let failing = Fixtures.run(["check", corpus, "--json", corpus + "/../check.json"])
        #expect(failing.status == 1, "\(failing.out)\(failing.err)")
        #expect(failing.out.contains("participant/only-in “Mark Ridley”"), "\(failing.out)")
        #expect(failing.out.contains("d-late.md:5"), "\(failing.out)")
        let summary = try Self.json(corpus + "/../check.json")
        let sets = try #require(summary["sets"] as? [[String: Any]])
        let new = try #require(sets.first?["new"] as? [[String: Any]])
        let newIDs = new.compactMap { $0["id"] as? String }
        // (Two today: Mark Ridley and Tomas Berg, each reported by the new article only.)
        #expect(!newIDs.isEmpty)
        #expect(new.contains { $0["subject"] as? String == "Mark Ridley" && $0["blocking"] as? Bool == true })
        for id in newIDs { #expect(failing.out.contains(id)) }
        #expect(summary["passed"] as? Bool == false)

        // Acknowledged: exit 0; the earlier entries keep their reason and author.
        let second = Fixtures.run(["baseline", folder, "--reason", "a second outlet is expected", "--date", "2026-01-03"])
        #expect(second.status == 0)
        #expect(second.out.contains("\(newIDs.count) added"), "\(second.out)")
        #expect(Fixtures.run(["check", corpus]).status == 0)
        let baseline = try Baseline.load(path: folder + "/baseline.json")
        #expect(baseline.entries.filter { $0.reason == "reviewed on the desk" && $0.author == "desk" && $0.date == "2026-01-02" }.count == baseline.entries.count - newIDs.count)
        #expect(Set(baseline.entries.filter { $0.reason == "a second outlet is expected" }.map(\.id)) == Set(newIDs))

        // The article removed: its entries are stale, reported; failing only under --strict.
        try FileManager.default.removeItem(atPath: folder + "/d-late.md")
        let stale = Fixtures.run(["check", corpus])
        #expect(stale.status == 0)
        for id in newIDs { #expect(stale.out.contains("stale \(id)"), "\(stale.out)") }
        #expect(stale.out.contains("\(newIDs.count) stale baseline entr"))
        let strict = Fixtures.run(["check", corpus, "--strict"])
        #expect(strict.status == 1)
        // Updating the baseline drops them (or keeps them with --keep-stale).
        let kept = Fixtures.run(["baseline", folder, "--keep-stale"])
        #expect(kept.out.contains("\(newIDs.count) stale kept"), "\(kept.out)")
        #expect(Fixtures.run(["check", corpus, "--strict"]).status == 1)
        let dropped = Fixtures.run(["baseline", folder])
        #expect(dropped.out.contains("\(newIDs.count) stale dropped"), "\(dropped.out)")
        #expect(Fixtures.run(["check", corpus, "--strict"]).status == 0)
    }

    @Test func warmCacheReExtractsOnlyTheAddedArticle() throws {
        let (corpus, folder) = try Self.copyOfBundledSet()
        let report = corpus + "/../check.json"
        let cold = Fixtures.run(["check", corpus, "--json", report, "--sarif", corpus + "/../cold.sarif"])
        #expect(try Self.counts(report) == (3, 0))
        #expect(cold.out.contains("(3 extracted, 0 cached)"))
        // The first run says where it put the cache; later runs do not repeat it.
        #expect(cold.err.contains("note: claims cache created in \(corpus)/\(AnalysisCache.folderName)"), "\(cold.err)")
        let warm = Fixtures.run(["check", corpus, "--json", report, "--sarif", corpus + "/../warm.sarif"])
        #expect(try Self.counts(report) == (0, 3))
        #expect(warm.out.contains("(0 extracted, 3 cached)"))
        #expect(!warm.err.contains("cache created"))
        // Cached claims give the same findings, byte for byte.
        #expect(FileManager.default.contents(atPath: corpus + "/../cold.sarif") == FileManager.default.contents(atPath: corpus + "/../warm.sarif"))
        #expect(cold.status == warm.status)

        Fixtures.write(Self.lateArticle, to: folder + "/d-late.md")
        let added = Fixtures.run(["check", corpus, "--json", report])
        #expect(try Self.counts(report) == (1, 3))
        #expect(added.out.contains("4 articles (1 extracted, 3 cached)"), "\(added.out)")
        #expect(FileManager.default.fileExists(atPath: corpus + "/" + AnalysisCache.folderName))
    }

    @Test func corruptCacheEntriesAreIgnoredAndReplaced() throws {
        let (corpus, _) = try Self.copyOfBundledSet()
        let cache = corpus + "/../cache"
        let report = corpus + "/../check.json"
        let clean = Fixtures.run(["check", corpus, "--cache", cache, "--sarif", corpus + "/../clean.sarif"])
        // Damage every entry three ways: garbage, valid JSON of the wrong shape, a truncated entry.
        let files = try #require(FileManager.default.subpaths(atPath: cache)).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 3)
        for (index, file) in files.enumerated() {
            let path = cache + "/" + file
            let bytes = try #require(FileManager.default.contents(atPath: path))
            let damaged: Data = [Data("not json".utf8), Data("{\"format\": 1}".utf8), bytes.prefix(bytes.count / 2)][index]
            _ = FileManager.default.createFile(atPath: path, contents: damaged)
        }
        let again = Fixtures.run(["check", corpus, "--cache", cache, "--json", report, "--sarif", corpus + "/../again.sarif"])
        #expect(try Self.counts(report) == (3, 0))
        #expect(again.status == clean.status)
        #expect(FileManager.default.contents(atPath: corpus + "/../clean.sarif") == FileManager.default.contents(atPath: corpus + "/../again.sarif"))
        // And they were rewritten: the next run takes all three from the cache.
        _ = Fixtures.run(["check", corpus, "--cache", cache, "--json", report])
        #expect(try Self.counts(report) == (0, 3))
    }

    @Test func cachedAnalysisEqualsFreshExtraction() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-cache")
        let contents = try CorpusReader().read(set: Fixtures.corpus + "/trade-summit-geneva")
        let cache = AnalysisCache(folder: folder, build: "test")
        let checker = CrossChecker()
        let fresh = checker.analyze(contents.articles)
        for analysis in fresh { try cache.store(analysis, maxClaims: 20_000) }
        for analysis in fresh {
            let loaded = try #require(cache.load(analysis.article, maxClaims: 20_000))
            #expect(loaded.claims == analysis.claims)
            #expect(loaded.entities == analysis.entities)
            #expect(loaded.diagnostics == analysis.diagnostics)
            // Another build, another claim limit: not trusted.
            #expect(AnalysisCache(folder: folder, build: "other").load(analysis.article, maxClaims: 20_000) == nil)
            #expect(cache.load(analysis.article, maxClaims: 10) == nil)
        }
    }

    @Test func buildIdentityIsTheLinkersBuildIDOnLinux() {
        #if os(Linux)
        let build = AnalysisCache.currentBuild()
        let prefix = CrossCheckVersion.version + "/gnu-build-id:"
        #expect(build.hasPrefix(prefix), "\(build)")
        #expect(build.count > prefix.count + 16)
        #endif
    }

    @Test func noCacheWritesNoCache() throws {
        let (corpus, _) = try Self.copyOfBundledSet()
        _ = Fixtures.run(["check", corpus, "--no-cache"])
        #expect(!FileManager.default.fileExists(atPath: corpus + "/" + AnalysisCache.folderName))
        #expect(Fixtures.run(["check", corpus, "--no-cache", "--cache", "x"]).status == 2)
    }

    @Test func baselineWriteThatFailsLeavesTheOldFileIntact() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-baseline")
        let path = folder + "/baseline.json"
        let old = Baseline(set: "s", entries: [Baseline.Entry(id: "f-0000000000000001", reason: "kept")])
        try old.write(to: path)
        let before = try #require(FileManager.default.contents(atPath: path))
        let new = Baseline(set: "s", entries: [Baseline.Entry(id: "f-0000000000000002")])
        struct DiskFull: Error {}
        #expect(throws: CrossCheckError.self) {
            try new.write(to: path) { handle, data in
                try handle.write(contentsOf: data.prefix(data.count / 2))
                throw DiskFull()
            }
        }
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try Baseline.load(path: path) == old)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["baseline.json"])
    }

    @Test func baselineThatIsAFolderIsReported() throws {
        let (_, folder) = try Self.copyOfBundledSet()
        try FileManager.default.createDirectory(atPath: folder + "/baseline.json/x", withIntermediateDirectories: true)
        let result = Fixtures.run(["baseline", folder])
        #expect(result.status == 3)
        #expect(result.err.contains("baseline.json: cannot be read"), "\(result.err)")
    }

    /// Permissions do not stop root, so this runs only as another user.
    @Test(.enabled(if: getuid() != 0, "running as root, which can write to a read-only folder"))
    func readOnlySetFolderIsExitFourAndKeepsTheOldBaseline() throws {
        let (_, folder) = try Self.copyOfBundledSet()
        Fixtures.write("{\"version\": 1, \"findings\": []}\n", to: folder + "/baseline.json")
        let before = FileManager.default.contents(atPath: folder + "/baseline.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let result = Fixtures.run(["baseline", folder, "--no-cache"])
        #expect(result.status == 4, "\(result.err)")
        #expect(FileManager.default.contents(atPath: folder + "/baseline.json") == before)
    }

    @Test func baselineFileIsSortedVersionedAndStable() throws {
        let (_, folder) = try Self.copyOfBundledSet()
        #expect(Fixtures.run(["baseline", folder, "--date", "2026-01-02"]).status == 0)
        let first = try #require(FileManager.default.contents(atPath: folder + "/baseline.json"))
        #expect(Fixtures.run(["baseline", folder, "--date", "2026-05-05"]).status == 0)
        #expect(FileManager.default.contents(atPath: folder + "/baseline.json") == first)
        let object = try Self.json(folder + "/baseline.json")
        #expect(object["version"] as? Int == 1)
        let ids = try #require(object["findings"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids == ids.sorted())
        #expect(!ids.isEmpty)
    }

    struct BadBaseline: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: String
        var testDescription: String { name }
    }

    static let badBaselines: [BadBaseline] = [
        BadBaseline(name: "not JSON", text: "{", expected: "baseline.json: not valid JSON"),
        BadBaseline(name: "no version", text: "{\"findings\": []}", expected: "at version"),
        BadBaseline(name: "entry without id", text: "{\"version\": 1, \"findings\": [{\"reason\": \"x\"}]}", expected: "at findings[0].id"),
        BadBaseline(name: "unknown key", text: "{\"version\": 1, \"findings\": [{\"id\": \"f-1\", \"why\": \"x\"}]}", expected: "at findings[0].why"),
        BadBaseline(name: "duplicate id", text: "{\"version\": 1, \"findings\": [{\"id\": \"f-1\"}, {\"id\": \"f-1\"}]}", expected: "listed twice"),
    ]

    @Test(arguments: badBaselines)
    func malformedBaselineIsAConfigurationError(_ bad: BadBaseline) throws {
        let (corpus, folder) = try Self.copyOfBundledSet()
        Fixtures.write(bad.text, to: folder + "/baseline.json")
        let result = Fixtures.run(["check", corpus])
        #expect(result.status == 2)
        #expect(result.err.contains(bad.expected), "\(result.err)")
        #expect(Fixtures.run(["baseline", folder]).status == 2)
    }

    @Test func failOnThreshold() throws {
        let (corpus, _) = try Self.copyOfBundledSet("trade-summit-geneva")
        // The set has one new error and several new warnings.
        #expect(Fixtures.run(["check", corpus]).status == 1)
        let errorsOnly = Fixtures.run(["check", corpus, "--fail-on", "error"])
        #expect(errorsOnly.status == 1)
        #expect(errorsOnly.out.contains("below --fail-on"))
        #expect(Fixtures.run(["check", corpus, "--fail-on", "fatal"]).status == 2)
    }

    @Test func githubAnnotations() throws {
        let (corpus, folder) = try Self.copyOfBundledSet()
        #expect(Fixtures.run(["baseline", folder]).status == 0)
        Fixtures.write(Self.lateArticle, to: folder + "/d-late.md")
        let plain = Fixtures.run(["check", corpus])
        #expect(!plain.out.contains("::warning"))
        let actions = Fixtures.run(["check", corpus], environment: ["GITHUB_ACTIONS": "true"])
        let lines = actions.out.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(!lines.isEmpty, "\(actions.out)")
        let ridley = try #require(lines.first { $0.contains("“Mark Ridley”") })
        #expect(ridley.hasPrefix("::warning file="))
        #expect(ridley.contains("d-late.md,line=5,title=crosscheck participant/only-in (new)::"))
        for line in lines {
            #expect(line.hasPrefix("::warning file=") || line.hasPrefix("::error file=") || line.hasPrefix("::notice file="))
        }
        #expect(Fixtures.run(["check", corpus, "--annotations"]).out.contains("::warning file="))
    }

    @Test func junitIsWellFormedWithAFailurePerNewFinding() throws {
        let (corpus, folder) = try Self.copyOfBundledSet()
        #expect(Fixtures.run(["baseline", folder]).status == 0)
        Fixtures.write(Self.lateArticle + "Mark Ridley said \"five & <six>\" ships were promised.\n", to: folder + "/d-late.md")
        let junit = corpus + "/../check.xml"
        #expect(Fixtures.run(["check", corpus, "--junit", junit, "--json", corpus + "/../check.json"]).status == 1)
        let sets = try #require(try Self.json(corpus + "/../check.json")["sets"] as? [[String: Any]])
        let blocking = sets.flatMap { $0["new"] as? [[String: Any]] ?? [] }.filter { $0["blocking"] as? Bool == true }.count
        #expect(blocking >= 1)
        let data = try #require(FileManager.default.contents(atPath: junit))
        let counter = XMLCounter()
        let parser = XMLParser(data: data)
        parser.delegate = counter
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(counter.counts["testsuite"] == 1)
        #expect(counter.counts["failure"] == blocking)
        #expect((counter.counts["skipped"] ?? 0) >= 1)
        #expect(counter.failuresAttribute == String(blocking))
    }

    @Test(.enabled(if: Git.available, "git is not installed: --changed-since not tested"))
    func changedSinceChecksOnlyChangedSets() throws {
        let (corpus, folder) = try Self.copyOfBundledSet()
        try FileManager.default.copyItem(atPath: Fixtures.corpus + "/harbor-bridge-collapse", toPath: corpus + "/harbor-bridge-collapse")
        #expect(Fixtures.run(["baseline", corpus]).status == 0)
        let root = (corpus as NSString).deletingLastPathComponent
        for arguments in [["init", "-q"], ["add", "corpus"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "corpus"]] {
            #expect(Git.run(arguments, in: root) == 0)
        }
        let nothing = Fixtures.run(["check", corpus, "--changed-since", "HEAD"])
        #expect(nothing.status == 0)
        #expect(nothing.out.contains("0 sets"), "\(nothing.out)")
        Fixtures.write(Self.lateArticle, to: folder + "/d-late.md")
        let changed = Fixtures.run(["check", corpus, "--changed-since", "HEAD"])
        #expect(changed.status == 1)
        #expect(changed.out.contains("check: 1 set"), "\(changed.out)")
        #expect(changed.out.contains(Self.set) && !changed.out.contains("harbor-bridge-collapse"))
        let badRevision = Fixtures.run(["check", corpus, "--changed-since", "no-such-revision"])
        #expect(badRevision.status == 2)
        #expect(badRevision.err.contains("--changed-since no-such-revision"), "\(badRevision.err)")
    }

    @Test func changedSinceOutsideAGitCheckoutSaysSo() throws {
        let (corpus, _) = try Self.copyOfBundledSet()
        let result = Fixtures.run(["check", corpus, "--changed-since", "HEAD"])
        #expect(result.status == 2)
        #expect(result.err.contains("--changed-since"), "\(result.err)")
    }

    @Test func usage() {
        #expect(Fixtures.run(["check"]).status == 2)
        #expect(Fixtures.run(["baseline"]).status == 2)
        #expect(Fixtures.run(["baseline", Fixtures.corpus + "/" + Self.set, "--date", "yesterday"]).status == 2)
        #expect(Fixtures.run(["check", "/nonexistent/crosscheck-corpus"]).status == 3)
        #expect(Fixtures.run(["check", "--help"]).out.contains("--changed-since"))
    }
}

/// Counts XML elements while parsing.
final class XMLCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var failuresAttribute: String?
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        counts[elementName, default: 0] += 1
        if elementName == "testsuites" { failuresAttribute = attributeDict["failures"] }
    }
}

enum Git {
    static let available: Bool = run(["--version"], in: NSTemporaryDirectory()) == 0

    static func run(_ arguments: [String], in folder: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return 127 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
