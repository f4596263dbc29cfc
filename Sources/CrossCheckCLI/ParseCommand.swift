import ClaimModel
import CrossCheck
import Foundation
import Grammar

/// `crosscheck parse FILE`: the grammar layer's reading of an article.
struct ParseCommand: Command {
    let name = "parse"
    let summary = "show an article's sentences, tokens, tags, lemmas and dependency tree"
    let help = """
        Usage: crosscheck parse <file | set-folder | ->... [--format text|conllu] [--name NAME]

        Tokenizes, splits, tags, lemmatizes and parses each article's title and body (read as
        every other command reads articles). Files and set folders can be mixed; `-` reads one
        article from standard input, named by --name (default stdin.txt; the extension gives
        the format).
          --format text     per sentence, one line a word: number, form, lemma, UPOS, XPOS,
                            head and relation (default)
          --format conllu   CoNLL-U, with each token's byte range in MISC (TokenRange=start:end)

        The model is the committed UD English EWT model (CC BY-SA 4.0); CROSSCHECK_MODEL
        names another model file.

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--format", "--name"], flags: ["--no-color", "--color"])
        guard !args.positionals.isEmpty else { throw CrossCheckError.usage("parse needs at least one article file or set folder (or - for standard input)") }
        if args.positionals.filter({ $0 == "-" }).count > 1 { throw CrossCheckError.usage("standard input (-) can be read once") }
        let format = args.value("--format") ?? "text"
        guard ["text", "conllu"].contains(format) else { throw CrossCheckError.usage("parse --format takes text or conllu") }
        let model: GrammarModel
        do {
            model = try GrammarModel.load(environment: console.environment.isEmpty ? ProcessInfo.processInfo.environment : console.environment)
        } catch {
            throw CrossCheckError.unreadable(path: "grammar model", reason: "\(error)")
        }
        var failed = ExitStatus.success
        for path in args.positionals {
            do {
                for parsed in try ArticleArguments.read(path, name: args.value("--name"), console: console, command: "parse") {
                    for article in parsed.articles {
                        let text = ParseCommand.text(of: article)
                        let analysis = model.analyze(Array(text.utf8))
                        console.out(format == "conllu" ? analysis.conllu(model, documentID: article.id) : listing(analysis, model: model, id: article.id))
                    }
                }
            } catch let error as CrossCheckError {
                // The other arguments are still parsed; the worst status is returned.
                console.error(error.message)
                failed = max(failed, error.exitCode)
            }
        }
        return failed
    }

    /// The title, then the body; a title the body already opens with (the first line of a
    /// text file, read as its title) is not read twice.
    static func text(of article: Article) -> String {
        guard let title = article.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty else { return article.body }
        let opening = article.body.drop { $0.isWhitespace }
        if opening.hasPrefix(title) { return article.body }
        return title + "\n\n" + article.body
    }

    func listing(_ analysis: GrammarAnalysis, model: GrammarModel, id: String) -> String {
        var lines: [String] = ["\(id): \(ReportTextCLI.plural(analysis.sentences.count, "sentence")), \(ReportTextCLI.plural(analysis.tokens.count, "token"))"]
        for (number, sentence) in analysis.sentences.enumerated() {
            lines.append("")
            let words = sentence.words
            let forms = sentence.tokens.map { analysis.form($0) }
            lines.append("sentence \(number + 1): " + forms.joined(separator: " "))
            let width = min(24, forms.map(\.count).max() ?? 1)
            for offset in forms.indices {
                let tag = words.tags[offset]
                let head = words.heads[offset]
                let relation = head == 0 ? "root" : (model.parser.labels.indices.contains(words.relations[offset]) ? model.parser.labels[words.relations[offset]] : "dep")
                let headText = head == 0 ? "ROOT" : "\(head) \(forms[head - 1])"
                let lemma = offset < words.lemmas.count ? words.lemmas[offset] : ""
                lines.append("  " + String(offset + 1).padding(4) + forms[offset].padding(width + 1) + lemma.padding(width + 1)
                    + model.tagger.tags.upos[tag].padding(6) + model.tagger.tags.xpos[tag].padding(6) + relation.padding(12) + "<- " + headText)
            }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }
}
