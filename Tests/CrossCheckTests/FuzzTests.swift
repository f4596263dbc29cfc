import ClaimExtractor
import ClaimModel
import Dispatch
import Foundation
import Grammar
import Testing

/// Seeded random input through `ArticleParser` and `ClaimExtractor`: no crash, no hang, every
/// span inside its text and every evidence string equal to the text at its span.
///
/// Deterministic: seed `FuzzTests.seed` (override with `CROSSCHECK_FUZZ_SEED`), input `i` is
/// generated from `seed + i` alone, so a failure names the one input to replay
/// (`CROSSCHECK_FUZZ_ONLY=i`). `CROSSCHECK_FUZZ_COUNT` changes the number of inputs: by
/// default 100,000 in a release build (`swift test -c release`) and `debugCount` in a debug
/// build, where the unoptimized extractor is about ten times slower; the inputs of a debug
/// run are the first of the release run's, so a failure found there replays the same way. Inputs are small: random bytes, mutated snippets of the bundled corpus and dev
/// fixtures, HTML and front matter fragments, Unicode edge cases, in every article format.
/// The 1 s per input is a hang guard, not a timing test.
struct FuzzTests {
    static let seed: UInt64 = 0x0C05_5C4E_C4F0_22ED
    static let environment = ProcessInfo.processInfo.environment
    static var count: Int { environment["CROSSCHECK_FUZZ_COUNT"].flatMap(Int.init) ?? defaultCount }
    static let releaseCount = 100_000
    static let debugCount = 10_000
    #if DEBUG
    static let defaultCount = debugCount
    #else
    static let defaultCount = releaseCount
    #endif

    /// SplitMix64: small, fast, the same on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// Snippets of real articles: the corpus and the dev fixtures, at most 64 per file.
    static let snippets: [[UInt8]] = {
        var result: [[UInt8]] = []
        for folder in [Fixtures.corpus, Fixtures.dev] {
            guard let files = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] else { continue }
            for file in files.sorted() where [".txt", ".md", ".html", ".jsonl"].contains(where: file.hasSuffix) {
                guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
                let bytes = [UInt8](data)
                var random = Random(state: UInt64(bytes.count))
                for _ in 0..<min(64, bytes.count / 40 + 1) {
                    let start = random.below(bytes.count)
                    result.append(Array(bytes[start..<min(bytes.count, start + 24 + random.below(136))]))
                }
            }
        }
        return result.isEmpty ? [Array("Defense Minister Anna Kowalska met Tomas Berg.".utf8)] : result
    }()

    static let fragments: [String] = [
        // HTML
        "<", ">", "</", "<p>", "</p>", "<div>", "<br/>", "<script>", "</script>", "<style>", "<!--", "-->", "<title>",
        "</title>", "<meta name=\"og:title\" content=\"", "<meta property=\"article:published_time\" content=\"2025-11-02\">",
        "\"", "'", "&amp;", "&#x1F600;", "&#0;", "&#99999999999;", "&#xD800;", "&nbsp;", "&bogus;", "&", "<a href=\"javascript:alert(1)\">",
        "<img onerror=alert(1) src=x>", "<nav>", "</nav>", "<svg><svg><svg>",
        // front matter
        "---\n", "---", "...\n", "outlet: Example Wire\n", "published: 2025-11-02\n", "published: 31/02/2025\n", "title: \"A\n",
        "tags: [a, b\n", "  - item\n", "key with space: v\n", ": value\n", "nested:\n  a: 1\n", "# comment\n",
        // JSON
        "{", "}", "{\"text\": \"", "\"}", "{\"id\": \"x\", \"body\": \"", "[", "]", "null", "\\u0000", "\\ud800", "\\\"",
        // article text
        "Defense Minister ", "Anna Kowalska", " met ", "Foreign Minister Tomas Berg", " in Hanoi", " on November 2, 2025",
        "HANOI, Nov 2 (Reuters) - ", "CaliToday (03/11/2025): ", "President ", "Secretary of War Pete Hegseth", " said.",
        " declined to meet ", "the minister", "Mr. Berg", " and ", ", ", ". ", "\n", "\n\n", "\r\n", "\r", "\t",
        "“", "”", "«", "»", "‘quoted’", "(", ")", "–", "—", "-", "3", "2025", "12/12/12", "Monday",
        // Unicode edge cases
        "Phan Văn Giang", "Pha\u{0300}\u{0301}\u{0323}n", "👩‍👩‍👧", "🇻🇳", "\u{200D}", "\u{200B}", "\u{FEFF}", "\u{FFFD}",
        // Issue #19 readers: the lenient JSON reader, JSON lines, escapes and Markdown in text.
        "\\udc00", "\\ud83d\\ude00", "1e999999", "-0.5e-3", "\"a\": 1, \"a\": 2, ", "[[[[[[", "{\"x\": {\"y\": ", "\u{1B}[2J", "\u{1B}]8;;x\u{07}",
        "![t](https://x)", "[x](javascript:1)", "|", "`", "Ph\u{0430}n", "\u{00AD}", "\u{2066}", "no colon here\n",
        "\u{202E}", "\u{2028}", "\u{0085}", "İstanbul", "ß", "ﬁ", "１２", "Ⅻ", "\u{10FFFF}", "ǅ", "𝐀𝐧𝐧𝐚", "\u{0301}",
    ]

    static let rawEdges: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82], [0x80], [0xFF], [0x0D], [0x0A], [0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF],
    ]

    static let formats: [ArticleFormat] = [.text, .markdown, .html, .json, .jsonl]

    /// Input `index`: its bytes and the format it is parsed as.
    static func input(_ index: Int, seed: UInt64) -> (bytes: [UInt8], format: ArticleFormat) {
        var random = Random(state: seed &+ UInt64(index))
        let format = random.pick(formats)
        var bytes: [UInt8] = []
        switch random.below(6) {
        case 5:
            // Sentences a recognizer will take apart, then damaged a little.
            for _ in 0..<(1 + random.below(2)) {
                let sentence = random.pick(titles) + random.pick(names) + random.pick(verbs) + random.pick(titles) + random.pick(names)
                    + random.pick(["", " in Hanoi", " in Oslo on Monday", " on November 2, 2025", ", officials said"]) + random.pick([".", ".\n", "\n\n", "; ", " “"])
                bytes += Array(sentence.utf8)
            }
            for _ in 0..<random.below(3) { mutate(&bytes, &random) }
        case 0:
            for _ in 0..<random.below(80) { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
        case 1:
            bytes = random.pick(snippets)
            for _ in 0..<(1 + random.below(6)) { mutate(&bytes, &random) }
        default:
            for _ in 0..<(1 + random.below(24)) {
                if random.chance(8) {
                    bytes += random.pick(rawEdges)
                } else if random.chance(10) {
                    bytes += random.pick(snippets).prefix(random.below(80))
                } else {
                    bytes += Array(random.pick(fragments).utf8)
                }
            }
            if random.chance(20) { mutate(&bytes, &random) }
        }
        // Most JSON inputs are well-formed envelopes, so their text reaches the extractor.
        if (format == .json || format == .jsonl) && random.chance(50) {
            let text = String(decoding: bytes, as: UTF8.self)
            let envelope = (try? JSONSerialization.data(withJSONObject: ["text": text, "outlet": random.pick(fragments)])) ?? Data()
            bytes = [UInt8](envelope)
        }
        return (bytes, format)
    }

    static let titles = ["", "Defense Minister ", "Foreign Minister ", "President ", "Prime Minister ", "Secretary of War ", "Gen. ", "Mr. ", "the minister, ", "Deputy Minister "]
    static let names = ["Anna Kowalska", "Tomas Berg", "Pete Hegseth", "Phan Văn Giang", "Phan Van Giang", "Lương Cường", "Zoë O’Neill-Ávila", "Berg", "A. B.", "X"]
    static let verbs = [" met ", " hosted ", " declined to meet ", " was accompanied by ", " skipped ", " held talks with ", " and ", " said ", " did not meet "]

    static func mutate(_ bytes: inout [UInt8], _ random: inout Random) {
        let position = random.below(bytes.count + 1)
        switch random.below(6) {
        case 0 where position < bytes.count: bytes[position] ^= UInt8(1 << random.below(8))
        case 1: bytes.insert(contentsOf: Array(random.pick(fragments).utf8), at: position)
        case 2 where position < bytes.count: bytes.removeSubrange(position..<min(bytes.count, position + 1 + random.below(16)))
        case 3: bytes.insert(contentsOf: random.pick(rawEdges), at: position)
        case 4 where !bytes.isEmpty:
            let start = random.below(bytes.count)
            bytes.insert(contentsOf: bytes[start..<min(bytes.count, start + random.below(40))], at: position)
        default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        }
    }

    /// What went wrong with one input, or nil.
    static func check(_ index: Int, seed: UInt64) -> (problem: String?, seconds: Double, claims: Int) {
        let (bytes, format) = input(index, seed: seed)
        let clock = ContinuousClock()
        var problem: String?
        var claims = 0
        let elapsed = clock.measure {
            let parsed: ArticleParser.Result
            do {
                parsed = try ArticleParser.parse(bytes: bytes, path: "fuzz", id: "fuzz", format: format)
            } catch is CrossCheckError {
                return
            } catch {
                problem = "threw a non-CrossCheckError: \(error)"
                return
            }
            let extractor = ClaimExtractor()
            for article in parsed.articles {
                let count = article.scalars.count
                let analysis = extractor.analyze(article)
                claims += analysis.claims.count
                func inside(_ span: SourceSpan) -> Bool { 0 <= span.start && span.start <= span.end && span.end <= count && span.line >= 1 }
                for claim in analysis.claims {
                    if !inside(claim.evidence.span) { problem = "claim span \(claim.evidence.span) outside 0...\(count)"; return }
                    if claim.evidence.text != article.text(claim.evidence.span.start, claim.evidence.span.end) { problem = "claim evidence '\(claim.evidence.text)' is not the text at \(claim.evidence.span)"; return }
                }
                for entity in analysis.entities {
                    for mention in entity.mentions {
                        if !inside(mention.span) { problem = "mention span \(mention.span) outside 0...\(count)"; return }
                        if mention.text != article.text(mention.span.start, mention.span.end) { problem = "mention '\(mention.text)' is not the text at \(mention.span)"; return }
                    }
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (problem, seconds, claims)
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var failures: [String] = []
        private(set) var slowest: (index: Int, seconds: Double) = (-1, 0)
        private(set) var claims = 0
        private(set) var withClaims = 0
        func record(_ index: Int, _ problem: String?, _ seconds: Double, _ claims: Int) {
            lock.lock()
            defer { lock.unlock() }
            self.claims += claims
            if claims > 0 { withClaims += 1 }
            if let problem, failures.count < 20 { failures.append("input \(index): \(problem)") }
            if seconds > 1 && failures.count < 20 { failures.append("input \(index): took \(seconds) s (> 1 s: a hang)") }
            if seconds > slowest.seconds { slowest = (index, seconds) }
        }
    }

    @Test func randomInputsNeverCrashHangOrPointOutsideTheText() {
        let seed = FuzzTests.environment["CROSSCHECK_FUZZ_SEED"].flatMap { UInt64($0) } ?? FuzzTests.seed
        let only = FuzzTests.environment["CROSSCHECK_FUZZ_ONLY"].flatMap(Int.init)
        let indices = only.map { [$0] } ?? Array(0..<FuzzTests.count)
        let results = Results()
        let chunks = 64
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var position = chunk
            while position < indices.count {
                let index = indices[position]
                let (problem, seconds, claims) = FuzzTests.check(index, seed: seed)
                results.record(index, problem, seconds, claims)
                position += chunks
            }
        }
        #expect(results.failures.isEmpty, "seed \(seed): \(results.failures.joined(separator: "\n"))")
        // The inputs reach the extractor, not only the decoder's error paths.
        #expect(only != nil || results.withClaims > indices.count / 20)
        print("crosscheck fuzz: \(indices.count) inputs (\(results.withClaims) with claims, \(results.claims) claims checked), seed \(seed), slowest input \(results.slowest.index) took \(String(format: "%.3f", results.slowest.seconds)) s")
    }

    /// The grammar layer on the same inputs (every 50th, to keep CI's time): any bytes
    /// give tokens inside the input and a tree for every sentence.
    @Test func randomInputsGiveATreeForEverySentence() throws {
        let model = try GrammarModel.shared.get()
        let seed = FuzzTests.environment["CROSSCHECK_FUZZ_SEED"].flatMap { UInt64($0) } ?? FuzzTests.seed
        let only = FuzzTests.environment["CROSSCHECK_FUZZ_ONLY"].flatMap(Int.init)
        let indices = only.map { [$0] } ?? Array(stride(from: 0, to: FuzzTests.count, by: 50))
        let results = Results()
        let chunks = 16
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var position = chunk
            while position < indices.count {
                let index = indices[position]
                let bytes = FuzzTests.input(index, seed: seed).bytes
                let clock = ContinuousClock()
                var problem: String?
                let elapsed = clock.measure { problem = GrammarModelTests.treeProblem(model.analyze(bytes)) }
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                results.record(index, problem, seconds, 0)
                position += chunks
            }
        }
        #expect(results.failures.isEmpty, "seed \(seed): \(results.failures.joined(separator: "\n"))")
        print("crosscheck grammar fuzz: \(indices.count) inputs, seed \(seed), slowest input \(results.slowest.index) took \(String(format: "%.3f", results.slowest.seconds)) s")
    }
}
