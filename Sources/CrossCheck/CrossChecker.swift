import ClaimExtractor
import ClaimModel
import Comparator
import Foundation
import ReportWriter

/// The library facade: a set folder in, a report out. Named `CrossChecker`, not after its
/// module, so that `CrossCheck.Configuration` and other module-qualified names resolve.
public struct CrossChecker: Sendable {
    public var configuration: Configuration
    /// Read symbolic links that leave the set (`--follow-links`).
    public var followLinks: Bool

    public init(configuration: Configuration = Configuration(), followLinks: Bool = false) {
        self.configuration = configuration
        self.followLinks = followLinks
    }

    /// The result of comparing one set: the report and the files that could not be read.
    public struct SetResult: Sendable {
        public var report: Report
        public var failures: [CrossCheckError]
        /// Articles extracted in this run (not taken from a cache).
        public var extracted: Int
        /// Articles whose analysis came from the cache.
        public var cached: Int = 0
        /// Cache entries that could not be written (the run goes on without them).
        public var cacheFailures: [CrossCheckError] = []
    }

    /// Reads, extracts and compares one set folder.
    /// `root`, when given, is the folder a relative `setFolder` is read from; reports still
    /// show paths as given (tests use it to be independent of the working directory).
    /// With a `cache`, articles whose analysis is cached are not extracted again.
    public func compare(setFolder: String, name: String? = nil, root: String? = nil, cache: AnalysisCache? = nil) throws -> SetResult {
        let reader = CorpusReader(maxArticleBytes: configuration.maxArticleBytes, followLinks: followLinks)
        var contents = try reader.read(set: root.map { setFolder.hasPrefix("/") ? setFolder : $0 + "/" + setFolder } ?? setFolder)
        if let root, !setFolder.hasPrefix("/") {
            let prefix = root + "/"
            contents.articles = contents.articles.map { article in
                var copy = article
                if copy.path.hasPrefix(prefix) { copy.path = String(copy.path.dropFirst(prefix.count)) }
                return copy
            }
            contents.diagnostics = contents.diagnostics.map { diagnostic in
                var copy = diagnostic
                if copy.path.hasPrefix(prefix) { copy.path = String(copy.path.dropFirst(prefix.count)) }
                return copy
            }
        }
        // With no readable article there is nothing to report: the first failure stops the set.
        if contents.articles.isEmpty, let first = contents.failures.first { throw first }
        let setName = name ?? URL(fileURLWithPath: setFolder).standardizedFileURL.lastPathComponent
        guard let cache else {
            let analyses = analyze(contents.articles)
            let report = makeReport(set: setName, analyses: analyses, diagnostics: contents.diagnostics)
            return SetResult(report: report, failures: contents.failures, extracted: analyses.count)
        }
        let cached = analyze(contents.articles, cache: cache)
        let report = makeReport(set: setName, analyses: cached.analyses, diagnostics: contents.diagnostics)
        return SetResult(report: report, failures: contents.failures, extracted: cached.extracted,
                         cached: cached.analyses.count - cached.extracted, cacheFailures: cached.failures)
    }

    /// Analyses from the cache where it has a trustworthy entry; the other articles are
    /// extracted (in parallel) and stored. Keeps the input order.
    public func analyze(_ articles: [Article], cache: AnalysisCache) -> (analyses: [ArticleAnalysis], extracted: Int, failures: [CrossCheckError]) {
        let limit = configuration.maxClaimsPerArticle
        // Extraction options enter the cache key: another date order is another analysis.
        let options = configuration.dateOrder.map { "dateOrder=\($0)" } ?? ""
        let hits = ParallelMap.map(articles) { cache.load($0, maxClaims: limit, options: options) }
        let missing = zip(articles, hits).filter { $0.1 == nil }.map(\.0)
        let fresh = analyze(missing)
        var failures: [CrossCheckError] = []
        for analysis in fresh {
            do {
                try cache.store(analysis, maxClaims: limit, options: options)
            } catch let error as CrossCheckError {
                failures.append(error)
            } catch {
                failures.append(.write(path: cache.folder, reason: "\(error)"))
            }
        }
        var next = fresh.makeIterator()
        let analyses = hits.map { $0 ?? next.next()! }
        return (analyses, fresh.count, failures)
    }

    /// Extracts claims from articles in parallel; the result keeps the input order.
    public func analyze(_ articles: [Article]) -> [ArticleAnalysis] {
        let extractor = ClaimExtractor(
            maxClaimsPerArticle: configuration.maxClaimsPerArticle, dateOrder: configuration.dateOrder.flatMap(DateOrder.init(rawValue:)))
        return ParallelMap.map(articles) { extractor.analyze($0) }
    }

    /// Compares analyses and assembles the report. Deterministic: input order does not matter.
    public func makeReport(set: String, analyses: [ArticleAnalysis], diagnostics: [Diagnostic]) -> Report {
        let sorted = analyses.sorted { $0.article.id < $1.article.id }
        let comparison = SetComparator(configuration: configuration.comparator).compare(sorted)
        let allDiagnostics = (diagnostics + sorted.flatMap(\.diagnostics)).sorted()
        var findings = comparison.findings.filter { !configuration.isDisabled($0) }
        var story = StoryBuilder.build(articles: sorted.map(\.article), entities: comparison.entities, claims: comparison.claims, findings: findings, background: comparison.background)
        if sorted.count == 1 { (findings, story) = CrossChecker.alone(findings, story) }
        return Report(
            tool: Report.Tool(name: CrossCheckVersion.name, version: CrossCheckVersion.version), set: set,
            articles: sorted.map { ArticleRecord(article: $0.article) }, entities: comparison.entities,
            claims: comparison.claims, findings: findings, diagnostics: allDiagnostics, story: story)
    }

    /// Sets under a corpus folder: each sub-folder holding at least one article file. A
    /// folder that itself holds articles is one set.
    public static func sets(in folder: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { throw CrossCheckError.notFound(path: folder) }
        guard isDirectory.boolValue else { throw CrossCheckError.notADirectory(path: folder) }
        // crosscheck never reads its own reports as articles.
        if ReportManifest.marks(folder) {
            throw CrossCheckError.usage("\(folder): holds crosscheck's own reports (\(ReportManifest.fileName)), not articles; give the folder of a set")
        }
        let names = try CorpusReader.names(in: folder)
        if CorpusReader.hasArticleFile(in: folder) { return [folder] }
        var sets: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue, !ReportManifest.marks(path) {
                if CorpusReader.hasArticleFile(in: path) { sets.append(path) }
            }
        }
        return sets
    }

    /// Sub-folders of a corpus folder that `sets(in:)` passes over because they hold no
    /// article file (an empty folder, or one holding only folders), so a run can say so
    /// rather than skip them silently. Hidden folders and report folders are not listed.
    public static func foldersWithoutArticles(in folder: String) -> [String] {
        if let files = try? CorpusReader.articleFiles(in: folder).files, !files.isEmpty { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { (folder as NSString).appendingPathComponent($0) }.filter { path in
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue, !ReportManifest.marks(path),
                  (try? CorpusReader.names(in: path)) != nil else { return false }
            return ((try? CorpusReader.articleFiles(in: path).files) ?? []).isEmpty
        }
    }
}
