import ClaimModel
import CrossCheck
import Foundation

/// The fact-edit benchmark: does crosscheck notice when one article of a set changes one fact?
///
/// For every set it finds, by general patterns, facts stated in at least two articles (see
/// `SiteFinder`), picks at most `perKind` of each edit kind with a seeded generator, and for
/// each makes ONE edit to ONE article in memory, re-extracts that article only (the others'
/// claims are extracted once per set), compares the edited set, and looks at the findings that
/// are new against the unedited set:
/// - an edit is **caught** when a new conflict (for a quotation cut short, a new variant too)
///   carries the edited value: its evidence in the edited article covers the edited words, or
///   its values there hold the new value;
/// - a control (a change that keeps the meaning) is a **false alarm** when any new conflict or
///   variant appears.
///
/// Nothing is written to the inputs; the result is the same for the same sets and seed.
public struct FactEditBenchmark: Sendable {
    public static let defaultSeed: UInt64 = 17
    public static let defaultPerKind = 4

    public var seed: UInt64
    public var perKind: Int
    public var kinds: [EditKind]

    public init(seed: UInt64 = FactEditBenchmark.defaultSeed, perKind: Int = FactEditBenchmark.defaultPerKind, kinds: [EditKind] = EditKind.allCases) {
        self.seed = seed
        self.perKind = perKind
        self.kinds = kinds.sorted()
    }

    /// One set of articles about one event, with the configuration that applies to it.
    public struct ArticleSet: Sendable {
        public var name: String
        public var articles: [Article]
        public var configuration: Configuration

        public init(name: String, articles: [Article], configuration: Configuration = Configuration()) {
            self.name = name
            self.articles = articles.sorted { $0.id < $1.id }
            self.configuration = configuration
        }
    }

    /// The sets under each folder (a set folder, or a folder of sets), read as `compare`
    /// reads them, with the configuration `compare` finds for each (`crosscheck.json` files
    /// from the repository root down to the set). Unreadable articles are left out of their set.
    public static func load(folders: [String]) throws -> [ArticleSet] {
        var sets: [ArticleSet] = []
        for folder in folders {
            for path in try CrossChecker.sets(in: folder) {
                let configuration = try Configuration.discover(forSet: path)
                let contents = try CorpusReader(maxArticleBytes: configuration.maxArticleBytes).read(set: path)
                guard !contents.articles.isEmpty else { continue }
                let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
                sets.append(ArticleSet(name: name, articles: contents.articles, configuration: configuration))
            }
        }
        return sets
    }

    /// The edits of one set, in kind, article and position order.
    func plan(_ set: ArticleSet) -> [EditSite] {
        let finder = SiteFinder(seed: seed, setName: set.name, articles: set.articles)
        var planned: [EditSite] = []
        for kind in kinds {
            let sites = finder.sites(kind).sorted { ($0.article, $0.start, $0.end) < ($1.article, $1.start, $1.end) }
            var random = SeededRandom(seed: seed, set.name, kind.rawValue, "sample")
            planned += random.sample(sites, perKind).sorted { ($0.article, $0.start, $0.end) < ($1.article, $1.start, $1.end) }
        }
        return planned
    }

    /// The edits the benchmark would make in a set, as (kind, article id, original, edited):
    /// for tests and for reading what a run will do.
    public func edits(in set: ArticleSet) -> [(kind: EditKind, article: String, original: String, edited: String)] {
        plan(set).map { ($0.kind, set.articles[$0.article].id, $0.original, $0.replacement) }
    }

    /// Runs every planned edit of every set (in parallel, results in a fixed order).
    public func run(_ sets: [ArticleSet]) -> FactEditResult {
        struct Prepared: Sendable {
            var set: ArticleSet
            var analyses: [ArticleAnalysis]
            var baseline: Set<String>
        }
        struct Job: Sendable {
            var set: Int
            var site: EditSite
        }
        let sorted = sets.sorted { $0.name < $1.name }
        var prepared: [Prepared] = []
        var jobs: [Job] = []
        for set in sorted {
            let library = CrossChecker(configuration: set.configuration)
            let analyses = library.analyze(set.articles)
            let report = library.makeReport(set: set.name, analyses: analyses, diagnostics: [])
            for site in plan(set) { jobs.append(Job(set: prepared.count, site: site)) }
            prepared.append(Prepared(set: set, analyses: analyses, baseline: Set(report.findings.map(\.id))))
        }
        let frozen = prepared
        let runs = ParallelMap.map(jobs) { job in
            let set = frozen[job.set]
            return FactEditBenchmark.run(job.site, in: set.set, analyses: set.analyses, baseline: set.baseline)
        }
        return FactEditResult(seed: seed, perKind: perKind, sets: sorted.map(\.name), articles: sorted.reduce(0) { $0 + $1.articles.count }, runs: runs)
    }

    /// One edit: the article edited and extracted again, the set compared, the new findings judged.
    static func run(_ site: EditSite, in set: ArticleSet, analyses: [ArticleAnalysis], baseline: Set<String>) -> EditRun {
        let original = set.articles[site.article]
        let body = site.apply(to: original.scalars)
        let edited = Article(
            id: original.id, path: original.path, body: body, sha256: SHA256.hex(body), outlet: original.outlet,
            published: original.published, title: original.title, url: original.url, language: original.language,
            metadata: original.metadata, provenance: original.provenance, bodyLineOffset: original.bodyLineOffset)
        let library = CrossChecker(configuration: set.configuration)
        let analysis = library.analyze([edited])[0]
        var editedAnalyses = analyses
        editedAnalyses[site.article] = analysis
        let report = library.makeReport(set: set.name, analyses: editedAnalyses, diagnostics: [])
        let fresh = report.findings.filter { !baseline.contains($0.id) }
        let range = site.editedRange
        let editedValue = edited.text(range.lowerBound, range.upperBound)
        let flagging: Finding?
        if site.kind.isControl {
            flagging = fresh.first { $0.status == .conflict || $0.status == .variant }
        } else {
            flagging = fresh.first { finding in
                (finding.status == .conflict || (site.kind.variantCatches && finding.status == .variant))
                    && carries(finding, article: edited.id, range: range, value: editedValue)
            }
        }
        // A quotation's evidence is its quoted words, never the speaker's name beside it: for a
        // speaker edit, the quotations on the edited line are the claims at the edit.
        let editLine = edited.lines.line(of: range.lowerBound)
        let claims = analysis.claims.filter { claim in
            if site.kind == .quoteSpeaker { return claim.kind == .quote && claim.evidence.span.line == editLine }
            return claim.evidence.span.start < range.upperBound && range.lowerBound < claim.evidence.span.end
        }
        let fileLines = original.path.hasSuffix(".md") || original.path.hasSuffix(".txt")
        return EditRun(
            set: set.name, article: original.id, path: original.path,
            line: original.lines.line(of: site.start) + (fileLines ? original.bodyLineOffset : 0),
            kind: site.kind, original: site.original, edited: site.replacement,
            before: excerpt(original.scalars, site.start, site.end),
            after: excerpt(edited.scalars, site.start, site.start + site.replacement.unicodeScalars.count),
            flagged: flagging != nil, newFindings: fresh.map(describe).sorted(), by: flagging.map(describe),
            claimsAtEdit: Array(Set(claims.map(describe))).sorted())
    }

    /// Whether a finding carries the edited value: evidence in the edited article over the
    /// edited words, or a value there that holds the new words.
    static func carries(_ finding: Finding, article: String, range: Range<Int>, value: String) -> Bool {
        if finding.evidence[article]?.contains(where: { $0.span.start < range.upperBound && range.lowerBound < $0.span.end }) == true { return true }
        let wanted = Folding.words(value)
        guard !wanted.isEmpty else { return false }
        return finding.values[article]?.contains { containsRun(Folding.words($0), wanted) } == true
    }

    static func containsRun(_ words: [String], _ run: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { Array(words[$0..<($0 + run.count)]) == run }
    }

    /// A claim in a few words, with the slots that decide how it is compared:
    /// `date 2018-12-20 (event: —)`, `number 2000 (measure: troops)`, `quote (speaker: —)`.
    static func describe(_ claim: Claim) -> String {
        let slots = claim.slots
        func shown(_ value: String?) -> String { value.map { $0.isEmpty ? "—" : $0 } ?? "—" }
        switch claim.kind {
        case .date: return "date \(shown(slots.date)) (event: \(shown(slots.event)))"
        case .number: return "number \(shown(slots.value)) (measure: \(shown(slots.measure)))"
        case .title: return "title \(shown(slots.title))"
        case .quote: return "quote (speaker: \(shown(slots.speaker)))"
        default: return claim.kind.rawValue
        }
    }

    static func describe(_ finding: Finding) -> String {
        "\(finding.status.rawValue) \(finding.kind.rawValue) “\(finding.subject)”"
    }

    /// The line around `start..<end`, at most about 80 characters either side, on one line.
    static func excerpt(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var lineStart = start
        while lineStart > 0, scalars[lineStart - 1] != "\n", start - lineStart < 80 { lineStart -= 1 }
        var lineEnd = min(end, scalars.count)
        while lineEnd < scalars.count, scalars[lineEnd] != "\n", lineEnd - end < 80 { lineEnd += 1 }
        let clippedEnd = min(lineEnd, max(end, start + 240))
        var text = String(scalars: scalars[lineStart..<clippedEnd]).replacingOccurrences(of: "\n", with: " ⏎ ")
        if lineStart > 0, scalars[lineStart - 1] != "\n" { text = "…" + text }
        if clippedEnd < scalars.count, scalars[clippedEnd] != "\n" { text += "…" }
        return text
    }
}
