import ClaimExtractor
import ClaimModel
import Foundation

for path in CommandLine.arguments.dropFirst() {
    let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
    let ext = (path as NSString).pathExtension
    let result = try ArticleParser.parse(bytes: bytes, path: path, id: "x", format: ArticleFormat(fileExtension: ext)!)
    for article in result.articles {
        print("== \(path) outlet=\(article.outlet ?? "-") published=\(article.published ?? "-") title=\(article.title ?? "-") \(article.provenance) \(article.metadata)")
        let analysis = ClaimExtractor().analyze(article)
        for e in analysis.entities { print("  ENTITY \(e.id) [\(e.name)]: " + e.mentions.map { "\($0.text){\($0.title ?? "")}/\($0.form.rawValue)" }.joined(separator: "; ")) }
        for c in analysis.claims where c.kind != .title { print("  \(c.kind) \(c.polarity) \(c.slots.stableDescription) hedged=\(c.hedged ?? false) L\(c.evidence.span.line)") }
    }
}
