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

    /// The document a headless definite phrase (`the original`) at `token` stands for: the
    /// last document noun (`the resolution`) before it in its sentence or the two before,
    /// outside quotations; nil when a person is named after that noun (the phrase may stand
    /// for the person: `the former`).
    func elidedDocument(before token: Int) -> String? {
        guard let current = doc.sentenceIndex(containing: token) else { return nil }
        for index in stride(from: current, through: max(0, current - 2), by: -1) {
            guard let tree = layer.tree(sentence: index) else { return nil }
            let sentence = doc.sentences[index]
            let inQuotes = QuoteSpans.quotedTokens(doc, paragraph(of: sentence.lowerBound)).union(quotationMarks(sentence)).union(quotedRuns)
            let end = min(token, sentence.upperBound)
            guard sentence.lowerBound < end else { continue }
            let nouns = tree.tokens.indices.filter { word in
                tree.tokens[word] < end && !inQuotes.contains(tree.tokens[word]) && tree.upos[word] == "NOUN"
                    && QuoteVocabulary.documentHeads.contains(doc.folded[tree.tokens[word]])
            }
            let named = people.mentions(in: sentence.lowerBound..<end).filter { !inQuotes.contains($0.range.lowerBound) }.map(\.range.lowerBound).max()
            if let noun = nouns.last {
                if let named, named > tree.tokens[noun] { return nil }
                return "the " + doc.tokens[tree.tokens[noun]].text
            }
            if named != nil { return nil }
        }
        return nil
    }

    /// `identical statements afterward that said “…”`: the noun a relative pronoun subject
    /// stands for: a pronoun subject right after a noun (adverbs between) that is an object of
    /// its clause, or heads the dependent clause (`acl`, or `advcl` where the tree mislabels the
    /// relative clause); the tree may hang the relative clause's verb anywhere.
    func relativeAntecedent(_ tree: SentenceTree, _ word: Int) -> Int? {
        guard tree.base(word) == "nsubj", let verb = tree.heads[word], verb > word else { return nil }
        var before = word - 1
        while before >= 0, tree.upos[before] == "ADV" { before -= 1 }
        guard before >= 0, tree.upos[before] == "NOUN" else { return nil }
        let dependent = ["acl", "advcl"].contains(tree.base(verb)) && tree.heads[verb].map { tree.dominates($0, before) } == true
        return dependent || tree.base(before) == "obj" ? before : nil
    }

    /// The words of the proper name headed by `word` (its `flat` and `compound` parts), when
    /// they are all capitalized.
    func properName(_ tree: SentenceTree, _ word: Int) -> String? {
        let parts = [word] + tree.children(of: word).filter { ["flat", "compound"].contains(tree.base($0)) && tree.upos[$0] == "PROPN" }
        let tokens = parts.map { tree.tokens[$0] }
        let range = tokens.min()!..<(tokens.max()! + 1)
        guard range.allSatisfy({ doc.tokens[$0].kind != .word || doc.tokens[$0].isCapitalized }) else { return nil }
        return doc.text(range)
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
