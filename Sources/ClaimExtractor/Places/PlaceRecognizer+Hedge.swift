import ClaimModel

/// Whether a place after a preposition is hedged.
///
/// A hedge inside the noun phrase of the event the place belongs to (`the potential deal in
/// X`, `a proposed plant in X`, `the possible summit in X`) qualifies whether the event comes
/// about, not where it is placed: the phrase names one proposed event by its place, and
/// every article speaking of that proposal places it there. So the hedge is read from the
/// start of the noun phrase (its determiner or possessor): only a hedge before the phrase
/// (`could sign a deal in X`, `is expected to open a plant in X`) hedges the place. The
/// phrase is read from the sentence tree: a determiner or possessive, then adjectives,
/// nouns, noun modifiers and hyphens only, the last a noun, right before the preposition. Without a tree
/// the hedge stands.
extension PlaceRecognizer {
    /// At most this many words between the determiner and the preposition.
    static let hedgedPhraseReach = 5

    static func isHedged(_ doc: Document, tree: SentenceTree?, sentence: Range<Int>, preposition: Int, quoted: Set<Int>) -> Bool {
        guard Hedging.isHedged(doc, sentence: sentence, trigger: preposition..<(preposition + 1), quoted: quoted) else { return false }
        guard let tree, preposition > sentence.lowerBound,
              let last = tree.word(atToken: preposition - 1), tree.upos[last] == "NOUN" else { return true }
        var index = preposition - 1
        var words = 0
        while index >= sentence.lowerBound, words <= hedgedPhraseReach {
            if doc.tokens[index].kind == .possessive {
                return Hedging.isHedged(doc, sentence: sentence, trigger: index..<(index + 1), quoted: quoted)
            }
            guard let word = tree.word(atToken: index) else { return true }
            let tag = tree.upos[word]
            if tag == "DET" {
                return Hedging.isHedged(doc, sentence: sentence, trigger: index..<(index + 1), quoted: quoted)
            }
            // `proposed` in `the proposed deal` is tagged a participle but modifies the noun.
            let modifier = ["amod", "compound"].contains(tree.base(word))
            guard tag == "ADJ" || tag == "NOUN" || modifier || doc.tokens[index].isPunct("-") else { return true }
            words += 1
            index -= 1
        }
        return true
    }
}
