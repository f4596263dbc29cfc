import ClaimExtractor
import ClaimModel
import Foundation

/// Extraction layer by layer on one core, in thread CPU time (what the neighbours on a shared
/// machine change least): a byte scan of the same files for scale, reading (front matter,
/// HTML, JSON), tokens and sentences (`Document`), tagging and parsing every sentence (an
/// upper bound: extraction parses only the sentences a pass asks about), and the whole of
/// `ClaimExtractor.analyze`. MB/s of file bytes.
extension Bench {
    static func threadSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The smallest thread CPU time of `runs` runs of `body`.
    static func cpu(runs: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = threadSeconds()
            body()
            best = min(best, threadSeconds() - start)
        }
        return best
    }

    mutating func layers(label: String, files: [(String, [UInt8])]) {
        let bytes = files.reduce(0) { $0 + $1.1.count }
        let megabytes = Double(bytes) / 1e6
        let articles: [Article] = files.flatMap { file -> [Article] in
            let format = ArticleFormat(fileExtension: (file.0 as NSString).pathExtension) ?? .text
            return (try? ArticleParser.parse(bytes: file.1, path: file.0, id: file.0, format: format).articles) ?? []
        }
        let extractor = ClaimExtractor()
        _ = articles.prefix(3).map { extractor.analyze($0) }
        var sink = 0
        let scan = Bench.cpu(runs: sizes.repeats) {
            for file in files { sink &+= file.1.reduce(0) { $0 &+ ($1 == 0x0A ? 1 : 0) } }
        }
        let read = Bench.cpu(runs: sizes.repeats) {
            for file in files {
                let format = ArticleFormat(fileExtension: (file.0 as NSString).pathExtension) ?? .text
                sink &+= (try? ArticleParser.parse(bytes: file.1, path: file.0, id: file.0, format: format).articles.count) ?? 0
            }
        }
        var documents: [Document] = []
        let tokens = Bench.cpu(runs: sizes.repeats) { documents = articles.map(Document.init(article:)) }
        let model = ExtractorGrammar.shared.resolved
        var sentences = 0
        let grammar = Bench.cpu(runs: 1) {
            for document in documents {
                let layer = GrammarLayer(document: document, model: model)
                for index in document.sentences.indices where layer.tree(sentence: index) != nil { sentences += 1 }
            }
        }
        let whole = Bench.cpu(runs: sizes.repeats) { for article in articles { sink &+= extractor.analyze(article).claims.count } }
        let note = "\(files.count) articles, \(String(format: "%.2f", megabytes)) MB, one core, thread CPU time"
        rows.append(Row(name: "\(label): byte scan (line ends)", value: megabytes / scan, unit: "MB/s", note: note))
        rows.append(Row(name: "\(label): reading (front matter, HTML, JSON, dateline)", value: megabytes / read, unit: "MB/s", note: nil))
        rows.append(Row(name: "\(label): tokens and sentences (Document)", value: megabytes / tokens, unit: "MB/s", goal: "≥ 100 MB/s", met: megabytes / tokens >= 100, note: nil))
        rows.append(Row(name: "\(label): tag + parse, every sentence", value: megabytes / grammar, unit: "MB/s", note: "\(sentences) sentences; extraction parses only those a pass asks about"))
        rows.append(Row(name: "\(label): whole extraction (analyze; read not included)", value: megabytes / whole, unit: "MB/s", goal: "≥ 5 MB/s", met: megabytes / whole >= 5,
                        note: sink == -1 ? "" : nil))
    }
}
