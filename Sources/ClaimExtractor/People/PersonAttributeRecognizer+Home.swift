import ClaimModel

/// A person's home state: the state a lawmaker or governor represents, as news writes it
/// beside the name. It is a fact about the person, so every article naming the person can be
/// compared on it, wherever the name stands.
///
/// - the state of a party tag: `X (R-Texas)`, `X (D-Calif.)`, `X (Ohio)`;
/// - `of` or `from` and a state right after the name, closing the phrase: `Senator X of
///   Texas,`, `X, Democrat of California`, `X, a Republican from Ohio`;
/// - a state in one of the person's titles, just before the office or party word
///   (`Ohio Rep. X`, `the former Arkansas governor X`, `Ohio Democratic Gov. X`) or after the
///   office and `of` (`X, the former governor of Arkansas`).
///
/// Only full state names count outside a party tag (`Ga.`, `Mass.` may be words elsewhere);
/// a name that is also a country (`Georgia`) is no state here, and `Washington` is a city. The
/// claim's `verb` is `former` when the title holding the state is a past one (`former`, `ex`,
/// `late`): a past office's state is compared only with past ones (a former governor of one
/// state may sit for another).
extension PersonAttributeRecognizer {
    static func home(_ doc: Document, _ mention: PersonMention, _ sentence: Range<Int>) -> (state: String, range: Range<Int>, past: Bool)? {
        let past = mention.titles.contains { range in range.contains { Office.pastQualifiers.contains(doc.folded[$0]) } }
        if let (state, range) = tagState(doc, mention, sentence) { return (state, range, past) }
        if let (state, range) = stateAfterName(doc, mention, sentence) { return (state, range, past) }
        for title in mention.titles {
            if let (state, range) = titleState(doc, title) {
                return (state, range, title.contains { Office.pastQualifiers.contains(doc.folded[$0]) })
            }
        }
        return nil
    }

    /// `(R-Texas)`, `(D-N.C.)`, `(Ohio)`: the state of the tag right after the name.
    static func tagState(_ doc: Document, _ mention: PersonMention, _ sentence: Range<Int>) -> (String, Range<Int>)? {
        let open = mention.name.upperBound
        guard open + 2 < sentence.upperBound, doc.tokens[open].isPunct("(") else { return nil }
        // The sentence splitter may end a sentence inside `(D-N.C.)`: the tag is read to its
        // bracket whatever the sentence bounds.
        let limit = min(doc.tokens.count, open + 8)
        var close = open + 1
        while close < limit, !doc.tokens[close].isPunct(")") { close += 1 }
        guard close < limit, close > open + 1 else { return nil }
        var text = doc.text((open + 1)..<close)
        if let hyphen = text.firstIndex(of: "-") {
            let letter = text[..<hyphen]
            guard letter.count == 1, partyLetters[letter.lowercased()] != nil else { return nil }
            text = String(text[text.index(after: hyphen)...])
        }
        let folded = Folding.fold(text).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        guard let state = PlaceName.state(folded) else { return nil }
        return (state, (open + 1)..<close)
    }

    /// `X of Texas,`, `X, Democrat of California`: `of` or `from` and a full state name after
    /// the name (or after a party title set after it), ending the phrase.
    static func stateAfterName(_ doc: Document, _ mention: PersonMention, _ sentence: Range<Int>) -> (String, Range<Int>)? {
        var index = mention.name.upperBound
        // `, Democrat of`, `, a Republican from`.
        if index + 2 < sentence.upperBound, doc.tokens[index].isPunct(",") {
            var party = index + 1
            if ["a", "an"].contains(doc.folded[party]) { party += 1 }
            if party < sentence.upperBound, doc.tokens[party].isCapitalized, parties[doc.folded[party]] != nil { index = party + 1 }
        }
        guard index + 1 < sentence.upperBound, ["of", "from"].contains(doc.folded[index]) else { return nil }
        return fullState(doc, at: index + 1, sentence: sentence, closing: true)
    }

    /// A state in a title: just before an office or party word (`Ohio Rep.`, `Arkansas
    /// governor`, `Ohio Democratic Gov.`), or after an office word and `of` (`governor of
    /// Arkansas`). Not after a possessive (`the group's Ohio office`).
    static func titleState(_ doc: Document, _ title: Range<Int>) -> (String, Range<Int>)? {
        var index = title.lowerBound
        while index < title.upperBound {
            defer { index += 1 }
            if doc.tokens[index].kind == .possessive { return nil }
            guard doc.tokens[index].isCapitalized, let (state, range) = fullState(doc, at: index, sentence: title, closing: false) else { continue }
            let before = range.lowerBound - 1
            let after = range.upperBound
            let officeAfter = after < title.upperBound && (TitleVocabulary.isHead(doc.folded[after]) || parties[doc.folded[after]] != nil)
            let officeBefore = before - 1 >= title.lowerBound && doc.folded[before] == "of" && TitleVocabulary.isHead(doc.folded[before - 1])
            if officeAfter || officeBefore { return (state, range) }
            index = range.upperBound - 1
        }
        return nil
    }

    /// A full state name (one to three capitalized words, not also a country)
    /// starting at `start`; with `closing`, only where the phrase ends after it (punctuation, a
    /// lowercase word or the end of the sentence).
    static func fullState(_ doc: Document, at start: Int, sentence: Range<Int>, closing: Bool) -> (String, Range<Int>)? {
        let lexicons = Lexicons.shared
        for length in stride(from: 3, through: 1, by: -1) where start + length <= sentence.upperBound {
            let words = start..<(start + length)
            guard words.allSatisfy({ doc.tokens[$0].kind == .word && doc.tokens[$0].isCapitalized }) else { continue }
            let key = words.map { doc.folded[$0] }.joined(separator: " ")
            guard lexicons.states[key] != nil, lexicons.countries[key] == nil,
                  let state = PlaceName.spelled[key] else { continue }
            if closing, words.upperBound < sentence.upperBound {
                let next = doc.tokens[words.upperBound]
                guard next.kind == .punct || (next.kind == .word && !next.isCapitalized) else { return nil }
            }
            return (state, words)
        }
        return nil
    }
}
