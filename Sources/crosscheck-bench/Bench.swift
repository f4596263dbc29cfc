import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation

/// One figure of the run: what, how much, and the goal it is held to (if any).
struct Row: Codable {
    var name: String
    var value: Double
    var unit: String
    var goal: String?
    /// nil when the row has no goal.
    var met: Bool?
    var note: String?
}

struct BenchReport: Codable {
    var tool: String
    var mode: String
    var seed: UInt64
    /// When the figures were measured (ISO 8601, UTC) and on what (cores, memory, system).
    var date: String
    var machine: String
    var cores: Int
    var cpu: String
    var rows: [Row]
}

/// Sizes of one run. `--quick` keeps every figure but makes the corpora smaller.
struct BenchSizes {
    var extractionArticles: Int
    var setSizes: [Int]
    var largeSets: Int
    var largePerSet: Int
    var repeats: Int

    static let full = BenchSizes(extractionArticles: 2_000, setSizes: [2, 10, 100, 1_000], largeSets: 1_000, largePerSet: 10, repeats: 3)
    static let quick = BenchSizes(extractionArticles: 400, setSizes: [2, 10, 100, 1_000], largeSets: 100, largePerSet: 10, repeats: 1)
}

struct Bench {
    var seed: UInt64
    var sizes: BenchSizes
    var mode: String
    var realnews: String?
    var rows: [Row] = []

    init(seed: UInt64, sizes: BenchSizes, mode: String, realnews: String?) {
        self.seed = seed
        self.sizes = sizes
        self.mode = mode
        self.realnews = realnews
    }

    // MARK: corpora

    /// Writes `sets` sets of `perSet` articles under `folder`; returns the set folders.
    static func writeCorpus(seed: UInt64, sets: Int, perSet: Int, to folder: String, firstSet: Int = 0) throws -> [String] {
        let generator = NewsGenerator(seed: seed)
        var folders: [String] = []
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in firstSet..<(firstSet + sets) {
            let set = generator.makeSet(index: index, articles: perSet)
            let path = folder + "/" + set.name
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for article in set.articles {
                try Data(article.text.utf8).write(to: URL(fileURLWithPath: path + "/" + article.fileName))
            }
            folders.append(path)
        }
        return folders
    }

    /// Generated article files in memory: (name, bytes), `count` of them in sets of ten.
    func generatedFiles(count: Int, firstSet: Int) -> [(String, [UInt8])] {
        let generator = NewsGenerator(seed: seed)
        var files: [(String, [UInt8])] = []
        var set = firstSet
        while files.count < count {
            let made = generator.makeSet(index: set, articles: 10)
            for article in made.articles where files.count < count {
                files.append((made.name + "/" + article.fileName, Array(article.text.utf8)))
            }
            set += 1
        }
        return files
    }

    // MARK: extraction

    /// Parse + extract every file on one core and on all cores; MB/s of file bytes.
    mutating func extraction(label: String, files: [(String, [UInt8])], goal: Bool) {
        let bytes = files.reduce(0) { $0 + $1.1.count }
        let megabytes = Double(bytes) / 1e6
        let extractor = ClaimExtractor()
        let work: @Sendable ((String, [UInt8])) -> Int = { file in
            let format = ArticleFormat(fileExtension: (file.0 as NSString).pathExtension) ?? .text
            guard let parsed = try? ArticleParser.parse(bytes: file.1, path: file.0, id: file.0, format: format) else { return 0 }
            return parsed.articles.reduce(0) { $0 + extractor.analyze($1).claims.count }
        }
        // Warm-up: lexicons and pattern tables are built once per process.
        _ = files.prefix(5).map(work)
        let one = Measure.median(runs: sizes.repeats) { _ = files.map(work) }
        let all = Measure.median(runs: sizes.repeats) { _ = ParallelMap.map(files, work) }
        let cores = Measure.machine().cores
        let note = "\(files.count) articles, \(String(format: "%.2f", megabytes)) MB"
        rows.append(Row(name: "\(label): extraction, 1 core", value: megabytes / one, unit: "MB/s", goal: goal ? "≥ 5 MB/s" : nil, met: goal ? megabytes / one >= 5 : nil, note: note))
        rows.append(Row(name: "\(label): extraction, 1 core", value: Double(files.count) / one, unit: "articles/s", note: nil))
        rows.append(Row(name: "\(label): extraction, \(cores) cores", value: megabytes / all, unit: "MB/s", goal: goal ? "≥ \(5 * cores) MB/s" : nil, met: goal ? megabytes / all >= Double(5 * cores) : nil, note: nil))
        rows.append(Row(name: "\(label): extraction, \(cores) cores", value: Double(files.count) / all, unit: "articles/s", note: nil))
    }

    // MARK: compare

    /// `compare` of one set of `size` articles through the library, stage by stage as
    /// `CrossChecker.compare(setFolder:)` runs them: read from disk, extract (all cores),
    /// compare (entity resolution, finding rules, the report).
    mutating func compareSets(scratch: String) throws {
        let crossCheck = CrossChecker()
        // The compare stage of each size, for the scaling rows (10× the articles: ≤ 11× the time).
        var stages: [(size: Int, seconds: Double)] = []
        // The same in thread CPU time (the compare stage runs on one thread): on a shared
        // machine the figure the neighbours change least.
        var cpuStages: [(size: Int, seconds: Double)] = []
        for size in sizes.setSizes {
            let folder = try Bench.writeCorpus(seed: seed &+ UInt64(size), sets: 1, perSet: size, to: scratch + "/compare-\(size)")[0]
            var whole: [Double] = []
            var stage: [Double] = []
            var cpuStage: [Double] = []
            var findings = 0
            // Large sets once: a set of 1,000 is slow enough that one run is the figure.
            for _ in 0..<(size >= 1_000 ? 1 : sizes.repeats) {
                let (contents, read) = try Measure.seconds { try CorpusReader().read(set: folder) }
                let (analyses, extract) = Measure.seconds { crossCheck.analyze(contents.articles) }
                let cpuStart = Bench.threadSeconds()
                let (report, compare) = Measure.seconds { crossCheck.makeReport(set: "bench", analyses: analyses, diagnostics: contents.diagnostics) }
                cpuStage.append(Bench.threadSeconds() - cpuStart)
                findings = report.findings.count
                whole.append(read + extract + compare)
                stage.append(compare)
            }
            whole.sort()
            stage.sort()
            let goal = size == 1_000
            rows.append(Row(name: "compare, set of \(size): read + extract + compare", value: whole[whole.count / 2], unit: "s", goal: goal ? "< 2 s" : nil, met: goal ? whole[whole.count / 2] < 2 : nil, note: "\(findings) findings"))
            rows.append(Row(name: "compare, set of \(size): compare stage only", value: stage[stage.count / 2], unit: "s", goal: goal ? "< 1 s" : nil, met: goal ? stage[stage.count / 2] < 1 : nil, note: nil))
            if let previous = stages.last, size == previous.size * 10, previous.size >= 100 {
                let ratio = stage[stage.count / 2] / max(previous.seconds, 1e-9)
                rows.append(Row(name: "scaling: compare stage of a set of \(size.formatted3) / of \(previous.size.formatted3)", value: ratio, unit: "×",
                                goal: "≤ 11×", met: ratio <= 11, note: String(format: "%.3f s vs %.3f s", stage[stage.count / 2], previous.seconds)))
            }
            stages.append((size, stage[stage.count / 2]))
            cpuStage.sort()
            let cpu = cpuStage[cpuStage.count / 2]
            rows.append(Row(name: "compare, set of \(size): compare stage, thread CPU", value: cpu, unit: "s", goal: goal ? "< 1 s" : nil, met: goal ? cpu < 1 : nil, note: nil))
            if let previous = cpuStages.last, size == previous.size * 10, previous.size >= 100 {
                let ratio = cpu / max(previous.seconds, 1e-9)
                rows.append(Row(name: "scaling: compare stage CPU of a set of \(size.formatted3) / of \(previous.size.formatted3)", value: ratio, unit: "×",
                                goal: "≤ 11×", met: ratio <= 11, note: String(format: "%.3f s vs %.3f s CPU", cpu, previous.seconds)))
            }
            cpuStages.append((size, cpu))
        }
    }

    // MARK: the large run, in a child process so its peak memory is its own

    struct LargeResult: Codable {
        var sets: Int
        var articles: Int
        var bytes: Int
        var readSeconds: Double
        var extractSeconds: Double
        var compareSeconds: Double
        var totalSeconds: Double
        var findings: Int
        var peakMiB: Double
    }

    /// Every set under `folder`, one after another, each through the library: read from
    /// disk, extract (parallel per set), compare. Run inside the child process.
    static func largeRun(folder: String, limit: Int?) throws -> LargeResult {
        let crossCheck = CrossChecker()
        var sets = try CrossChecker.sets(in: folder)
        if let limit { sets = Array(sets.prefix(limit)) }
        var read = 0.0, extract = 0.0, compare = 0.0, articles = 0, bytes = 0, findings = 0
        let (_, total) = try Measure.seconds {
            for set in sets {
                let (contents, r) = try Measure.seconds { try CorpusReader().read(set: set) }
                let (analyses, e) = Measure.seconds { crossCheck.analyze(contents.articles) }
                let (report, c) = Measure.seconds { crossCheck.makeReport(set: set, analyses: analyses, diagnostics: contents.diagnostics) }
                read += r
                extract += e
                compare += c
                articles += contents.articles.count
                bytes += contents.articles.reduce(0) { $0 + $1.body.utf8.count }
                findings += report.findings.count
            }
        }
        return LargeResult(
            sets: sets.count, articles: articles, bytes: bytes, readSeconds: read, extractSeconds: extract, compareSeconds: compare,
            totalSeconds: total, findings: findings, peakMiB: Measure.peakMemoryMiB() ?? 0)
    }

    func child(folder: String, limit: Int?) throws -> LargeResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Bench.selfPath())
        process.arguments = ["--large-run", folder] + (limit.map { ["--limit", String($0)] } ?? [])
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("the large run exited with status \(process.terminationStatus)") }
        return try JSONDecoder().decode(LargeResult.self, from: data)
    }

    mutating func large(scratch: String) throws {
        let folder = scratch + "/large"
        let sets = sizes.largeSets
        _ = try Bench.writeCorpus(seed: seed, sets: sets, perSet: sizes.largePerSet, to: folder)
        // The tenth first (also warms the page cache for the files it reads), then the whole.
        let small = try child(folder: folder, limit: sets / 10)
        let big = try child(folder: folder, limit: nil)
        let label = "check \(big.articles.formatted3) articles in \(big.sets.formatted3) sets"
        rows.append(Row(
            name: "\(label) through the library, cold: read + extract + compare", value: big.totalSeconds, unit: "s",
            goal: big.articles >= 10_000 ? "< 30 s" : nil, met: big.articles >= 10_000 ? big.totalSeconds < 30 : nil,
            note: String(format: "read %.2f s, extract %.2f s, compare %.2f s; %d findings", big.readSeconds, big.extractSeconds, big.compareSeconds, big.findings)))
        try checkCommand(folder: folder, articles: big.articles, sets: big.sets)
        for run in [small, big] {
            rows.append(Row(
                name: "check \(run.articles.formatted3) articles through the library: peak memory (VmHWM of the run's process)", value: run.peakMiB, unit: "MiB",
                goal: "< 300 MiB", met: run.peakMiB < 300, note: nil))
        }
        let ratio = big.totalSeconds / max(small.totalSeconds, 1e-9)
        rows.append(Row(
            name: "scaling: library time of \(big.articles.formatted3) articles / time of \(small.articles.formatted3)", value: ratio, unit: "×",
            goal: "≤ 11×", met: ratio <= 11, note: String(format: "%.2f s vs %.2f s", big.totalSeconds, small.totalSeconds)))
        try extractCommand(folder: folder, sets: sets)
        rows.append(Row(name: "\(label): throughput", value: Double(big.bytes) / 1e6 / big.totalSeconds, unit: "MB/s", note: "whole run, all cores"))
    }

    static func selfPath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    // MARK: real text

    /// Article files of every set under a folder (recursively), as bytes.
    static func articleFiles(under folder: String) -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = []
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            let ext = (relative as NSString).pathExtension
            guard ArticleFormat(fileExtension: ext) != nil, ext != "json" else { continue }
            paths.append(relative)
        }
        for relative in paths.sorted() {
            let path = folder + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            files.append((relative, [UInt8](data)))
        }
        return files
    }

    mutating func realText() {
        guard let realnews, FileManager.default.fileExists(atPath: realnews) else {
            rows.append(Row(name: "real articles: extraction", value: -1, unit: "MB/s", note: "skipped: \(realnews ?? "../shared/realnews") not found"))
            return
        }
        let files = Bench.articleFiles(under: realnews)
        guard !files.isEmpty else { return }
        extraction(label: "real articles (\(realnews))", files: files, goal: false)
    }

    // MARK: output

    func table(cores: Int, cpu: String) -> String {
        var lines = ["crosscheck-bench \(mode), seed \(seed), \(cores) cores, \(cpu)", ""]
        let width = max(40, rows.map(\.name.count).max() ?? 40)
        func pad(_ text: String, _ n: Int) -> String { text + String(repeating: " ", count: max(0, n - text.count)) }
        lines.append(pad("figure", width) + "  " + pad("value", 22) + "  " + pad("goal", 12) + "  status")
        for row in rows {
            let value = row.value < 0 ? "—" : Bench.format(row.value) + " " + row.unit
            let status = row.met.map { $0 ? "met" : "NOT MET" } ?? (row.goal != nil ? "pending" : "")
            var line = pad(row.name, width) + "  " + pad(value, 22) + "  " + pad(row.goal ?? "", 12) + "  " + status
            if let note = row.note { line += (status.isEmpty ? "" : "  ") + "(" + note + ")" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        if value >= 0.1 { return String(format: "%.2f", value) }
        return String(format: "%.4f", value)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
