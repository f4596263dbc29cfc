import ClaimModel

/// A lone capitalised word that is the whole subject of a speech verb attributing a quotation
/// names a person, even where the article never gives a full name: `“…,” Levin said`,
/// `“…,” said Levin.`, `Levin replied, “…”`. The word must stand right beside the quotation
/// mark and the verb (a longer subject is no bare name), and the grammar layer must tag it a
/// proper noun (`Officials said`, `Police said` are common nouns). Such a mention becomes a
/// surname-only person when no full name of the article ends with it; one that does joins that
/// person as before. Whether it is the same person as a full name in another article is the
/// comparator's question (its entity resolver), not the article's.
enum QuotedSurnames {
    static let evidence = "quoted speaker"

    static func mark(_ doc: Document, raw: [RawMention], layer: GrammarLayer?) -> [RawMention] {
        guard let layer, layer.model != nil else { return raw }
        return raw.map { mention in
            guard mention.evidence == "shape", mention.title == nil, mention.whole == mention.name,
                  mention.name.count == 1, speaksQuotation(doc, mention.name.lowerBound),
                  isProperNoun(doc, mention.name.lowerBound, layer: layer) else { return mention }
            var marked = mention
            marked.evidence = evidence
            return marked
        }
    }

    static func isMark(_ doc: Document, _ index: Int) -> Bool {
        guard index >= 0, index < doc.tokens.count else { return false }
        let token = doc.tokens[index]
        return token.kind == .punct && (QuoteSpans.openers.contains(token.text) || QuoteSpans.closers.contains(token.text))
    }

    static func isSpeech(_ doc: Document, _ index: Int) -> Bool {
        index >= 0 && index < doc.tokens.count && doc.tokens[index].kind == .word && CommonWords.speechVerbs.contains(doc.folded[index])
    }

    /// A quotation mark right before `index` (after an optional comma).
    static func afterMark(_ doc: Document, _ index: Int) -> Bool {
        isMark(doc, index - 1) || (index >= 2 && doc.tokens[index - 1].isPunct(",") && isMark(doc, index - 2))
    }

    /// The word at `name` is the whole subject of a speech verb beside a quotation.
    static func speaksQuotation(_ doc: Document, _ name: Int) -> Bool {
        let count = doc.tokens.count
        // `“…,” Levin said` and `Levin replied, “…”`.
        if isSpeech(doc, name + 1) {
            if afterMark(doc, name) { return true }
            let after = name + 2
            if after + 1 < count, doc.tokens[after].isPunct(",") || doc.tokens[after].isPunct(":"), isMark(doc, after + 1) {
                let start = name == 0 || doc.tokens[name - 1].kind == .newline || doc.sentence(containing: name)?.lowerBound == name
                return start
            }
            return false
        }
        // `“…,” said Levin.`
        if isSpeech(doc, name - 1), afterMark(doc, name - 1) {
            return name + 1 >= count || doc.tokens[name + 1].kind == .newline || doc.tokens[name + 1].isPunct(".") || doc.tokens[name + 1].isPunct(",")
        }
        return false
    }

    static func isProperNoun(_ doc: Document, _ token: Int, layer: GrammarLayer) -> Bool {
        guard let index = doc.sentenceIndex(containing: token), let tree = layer.tree(sentence: index),
              let word = tree.tokens.firstIndex(of: token) else { return false }
        return tree.upos[word] == "PROPN"
    }
}
