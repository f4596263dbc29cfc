import ClaimModel

/// Years that name an occasion: `the 2016 election`, `his 2005 confirmation hearing`. A year
/// written before the noun it modifies is no date read against the story (no preposition
/// dates a clause); it tells which election or hearing is meant. When that noun names a
/// happening of a predicate class that is one fact whoever takes part (`election`), the year
/// is a date claim of that class, marked with `OccasionYears.note` in `quantity`, so the
/// comparator compares it only with other years naming an occasion of the same class
/// (`DateRule.isOccasionYear`), never with the day of the story's own event.
///
/// Read from the sentence tree: the year must modify a noun (a `compound`, `nummod`,
/// `amod` or `nmod` dependent) standing at most three words after it, with nothing but the
/// noun phrase's other modifiers between them; or stand right before the noun (`adjacent`).
public enum OccasionYears {
    /// The note a year naming an occasion carries (shared with the comparator's `DateRule`).
    public static let note = "a year naming the occasion"

    /// Relations by which a year modifies the noun after it.
    static let modifierRelations: Set<String> = ["compound", "nummod", "amod", "nmod", "obl"]

    static func claims(in context: ExtractionContext, covered: [Range<Int>]) -> [Claim] {
        guard let layer = context.grammar else { return [] }
        let doc = context.document
        var claims: [Claim] = []
        for (index, token) in doc.tokens.enumerated() where token.kind == .number {
            guard DateRecognizer.year(token) != nil, !covered.contains(where: { $0.contains(index) }),
                  let sentence = doc.sentence(containing: index),
                  let tree = layer.tree(containing: index), let word = tree.word(atToken: index)
            else { continue }
            guard let found = modified(tree, word, doc) ?? adjacent(tree, word, doc) else { continue }
            let slots = Slots(date: token.text, event: found, quantity: note, text: token.text)
            claims.append(Claim(
                article: doc.article.id, kind: .date, attribution: context.attribution(for: sentence),
                slots: slots, evidence: doc.evidence(index..<(index + 1))))
        }
        return claims
    }

    /// The class of the happening a date expression of one year token names by standing right
    /// before its noun (`aide to 2016 election rival Ito`: the scanner read `to 2016` as a date),
    /// or nil: such a year names the occasion and is no date of a clause.
    static func naming(_ tokens: Range<Int>, in context: ExtractionContext) -> String? {
        guard tokens.count == 1, let layer = context.grammar, DateRecognizer.year(context.document.tokens[tokens.lowerBound]) != nil,
              let tree = layer.tree(containing: tokens.lowerBound), let word = tree.word(atToken: tokens.lowerBound) else { return nil }
        return adjacent(tree, word, context.document)
    }

    /// The class of the noun the year modifies in the tree, with only the noun phrase's own
    /// modifiers between them.
    static func modified(_ tree: SentenceTree, _ word: Int, _ doc: Document) -> String? {
        guard let head = tree.heads[word], head > word, head - word <= 3,
              modifierRelations.contains(tree.base(word)), tree.upos[head] == "NOUN",
              let found = PredicateClasses.occasion(doc, at: tree.tokens[head]), !PredicateClasses.needsParticipant(found),
              ((word + 1)..<head).allSatisfy({ tree.heads[$0] == head && ["ADJ", "NOUN", "PROPN"].contains(tree.upos[$0]) })
        else { return nil }
        return found
    }

    /// A year written right before a noun of a happening, with nothing between (`aide to 2016
    /// election rival Ito`): in English a bare year never stands before a noun but as its
    /// modifier, whatever the tree made of a stacked noun phrase.
    static func adjacent(_ tree: SentenceTree, _ word: Int, _ doc: Document) -> String? {
        let next = word + 1
        guard next < tree.tokens.count, tree.upos[next] == "NOUN", tree.tokens[next] == tree.tokens[word] + 1,
              let found = PredicateClasses.occasion(doc, at: tree.tokens[next]), !PredicateClasses.needsParticipant(found)
        else { return nil }
        return found
    }
}
