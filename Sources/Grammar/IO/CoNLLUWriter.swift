/// An annotated text as CoNLL-U: one block per sentence with `# sent_id` and `# text`, the
/// byte range of each token into the input in MISC (`TokenRange=start:end`), and
/// `SpaceAfter=No` where the next token follows without a space.
extension GrammarAnalysis {
    public func conllu(_ model: GrammarModel, documentID: String = "doc") -> String {
        var out = ""
        for (number, sentence) in sentences.enumerated() {
            guard let first = sentence.tokens.first, let last = sentence.tokens.last else { continue }
            let text = String(decoding: bytes[Int(tokens.starts[first])..<Int(tokens.ends[last])], as: UTF8.self)
            out += "# sent_id = \(documentID)-\(number + 1)\n"
            out += "# text = \(text.map { $0.isNewline ? " " : String($0) }.joined())\n"
            for (offset, token) in sentence.tokens.enumerated() {
                let words = sentence.words
                let tag = words.tags[offset]
                let relation = model.parser.labels.indices.contains(words.relations[offset]) ? model.parser.labels[words.relations[offset]] : "dep"
                var misc = "TokenRange=\(tokens.starts[token]):\(tokens.ends[token])"
                if token + 1 < tokens.count && tokens.starts[token + 1] == tokens.ends[token] { misc += "|SpaceAfter=No" }
                let lemma = offset < words.lemmas.count ? words.lemmas[offset] : "_"
                let fields = [
                    String(offset + 1), Self.field(form(token)), Self.field(lemma), model.tagger.tags.upos[tag], model.tagger.tags.xpos[tag], "_",
                    String(words.heads[offset]), words.heads[offset] == 0 ? "root" : relation, "_", misc,
                ]
                out += fields.joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// A form or lemma safe for one CoNLL-U field: no tabs or newlines, never empty.
    static func field(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : Character($0) })
        return cleaned.isEmpty ? "_" : cleaned
    }
}
