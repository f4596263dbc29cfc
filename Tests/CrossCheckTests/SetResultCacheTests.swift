import ClaimModel
import CrossCheck
import Foundation
import Testing

/// The per-set result cache of `crosscheck check`: an unchanged set is not compared again,
/// and whatever changes a set's result (an article, the configuration) misses the cache.
struct SetResultCacheTests {
    /// Every `.set` or `.stat` file under the cache's `sets/` folder.
    static func entries(_ cache: String, _ ext: String) -> [String] {
        ((FileManager.default.subpaths(atPath: cache + "/sets")) ?? []).filter { $0.hasSuffix("." + ext) }.sorted()
    }

    /// Sets every file of a folder a minute into the past, as a checkout made earlier would.
    static func age(_ folder: String, seconds: Double = 60) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -seconds)], ofItemAtPath: folder + "/" + name)
        }
    }

    @Test func warmCheckTakesTheSetFromTheCacheWithTheSameOutputs() throws {
        let (corpus, _) = try CheckCommandTests.copyOfBundledSet()
        let cache = corpus + "/../cache"
        func run(_ tag: String) -> (status: Int32, out: String, err: String) {
            Fixtures.run(["check", corpus, "--cache", cache, "--no-color", "--json", corpus + "/../\(tag).json",
                          "--sarif", corpus + "/../\(tag).sarif", "--junit", corpus + "/../\(tag).xml"])
        }
        let cold = run("cold")
        #expect(Self.entries(cache, "set").count == 1)
        let warm = run("warm")
        #expect(try CheckCommandTests.counts(corpus + "/../warm.json") == (0, 3))
        #expect(cold.status == warm.status)
        // The same verdict, byte for byte, from the cached set result (JUnit's times aside).
        func read(_ name: String) throws -> String {
            try String(contentsOfFile: corpus + "/../" + name, encoding: .utf8)
                .replacingOccurrences(of: #"time="[0-9.]+""#, with: "time=…", options: .regularExpression)
        }
        #expect(try read("cold.sarif") == read("warm.sarif"))
        #expect(try read("cold.xml") == read("warm.xml"))
        #expect(try read("warm.xml").contains("<failure"))
        let newFindings = { (tag: String) throws -> String in
            let sets = try #require(try CheckCommandTests.json(corpus + "/../\(tag).json")["sets"] as? [[String: Any]])
            let data = try JSONSerialization.data(withJSONObject: try #require(sets.first?["new"]), options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try newFindings("cold") == newFindings("warm"))
        #expect(cold.out.replacingOccurrences(of: "(3 extracted, 0 cached)", with: "(0 extracted, 3 cached)") == warm.out)
    }

    @Test func anAddedArticleMissesTheSetEntryAndIsTheOnlyOneExtracted() throws {
        let (corpus, folder) = try CheckCommandTests.copyOfBundledSet()
        let report = corpus + "/../check.json"
        _ = Fixtures.run(["check", corpus, "--json", report])
        Fixtures.write(CheckCommandTests.lateArticle, to: folder + "/d-late.md")
        let added = Fixtures.run(["check", corpus, "--json", report])
        #expect(try CheckCommandTests.counts(report) == (1, 3))
        #expect(added.out.contains("participant/only-in “Mark Ridley”"), "\(added.out)")
        #expect(Self.entries(corpus + "/" + AnalysisCache.folderName, "set").count == 2)
    }

    @Test func metadataKeyIsWrittenOnlyForFilesOlderThanTheClock() throws {
        let (corpus, folder) = try CheckCommandTests.copyOfBundledSet()
        let cache = corpus + "/../cache"
        // Files written a moment ago: a coarse clock could not tell a later edit from them.
        _ = Fixtures.run(["check", corpus, "--cache", cache])
        #expect(Self.entries(cache, "stat").isEmpty)
        try Self.age(folder)
        _ = Fixtures.run(["check", corpus, "--cache", cache])
        #expect(Self.entries(cache, "stat").count == 1)
        let warm = Fixtures.run(["check", corpus, "--cache", cache, "--json", corpus + "/../warm.json"])
        #expect(try CheckCommandTests.counts(corpus + "/../warm.json") == (0, 3))
        #expect(warm.status == 0 || warm.status == 1)
    }

    @Test func sameSizeEditWithTheOldModificationTimeStillMisses() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-setcache") + "/set"
        let text = "Prime Minister Lena Holt opened the bridge on Friday, with 300 guests.\n"
        Fixtures.write(text, to: folder + "/a.txt")
        Fixtures.write(text, to: folder + "/b.txt")
        try Self.age(folder)
        let cache = Fixtures.temporaryFolder("crosscheck-setcache-store")
        let checker = CrossChecker()
        let results = SetResultCache(folder: cache, build: "test")
        let first = try checker.compare(setFolder: folder, cache: nil, results: results)
        #expect(first.extracted == 2)
        #expect(Self.entries(cache, "stat").count == 1)
        let second = try checker.compare(setFolder: folder, cache: nil, results: results)
        #expect(second.extracted == 0 && second.cached == 2)
        // The cached view holds the discrepancies (none here: both articles agree).
        #expect(second.report.findings.map(\.id) == SetResultCache.gateView(first.report).findings.map(\.id))
        #expect(second.report.articles.map(\.path) == first.report.articles.map(\.path))

        // The same number of bytes, and the modification time put back: the change time and
        // the content hash still tell the sets apart.
        let path = folder + "/b.txt"
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        Fixtures.write(text.replacingOccurrences(of: "300", with: "200"), to: path)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        let third = try checker.compare(setFolder: folder, cache: nil, results: results)
        #expect(third.extracted == 2)
        #expect(SetResultCache.gateView(third.report).findings.count > SetResultCache.gateView(first.report).findings.count)
        #expect(third.report.findings.contains { $0.values.values.contains { $0.contains { $0.contains("200") } } }, "\(third.report.findings.map(\.summary))")
    }

    @Test func anotherBuildOrConfigurationMissesAndDamagedEntriesAreReplaced() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-setcache") + "/set"
        Fixtures.write("Prime Minister Lena Holt opened the bridge on Friday, with 300 guests.\n", to: folder + "/a.txt")
        Fixtures.write("Prime Minister Lena Holt opened the bridge on Friday, with 200 guests.\n", to: folder + "/b.txt")
        let cache = Fixtures.temporaryFolder("crosscheck-setcache-store")
        _ = try CrossChecker().compare(setFolder: folder, cache: nil, results: SetResultCache(folder: cache, build: "one"))
        #expect(try CrossChecker().compare(setFolder: folder, cache: nil, results: SetResultCache(folder: cache, build: "one")).extracted == 0)
        #expect(try CrossChecker().compare(setFolder: folder, cache: nil, results: SetResultCache(folder: cache, build: "two")).extracted == 2)

        // A configuration file that applies to the set is part of the key.
        Fixtures.write("{\"version\": 1, \"severity\": {\"number\": \"off\"}}\n", to: folder + "/crosscheck.json")
        let configured = try CrossChecker(configuration: Configuration.discover(forSet: folder)).compare(
            setFolder: folder, cache: nil, results: SetResultCache(folder: cache, build: "one"))
        #expect(configured.extracted == 2)
        #expect(!configured.report.findings.contains { $0.kind == .number })

        // Damaged entries are not trusted: the set is compared again and the entry rewritten.
        let entries = Self.entries(cache, "set")
        #expect(entries.count == 3)
        for entry in entries { _ = FileManager.default.createFile(atPath: cache + "/sets/" + entry, contents: Data("{\"format\": 1}\n{}".utf8)) }
        let again = try CrossChecker(configuration: Configuration.discover(forSet: folder)).compare(
            setFolder: folder, cache: nil, results: SetResultCache(folder: cache, build: "one"))
        #expect(again.extracted == 2)
        #expect(again.report.findings.map(\.id) == configured.report.findings.map(\.id))
        #expect(try CrossChecker(configuration: Configuration.discover(forSet: folder)).compare(
            setFolder: folder, cache: nil, results: SetResultCache(folder: cache, build: "one")).extracted == 0)
    }

    @Test(arguments: ["hanoi-defense-visit-2025", "harbor-bridge-collapse", "storm-landfall-jsonl", "trade-summit-geneva"])
    func aCachedSetReadsBackAsTheGateSawIt(set: String) throws {
        let (_, folder) = try CheckCommandTests.copyOfBundledSet(set)
        try Self.age(folder)
        let results = SetResultCache(folder: Fixtures.temporaryFolder("crosscheck-setcache-store"), build: "test")
        let fresh = try CrossChecker().compare(setFolder: folder, cache: nil, results: results)
        let cached = try CrossChecker().compare(setFolder: folder, cache: nil, results: results)
        #expect(fresh.extracted > 0 && cached.extracted == 0)
        let expected = SetResultCache.gateView(fresh.report)
        #expect(!expected.findings.isEmpty)
        #expect(cached.report.findings == expected.findings)
        #expect(cached.report.articles == expected.articles)
        #expect(cached.report.diagnostics == expected.diagnostics)
        #expect([cached.report.schema, cached.report.set, cached.report.tool.version] == [expected.schema, expected.set, expected.tool.version])
    }

    /// The binary entry writes each stored property by name: a property added to one of these
    /// types must be added to `SetResultCodec` too, or cached sets would lose it.
    @Test func theEntryFormatKnowsEveryStoredProperty() {
        let span = SourceSpan(article: "a", start: 0, end: 1, line: 1)
        let finding = Finding(kind: .number, status: .conflict, severity: .warning, subject: "s", subjectKey: "s", entity: nil,
                              summary: "s", values: [:], evidence: [:])
        let record = ArticleRecord(article: Article(id: "a", path: "a.txt", body: "b", sha256: ""))
        let report = Report(tool: Report.Tool(name: "t", version: "v"), set: "s", articles: [], entities: [], claims: [], findings: [], diagnostics: [])
        let counts = [Mirror(reflecting: finding).children.count, Mirror(reflecting: record).children.count,
                      Mirror(reflecting: Diagnostic(level: .note, code: "c", path: "p", message: "m")).children.count,
                      Mirror(reflecting: Evidence(text: "t", span: span)).children.count, Mirror(reflecting: span).children.count,
                      Mirror(reflecting: report).children.count]
        // A report's ninth property, `story`, is not stored: the gate view drops it. An article's
        // twelfth, `uniqueLabel`, is not stored either: `Report`'s initializer, which reading an
        // entry calls, derives it from the set's ids and outlets.
        #expect(counts == [10, 12, 5, 2, 4, 9], "update SetResultCodec (and its format number) for the new property")
    }
}
