import ClaimModel

/// Titles after a name (appositives, `as`-phrases) and the other evidence that a run names a
/// person: a speech verb, an age, a byline.
extension PersonRecognizer {
    static func titlePhrase(_ doc: Document, from start: Int, limit: Int) -> Int? {
        var cursor = start
        var modifiers = 0
        var sawHead = false
        var end: Int? = nil
        // Modifiers and heads.
        while cursor < limit {
            let token = doc.tokens[cursor]
            let folded = doc.folded[cursor]
            if token.kind == .word {
                // `fellow` is a post only before a connector (`senior fellow at`), not in `a fellow Democrat`.
                let isHead = folded == "fellow" ? (cursor + 1 < limit && titleConnectors.contains(doc.folded[cursor + 1])) : TitleVocabulary.isHead(folded) || isDescriptionHead(folded)
                if isHead {
                    sawHead = true
                    cursor += 1
                    end = cursor
                    continue
                }
                if TitleVocabulary.isTitleWord(folded) || TitleVocabulary.isLowercaseTitleWord(folded) {
                    cursor += 1
                    if sawHead { end = cursor }
                    continue
                }
                // Two titles joined: `president and CEO` (split later).
                if folded == "and", sawHead, cursor + 1 < limit, doc.tokens[cursor + 1].kind == .word,
                   TitleVocabulary.isHead(doc.folded[cursor + 1]) || TitleLexicon.qualifiers.contains(doc.folded[cursor + 1]) {
                    cursor += 1
                    continue
                }
                // Modifiers, also between heads: `chief operating officer`.
                if modifiers < 4, !phraseStops.contains(folded), !titleConnectors.contains(folded), folded != "and", !TitleVocabulary.determiners.contains(folded) {
                    modifiers += 1
                    cursor += 1
                    continue
                }
                break
            }
            if token.kind == .number, !sawHead, modifiers < 4 { modifiers += 1; cursor += 1; continue }
            // A hyphen inside a compound modifier (`a 43-year-old congressman`, `a double-digit winner`).
            // An age (`43-year-old`) is no part of a title.
            if token.isPunct("-"), !sawHead, cursor > start, !token.spaceBefore, cursor + 1 < limit, !doc.tokens[cursor + 1].spaceBefore,
               !PersonAttributeRecognizer.ageWords.contains(doc.folded[cursor + 1]) {
                cursor += 1
                continue
            }
            if token.isPunct("."), cursor > start, TitleLexicon.abbreviations[doc.folded[cursor - 1]] != nil, !token.spaceBefore {
                cursor += 1
                if sawHead { end = cursor }
                continue
            }
            break
        }
        guard sawHead, var last = end else { return nil }
        // Complement: `of the Armament Agency`, `at Kessler Logistics`, `to Canada`.
        var probe = last
        // (Not a date: `chairman of the caucus on Tuesday`, `in May`.)
        while probe < limit, doc.tokens[probe].kind == .word, titleConnectors.contains(doc.folded[probe]), !isDateAfter(doc, probe, limit: limit) {
            probe += 1
            if probe < limit, doc.folded[probe] == "the" { probe += 1 }
            var words = 0
            var complementEnd: Int? = nil
            while probe < limit, words < 10 {
                let token = doc.tokens[probe]
                let folded = doc.folded[probe]
                if token.kind == .word {
                    if phraseStops.contains(folded) { break }
                    if folded == "and" || folded == "&" {
                        guard probe + 1 < limit, doc.tokens[probe + 1].isCapitalized else { break }
                        probe += 1
                        continue
                    }
                    if titleConnectors.contains(folded) { break }
                    // After a capitalised word, a lowercase word that is no title, organisation
                    // word or particle starts a clause: the capitalised words were a name.
                    if !token.isCapitalized, probe > 0, doc.tokens[probe - 1].isCapitalized, !TitleVocabulary.isTitleWord(folded),
                       !NameLexicon.particles.contains(folded) {
                        break
                    }
                    words += 1
                    probe += 1
                    complementEnd = probe
                    continue
                }
                if token.kind == .possessive || token.kind == .number { probe += 1; words += 1; complementEnd = probe; continue }
                if token.isPunct("("), probe + 2 < limit, doc.tokens[probe + 1].isAllCaps, doc.tokens[probe + 2].isPunct(")") {
                    probe += 3
                    complementEnd = probe
                    continue
                }
                if token.isPunct("."), probe > start, doc.tokens[probe - 1].kind == .word,
                   doc.tokens[probe - 1].isInitialLetter || TitleLexicon.abbreviations[doc.folded[probe - 1]] != nil || TitleLexicon.honorifics.contains(doc.folded[probe - 1]),
                   !token.spaceBefore, probe + 1 < limit, doc.tokens[probe + 1].kind == .word {
                    probe += 1
                    continue
                }
                break
            }
            guard let complementEnd else { break }
            last = complementEnd
            probe = complementEnd
        }
        return last
    }

    /// A preposition opening a date (`on Tuesday`, `in March`): the end of a title phrase.
    static func isDateAfter(_ doc: Document, _ index: Int, limit: Int) -> Bool {
        guard index + 1 < limit, doc.tokens[index].kind == .word, titleConnectors.contains(doc.folded[index]), doc.tokens[index + 1].isCapitalized else { return false }
        let next = doc.folded[index + 1]
        return CalendarWords.weekdays[next] != nil || CalendarWords.months[next] != nil
    }

    /// Does a title phrase end here: punctuation, a line end, the sentence end, or a clause word?
    static func endsPhrase(_ doc: Document, _ index: Int, sentence: Range<Int>) -> Bool {
        guard index < sentence.upperBound else { return true }
        let token = doc.tokens[index]
        if token.kind == .punct || token.kind == .newline { return !token.isPunct("(") || true }
        if isDateAfter(doc, index, limit: sentence.upperBound) { return true }
        return TitleLexicon.clauseWords.contains(doc.folded[index]) || phraseStops.contains(doc.folded[index])
    }

    /// `, the President of Vietnam`, `, General Secretary of the Vietnamese Communist Party (VCP)`,
    /// `, Kowalska's direct counterpart, the Minister of National Defence`, `, 68, a retired general`,
    /// `of Minnesota, a former senator`, `(D-N.M.)`: every appositive title, with where it ends.
    static func appositiveTitles(_ doc: Document, after end: Int, sentence: Range<Int>, layer: GrammarLayer? = nil) -> [(title: Range<Int>, end: Int)] {
        // `Jr.`: the period of an abbreviation ending the name, before the comma.
        var index = pastAbbreviationPeriod(doc, end, sentence)
        // `of Minnesota`, `(right)`, `(D-N.M.)` between the name and the comma.
        if index + 1 < sentence.upperBound, doc.tokens[index].isPunct("(") {
            var probe = index + 1
            while probe < min(index + 8, sentence.upperBound), !doc.tokens[probe].isPunct(")") { probe += 1 }
            if probe < sentence.upperBound, doc.tokens[probe].isPunct(")") { index = probe + 1 }
        } else if index + 2 < sentence.upperBound, doc.folded[index] == "of", doc.tokens[index + 1].isCapitalized {
            var probe = index + 1
            while probe < min(index + 5, sentence.upperBound), doc.tokens[probe].kind == .word, doc.tokens[probe].isCapitalized { probe += 1 }
            if probe < sentence.upperBound, doc.tokens[probe].isPunct(",") { index = probe }
        }
        var found: [(title: Range<Int>, end: Int)] = []
        var attempts = 0
        while attempts < 3, index < sentence.upperBound, let width = appositiveOpener(doc, index, sentence: sentence) {
            attempts += 1
            var start = index + width
            // Age: `, 68,`
            if start + 1 < sentence.upperBound, doc.tokens[start].kind == .number, doc.tokens[start + 1].isPunct(",") {
                index = start + 1
                continue
            }
            // A comma-set party tag: `, R-Calif., the No. 3 Republican in the House,`. Only a
            // party title goes on after it (`, D-Mont., the representative for …` names a role
            // that a title check would read as the office).
            if let tagEnd = partyTagEnd(doc, from: start, sentence: sentence), tagEnd + 1 < sentence.upperBound, doc.tokens[tagEnd].isPunct(",") {
                var partyStart = tagEnd + 1
                if TitleVocabulary.determiners.contains(doc.folded[partyStart]) { partyStart += 1 }
                guard partyStart < sentence.upperBound, let partyEnd = partyTitleEnd(doc, from: partyStart, sentence: sentence) else { break }
                found.append((partyStart..<partyEnd, partyEnd))
                index = partyEnd
                continue
            }
            let afterComma = start
            // Determiners and possessors: the, a, his, `Kowalska's`.
            if start < sentence.upperBound, TitleVocabulary.determiners.contains(doc.folded[start]) { start += 1 }
            var probe = start
            while probe < min(start + 3, sentence.upperBound), doc.tokens[probe].kind == .word,
                  !titleConnectors.contains(doc.folded[probe]), !phraseStops.contains(doc.folded[probe]), doc.folded[probe] != "and" { probe += 1 }
            if probe < sentence.upperBound, probe > start, doc.tokens[probe].kind == .possessive { start = probe + 1 }
            guard start < sentence.upperBound, let phraseEnd = titlePhrase(doc, from: start, limit: sentence.upperBound),
                  endsPhrase(doc, phraseEnd, sentence: sentence),
                  let trimmed = trimTitle(doc, start..<phraseEnd), hasPersonHead(doc, trimmed) else {
                // `, Republican of Ohio,`, `, a Vermont Democrat,`
                guard start < sentence.upperBound, let partyEnd = partyTitleEnd(doc, from: start, sentence: sentence) else { break }
                found.append((start..<partyEnd, partyEnd))
                index = partyEnd
                // `, Democrat of California and chairman of the … Committee,`: a second title.
                if let second = titleAfterAnd(doc, at: partyEnd, sentence: sentence) {
                    found.append(second)
                    index = second.end
                }
                continue
            }
            // A plural role (`, officials said`) names a group, not this person: a title needs a
            // head in the singular.
            // A description (`, a longtime friend,`, `, a mother of five,`) is a title here too.
            if !trimmed.contains(where: { (TitleVocabulary.isHead(doc.folded[$0]) || isDescriptionHead(doc.folded[$0])) && !isPluralHead(doc.folded[$0]) }) { break }
            // A name after the head (`, Deputy Prime Minister Trần Quốc Bảo will`) is another person.
            if phraseEnd < sentence.upperBound, doc.tokens[phraseEnd].isCapitalized { break }
            // `X, the ranking Republican, invited every senator …`: a verb opens the predicate, not a title.
            if start == afterComma, opensWithVerb(doc, start, layer: layer) { break }
            // `… of X, the Senate leader, Y of Ohio, went …`: the tree makes the next name the
            // title's appositive, so the title is that name's.
            if phraseEnd + 1 < sentence.upperBound, doc.tokens[phraseEnd].isPunct(","), isRunToken(doc, phraseEnd + 1),
               nameIsAppositiveOfTitle(doc, title: trimmed, name: phraseEnd + 1, layer: layer) { break }
            for part in splitTitle(doc, trimmed) { found.append((part, phraseEnd)) }
            index = phraseEnd
        }
        return found
    }

    /// `as` titles after a name in the same clause: `X previously served as chief operating
    /// officer and … as vice president of engineering at …`, `appointed X as interim CEO`,
    /// `named X chief financial officer-elect`.
    static func asTitles(_ doc: Document, nameStart: Int, after end: Int, sentence: Range<Int>, layer: GrammarLayer? = nil) -> [Range<Int>] {
        var found: [Range<Int>] = []
        // `named X chief financial officer-elect;`
        if nameStart > sentence.lowerBound, ["named", "appointed", "elected", "nominated", "made"].contains(doc.folded[nameStart - 1]),
           end < sentence.upperBound, doc.tokens[end].kind == .word, !doc.tokens[end].isCapitalized,
           let phraseEnd = titlePhrase(doc, from: end, limit: sentence.upperBound), endsPhrase(doc, phraseEnd, sentence: sentence),
           let trimmed = trimTitle(doc, end..<phraseEnd), hasHead(doc, trimmed) {
            found.append(trimmed)
        }
        var index = end
        // `Jr.`: the period of an abbreviation ending the name.
        if index < sentence.upperBound, doc.tokens[index].isPunct("."), !doc.tokens[index].spaceBefore, index > 0,
           SentenceSplitter.abbreviations.contains(doc.folded[index - 1]) { index += 1 }
        // Only for the subject of a clause (or the object of `appointed X as …`), or of a
        // relative clause that stands for the name (`X, who serves … as …`).
        let ownPronoun = ownRelative(doc, at: afterNameModifiers(doc, from: index, sentence: sentence), sentence: sentence).map { $0 - 1 }
        guard ownPronoun != nil || isClauseSubject(doc, nameStart: nameStart, sentence: sentence) else { return found }
        var limit = min(sentence.upperBound, index + 18)
        while index < limit {
            let token = doc.tokens[index]
            let folded = doc.folded[index]
            if token.kind == .newline || token.isPunct(";") || token.isPunct(":") { break }
            if token.isPunct("."), !isAbbreviationStop(doc, index, sentence: sentence) { break }
            // A relative clause of another noun is that noun's (`beaten by a novice who works as …`).
            if token.kind == .word, relativePronouns.contains(folded), index != ownPronoun { break }
            if token.kind == .punct, ["\"", "\u{201C}", "\u{201D}"].contains(token.text) { break }
            // `X named Y as …` gives Y the post; `X was appointed … as …` gives it to X.
            if CommonWords.speechVerbs.contains(folded) { break }
            if appointingWords.contains(folded), !((max(end, index - 2)..<index).contains { copulas.contains(doc.folded[$0]) }) { break }
            // Another person's name starts another clause: `…, and Tom Vance stepped aside as …`
            // (not a place after `of` or `in`: `of South Carolina`).
            if token.kind == .word, token.isCapitalized, !TitleVocabulary.isTitleWord(folded), index + 1 < sentence.upperBound,
               !(index > end && ["of", "in"].contains(doc.folded[index - 1])),
               doc.tokens[index + 1].kind == .word, doc.tokens[index + 1].isCapitalized, !TitleVocabulary.isTitleWord(doc.folded[index + 1]) {
                break
            }
            if folded == "as", index + 1 < sentence.upperBound {
                var start = index + 1
                if TitleVocabulary.determiners.contains(doc.folded[start]) { start += 1 }
                if start < sentence.upperBound, let phraseEnd = titlePhrase(doc, from: start, limit: sentence.upperBound),
                   endsPhrase(doc, phraseEnd, sentence: sentence) || doc.folded[phraseEnd] == "and",
                   let trimmed = trimTitle(doc, start..<phraseEnd), hasHead(doc, trimmed) {
                    // `X agreed, as did acting Secretary of State Jane Roe`: a title before another
                    // person's name is that person's.
                    if namesAnother(doc, trimmed) { break }
                    if !deniedAsPhrase(doc, trimmed, layer: layer) { found.append(trimmed) }
                    index = phraseEnd
                    limit = min(sentence.upperBound, index + 12)
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// A title phrase that runs into a name: a title word, then a capitalised given name (or a
    /// form of address) and another capitalised word that is no title word.
    static func namesAnother(_ doc: Document, _ range: Range<Int>) -> Bool {
        for index in range where index > range.lowerBound && index + 1 < range.upperBound {
            let previous = doc.folded[index - 1]
            guard TitleVocabulary.isTitleWord(previous) || doc.tokens[index - 1].isPunct("."),
                  doc.tokens[index].isCapitalized, doc.tokens[index + 1].isCapitalized,
                  lexicons.givenNames.contains(doc.folded[index]) || TitleLexicon.honorifics.contains(doc.folded[index]),
                  !TitleVocabulary.isTitleWord(doc.folded[index + 1]) else { continue }
            return true
        }
        return false
    }

    static func followedBySpeech(_ doc: Document, _ end: Int, _ sentence: Range<Int>) -> Bool {
        var index = end
        if index < sentence.upperBound, doc.tokens[index].isPunct(",") { return false }
        if index < sentence.upperBound, ["also", "later", "then", "has", "had", "have"].contains(doc.folded[index]) { index += 1 }
        return index < sentence.upperBound && CommonWords.speechVerbs.contains(doc.folded[index])
    }

    static func precededBySpeech(_ doc: Document, _ start: Int, _ sentence: Range<Int>) -> Bool {
        start > sentence.lowerBound && ["said", "says", "told", "added", "wrote", "according"].contains(doc.folded[start - 1])
    }

    /// `16-year-old Dara Quill`: an age phrase right before the name.
    static func precededByAge(_ doc: Document, _ start: Int, _ sentence: Range<Int>) -> Bool {
        if start > sentence.lowerBound, isAgeCompound(doc, start - 1) { return true }
        return start >= sentence.lowerBound + 3 && PersonAttributeRecognizer.ageWords.contains(doc.folded[start - 1])
            && doc.tokens[start - 2].isPunct("-") && PersonAttributeRecognizer.years(doc.tokens[start - 3]) != nil
    }

    /// An age written as one word: `Twenty-year-old`, `twenty-five-year-old`.
    static func isAgeCompound(_ doc: Document, _ index: Int) -> Bool {
        guard doc.tokens[index].kind == .word else { return false }
        let folded = doc.folded[index]
        return PersonAttributeRecognizer.ageWords.contains { folded.count > $0.count + 1 && folded.hasSuffix("-" + $0) }
    }

    /// A plural of a title head (`officials`, `senators`, `deputies`): listed plural titles, or a
    /// head with `-s` or `-ies` for `-y` added.
    static func isPluralHead(_ folded: String) -> Bool {
        if TitleLexicon.pluralTitles[folded] != nil { return true }
        guard folded.count > 3, folded.hasSuffix("s"), !folded.hasSuffix("ss") else { return false }
        if folded.hasSuffix("ies"), TitleVocabulary.isHead(String(folded.dropLast(3)) + "y") { return true }
        return TitleVocabulary.isHead(String(folded.dropLast()))
    }

    /// After the name, past the period of an abbreviation that ends it (`Jr.`) when a comma follows.
    static func pastAbbreviationPeriod(_ doc: Document, _ end: Int, _ sentence: Range<Int>) -> Int {
        guard end + 1 < sentence.upperBound, end > 0, doc.tokens[end].isPunct("."), !doc.tokens[end].spaceBefore,
              SentenceSplitter.abbreviations.contains(doc.folded[end - 1]), doc.tokens[end + 1].isPunct(",") else { return end }
        return end + 1
    }

    static func followedByAge(_ doc: Document, _ end: Int, _ sentence: Range<Int>) -> Bool {
        let end = pastAbbreviationPeriod(doc, end, sentence)
        return end + 2 < sentence.upperBound && doc.tokens[end].isPunct(",") && doc.tokens[end + 1].kind == .number
            && (Int(doc.tokens[end + 1].text).map { $0 > 0 && $0 < 120 } ?? false) && doc.tokens[end + 2].isPunct(",")
    }

    /// A byline or photo credit: `By Dana Whitfield`, `Photos: Neha Kapoor / Staff`.
    static func isCredit(_ doc: Document, _ start: Int, _ sentence: Range<Int>) -> Bool {
        if start == sentence.lowerBound + 1, doc.folded[start - 1] == "by" { return true }
        if start >= sentence.lowerBound + 2, doc.tokens[start - 1].isPunct(":") {
            return ["photo", "photos", "photograph", "photographs", "picture", "pictures", "credit", "by", "reporting", "writing", "editing", "contact", "video"].contains(doc.folded[start - 2])
        }
        return false
    }
}
