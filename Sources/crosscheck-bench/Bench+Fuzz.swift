import ClaimExtractor
import ClaimModel
import Dispatch
import Foundation

/// The large fuzz run: `FuzzTests` runs 100,000 inputs in CI; the bench runs 1,000,000 (100,000
/// with `--quick`) through every reader (text, Markdown, HTML, JSON, JSON lines, the lenient
/// JSON reader) and the extractor, on all cores. A row counts inputs and failures: a crash
/// ends the bench, a span outside its article or evidence that is not the text at its span is
/// a failure, an input over 1 s is named.
extension Bench {
    static let fuzzFragments: [String] = [
        "<p>", "</p>", "<script>", "<!--", "&eacute;", "&#x1F600;", "&#xD800;", "&amp;", "<title>", "---\n", "outlet: X\n",
        "outlet: Y\n", "no colon here\n", "{", "}", "{\"text\": \"", "\"}", "\\ud800", "\\udc00", "\\ud83d\\ude00", "1e999999",
        "{\"a\": 1, \"a\": 2, \"text\": \"x\"}", "[[[[", "\"", "\n", "\r\n", "Defense Minister ", "Anna Kowalska", " met ",
        "Tomas Berg", " said 40 ships were delivered. ", "Nguyễn Thị Lan", "Kow\u{0430}lska", "\u{200B}", "\u{202E}", "\u{1B}[2J",
        "![t](https://x)", "|", "`", "👩‍👩‍👧", "\u{FEFF}", "\u{0301}",
    ]

    static func fuzzInput(_ index: Int, seed: UInt64) -> ([UInt8], ArticleFormat) {
        var rng = SplitMix64(seed: seed &+ UInt64(index))
        let formats: [ArticleFormat] = [.text, .markdown, .html, .json, .jsonl]
        let format = formats[Int(rng.next() % UInt64(formats.count))]
        var bytes: [UInt8] = []
        for _ in 0..<(1 + Int(rng.next() % 24)) {
            if rng.next() % 10 == 0 {
                bytes.append(UInt8(truncatingIfNeeded: rng.next()))
            } else {
                bytes += Array(fuzzFragments[Int(rng.next() % UInt64(fuzzFragments.count))].utf8)
            }
        }
        if rng.next() % 8 == 0 { bytes = [0xFF, 0xFE, 0x00, 0x00] + bytes }
        return (bytes, format)
    }

    mutating func fuzz(count: Int) {
        final class Tally: @unchecked Sendable {
            let lock = NSLock()
            var failures: [String] = []
            var slowest = 0.0
        }
        let tally = Tally()
        let seed = self.seed
        let chunks = 64
        let (_, seconds) = Measure.seconds { () -> Int in
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk
                let extractor = ClaimExtractor()
                while index < count {
                    let (bytes, format) = Bench.fuzzInput(index, seed: seed)
                    var problem: String?
                    let (_, elapsed) = Measure.seconds { () -> Int in
                        var duplicates: [String] = []
                        _ = try? LenientJSON.parse(bytes, duplicates: &duplicates)
                        guard let parsed = try? ArticleParser.parse(bytes: bytes, path: "fuzz", id: "fuzz", format: format) else { return 0 }
                        for article in parsed.articles {
                            for claim in extractor.analyze(article).claims {
                                let span = claim.evidence.span
                                if span.start < 0 || span.end > article.scalars.count || claim.evidence.text != article.text(span.start, span.end) {
                                    problem = "input \(index): evidence outside or unlike its span \(span)"
                                }
                            }
                        }
                        return 0
                    }
                    tally.lock.lock()
                    if let problem, tally.failures.count < 10 { tally.failures.append(problem) }
                    if elapsed > 1 && tally.failures.count < 10 { tally.failures.append("input \(index): \(elapsed) s") }
                    tally.slowest = max(tally.slowest, elapsed)
                    tally.lock.unlock()
                    index += chunks
                }
            }
            return 0
        }
        rows.append(Row(name: "fuzz: \(count.formatted3) inputs through every reader and the extractor", value: Double(tally.failures.count), unit: "failures",
                        goal: "0", met: tally.failures.isEmpty,
                        note: String(format: "%.0f s, slowest input %.3f s", seconds, tally.slowest) + (tally.failures.isEmpty ? "" : "; " + tally.failures.joined(separator: "; "))))
    }
}
