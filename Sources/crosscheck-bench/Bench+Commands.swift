import CrossCheck
import Foundation

/// Rows timed through the `crosscheck` executable built beside the bench: `check` cold and
/// warm, `extract --format jsonl` streaming, `compare` with its reports. Each run is its own
/// process; its peak memory is read with `/usr/bin/time -f %M` where that exists.
extension Bench {
    /// The `crosscheck` executable beside this one, when it exists and has `command`.
    static func crosscheck(having command: String) -> String? {
        let executable = URL(fileURLWithPath: Bench.selfPath()).deletingLastPathComponent().appendingPathComponent("crosscheck").path
        guard FileManager.default.isExecutableFile(atPath: executable),
              let help = try? Bench.runProcess(executable, ["--help"]).output, help.contains("\n  \(command) ") else { return nil }
        return executable
    }

    /// `crosscheck check` over the large corpus: cold (empty cache); warm with nothing changed;
    /// warm after one new article; and after every file's metadata changed (a fresh checkout
    /// restoring the cache: every file hashed, no set compared again).
    mutating func checkCommand(folder: String, articles: Int, sets: Int) throws {
        let label = "crosscheck check \(articles.formatted3) articles in \(sets.formatted3) sets"
        let goal = articles >= 10_000
        guard let executable = Bench.crosscheck(having: "check") else {
            rows.append(Row(name: "\(label), cold", value: -1, unit: "s", note: "pending: the crosscheck executable beside this one has no `check` command"))
            return
        }
        let cache = folder + "/../check-cache"
        try? FileManager.default.removeItem(atPath: cache)
        let arguments = ["check", folder, "--cache", cache, "--quiet", "--no-color"]
        // A check run: seconds, peak memory and what it says it extracted.
        func run() throws -> (seconds: Double, peak: Double?, note: String) {
            let result = try Bench.runProcess(executable, arguments, peak: true)
            let verdict = result.output.split(separator: "\n").first { $0.hasPrefix("check: ") }.map(String.init) ?? ""
            let counts = verdict.range(of: #"\(\d+ extracted, \d+ cached\)"#, options: .regularExpression).map { String(verdict[$0]) } ?? "?"
            return (result.seconds, result.peakMiB, "exit status \(result.status); \(counts)")
        }
        let cold = try run()
        // Files written just now are too recent for their metadata to be trusted (see
        // SetResultCache): a run a little later stores the metadata keys, as in real use.
        Thread.sleep(forTimeInterval: 2.5)
        _ = try run()
        let unchanged = try run()
        // One new article in the first set: a different event's article, so it is new text.
        let first = try CrossChecker.sets(in: folder)[0]
        let extra = NewsGenerator(seed: seed ^ 0xA5A5).makeSet(index: 999_999, articles: 1).articles[0]
        try Data(extra.text.utf8).write(to: URL(fileURLWithPath: first + "/new-article.md"))
        let added = try run()
        try? FileManager.default.removeItem(atPath: first + "/new-article.md")
        // A fresh checkout: same bytes, new inodes and times.
        for set in try CrossChecker.sets(in: folder) {
            for name in try FileManager.default.contentsOfDirectory(atPath: set) {
                let path = set + "/" + name
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                try FileManager.default.removeItem(atPath: path)
                try data.write(to: URL(fileURLWithPath: path))
            }
        }
        let checkout = try run()
        func memory(_ peak: Double?) -> String { peak.map { String(format: "; peak %.0f MiB", $0) } ?? "" }
        rows.append(Row(name: "\(label), cold (empty cache)", value: cold.seconds, unit: "s", goal: goal ? "< 30 s" : nil,
                        met: goal ? cold.seconds < 30 : nil, note: cold.note + memory(cold.peak)))
        if let peak = cold.peak {
            rows.append(Row(name: "\(label), cold: peak memory", value: peak, unit: "MiB", goal: "< 300 MiB", met: peak < 300, note: nil))
        }
        rows.append(Row(name: "\(label), warm, nothing changed", value: unchanged.seconds, unit: "s", goal: goal ? "< 1 s" : nil,
                        met: goal ? unchanged.seconds < 1 : nil, note: unchanged.note + memory(unchanged.peak)))
        rows.append(Row(name: "\(label), warm after one new article", value: added.seconds, unit: "s", goal: goal ? "< 1 s" : nil,
                        met: goal ? added.seconds < 1 : nil, note: added.note + memory(added.peak)))
        rows.append(Row(name: "\(label), warm after a fresh checkout (every file hashed)", value: checkout.seconds, unit: "s",
                        note: checkout.note + memory(checkout.peak)))
    }

    /// `crosscheck extract --format jsonl --files-from LIST` over a tenth of the large corpus
    /// and over all of it: streamed, so peak memory should not grow with the articles.
    mutating func extractCommand(folder: String, sets: Int) throws {
        guard let executable = Bench.crosscheck(having: "extract") else { return }
        let all = try CrossChecker.sets(in: folder)
        var first: (seconds: Double, articles: Int)?
        for count in [max(1, sets / 10), sets] {
            let files = try all.prefix(count).flatMap { try CorpusReader.articleFiles(in: $0).files }
            let list = folder + "/../extract-list.txt"
            try Data((files.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: list))
            let out = folder + "/../extract.jsonl"
            let result = try Bench.runProcess("/bin/sh", ["-c", "exec \"$0\" extract --format jsonl --files-from \"$1\" > \"$2\"", executable, list, out], peak: true)
            let size = ((try? FileManager.default.attributesOfItem(atPath: out))?[.size] as? Int) ?? 0
            try? FileManager.default.removeItem(atPath: out)
            let label = "crosscheck extract --format jsonl --files-from, \(files.count.formatted3) articles"
            rows.append(Row(name: label, value: result.seconds, unit: "s",
                            note: String(format: "exit status %d; %.1f MB of JSON Lines", result.status, Double(size) / 1e6)))
            if let peak = result.peakMiB {
                rows.append(Row(name: "\(label): peak memory", value: peak, unit: "MiB", goal: "< 300 MiB", met: peak < 300, note: "streamed: a batch of 64 articles at a time"))
            }
            if let first {
                let ratio = result.seconds / max(first.seconds, 1e-9)
                rows.append(Row(name: "scaling: extract time of \(files.count.formatted3) articles / time of \(first.articles.formatted3)", value: ratio, unit: "×",
                                goal: files.count >= first.articles * 10 ? "≤ 11×" : nil, met: files.count >= first.articles * 10 ? ratio <= 11 : nil, note: nil))
            }
            first = first ?? (result.seconds, files.count)
        }
    }

    /// `crosscheck compare SET --format md,json,html` for generated sets of 300 and 1,000
    /// articles: time, peak memory, report sizes.
    mutating func reportCommand(scratch: String, sizes: [Int]) throws {
        guard let executable = Bench.crosscheck(having: "compare") else { return }
        for size in sizes {
            let folder = try Bench.writeCorpus(seed: seed &+ UInt64(size) &+ 7, sets: 1, perSet: size, to: scratch + "/reports-\(size)")[0]
            let out = scratch + "/reports-\(size)-out"
            let result = try Bench.runProcess(executable, ["compare", folder, "--format", "md,json,html", "--output", out, "--quiet"], peak: true)
            let name = (folder as NSString).lastPathComponent
            func megabytes(_ ext: String) -> Double {
                Double(((try? FileManager.default.attributesOfItem(atPath: "\(out)/\(name).\(ext)"))?[.size] as? Int) ?? -1) / 1e6
            }
            let label = "crosscheck compare, set of \(size.formatted3), reports md,json,html"
            rows.append(Row(name: label, value: result.seconds, unit: "s", note: String(format: "exit status %d; md %.1f MB, json %.1f MB", result.status, megabytes("md"), megabytes("json"))))
            rows.append(Row(name: "\(label): HTML size", value: megabytes("html"), unit: "MB", goal: size <= 300 ? "< 10 MB" : nil, met: size <= 300 ? megabytes("html") < 10 : nil, note: nil))
            if let peak = result.peakMiB {
                rows.append(Row(name: "\(label): peak memory", value: peak, unit: "MiB", goal: "< 300 MiB", met: peak < 300, note: nil))
            }
        }
    }

    /// Runs a process to its end: what it printed, its exit status, its wall-clock seconds,
    /// and (`peak`, through `/usr/bin/time -f %M` when it exists) its peak resident memory.
    static func runProcess(_ path: String, _ arguments: [String], peak: Bool = false) throws -> (output: String, status: Int32, seconds: Double, peakMiB: Double?) {
        let timer = "/usr/bin/time"
        let measured = peak && FileManager.default.isExecutableFile(atPath: timer)
        let memoryFile = NSTemporaryDirectory() + "crosscheck-bench-peak-\(ProcessInfo.processInfo.processIdentifier)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: measured ? timer : path)
        process.arguments = measured ? ["-o", memoryFile, "-f", "%M", path] + arguments : arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let (data, seconds) = try Measure.seconds { () throws -> Data in
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return data
        }
        var peakMiB: Double?
        if measured, let text = try? String(contentsOfFile: memoryFile, encoding: .utf8),
           let kib = text.split(separator: "\n").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) {
            peakMiB = kib / 1024
        }
        try? FileManager.default.removeItem(atPath: memoryFile)
        return (String(decoding: data, as: UTF8.self), process.terminationStatus, seconds, peakMiB)
    }
}
