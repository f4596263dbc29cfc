import ClaimModel

/// `“…,” it said`, `they said in a statement`: a pronoun subject of a speech verb that stands
/// for an institution or a document, read from the sentences before it.
extension QuoteSpeakerReader {
    /// The institution or document an `it`/`they` at `token` stands for: the main clause's
    /// subject earlier in its own sentence, else that of the nearest earlier sentence (at most
    /// three back; an `it`/`they` there passes on to the sentence before it), when that subject
    /// names an institution or a document (`the Acme Corporation`, `the joint statement`). A
    /// person, an unnamed official or any other subject there ends the search: nil, never a person.
    func institutionAntecedent(before token: Int) -> String? {
        guard let current = doc.sentenceIndex(containing: token) else { return nil }
        var index = current
        while index >= max(0, current - 3) {
            guard let tree = layer.tree(sentence: index) else { return nil }
            let sentence = doc.sentences[index]
            let inQuotes = QuoteSpans.quotedTokens(doc, paragraph(of: sentence.lowerBound)).union(quotationMarks(sentence)).union(quotedRuns)
            let main = tree.tokens.indices.first { word in
                tree.base(word) == "nsubj" && (tree.heads[word].map { isMainClause(tree, $0, quoted: inQuotes) } ?? false)
                    && tree.tokens[word] < token && !inQuotes.contains(tree.tokens[word])
            }
            guard let subject = main else {
                // The pronoun's own sentence may have no earlier subject: look one back.
                if index == current { index -= 1; continue }
                return nil
            }
            if tree.upos[subject] == "PRON" {
                guard QuoteVocabulary.institutionPronouns.contains(doc.folded[tree.tokens[subject]]) else { return nil }
                index -= 1
                continue
            }
            switch resolve(tree, subject, sentence: sentence) {
            case .source(let words?): return words
            case .person, .pronoun: return issuedDocument(tree, by: subject)
            default: return nil
            }
        }
        return nil
    }

    /// Whether `verb` heads its sentence's main clause: the root, or a speech verb outside the
    /// quotation that the tree hangs from a quoted word (`“…,” they said` read with the quoted
    /// clause as the root): the attribution is the main clause whatever the tree's direction.
    func isMainClause(_ tree: SentenceTree, _ verb: Int, quoted: Set<Int>) -> Bool {
        guard let head = tree.heads[verb] else { return true }
        return isSpeech(tree, verb) && !quoted.contains(tree.tokens[verb]) && quoted.contains(tree.tokens[head])
    }

    /// `X and Y released a joint statement …. “…,” they said.`: the document the main verb of
    /// people as subject has as its object, named definitely (`the joint statement`): their words
    /// that follow are the document's.
    func issuedDocument(_ tree: SentenceTree, by subject: Int) -> String? {
        guard let verb = tree.heads[subject],
              let object = tree.children(of: verb).first(where: { tree.base($0) == "obj" && QuoteVocabulary.documentHeads.contains(doc.folded[tree.tokens[$0]]) }) else { return nil }
        let words = [object] + tree.children(of: object).filter { ["amod", "compound"].contains(tree.base($0)) && $0 < object }
        let tokens = words.map { tree.tokens[$0] }
        return "the " + doc.text(tokens.min()!..<(tokens.max()! + 1))
    }

    /// `“…,” said the statement`: the document or institution right after a speech verb that
    /// follows the closing mark, when no person is named there.
    func documentAfter(_ verb: Int, sentence: Range<Int>) -> QuoteSpeaker? {
        guard verb + 1 < sentence.upperBound, let phrase = PhraseScanner.object(doc, from: verb + 1, sentence: sentence, limit: 6),
              let last = phrase.last(where: { doc.tokens[$0].kind == .word }), people.mentions(in: phrase).isEmpty else { return nil }
        let head = doc.folded[last]
        guard QuoteVocabulary.documentHeads.contains(head) || PhraseScanner.isSource(doc, phrase, people: people, sentence: sentence),
              let words = institution(phrase, head: head) else { return nil }
        return .source(words)
    }
}
