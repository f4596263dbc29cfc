import ClaimModel

/// Titles a clause gives its subject as a predicate: `X is a former Boeing executive`,
/// `X was also elected chairman of the caucus`, `X became the party's whip`; and where a name
/// stands as a clause's subject (or as the object of an appointment), for `as` phrases.
extension PersonRecognizer {
    /// Does the name starting at `nameStart` open a clause (its subject), or stand as the object
    /// of an appointing verb or action noun (`re-elected X as whip`, `the ousting of X as …`)?
    static func isClauseSubject(_ doc: Document, nameStart: Int, sentence: Range<Int>) -> Bool {
        guard nameStart > sentence.lowerBound else { return true }
        let opener = nameStart - 1
        let folded = doc.folded[opener]
        if doc.tokens[opener].kind == .punct { return !doc.tokens[opener].isPunct(",") }
        if appointingWords.contains(folded) || subjectOpeners.contains(folded) { return true }
        // `…, and X stepped aside as …`: a clause joined after a comma.
        if ["and", "but"].contains(folded), opener > sentence.lowerBound, doc.tokens[opener - 1].isPunct(",") { return true }
        // `the selection of X as …`: the object of an action noun.
        if folded == "of", opener > sentence.lowerBound, doc.tokens[opener - 1].kind == .word, !doc.tokens[opener - 1].isCapitalized {
            let noun = doc.folded[opener - 1]
            return noun.count > 5 && actionNounEndings.contains { noun.hasSuffix($0) }
        }
        return false
    }

    /// Where a name's own modifiers end: `of New York`, `, 77,`, `, 77, of Maryland`.
    static func afterNameModifiers(_ doc: Document, from end: Int, sentence: Range<Int>) -> Int {
        var index = end
        // `Jr.`: the period of an abbreviation ending the name.
        if index < sentence.upperBound, doc.tokens[index].isPunct("."), !doc.tokens[index].spaceBefore, index > 0,
           SentenceSplitter.abbreviations.contains(doc.folded[index - 1]) { index += 1 }
        if index + 2 < sentence.upperBound, doc.tokens[index].isPunct(","), PersonAttributeRecognizer.years(doc.tokens[index + 1]) != nil,
           doc.tokens[index + 2].isPunct(",") {
            index += 3
        }
        if index + 1 < sentence.upperBound, doc.folded[index] == "of", doc.tokens[index + 1].isCapitalized {
            var probe = index + 1
            while probe < min(index + 5, sentence.upperBound), doc.tokens[probe].kind == .word, doc.tokens[probe].isCapitalized { probe += 1 }
            index = probe
        }
        return index
    }

    /// `X is a former Boeing executive`, `X was also elected chairman of the House caucus`,
    /// `X has been the party's whip`: a linking verb (or a passive verb of appointment) right
    /// after the subject's name, its complement a title phrase that ends there.
    static func predicateTitles(_ doc: Document, nameStart: Int, after end: Int, sentence: Range<Int>) -> [Range<Int>] {
        var index = afterNameModifiers(doc, from: end, sentence: sentence)
        // `X, who is also a professor at …`: the relative pronoun stands for the name.
        if let relative = ownRelative(doc, at: index, sentence: sentence) {
            index = relative
        } else if !isClauseSubject(doc, nameStart: nameStart, sentence: sentence) {
            return []
        }
        var sawCopula = false
        var steps = 0
        while index < sentence.upperBound, steps < 4, doc.tokens[index].kind == .word {
            let folded = doc.folded[index]
            if copulas.contains(folded) { sawCopula = true } else if !predicateAuxiliaries.contains(folded) { break }
            index += 1
            steps += 1
        }
        guard sawCopula, index < sentence.upperBound else { return [] }
        // `was elected chairman`, `was named as interim chief`.
        if passiveAppointments.contains(doc.folded[index]) {
            index += 1
            if index < sentence.upperBound, doc.folded[index] == "in" { index += 1 }
            if index < sentence.upperBound, doc.folded[index] == "as" { index += 1 }
        }
        guard index < sentence.upperBound, doc.tokens[index].kind == .word else { return [] }
        var start = index
        if TitleVocabulary.determiners.contains(doc.folded[start]) { start += 1 }
        // A possessor: `X is the senator's chief of staff`.
        var probe = start
        while probe < min(start + 3, sentence.upperBound), doc.tokens[probe].kind == .word,
              !titleConnectors.contains(doc.folded[probe]), !phraseStops.contains(doc.folded[probe]) { probe += 1 }
        if probe < sentence.upperBound, probe > start, doc.tokens[probe].kind == .possessive { start = probe + 1 }
        guard start < sentence.upperBound, let phraseEnd = titlePhrase(doc, from: start, limit: sentence.upperBound),
              endsPhrase(doc, phraseEnd, sentence: sentence),
              let trimmed = trimTitle(doc, start..<phraseEnd), hasHead(doc, trimmed), !namesAnother(doc, trimmed) else { return [] }
        // `X is Defense Secretary Jane Roe's deputy`-like runs into a name are another person's.
        if phraseEnd < sentence.upperBound, doc.tokens[phraseEnd].kind == .word, doc.tokens[phraseEnd].isCapitalized { return [] }
        return splitTitle(doc, trimmed)
    }

    /// `over his head, X said`: a lone head that also names a thing (`head`, `chair`), owned by
    /// a possessive pronoun, is that thing, not a title of the name after the comma.
    static func isPossessedThing(_ doc: Document, _ title: Range<Int>) -> Bool {
        let words = title.filter { doc.tokens[$0].kind == .word }
        guard let first = words.first, let last = words.last, TitleLexicon.thingHeads.contains(doc.folded[last]) else { return false }
        let owner = words.count == 2 ? first : first - 1
        guard owner >= 0, owner < last, owner >= last - 1 else { return false }
        return doc.tokens[owner].kind == .word && TitleVocabulary.possessivePronouns.contains(doc.folded[owner])
    }
}
