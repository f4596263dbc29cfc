import ClaimModel
import CrossCheck
import Foundation

/// crosscheck-bench: throughput and scaling of crosscheck on generated news corpora.
///
///     crosscheck-bench [--quick] [--seed N] [--json FILE] [--realnews DIR] [--keep DIR]
///                      [--only extraction,real,layers,compare,reports,large,linearity,fuzz] [--set-sizes 100,1000,10000]
///     crosscheck-bench --write-corpus DIR [--sets N] [--per-set N] [--seed N]
///     crosscheck-bench --extract-dir DIR [--json FILE]
///     crosscheck-bench factedit [FOLDER...] [--seed N] [--per-kind N] [--kinds a,b] [--json FILE]
///
/// Build and run it in release only: `swift run -c release crosscheck-bench --quick`.
enum BenchCommand {
    static let usage = """
        usage: crosscheck-bench [--quick] [--seed N] [--json FILE] [--realnews DIR | --no-realnews] [--keep DIR]
                                [--only extraction,real,layers,compare,reports,large,linearity,fuzz] [--set-sizes 100,1000,10000]
               crosscheck-bench --write-corpus DIR [--sets N] [--per-set N] [--seed N]
               crosscheck-bench --extract-dir DIR [--json FILE]
               crosscheck-bench factedit [FOLDER...] [--seed N] [--per-kind N] [--kinds a,b] [--json FILE]
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        if arguments.first == "factedit" { return try FactEditCommand.run(Array(arguments.dropFirst())) }
        var seed: UInt64 = 20_251_102
        var quick = false
        var json: String?
        var realnews: String? = "../shared/realnews"
        var keep: String?
        var writeCorpus: String?
        var extractDir: String?
        var largeRun: String?
        var limit: Int?
        var only: Set<String> = ["extraction", "real", "layers", "compare", "reports", "large", "linearity", "fuzz"]
        var setSizes: [Int]?
        var sets = 50
        var perSet = 10
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("\(arguments[index - 1]) needs a value\n\(usage)") }
            return arguments[index]
        }
        func number(_ text: String) throws -> Int {
            guard let n = Int(text), n > 0 else { throw BenchError("not a positive number: \(text)") }
            return n
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--quick": quick = true
            case "--seed":
                let text = try value()
                guard let n = UInt64(text) else { throw BenchError("not a seed: \(text)") }
                seed = n
            case "--json": json = try value()
            case "--realnews": realnews = try value()
            case "--no-realnews": realnews = nil
            case "--keep": keep = try value()
            case "--write-corpus": writeCorpus = try value()
            case "--sets": sets = try number(value())
            case "--per-set": perSet = try number(value())
            case "--extract-dir": extractDir = try value()
            case "--large-run": largeRun = try value()
            case "--limit": limit = try number(value())
            case "--only": only = Set(try value().split(separator: ",").map(String.init))
            case "--set-sizes": setSizes = try value().split(separator: ",").map { try number(String($0)) }
            case "-h", "--help":
                print(usage)
                return 0
            default: throw BenchError("unknown option \(arguments[index])\n\(usage)")
            }
            index += 1
        }

        if let folder = largeRun {
            // The child process of the large run: one JSON line on stdout.
            let result = try Bench.largeRun(folder: folder, limit: limit)
            let data = try JSONEncoder().encode(result)
            FileHandle.standardOutput.write(data)
            return 0
        }
        if let folder = writeCorpus {
            let written = try Bench.writeCorpus(seed: seed, sets: sets, perSet: perSet, to: folder)
            print("wrote \(written.count) sets of \(perSet) articles (seed \(seed)) to \(folder)")
            return 0
        }

        let (cores, cpu) = Measure.machine()
        var bench = Bench(seed: seed, sizes: quick ? .quick : .full, mode: quick ? "quick" : "full", realnews: realnews)
        if let setSizes { bench.sizes.setSizes = setSizes }
        if let folder = extractDir {
            bench.mode = "extract-dir"
            let files = Bench.articleFiles(under: folder)
            guard !files.isEmpty else { throw BenchError("no article files under \(folder)") }
            bench.extraction(label: folder, files: files, goal: false)
        } else {
            let scratch = keep ?? (NSTemporaryDirectory() + "crosscheck-bench-\(ProcessInfo.processInfo.processIdentifier)")
            defer { if keep == nil { try? FileManager.default.removeItem(atPath: scratch) } }
            if only.contains("extraction") {
                bench.extraction(label: "generated", files: bench.generatedFiles(count: bench.sizes.extractionArticles, firstSet: 100_000), goal: true)
            }
            if only.contains("real") { bench.realText() }
            if only.contains("layers") {
                bench.layers(label: "generated", files: bench.generatedFiles(count: bench.sizes.extractionArticles / 4, firstSet: 100_000))
                if let realnews, FileManager.default.fileExists(atPath: realnews) { bench.layers(label: "real articles", files: Bench.articleFiles(under: realnews)) }
            }
            if only.contains("compare") { try bench.compareSets(scratch: scratch) }
            if only.contains("reports") { try bench.reportCommand(scratch: scratch, sizes: quick ? [300] : [300, 1_000]) }
            if only.contains("large") { try bench.large(scratch: scratch) }
            if only.contains("linearity") { try bench.linearity(scratch: scratch, quick: quick) }
            if only.contains("fuzz") { bench.fuzz(count: quick ? 100_000 : 1_000_000) }
            bench.rows.append(Row(name: "peak memory of this bench process", value: Measure.peakMemoryMiB() ?? -1, unit: "MiB", note: "holds the in-memory corpora too"))
        }
        let date = ISO8601DateFormatter().string(from: Date())
        print(bench.table(cores: cores, cpu: cpu) + "\n\n" + "measured \(date) on \(Measure.hostDescription())")
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let report = BenchReport(tool: "crosscheck-bench", mode: bench.mode, seed: seed, date: date, machine: Measure.hostDescription(), cores: cores, cpu: cpu, rows: bench.rows)
            try encoder.encode(report).write(to: URL(fileURLWithPath: json))
        }
        return 0
    }
}

do {
    exit(try BenchCommand.run(Array(CommandLine.arguments.dropFirst())))
} catch {
    FileHandle.standardError.write(Data("crosscheck-bench: \(error)\n".utf8))
    exit(2)
}
