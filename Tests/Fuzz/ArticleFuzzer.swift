// libFuzzer target for the reader and the extractor: not part of `swift test`.
// Build and run with Tests/Fuzz/fuzz.sh (see the README's "Bad input" section).
import ClaimExtractor
import ClaimModel

/// The first byte picks the format; the rest is the file. Traps (so libFuzzer saves the
/// input) on anything but a `CrossCheckError`, a span outside the text, or evidence that is
/// not the text at its span.
@_cdecl("LLVMFuzzerTestOneInput")
public func articleFuzzer(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let all = Array(UnsafeRawBufferPointer(start: start, count: count))
    let formats: [ArticleFormat] = [.text, .markdown, .html, .json, .jsonl]
    let format = formats[Int(all[0]) % formats.count]
    let parsed: ArticleParser.Result
    do {
        parsed = try ArticleParser.parse(bytes: Array(all.dropFirst()), path: "fuzz", id: "fuzz", format: format)
    } catch is CrossCheckError {
        return 0
    } catch {
        fatalError("threw a non-CrossCheckError: \(error)")
    }
    for article in parsed.articles {
        let analysis = ClaimExtractor().analyze(article)
        let scalars = article.scalars.count
        for claim in analysis.claims {
            let span = claim.evidence.span
            precondition(0 <= span.start && span.start <= span.end && span.end <= scalars, "claim span \(span) outside 0...\(scalars)")
            precondition(claim.evidence.text == article.text(span.start, span.end), "evidence is not the text at \(span)")
        }
        for entity in analysis.entities {
            for mention in entity.mentions {
                let span = mention.span
                precondition(0 <= span.start && span.start <= span.end && span.end <= scalars, "mention span \(span) outside 0...\(scalars)")
                precondition(mention.text == article.text(span.start, span.end), "mention is not the text at \(span)")
            }
        }
    }
    return 0
}
