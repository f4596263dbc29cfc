import ClaimModel

/// What a relative clause or a pair of dashes says of a name, and the checks that keep an `as`
/// phrase to the person it describes:
///
/// - a subject relative right after the name (or after its appositive) stands for that person,
///   so its predicate and its `as` phrases are theirs (`X, who is also a professor at …`,
///   `X, a Democrat who is also …`, `X, who serves … as chairman of …`);
/// - a relative clause of another noun is that noun's (`X was beaten by a novice who works as a
///   professor`: the novice is the professor, not X);
/// - dashes set off an appositive as commas do (`X -- the senator's former aide --`);
/// - an `as` phrase whose predicate the sentence tree shows denied or avoided gives no title
///   (`X shied away from serving as chairman`, `X never served as mayor`).
extension PersonRecognizer {
    /// The token after a subject relative pronoun standing for the name: `index` is the first
    /// token after the name, its modifiers and appositives (`, who`, or `who` right after an
    /// appositive's head).
    static func ownRelative(_ doc: Document, at index: Int, sentence: Range<Int>) -> Int? {
        var probe = index
        if probe < sentence.upperBound, doc.tokens[probe].isPunct(",") { probe += 1 }
        guard probe + 1 < sentence.upperBound, doc.tokens[probe].kind == .word,
              subjectRelativePronouns.contains(doc.folded[probe]) else { return nil }
        return probe + 1
    }

    /// How many tokens open an appositive at `index`: a comma or a dash (1), two hyphens (2). A
    /// single hyphen counts only with a space before it (`X - the aide`), never inside a figure.
    static func appositiveOpener(_ doc: Document, _ index: Int, sentence: Range<Int>) -> Int? {
        guard index < sentence.upperBound, doc.tokens[index].kind == .punct else { return nil }
        let token = doc.tokens[index]
        if token.isPunct(",") { return 1 }
        guard appositiveDashes.contains(token.text) else { return nil }
        if token.isPunct("-") {
            if index + 1 < sentence.upperBound, doc.tokens[index + 1].isPunct("-"), !doc.tokens[index + 1].spaceBefore { return 2 }
            return token.spaceBefore ? 1 : nil
        }
        return 1
    }

    /// A period that closes an abbreviation inside the clause (`the No. 3 position`), not the
    /// sentence.
    static func isAbbreviationStop(_ doc: Document, _ index: Int, sentence: Range<Int>) -> Bool {
        index > sentence.lowerBound && index + 1 < sentence.upperBound && !doc.tokens[index].spaceBefore
            && doc.tokens[index - 1].kind == .word && SentenceSplitter.abbreviations.contains(doc.folded[index - 1])
    }

    /// Is the predicate an `as` title hangs on denied or avoided? The title's head noun (its
    /// last head word before a connector) attaches to a verb (`serving as chairman`: `as`
    /// chairman is an oblique of `serving`); that verb, climbing through coordination, is read
    /// with `ClauseNegation` (its own negation, or a head such as `shy away from`, `refuse`).
    /// Without a tree nothing is denied.
    static func deniedAsPhrase(_ doc: Document, _ title: Range<Int>, layer: GrammarLayer?) -> Bool {
        guard let layer, layer.model != nil else { return false }
        var headToken: Int? = nil
        for index in title {
            if doc.tokens[index].kind == .word, titleConnectors.contains(doc.folded[index]) { break }
            if doc.tokens[index].kind == .word, TitleVocabulary.isHead(doc.folded[index]) { headToken = index }
        }
        guard let headToken, let tree = layer.tree(containing: headToken), var word = tree.word(atToken: headToken) else { return false }
        while tree.base(word) == "conj", let head = tree.heads[word] { word = head }
        guard let governor = tree.heads[word] else { return false }
        return ClauseNegation.isDenied(tree, governor)
    }
}
