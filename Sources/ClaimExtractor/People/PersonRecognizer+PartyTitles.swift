import ClaimModel

/// Party titles in apposition: `X, Republican of Ohio,`, `X, a Vermont Democrat,`,
/// `X, a moderate Republican.` The party noun is the head; the attribute recognizer still
/// records the party itself.
extension PersonRecognizer {
    /// Where a party title starting at `start` ends, or nil: up to two modifiers, a capitalised
    /// party noun (`Democrat`, not the adjective `Democratic`), then an optional `of` and one to
    /// four capitalised words (`of Ohio`, `on the Rules Committee`), ending the phrase.
    static func partyTitleEnd(_ doc: Document, from start: Int, sentence: Range<Int>) -> Int? {
        var index = start
        var modifiers = 0
        while index < sentence.upperBound, modifiers <= 2 {
            let token = doc.tokens[index]
            let folded = doc.folded[index]
            guard token.kind == .word else { return nil }
            if token.isCapitalized, isPartyNoun(folded) { break }
            guard modifiers < 2, !phraseStops.contains(folded), !titleConnectors.contains(folded), folded != "and",
                  !TitleVocabulary.determiners.contains(folded), !CommonWords.speechVerbs.contains(folded) else { return nil }
            modifiers += 1
            index += 1
        }
        guard index < sentence.upperBound, doc.tokens[index].isCapitalized, isPartyNoun(doc.folded[index]) else { return nil }
        var end = index + 1
        // `of Ohio`, `of North Carolina`, `on the Senate Intelligence Committee`.
        if end + 1 < sentence.upperBound, doc.folded[end] == "of" || doc.folded[end] == "on" {
            var first = end + 1
            if doc.folded[first] == "the", first + 1 < sentence.upperBound { first += 1 }
            var probe = first
            while probe < min(first + 4, sentence.upperBound), doc.tokens[probe].kind == .word, doc.tokens[probe].isCapitalized { probe += 1 }
            if probe > first { end = probe }
        }
        guard endsPhrase(doc, end, sentence: sentence) else { return nil }
        if end < sentence.upperBound, doc.tokens[end].isCapitalized { return nil }
        return end
    }

    /// A party word that names a member (`Republican`, `Democrat`), not the adjective `Democratic`.
    static func isPartyNoun(_ folded: String) -> Bool {
        PersonAttributeRecognizer.parties[folded] != nil && !folded.hasSuffix("ic") && folded != "gop"
    }
}
