import ClaimModel
import CrossCheck
import Foundation
import Grammar

/// `crosscheck parse FILE`: the grammar layer's reading of an article.
struct ParseCommand: Command {
    let name = "parse"
    let summary = "show an article's sentences, tokens, tags, lemmas and dependency tree"
    let help = """
        Usage: crosscheck parse <file>|- [--format text|conllu]

        Tokenizes, splits, tags, lemmatizes and parses the article's title and body (read as
        every other command reads articles; `-` reads plain text from standard input).
          --format text     per sentence, one line a word: number, form, lemma, UPOS, XPOS,
                            head and relation (default)
          --format conllu   CoNLL-U, with each token's byte range in MISC (TokenRange=start:end)

        The model is the committed UD English EWT model (CC BY-SA 4.0); CROSSCHECK_MODEL
        names another model file.

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--format"], flags: [])
        guard args.positionals.count == 1, let path = args.positionals.first else { throw CrossCheckError.usage("parse takes one article file (or - for standard input)") }
        let format = args.value("--format") ?? "text"
        guard ["text", "conllu"].contains(format) else { throw CrossCheckError.usage("parse --format takes text or conllu") }
        let model: GrammarModel
        do {
            model = try GrammarModel.load(environment: console.environment.isEmpty ? ProcessInfo.processInfo.environment : console.environment)
        } catch {
            throw CrossCheckError.unreadable(path: "grammar model", reason: "\(error)")
        }
        var texts: [(id: String, bytes: [UInt8])] = []
        if path == "-" {
            texts.append(("stdin", [UInt8](FileHandle.standardInput.readDataToEndOfFile())))
        } else {
            for article in try CorpusReader().readFile(path).articles {
                let text = (article.title.map { $0 + "\n\n" } ?? "") + article.body
                texts.append((article.id, Array(text.utf8)))
            }
        }
        for (id, bytes) in texts {
            let analysis = model.analyze(bytes)
            console.out(format == "conllu" ? analysis.conllu(model, documentID: id) : listing(analysis, model: model, id: id))
        }
        return ExitStatus.success
    }

    func listing(_ analysis: GrammarAnalysis, model: GrammarModel, id: String) -> String {
        var lines: [String] = ["\(id): \(analysis.sentences.count) sentences, \(analysis.tokens.count) tokens"]
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
