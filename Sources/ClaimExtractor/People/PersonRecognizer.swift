import ClaimModel

/// A person as one mention names them, before coreference.
struct RawMention: Sendable {
    /// Token range of the name itself.
    var name: Range<Int>
    /// Token range of a title standing before the name, or as an appositive after it.
    var title: Range<Int>?
    /// Token range of the whole mention (title and name).
    var whole: Range<Int>
    var titleText: String?
    var honorific: Bool
    /// A country that owns the title (`Vietnam's Defense Minister X`, `US Secretary X`).
    var jurisdiction: String? = nil
    /// Why the recognizer believes this names a person.
    var evidence: String
}

/// Finds people and the titles used for them, by shape and lexicon:
///
/// - title before the name: `US Secretary of War Pete Hegseth`, `Vietnam’s Defense Minister X`,
///   `defense secretary Jim Mattis`, `Lt. Gen. X`, `his Deputy Secretary of War, X`;
/// - appositive after it: `X, the President of Vietnam`, `X, General Secretary of the … Party (VCP)`,
///   `X, Y's direct counterpart, the Minister of National Defence`, `X, 68, a retired general`;
/// - untitled names with other evidence: a common given name or leading family name, a speech
///   verb after (`X said`), an honorific (`Mr. X`).
enum PersonRecognizer {
    static let lexicons = Lexicons.shared

    static func recognize(_ doc: Document) -> [RawMention] {
        var mentions: [RawMention] = []
        for sentence in doc.sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard let run = nameRun(doc, from: index, limit: sentence.upperBound) else {
                    index += 1
                    continue
                }
                if let mention = classify(doc, run: run, sentence: sentence) {
                    mentions.append(mention)
                }
                index = run.upperBound
            }
        }
        return mentions
    }

    /// A token that may be part of a capitalised run.
    static func isRunToken(_ doc: Document, _ index: Int) -> Bool {
        let token = doc.tokens[index]
        guard token.kind == .word else { return false }
        if token.text.unicodeScalars.contains(where: { $0.value >= 48 && $0.value <= 57 }) { return false }
        if token.isCapitalized { return !(token.isAllCaps && token.text.count > 3 && !token.text.contains(".")) }
        let lower = doc.folded[index]
        // al-Assad, bin-Salman
        if (lower.hasPrefix("al-") || lower.hasPrefix("el-")) && token.text.count > 3 { return true }
        return false
    }

    /// The capitalised run starting at `start`: capitalised words, initials (`J.`), rank
    /// abbreviations with their period, and particles between capitalised words.
    static func nameRun(_ doc: Document, from start: Int, limit: Int) -> Range<Int>? {
        guard isRunToken(doc, start) else { return nil }
        var end = start + 1
        while end < limit {
            let token = doc.tokens[end]
            if isRunToken(doc, end) && token.spaceBefore { end += 1; continue }
            // A period after an initial or an abbreviation: `J.`, `Gen.`, `Lt.`
            if token.isPunct("."), !token.spaceBefore, end + 1 < limit, isRunToken(doc, end + 1) {
                let previous = doc.tokens[end - 1]
                if previous.isInitialLetter || TitleLexicon.abbreviations[doc.folded[end - 1]] != nil || TitleLexicon.honorifics.contains(doc.folded[end - 1]) {
                    end += 1
                    continue
                }
            }
            // A particle between capitalised words: van, de la, bin.
            if token.kind == .word, !token.isCapitalized, NameLexicon.particles.contains(token.text), end + 1 < limit {
                var next = end + 1
                if next < limit, doc.tokens[next].kind == .word, NameLexicon.particles.contains(doc.tokens[next].text) { next += 1 }
                if next < limit, isRunToken(doc, next), !TitleVocabulary.isTitleWord(doc.folded[next]), lexicons.jurisdiction(doc.folded[next]) == nil {
                    end = next + 1
                    continue
                }
            }
            break
        }
        return start..<end
    }

    static func classify(_ doc: Document, run: Range<Int>, sentence: Range<Int>) -> RawMention? {
        // Split the run into title words, then the name.
        var nameStart = run.lowerBound
        var honorific = false
        var sawHead = false
        while nameStart < run.upperBound {
            let folded = doc.folded[nameStart]
            let token = doc.tokens[nameStart]
            if token.isPunct(".") { nameStart += 1; continue }
            if TitleLexicon.honorifics.contains(folded) { honorific = true; nameStart += 1; continue }
            if TitleVocabulary.isTitleWord(folded) && !(nameStart + 1 == run.upperBound && sawHead && !isTitleOnly(folded)) {
                if TitleVocabulary.isHead(folded) { sawHead = true }
                nameStart += 1
                continue
            }
            break
        }
        // The name may not end in a title or organisation word.
        var nameEnd = run.upperBound
        while nameEnd > nameStart, doc.tokens[nameEnd - 1].isPunct(".") { nameEnd -= 1 }
        guard nameEnd > nameStart else { return nil }
        let nameRange = nameStart..<nameEnd
        let nameTokens = nameRange.filter { doc.tokens[$0].kind == .word }
        guard !nameTokens.isEmpty, nameTokens.count <= 6 else { return nil }

        // Reject phrases that are not names.
        for index in nameTokens {
            let lower = doc.tokens[index].text.lowercased()
            let folded = doc.folded[index]
            if CommonWords.notNames.contains(lower) && !doc.tokens[index].isInitialLetter { return nil }
            if lexicons.organizationWords.contains(folded) { return nil }
            if TitleVocabulary.isHead(folded) && nameTokens.count == 1 { return nil }
        }
        let nameFolded = nameTokens.map { doc.folded[$0] }.joined(separator: " ")
        if lexicons.isPlace(nameFolded) { return nil }
        // `United States`, `South China Sea`: a place that the title split cut in two.
        if nameStart > run.lowerBound {
            let runWords = run.filter { doc.tokens[$0].kind == .word }.map { doc.folded[$0] }
            for cut in 0..<runWords.count where lexicons.isPlace(runWords[cut...].joined(separator: " ")) && cut < runWords.count - nameTokens.count + 1 {
                return nil
            }
        }
        if nameTokens.count == 1 && (lexicons.isPlace(nameFolded) || lexicons.placeFirstWords.contains(nameFolded) && lexicons.isPlace(nameFolded)) { return nil }
        if nameTokens.allSatisfy({ lexicons.isPlace(doc.folded[$0]) }) { return nil }
        // A name followed by an organisation word is part of that organisation's name.
        if nameEnd < sentence.upperBound {
            let next = doc.tokens[nameEnd]
            if next.kind == .word && next.isCapitalized && lexicons.organizationWords.contains(doc.folded[nameEnd]) { return nil }
            // A maker before a model: `Lockheed Martin C-130`.
            if next.kind == .word && ItemShapes.isDesignator(next.text) { return nil }
        }

        // Title before the name: inside the run, and extended backwards.
        var titleRange: Range<Int>? = nil
        var titleStart = run.lowerBound
        if nameStart > run.lowerBound {
            titleStart = extendTitleBackwards(doc, from: run.lowerBound, sentence: sentence)
            titleRange = titleStart..<nameStart
        } else {
            let back = extendTitleBackwards(doc, from: run.lowerBound, sentence: sentence)
            if back < run.lowerBound { titleRange = back..<run.lowerBound; titleStart = back }
        }
        if let range = titleRange {
            let trimmed = trimTitle(doc, range)
            titleRange = trimmed.flatMap { hasHead(doc, $0) ? $0 : nil }
        }
        // `his Deputy Secretary of War, X`
        if titleRange == nil, run.lowerBound >= 2, doc.tokens[run.lowerBound - 1].isPunct(",") {
            let back = extendTitleBackwards(doc, from: run.lowerBound - 1, sentence: sentence)
            if back < run.lowerBound - 1, let trimmed = trimTitle(doc, back..<(run.lowerBound - 1)), hasHead(doc, trimmed) {
                let before = back > sentence.lowerBound ? doc.folded[back - 1] : ""
                if back == sentence.lowerBound || TitleVocabulary.possessivePronouns.contains(before) || doc.tokens[back - 1].kind == .possessive {
                    titleRange = trimmed
                }
            }
        }
        // Appositive after the name.
        var appositive: Range<Int>? = nil
        if titleRange == nil {
            appositive = appositiveTitle(doc, after: nameEnd, sentence: sentence)
        }

        var evidence = ""
        if titleRange != nil { evidence = "title" } else if appositive != nil { evidence = "appositive" } else if honorific { evidence = "honorific" }
        if evidence.isEmpty {
            let first = doc.folded[nameTokens[0]]
            if nameTokens.count >= 2 && (lexicons.givenNames.contains(first) || lexicons.leadingFamilyNames.contains(first)) {
                evidence = "given name"
            } else if nameTokens.count >= 2 && followedBySpeech(doc, nameEnd, sentence) {
                evidence = "speech verb"
            } else if nameTokens.count >= 2 && precededBySpeech(doc, run.lowerBound, sentence) {
                evidence = "speech verb"
            } else if nameTokens.count >= 2 && followedByAge(doc, nameEnd, sentence) {
                evidence = "age"
            } else {
                evidence = "shape"
            }
        }
        let title = titleRange ?? appositive
        let wholeStart = titleRange.map { min($0.lowerBound, nameStart) } ?? nameStart
        let wholeEnd = appositive.map { max($0.upperBound, nameEnd) } ?? nameEnd
        var jurisdiction: String? = nil
        if let titleRange {
            var probe = titleRange.lowerBound - 1
            while probe >= sentence.lowerBound && probe >= titleRange.lowerBound - 4 {
                if let country = lexicons.jurisdiction(doc.folded[probe]) { jurisdiction = country; break }
                if probe > sentence.lowerBound, lexicons.countries[doc.folded[probe - 1] + " " + doc.folded[probe]] != nil {
                    jurisdiction = lexicons.countries[doc.folded[probe - 1] + " " + doc.folded[probe]]
                    break
                }
                if doc.tokens[probe].kind != .possessive && doc.tokens[probe].kind != .word { break }
                probe -= 1
            }
        }
        if let appositive {
            for index in appositive where lexicons.jurisdiction(doc.folded[index]) != nil { jurisdiction = lexicons.jurisdiction(doc.folded[index]); break }
        }
        return RawMention(
            name: nameRange, title: title, whole: wholeStart..<wholeEnd,
            titleText: title.map { doc.text($0) }, honorific: honorific, jurisdiction: jurisdiction, evidence: evidence)
    }

    /// Title-only words that cannot end a name even after a head (`Minister`).
    static func isTitleOnly(_ folded: String) -> Bool {
        TitleLexicon.roleHeads.contains(folded) || lexicons.organizationWords.contains(folded)
    }

    static func hasHead(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.contains { TitleVocabulary.isHead(doc.folded[$0]) }
    }

    /// Walks left from `start` over title words, `of`/`for`/`the` inside a title, lowercase
    /// role words and jurisdictions; stops at determiners, possessives and punctuation.
    static func extendTitleBackwards(_ doc: Document, from start: Int, sentence: Range<Int>) -> Int {
        var begin = start
        var index = start - 1
        while index >= sentence.lowerBound {
            let token = doc.tokens[index]
            let folded = doc.folded[index]
            if token.isPunct("."), index > sentence.lowerBound, TitleLexicon.abbreviations[doc.folded[index - 1]] != nil {
                index -= 1
                continue
            }
            if token.kind == .word && token.isCapitalized && TitleVocabulary.isTitleWord(folded) {
                begin = index
                index -= 1
                continue
            }
            if token.kind == .word && !token.isCapitalized && TitleVocabulary.isLowercaseTitleWord(folded) {
                begin = index
                index -= 1
                continue
            }
            if token.kind == .word && (folded == "of" || folded == "for") && index > sentence.lowerBound {
                let previous = doc.folded[index - 1]
                if TitleVocabulary.isTitleWord(previous) || TitleVocabulary.isLowercaseTitleWord(previous) {
                    begin = index
                    index -= 1
                    continue
                }
            }
            if token.kind == .word && folded == "the" && index > sentence.lowerBound && doc.folded[index - 1] == "of" {
                begin = index
                index -= 1
                continue
            }
            break
        }
        return begin
    }

    /// Drops leading determiners, jurisdictions and connector words, and trailing connectors.
    static func trimTitle(_ doc: Document, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let folded = doc.folded[lower]
            if TitleVocabulary.determiners.contains(folded) || TitleVocabulary.connectors.contains(folded)
                || (lexicons.jurisdiction(folded) != nil && TitleLexicon.portfolios[folded] == nil)
                || doc.tokens[lower].kind == .punct || TitleLexicon.honorifics.contains(folded) {
                lower += 1
                continue
            }
            // Two-word countries: United States, South Korea.
            if lower + 1 < upper, lexicons.countries[folded + " " + doc.folded[lower + 1]] != nil {
                lower += 2
                continue
            }
            break
        }
        while upper > lower {
            let folded = doc.folded[upper - 1]
            if TitleVocabulary.connectors.contains(folded) || (doc.tokens[upper - 1].kind == .punct && !doc.tokens[upper - 1].isPunct(".") && !doc.tokens[upper - 1].isPunct(")")) || TitleLexicon.honorifics.contains(folded) {
                upper -= 1
                continue
            }
            break
        }
        return lower < upper ? lower..<upper : nil
    }

    /// `, the President of Vietnam`, `, General Secretary of the Vietnamese Communist Party (VCP)`,
    /// `, Hegseth's direct counterpart, the Minister of National Defence`, `, 68, a retired general`.
    static func appositiveTitle(_ doc: Document, after end: Int, sentence: Range<Int>) -> Range<Int>? {
        var index = end
        var best: Range<Int>? = nil
        var attempts = 0
        while attempts < 2, index < sentence.upperBound, doc.tokens[index].isPunct(",") {
            attempts += 1
            var start = index + 1
            // Age: `, 68,`
            if start + 1 < sentence.upperBound, doc.tokens[start].kind == .number, doc.tokens[start + 1].isPunct(",") {
                index = start + 1
                continue
            }
            // Determiners and possessors: the, a, his, `Hegseth's`.
            if start < sentence.upperBound, TitleVocabulary.determiners.contains(doc.folded[start]) { start += 1 }
            var probe = start
            while probe < min(start + 4, sentence.upperBound), doc.tokens[probe].kind == .word { probe += 1 }
            if probe < sentence.upperBound, probe > start, doc.tokens[probe].kind == .possessive { start = probe + 1 }
            // The title phrase.
            var cursor = start
            var lastGood = start
            var sawHead = false
            while cursor < sentence.upperBound {
                let token = doc.tokens[cursor]
                let folded = doc.folded[cursor]
                if token.kind == .word {
                    if TitleVocabulary.isTitleWord(folded) || TitleVocabulary.isLowercaseTitleWord(folded) || TitleLexicon.qualifiers.contains(folded) {
                        if TitleVocabulary.isHead(folded) { sawHead = true }
                        cursor += 1
                        lastGood = cursor
                        continue
                    }
                    if token.isCapitalized && cursor > start {
                        cursor += 1
                        lastGood = cursor
                        continue
                    }
                    if ["of", "for", "and", "at", "in", "on"].contains(folded), cursor + 2 < sentence.upperBound, doc.folded[cursor + 1] == "the", doc.tokens[cursor + 2].isCapitalized || TitleVocabulary.isTitleWord(doc.folded[cursor + 2]) {
                        cursor += 2
                        continue
                    }
                    if ["of", "for", "the", "and", "at", "in", "on"].contains(folded), cursor + 1 < sentence.upperBound, doc.tokens[cursor + 1].isCapitalized || TitleVocabulary.isTitleWord(doc.folded[cursor + 1]) {
                        cursor += 1
                        continue
                    }
                    if ["direct", "new", "longtime", "current", "then", "top", "chief", "own", "second", "third", "former"].contains(folded) || token.text.hasSuffix("-star") {
                        cursor += 1
                        continue
                    }
                    break
                }
                if token.isPunct("("), cursor + 2 < sentence.upperBound, doc.tokens[cursor + 1].isAllCaps, doc.tokens[cursor + 2].isPunct(")") {
                    cursor += 3
                    lastGood = cursor
                    continue
                }
                if token.isPunct("."), cursor > start, TitleLexicon.abbreviations[doc.folded[cursor - 1]] != nil {
                    cursor += 1
                    lastGood = cursor
                    continue
                }
                break
            }
            if sawHead && lastGood > start {
                // The phrase must end the appositive.
                let stop = lastGood < sentence.upperBound ? doc.tokens[lastGood] : nil
                let ends = stop == nil || stop!.kind == .punct || stop!.kind == .newline || TitleLexicon.clauseWords.contains(doc.folded[lastGood])
                if ends, let trimmed = trimTitle(doc, start..<lastGood), hasHead(doc, trimmed) {
                    best = trimmed
                    // Prefer a later, fuller appositive (`the Minister of National Defence` after `direct counterpart`).
                    index = lastGood
                    continue
                }
            }
            break
        }
        return best
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

    static func followedByAge(_ doc: Document, _ end: Int, _ sentence: Range<Int>) -> Bool {
        end + 2 < sentence.upperBound && doc.tokens[end].isPunct(",") && doc.tokens[end + 1].kind == .number
            && (Int(doc.tokens[end + 1].text).map { $0 > 0 && $0 < 120 } ?? false) && doc.tokens[end + 2].isPunct(",")
    }
}
