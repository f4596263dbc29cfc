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
        guard let layer, layer.model != nil, let headToken = titleHead(doc, title), let tree = layer.tree(containing: headToken), var word = tree.word(atToken: headToken) else { return false }
        while tree.base(word) == "conj", let head = tree.heads[word] { word = head }
        guard let governor = tree.heads[word] else { return false }
        return ClauseNegation.isDenied(tree, governor)
    }

    /// A party tag between commas after a name (`, R-Calif.,`, `, D-N.Y.,`): a party letter, a
    /// hyphen and a state, with its final period. Returns where it ends.
    static func partyTagEnd(_ doc: Document, from start: Int, sentence: Range<Int>) -> Int? {
        guard start < sentence.upperBound, doc.tokens[start].kind == .word else { return nil }
        let parts = doc.tokens[start].text.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 1, parts[0] == parts[0].uppercased(),
              PersonAttributeRecognizer.partyLetters[parts[0].lowercased()] != nil,
              parts[1].first?.isUppercase ?? false else { return nil }
        var end = start + 1
        if end < sentence.upperBound, doc.tokens[end].isPunct("."), !doc.tokens[end].spaceBefore { end += 1 }
        return end
    }

    /// `and chairman of the House Intelligence Committee`: a title phrase joined by `and` to the
    /// appositive that ends at `index`, itself ending the phrase.
    static func titleAfterAnd(_ doc: Document, at index: Int, sentence: Range<Int>) -> (title: Range<Int>, end: Int)? {
        guard index + 1 < sentence.upperBound, doc.tokens[index].kind == .word, doc.folded[index] == "and" else { return nil }
        var start = index + 1
        if TitleVocabulary.determiners.contains(doc.folded[start]) { start += 1 }
        guard start < sentence.upperBound, let phraseEnd = titlePhrase(doc, from: start, limit: sentence.upperBound),
              endsPhrase(doc, phraseEnd, sentence: sentence), let trimmed = trimTitle(doc, start..<phraseEnd), hasHead(doc, trimmed),
              !(phraseEnd < sentence.upperBound && doc.tokens[phraseEnd].isCapitalized) else { return nil }
        return (trimmed, phraseEnd)
    }

    /// Does the word at `index` open a clause's predicate (the grammar layer tags it a verb)?
    /// Then what follows a comma after a name is no appositive (`X, the ranking Republican,
    /// invited every senator to a briefing`). Tagging needs the sentence's tree; without one, no.
    static func opensWithVerb(_ doc: Document, _ index: Int, layer: GrammarLayer?) -> Bool {
        guard let layer, layer.model != nil, index < doc.tokens.count, doc.tokens[index].kind == .word,
              !doc.tokens[index].isCapitalized, let tree = layer.tree(containing: index), let word = tree.word(atToken: index) else { return false }
        return tree.upos[word] == "VERB"
    }

    /// The head word of a title phrase: its last head word before a connector (`chairman` of
    /// `chairman of the caucus`, `secretary` of `press secretary`).
    static func titleHead(_ doc: Document, _ title: Range<Int>) -> Int? {
        var headToken: Int? = nil
        for index in title {
            if doc.tokens[index].kind == .word, titleConnectors.contains(doc.folded[index]) { break }
            if doc.tokens[index].kind == .word, TitleVocabulary.isHead(doc.folded[index]) { headToken = index }
        }
        return headToken
    }

    /// Does the sentence tree make the name starting at token `name` the appositive of the
    /// title's head word (`the Senate leader, Y`: `Y` ← appos ← `leader`)?
    static func nameIsAppositiveOfTitle(_ doc: Document, title: Range<Int>, name: Int, layer: GrammarLayer?) -> Bool {
        guard closesBeforePredicate(doc, name: name), let layer, layer.model != nil, let head = titleHead(doc, title),
              let tree = layer.tree(containing: name), let nameWord = tree.word(atToken: name), let headWord = tree.word(atToken: head) else { return false }
        return tree.heads[nameWord] == headWord && tree.base(nameWord) == "appos"
    }

    /// The name starting at `name`, with its own modifiers (`of Ohio`), is closed by a comma and
    /// a lowercase word other than a conjunction: the subject's appositive before its predicate
    /// (`…, Y of Ohio, went`), not an item of a list (`…, Y and two aides`, `…, Y, Z and W`).
    static func closesBeforePredicate(_ doc: Document, name: Int) -> Bool {
        guard let sentence = doc.sentence(containing: name), let run = nameRun(doc, from: name, limit: sentence.upperBound) else { return false }
        let index = afterNameModifiers(doc, from: run.upperBound, sentence: sentence)
        guard index + 1 < sentence.upperBound, doc.tokens[index].isPunct(","), doc.tokens[index + 1].kind == .word,
              !doc.tokens[index + 1].isCapitalized else { return false }
        return !["and", "or"].contains(doc.folded[index + 1])
    }

    /// `the press secretary, X`, `his policy director, X`: up to three words before a title's
    /// first title word, after a determiner; returns where they start.
    static func modifiersAfterDeterminer(_ doc: Document, before start: Int, sentence: Range<Int>) -> Int? {
        var probe = start
        while probe > sentence.lowerBound, start - probe < 3, doc.tokens[probe - 1].kind == .word {
            let folded = doc.folded[probe - 1]
            if TitleVocabulary.determiners.contains(folded) { return probe }
            guard !phraseStops.contains(folded), !titleConnectors.contains(folded), folded != "and",
                  !CommonWords.speechVerbs.contains(folded) else { return nil }
            probe -= 1
        }
        guard probe > sentence.lowerBound, probe < start, doc.tokens[probe - 1].kind == .word,
              TitleVocabulary.determiners.contains(doc.folded[probe - 1]) else { return nil }
        return probe
    }
}
