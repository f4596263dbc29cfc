import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation

/// `crosscheck extract FILE…`: the claims of single articles.
struct ExtractCommand: Command {
    let name = "extract"
    let summary = "list the claims of single articles (text or JSON)"
    let help = """
        Usage: crosscheck extract <file | set-folder | ->... [--format text|json|jsonl] [--name NAME]

        Prints the people, titles and claims found in each article, with the lines of its body
        (after front matter; for HTML and JSON, of the extracted text). Files and set folders
        can be mixed; a folder gives its article files. - reads one article from standard
        input, named by --name (default stdin.txt; the extension gives the format).
          --format text    a readable listing (default)
          --format json    one JSON document: articles with their entities and claims
          --format jsonl   one JSON object per article, a line each (for map/reduce pipelines)

        """

    struct Output: Encodable {
        var article: ArticleRecord
        var entities: [LocalEntity]
        var claims: [Claim]
        var diagnostics: [Diagnostic]
    }

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--format", "--name"], flags: ["--no-color", "--color"])
        guard !args.positionals.isEmpty else { throw CrossCheckError.usage("extract needs at least one article file (or - for standard input)") }
        if args.positionals.filter({ $0 == "-" }).count > 1 { throw CrossCheckError.usage("standard input (-) can be read once") }
        let format = args.value("--format") ?? "text"
        guard ["text", "json", "jsonl"].contains(format) else { throw CrossCheckError.usage("extract --format takes text, json or jsonl") }
        var outputs: [Output] = []
        var failed = ExitStatus.success
        for path in args.positionals {
            do {
                for parsed in try ArticleArguments.read(path, name: args.value("--name"), console: console, command: "extract") {
                    for analysis in CrossChecker().analyze(parsed.articles) {
                        outputs.append(Output(article: ArticleRecord(article: analysis.article, includeBody: false), entities: analysis.entities, claims: analysis.claims, diagnostics: parsed.diagnostics + analysis.diagnostics))
                    }
                }
            } catch let error as CrossCheckError {
                // The other arguments are still extracted; the worst status is returned.
                console.error(error.message)
                failed = max(failed, error.exitCode)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = format == "json" ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        switch format {
        case "json":
            let data = try encoder.encode(outputs)
            console.out(String(decoding: data, as: UTF8.self) + "\n")
        case "jsonl":
            for output in outputs { console.out(String(decoding: try encoder.encode(output), as: UTF8.self) + "\n") }
        default:
            for output in outputs { console.out(listing(output)) }
        }
        return failed
    }

    func listing(_ output: Output) -> String {
        var lines: [String] = []
        let article = output.article
        lines.append("\(article.path)  [\(article.outlet ?? "unknown outlet"), \(article.published ?? "undated")]")
        lines.append("  people:")
        for entity in output.entities {
            let lines_ = Array(Set(entity.mentions.map(\.span.line))).sorted().map(String.init).joined(separator: ",")
            lines.append("    \(entity.name)  (body lines \(lines_))")
            // Each title once (case-insensitively), with the lines that use it.
            for (forms, label) in [([MentionForm.name, .surname], "title"), ([.role], "called")] {
                var order: [String] = []
                var seen: [String: (String, Set<Int>)] = [:]
                for mention in entity.mentions where forms.contains(mention.form) {
                    guard let title = mention.title else { continue }
                    let key = Folding.fold(title)
                    if seen[key] == nil { order.append(key); seen[key] = (title, []) }
                    seen[key]!.1.insert(mention.span.line)
                }
                for key in order {
                    let (title, used) = seen[key]!
                    lines.append("      \(label): \(title)  (line\(used.count > 1 ? "s" : "") \(used.sorted().map(String.init).joined(separator: ",")))")
                }
            }
        }
        lines.append("  claims:")
        let names = Dictionary(output.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for claim in output.claims where claim.kind != .title {
            let slots = claim.slots.mappingEntities { names[$0] ?? $0 }.stableDescription.replacingOccurrences(of: ";", with: ", ")
            let flags = (claim.polarity == .negative ? " [negative]" : "") + (claim.hedged == true ? " [hedged]" : "") + (claim.attribution.map { " [per \($0)]" } ?? "")
            lines.append("    body line \(claim.evidence.span.line): \(claim.kind.rawValue)\(flags) \(slots)")
        }
        for diagnostic in output.diagnostics { lines.append("  \(diagnostic.level.rawValue): \(diagnostic.message)") }
        // Every line carries input text (path, outlet, names, quotes): no control characters.
        return lines.map(Printable.line).joined(separator: "\n") + "\n\n"
    }
}
