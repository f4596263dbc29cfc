import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation

/// Rows that check linear time on hostile input (issue #19): the HTML report of many one-line
/// articles, and HTML entity decoding, each at 1×, 10× and 100×. A row's ratio to the 1× row
/// is the figure to read: about 10 and 100 are linear; 100 and 10,000 were quadratic.
extension Bench {
    mutating func linearity(scratch: String, quick: Bool) throws {
        // Entity decoding: `caf&eacute; ` repeated, through the HTML reader.
        let base = quick ? 2_000 : 4_000
        var first: Double?
        for factor in [1, 10, 100] {
            let html = Array(("<p>" + String(repeating: "caf&eacute; &#x1F600; ", count: base * factor) + "</p>").utf8)
            let seconds = try Measure.seconds { () throws -> Int in
                try ArticleParser.parse(bytes: html, path: "e.html", id: "e", format: .html).articles.count
            }.1
            first = first ?? seconds
            rows.append(Row(name: "HTML entities, \(html.count.formatted3) bytes (\(factor)×)", value: seconds, unit: "s",
                            note: String(format: "%.1f× the 1× time", seconds / max(first!, 1e-9))))
        }
        // One article on a single line (no line break at all), extracted in thread CPU time:
        // every walk to a line's ends was the whole line, so 4× the bytes took 16× the time.
        first = nil
        let sentence = "Harbour master Ines Vale said 12 ferries left Split on Monday. "
        for factor in [1, 4] {
            let text = String(repeating: sentence, count: (quick ? 50_000 : 100_000) * factor / sentence.utf8.count)
            let article = Article(id: "line", path: "line.txt", body: text, sha256: "", outlet: "Wire", published: "2026-03-04")
            let seconds = Bench.cpu(runs: 1) { _ = ClaimExtractor().analyze(article) }
            first = first ?? seconds
            rows.append(Row(name: "one-line article, \(text.utf8.count.formatted3) bytes (\(factor)×)", value: seconds, unit: "s",
                            note: String(format: "thread CPU; %.1f× the 1× time (linear: 4)", seconds / max(first!, 1e-9))))
        }
        // The HTML report of a set of one-line articles, through the crosscheck executable
        // (HTML and JSON timed alike, so the difference is the HTML renderer's).
        let executable = URL(fileURLWithPath: Bench.selfPath()).deletingLastPathComponent().appendingPathComponent("crosscheck").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            rows.append(Row(name: "HTML report, one-line articles", value: -1, unit: "s", note: "pending: no crosscheck executable beside this one"))
            return
        }
        first = nil
        for count in quick ? [20, 200, 2_000] : [40, 400, 4_000] {
            let set = scratch + "/oneline-\(count)/set"
            try FileManager.default.createDirectory(atPath: set, withIntermediateDirectories: true)
            for index in 0..<count {
                let text = "Defense Minister Anna Kowalska met Foreign Minister Tomas Berg in Oslo, where \(index + 2) ships were delivered.\n"
                try Data(text.utf8).write(to: URL(fileURLWithPath: set + "/a\(index).txt"))
            }
            let out = scratch + "/oneline-\(count)/reports"
            let html = try Bench.runProcess(executable, ["compare", set, "--format", "html", "--output", out, "--quiet"])
            let json = try Bench.runProcess(executable, ["compare", set, "--format", "json", "--output", out, "--quiet"])
            let size = ((try? FileManager.default.attributesOfItem(atPath: out + "/set.html"))?[.size] as? Int) ?? -1
            first = first ?? html.seconds
            rows.append(Row(name: "HTML report, \(count.formatted3) one-line articles", value: html.seconds, unit: "s",
                            note: String(format: "%.1f× the first; JSON %.2f s; %.1f MB", html.seconds / max(first!, 1e-9), json.seconds, Double(size) / 1e6)))
        }
    }
}
