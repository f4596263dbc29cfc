import ClaimModel

/// Party titles in apposition: `X, Republican of Ohio,`, `X, a Vermont Democrat,`,
/// `X, a moderate Republican.` The party noun is the head; the attribute recognizer still
/// records the party itself.
extension PersonRecognizer {
    /// Where a party title starting at `start` ends, or nil: up to two modifiers (a rank `No. 3`
    /// is one), a capitalised party noun (`Democrat`, not the adjective `Democratic`), then an
    /// optional complement: `of` and one to four capitalised words (`of Ohio`, `on the Rules
    /// Committee`), or a title connector and up to four words that end the phrase (`the ranking
    /// Republican on the panel`, `the No. 3 Republican in the House`).
    static func partyTitleEnd(_ doc: Document, from start: Int, sentence: Range<Int>) -> Int? {
        var index = start
        var modifiers = 0
        while index < sentence.upperBound, modifiers <= 2 {
            let token = doc.tokens[index]
            let folded = doc.folded[index]
            // `No. 3`: a rank is one modifier.
            if modifiers < 2, index + 2 < sentence.upperBound, token.kind == .word, SentenceSplitter.numberAbbreviations.contains(folded),
               doc.tokens[index + 1].isPunct("."), doc.tokens[index + 2].kind == .number {
                modifiers += 1
                index += 3
                continue
            }
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
        // `on the panel`, `in the House`: a short complement that ends the phrase.
        if !endsPhrase(doc, end, sentence: sentence), end + 1 < sentence.upperBound, titleConnectors.contains(doc.folded[end]) {
            var probe = end + 1
            if TitleVocabulary.determiners.contains(doc.folded[probe]) { probe += 1 }
            let first = probe
            while probe < min(first + 4, sentence.upperBound), doc.tokens[probe].kind == .word,
                  !phraseStops.contains(doc.folded[probe]), !titleConnectors.contains(doc.folded[probe]), doc.folded[probe] != "and" { probe += 1 }
            if probe > first, endsPhrase(doc, probe, sentence: sentence) { end = probe }
        }
        guard endsPhrase(doc, end, sentence: sentence) else { return nil }
        if end < sentence.upperBound, doc.tokens[end].isCapitalized { return nil }
        return end
    }

    /// A party word that names a member (`Republican`, `Democrat`), not the adjective `Democratic`.
    static func isPartyNoun(_ folded: String) -> Bool {
        PersonAttributeRecognizer.parties[folded] != nil && !folded.hasSuffix("ic") && folded != "gop"
    }

    /// `another California Democrat, Representative X`, `A moderate Republican, X`: at most
    /// three modifiers and a party noun between an opener (`the`, `a`, `another`, or the
    /// sentence start) and the comma right before the name.
    static func partyTitleBefore(_ doc: Document, comma: Int, sentence: Range<Int>) -> Range<Int>? {
        guard comma > sentence.lowerBound, comma < doc.tokens.count, doc.tokens[comma].isPunct(","),
              doc.tokens[comma - 1].kind == .word, doc.tokens[comma - 1].isCapitalized, isPartyNoun(doc.folded[comma - 1]) else { return nil }
        var start = comma - 1
        while start > sentence.lowerBound, comma - start < 5, doc.tokens[start - 1].kind == .word || doc.tokens[start - 1].isPunct("-"),
              !partyTitleOpeners.contains(doc.folded[start - 1]) {
            start -= 1
        }
        guard start == sentence.lowerBound || partyTitleOpeners.contains(doc.folded[start - 1]) else { return nil }
        // Not the appositive of an earlier name (`X, a California Democrat, Y and Z`).
        if start >= sentence.lowerBound + 3, doc.tokens[start - 2].isPunct(","), doc.tokens[start - 3].isCapitalized { return nil }
        return start..<comma
    }
}
