import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation

/// `crosscheck extract FILE…`: the claims of single articles.
struct ExtractCommand: Command {
    let name = "extract"
    let summary = "list the claims of single articles (text or JSON)"
    let help = """
        Usage: crosscheck extract <file | set-folder | ->... [--files-from LIST] [--format text|json|jsonl] [--name NAME]

        Prints the people, titles and claims found in each article, with the lines of its body
        (after front matter; for HTML and JSON, of the extracted text). Files and set folders
        can be mixed; a folder gives its article files. - reads one article from standard
        input, named by --name (default stdin.txt; the extension gives the format).
          --files-from LIST  also the files and folders named in LIST, one a line (- for standard
                             input): the map step of a pipeline (`find corpus -name '*.md'`)
          --format text      a readable listing (default)
          --format json      one JSON document: articles with their entities and claims
          --format jsonl     one JSON object per article, a line each, with the article's text:
                             the input of `crosscheck compare --claims FILE.jsonl` (map/reduce)

        Articles are read and extracted a batch at a time on all cores and printed as they are
        done, in argument order: memory stays flat however many files are named.

        """

    typealias Output = ClaimsRecord

    /// Articles read and extracted at once: enough to keep every core busy, few enough that
    /// memory does not grow with the number of files.
    static let batch = 64

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--format", "--name", "--files-from"], flags: ["--no-color", "--color"])
        var inputs = args.positionals
        if let list = args.value("--files-from") {
            if list == "-" && inputs.contains("-") { throw CrossCheckError.usage("standard input (-) can be read once: as an article or as --files-from -, not both") }
            let data = list == "-" ? console.readInput() : FileManager.default.contents(atPath: list)
            guard let data else { throw CrossCheckError.notFound(path: list) }
            inputs += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        }
        guard !inputs.isEmpty else { throw CrossCheckError.usage("extract needs at least one article file (or - for standard input, or --files-from LIST)") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw CrossCheckError.usage("standard input (-) can be read once") }
        let format = args.value("--format") ?? "text"
        guard ["text", "json", "jsonl"].contains(format) else { throw CrossCheckError.usage("extract --format takes text, json or jsonl") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = format == "json" ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var failed = ExitStatus.success
        var written = 0
        func fail(_ error: CrossCheckError) {
            // The other arguments are still extracted; the worst status is returned.
            console.error(error.message)
            failed = max(failed, error.exitCode)
        }
        func emit(_ output: Output) throws {
            switch format {
            case "json":
                // The array JSONEncoder would print, an element at a time: each element's lines
                // indented by two spaces (a JSON string holds no raw line break).
                let element = String(decoding: try encoder.encode(output), as: UTF8.self)
                    .split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
                console.out((written == 0 ? "[\n" : ",\n") + element)
            case "jsonl":
                console.out(String(decoding: try encoder.encode(output), as: UTF8.self) + "\n")
            default:
                console.out(listing(output))
            }
            written += 1
        }
        // Each argument becomes its files (a folder's articles) before anything is read.
        var sources: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
                sources.append(input)
                continue
            }
            do {
                sources += try ArticleArguments.files(inFolder: input, command: "extract")
            } catch let error as CrossCheckError {
                fail(error)
            }
        }
        let name = args.value("--name")
        let checker = CrossChecker()
        var start = 0
        while start < sources.count {
            let batch = Array(sources[start..<min(start + Self.batch, sources.count)])
            start += batch.count
            // Standard input is read here, on this thread, in its place in the order.
            let stdin = batch.contains("-") ? Result { try ArticleArguments.read("-", name: name, console: console, command: "extract") } : nil
            let done = ParallelMap.map(batch) { source -> Result<[Output], CrossCheckError> in
                do {
                    let parsed = source == "-" ? try stdin!.get() : [try CorpusReader().readFile(source)]
                    return .success(parsed.flatMap { file in
                        checker.analyze(file.articles).map { Output(analysis: $0, readDiagnostics: file.diagnostics, includeSource: format == "jsonl") }
                    })
                } catch let error as CrossCheckError {
                    return .failure(error)
                } catch {
                    return .failure(.unreadable(path: source, reason: "\(error)"))
                }
            }
            for result in done {
                switch result {
                case .success(let outputs): for output in outputs { try emit(output) }
                case .failure(let error): fail(error)
                }
            }
        }
        if format == "json" {
            console.out(written == 0 ? String(decoding: try encoder.encode([Output]()), as: UTF8.self) + "\n" : "\n]\n")
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
