import ClaimModel

/// A person as one mention names them, before coreference.
struct RawMention: Sendable {
    /// Token range of the name itself.
    var name: Range<Int>
    /// Token range of the first title: before the name, or as an appositive after it.
    var title: Range<Int>?
    /// Every title this mention gives, in order (`Deputy Prime Minister`, `Gen.`).
    var titles: [Range<Int>] = []
    /// Token range of the whole mention (title and name).
    var whole: Range<Int>
    var titleText: String?
    var honorific: Bool
    /// A country that owns the title (`Vietnam's Defense Minister X`, `US Secretary X`).
    var jurisdiction: String? = nil
    /// Why the recognizer believes this names a person.
    var evidence: String
    /// A single word in syntax only a person takes: an age beside it (`34-year-old X`, `X, 34,`)
    /// or a form of address (`Ms. X`). Its full name may then be a pair of capitalised words
    /// the lexicons do not know (`PeopleResolver`).
    var personSyntax: Bool = false
}

/// Finds people and the titles used for them, by shape and lexicon:
///
/// - title before the name: `US Secretary of War Anna Kowalska`, `Vietnam’s Defense Minister X`,
///   `defense secretary Jim Mattis`, `Lt. Gen. X`, `his Deputy Secretary of War, X`;
/// - appositive after it: `X, the President of Vietnam`, `X, General Secretary of the … Party (VCP)`,
///   `X, Y's direct counterpart, the Minister of National Defence`, `X, 68, a retired general`;
/// - untitled names with other evidence: a common given name or leading family name, a speech
///   verb after (`X said`), an honorific (`Mr. X`).
enum PersonRecognizer {
    static let lexicons = Lexicons.shared

    /// `layer` gives the sentence trees an `as` phrase is checked on (`shied away from serving
    /// as …` gives no title); nil reads word order only.
    static func recognize(_ doc: Document, layer: GrammarLayer? = nil) -> [RawMention] {
        var mentions: [RawMention] = []
        var openList: OpenPluralTitle? = nil
        for sentence in doc.sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard var run = nameRun(doc, from: index, limit: sentence.upperBound) else {
                    index += 1
                    continue
                }
                // `By Dana Whitfield`, `When Kowalska arrived`: a capitalised function word opens
                // the run but not the name.
                if run.count > 1, CommonWords.notNames.contains(doc.tokens[run.lowerBound].text.lowercased()),
                   !(lexicons.leadingFamilyNames.contains(doc.folded[run.lowerBound]) && run.lowerBound > sentence.lowerBound),
                   !TitleVocabulary.isTitleWord(doc.folded[run.lowerBound]), !TitleLexicon.honorifics.contains(doc.folded[run.lowerBound]),
                   let rest = nameRun(doc, from: run.lowerBound + 1, limit: sentence.upperBound) {
                    run = rest
                }
                // `Twenty-year-old Andrew X`: a capitalised age compound opens the run, not the name.
                if run.count > 1, isAgeCompound(doc, run.lowerBound), let rest = nameRun(doc, from: run.lowerBound + 1, limit: sentence.upperBound) {
                    run = rest
                }
                if var mention = classify(doc, run: run, sentence: sentence, layer: layer) {
                    if let title = pluralTitle(doc, before: run.lowerBound, sentence: sentence), lacksTitleBefore(mention) {
                        mention = withPluralTitle(doc, mention, title)
                        mention.whole = min(title.lowerBound, mention.whole.lowerBound)..<mention.whole.upperBound
                        openList = OpenPluralTitle(title: title, sentence: sentence, lastEnd: mention.whole.upperBound)
                    } else if var list = openList, lacksTitleBefore(mention), continuesList(doc, &list, upTo: run.lowerBound) {
                        mention = withPluralTitle(doc, mention, list.title)
                        list.lastEnd = mention.whole.upperBound
                        openList = list
                    } else if let list = openList, insideParenthesis(doc, list, run.lowerBound) {
                        // A party tag's state inside the list keeps it open.
                    } else {
                        openList = nil
                    }
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

    static func classify(_ doc: Document, run: Range<Int>, sentence: Range<Int>, layer: GrammarLayer? = nil) -> RawMention? {
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
            // An acronym before a title: `UN Special Envoy`, `NATO Secretary-General`.
            if nameStart + 1 < run.upperBound, token.isAllCaps, token.text.count <= 5, TitleVocabulary.isTitleWord(doc.folded[nameStart + 1]) {
                nameStart += 1
                continue
            }
            // A state or province before a rank: `Ohio Gov.`, `Texas Rep.`
            if nameStart + 1 < run.upperBound, lexicons.regions.contains(folded), TitleVocabulary.isHead(doc.folded[nameStart + 1]) {
                nameStart += 1
                continue
            }
            break
        }
        // `BuzzFeed Editor-in-Chief Ben Smith`, `Apple CEO Tim Cook`: an organisation's name, then a
        // head that is no name word, then the name.
        if nameStart == run.lowerBound, !honorific {
            var probe = run.upperBound - 3
            while probe > run.lowerBound {
                let folded = doc.folded[probe]
                // A head that is also a name (`Judge`, `Director`) splits the run only before a
                // known given name and another name word, after a word that is no given name
                // (`Brooklyn Supreme Court Judge Vincent X`, not `Paul Dean Smith`).
                let splitsAsName = probe + 2 < run.upperBound && lexicons.givenNames.contains(doc.folded[probe + 1])
                    && !lexicons.givenNames.contains(doc.folded[probe - 1])
                if doc.tokens[probe].kind == .word, TitleLexicon.roleHeads.contains(folded) || TitleLexicon.abbreviations[folded] != nil,
                   !TitleLexicon.nameLikeHeads.contains(folded) || splitsAsName {
                    nameStart = probe + 1
                    while nameStart < run.upperBound, doc.tokens[nameStart].isPunct(".") { nameStart += 1 }
                    break
                }
                probe -= 1
            }
        }
        // The name may not end in a title or organisation word.
        var nameEnd = run.upperBound
        while nameEnd > nameStart, doc.tokens[nameEnd - 1].isPunct(".") { nameEnd -= 1 }
        // `Ted Cruz I do not …`: the pronoun `I` after a name (no period, a lower-case word
        // next) is the subject of what follows, not part of the name.
        while nameEnd - 1 > nameStart, nameEnd < doc.tokens.count, doc.tokens[nameEnd - 1].text == "I",
              doc.tokens[nameEnd].kind == .word, !doc.tokens[nameEnd].isCapitalized { nameEnd -= 1 }
        guard nameEnd > nameStart else { return nil }
        let nameRange = nameStart..<nameEnd
        let nameTokens = nameRange.filter { doc.tokens[$0].kind == .word }
        guard !nameTokens.isEmpty, nameTokens.count <= 6 else { return nil }

        // Reject phrases that are not names.
        for index in nameTokens {
            let lower = doc.tokens[index].text.lowercased()
            let folded = doc.folded[index]
            // Inside a name, or right after a title in the same run, some function words are name
            // parts (`Theresa May`, `Nor Azizah`, `General Secretary Le Van Binh`).
            let insideName = index > nameTokens[0] || nameStart > run.lowerBound
            if CommonWords.notNames.contains(lower) && !doc.tokens[index].isInitialLetter
                && !(insideName && CommonWords.functionWordsInNames.contains(lower))
                && !(nameTokens.count >= 2 && index == nameTokens[0] && lexicons.leadingFamilyNames.contains(folded) && (nameStart > run.lowerBound || nameStart > sentence.lowerBound))
                // `Gov. Jan Brewer`, `Sen. Mark Kelly`: a given name that is also a common word
                // (a month, a verb) is the given name right after a title, before a surname.
                && !(nameTokens.count >= 2 && index == nameTokens[0] && nameStart > run.lowerBound && lexicons.givenNames.contains(folded)) {
                return nil
            }
            if lexicons.organizationWords.contains(folded) { return nil }
            if TitleVocabulary.isHead(folded) && nameTokens.count == 1 { return nil }
        }
        // A name ends in no role (`Doris Duke Professor`) and holds no acronym (`NBC Philadelphia`).
        if nameTokens.count >= 2, TitleLexicon.roleHeads.contains(doc.folded[nameTokens[nameTokens.count - 1]]),
           !TitleLexicon.nameLikeHeads.contains(doc.folded[nameTokens[nameTokens.count - 1]]) { return nil }
        if nameTokens.contains(where: { doc.tokens[$0].isAllCaps && !doc.tokens[$0].text.contains(".") && !["ii", "iii", "iv", "jr", "sr"].contains(doc.folded[$0]) }) { return nil }
        // An acronym alone (`FBI`, `VCP`) names an organisation; a party tag (`R-Idaho`) no one.
        if nameTokens.count == 1, doc.tokens[nameTokens[0]].isAllCaps || partyTagEnd(doc, from: nameTokens[0], sentence: sentence) != nil { return nil }
        let nameFolded = nameTokens.map { doc.folded[$0] }.joined(separator: " ")
        if lexicons.isPlace(nameFolded) || OrganizationLexicon.outletNames.contains(nameFolded) { return nil }
        // `Separately, …`: a sentence adverb.
        if nameTokens.count == 1, nameStart == sentence.lowerBound, nameFolded.hasSuffix("ly"), nameEnd < sentence.upperBound, doc.tokens[nameEnd].isPunct(",") { return nil }
        // `United States`, `South China Sea`: a place that the title split cut in two.
        if nameStart > run.lowerBound {
            let runWords = run.filter { doc.tokens[$0].kind == .word }.map { doc.folded[$0] }
            for cut in 0..<runWords.count where lexicons.isPlace(runWords[cut...].joined(separator: " ")) && cut < runWords.count - nameTokens.count + 1 {
                return nil
            }
        }
        if nameTokens.count == 1 && (lexicons.isPlace(nameFolded) || lexicons.placeFirstWords.contains(nameFolded) && lexicons.isPlace(nameFolded)) { return nil }
        if nameTokens.allSatisfy({ lexicons.isPlace(doc.folded[$0]) }) { return nil }
        // `escaped near Baytown`: one capitalised word after a preposition that places an event,
        // with no title or honorific before it, names a place (`at Smith's home` is kept).
        if nameTokens.count == 1, nameStart == run.lowerBound, !honorific, run.lowerBound > sentence.lowerBound,
           PlaceRecognizer.prepositions[doc.folded[run.lowerBound - 1]] != nil,
           nameEnd >= sentence.upperBound || doc.tokens[nameEnd].kind != .possessive { return nil }
        // A name followed by an organisation word is part of that organisation's name.
        if nameEnd < sentence.upperBound {
            let next = doc.tokens[nameEnd]
            if next.kind == .word && next.isCapitalized && lexicons.organizationWords.contains(doc.folded[nameEnd]) { return nil }
            // A maker before a model: `Lockheed Martin C-130`.
            if next.kind == .word && ItemShapes.isDesignator(next.text) { return nil }
        }
        // The object of a title's preposition (`Mayor of Eindhoven`, `ambassador to Kyiv`,
        // `Chief of Staff of the Joint Staff`) is no person; `spokesman for John Smith` gives
        // John Smith no title.
        var complementOfTitle = false
        let prefix = run.lowerBound..<nameStart
        let prefixPortfolio = prefix.contains { TitleLexicon.portfolios[doc.folded[$0]] != nil || TitleVocabulary.portfolioWords.contains(doc.folded[$0]) }
        if !hasHead(doc, prefix), let connector = connectorBefore(doc, run.lowerBound, sentence: sentence), connector > sentence.lowerBound {
            let previous = doc.folded[connector - 1]
            if doc.tokens[connector - 1].kind == .word, TitleVocabulary.isTitleWord(previous) || TitleVocabulary.isLowercaseTitleWord(previous) {
                let last = doc.folded[nameTokens[nameTokens.count - 1]]
                // `Coordinating Minister for Maritime Affairs Sukarmadji`: a portfolio ends the title.
                if !prefixPortfolio && !honorific && (nameTokens.count == 1 || TitleVocabulary.isTitleWord(last)) { return nil }
                // `a spokesman for Mr. Roe`: no title word of the run continues the title.
                if !prefix.contains(where: { doc.tokens[$0].kind == .word && !TitleLexicon.honorifics.contains(doc.folded[$0]) }) {
                    complementOfTitle = true
                }
            }
        }

        var titles: [Range<Int>] = []
        // Title before the name: inside the run, and extended backwards.
        var titleRange: Range<Int>? = nil
        if complementOfTitle {
            titleRange = nil
        } else if nameStart > run.lowerBound {
            let titleStart = extendTitleBackwards(doc, from: run.lowerBound, sentence: sentence)
            titleRange = titleStart..<nameStart
        } else {
            let back = extendTitleBackwards(doc, from: run.lowerBound, sentence: sentence)
            if back < run.lowerBound { titleRange = back..<run.lowerBound }
        }
        if let range = titleRange {
            let trimmed = trimTitle(doc, range)
            titleRange = trimmed.flatMap { hasHead(doc, $0) ? $0 : nil }
        }
        // `Valley Dairy`: one word left after organisation words is part of the organisation's name.
        if nameTokens.count == 1, nameStart > run.lowerBound, titleRange == nil, !honorific { return nil }
        if let range = titleRange {
            titles.append(contentsOf: splitTitle(doc, range).map { innermostTitle(doc, $0) })
        } else if !complementOfTitle, !honorific, nameStart == run.lowerBound, let described = descriptionBefore(doc, name: run.lowerBound, sentence: sentence) {
            titles.append(described)
        }
        // `his Deputy Secretary of War, X`, `The head of the Armament Agency, Brig. Gen. X`
        var commaTitle: Range<Int>? = nil
        if run.lowerBound >= sentence.lowerBound + 2, doc.tokens[run.lowerBound - 1].isPunct(",") {
            var back = extendTitleBackwards(doc, from: run.lowerBound - 1, sentence: sentence)
            // `the press secretary, X`, `his policy director, X`: noun modifiers after the opener.
            if back < run.lowerBound - 1, back > sentence.lowerBound, !opensTitle(doc, back - 1), let opened = modifiersAfterDeterminer(doc, before: back, sentence: sentence) {
                back = opened
            }
            if back < run.lowerBound - 1, let trimmed = trimTitle(doc, back..<(run.lowerBound - 1)), hasHead(doc, trimmed), !isPossessedThing(doc, trimmed) {
                // Not the appositive of an earlier name in a list (`X, the President, Y, …`), unless
                // the tree makes this name the title's appositive (`… of X, the Senate leader, Y of
                // Ohio, went to the floor`).
                let listed = back >= sentence.lowerBound + 2 && ["the", "a", "an"].contains(doc.folded[back - 1]) && doc.tokens[back - 2].isPunct(",")
                    && back >= sentence.lowerBound + 3 && doc.tokens[back - 3].isCapitalized
                    && !nameIsAppositiveOfTitle(doc, title: trimmed, name: run.lowerBound, layer: layer)
                if !listed, back == sentence.lowerBound || opensTitle(doc, back - 1) {
                    commaTitle = back..<(run.lowerBound - 1)
                    titles.insert(contentsOf: splitTitle(doc, trimmed).map { innermostTitle(doc, $0) }, at: 0)
                }
            }
        }
        // `another California Democrat, Representative X`: a party description before the comma.
        if commaTitle == nil, let party = partyTitleBefore(doc, comma: run.lowerBound - 1, sentence: sentence) {
            commaTitle = party
            titles.insert(party, at: 0)
        }
        // Appositives after the name, then `as`-phrases (`served as governor of Ohio`).
        let appositives = appositiveTitles(doc, after: nameEnd, sentence: sentence, layer: layer)
        titles.append(contentsOf: appositives.map(\.title))
        let appositiveEnd = appositives.last?.end ?? nameEnd
        let mentionStart = min(commaTitle?.lowerBound ?? run.lowerBound, titleRange?.lowerBound ?? run.lowerBound, run.lowerBound)
        titles.append(contentsOf: asTitles(doc, nameStart: mentionStart, after: appositiveEnd, sentence: sentence, layer: layer))
        // A predicate (`X is a former executive`) gives a title but is no evidence of a person.
        let predicates = predicateTitles(doc, nameStart: mentionStart, after: appositiveEnd, sentence: sentence)
        var seenTitles = Set<String>()
        titles = titles.filter { seenTitles.insert(Folding.fold(PeopleResolver.cleanTitle(doc.text($0)))).inserted }

        var evidence = ""
        if titleRange != nil || commaTitle != nil { evidence = "title" } else if !appositives.isEmpty { evidence = "appositive" } else if honorific { evidence = "honorific" }
        if evidence.isEmpty {
            let first = doc.folded[nameTokens[0]]
            if nameTokens.count >= 2 && (lexicons.givenNames.contains(first) || lexicons.leadingFamilyNames.contains(first)) {
                evidence = "given name"
            } else if nameTokens.count >= 2 && followedBySpeech(doc, nameEnd, sentence) {
                evidence = "speech verb"
            } else if nameTokens.count >= 2 && precededBySpeech(doc, run.lowerBound, sentence) {
                evidence = "speech verb"
            } else if nameTokens.count >= 2 && (followedByAge(doc, nameEnd, sentence) || precededByAge(doc, run.lowerBound, sentence)) {
                evidence = "age"
            } else if nameTokens.count >= 3 && PeopleResolver.suffixes.contains(doc.folded[nameTokens[nameTokens.count - 1]]) {
                // `Arcade Comeaux Jr.`: a generational suffix after two name words follows a person's name.
                evidence = "suffix"
            } else if nameTokens.count >= 2 && nameTokens.count <= 4 && isCredit(doc, run.lowerBound, sentence) {
                evidence = "credit"
            } else if !titles.isEmpty && nameTokens.count >= 2 {
                evidence = "appositive"
            } else {
                evidence = "shape"
            }
        }
        titles.append(contentsOf: predicates.filter { predicate in !titles.contains { Folding.fold(doc.text($0)) == Folding.fold(doc.text(predicate)) } })
        let title = titles.first
        let wholeStart = min(commaTitle?.lowerBound ?? nameStart, titleRange?.lowerBound ?? nameStart, nameStart)
        let wholeEnd = max(appositiveEnd, nameEnd)
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
        if jurisdiction == nil, let appositive = appositives.first?.title {
            for index in appositive where lexicons.jurisdiction(doc.folded[index]) != nil { jurisdiction = lexicons.jurisdiction(doc.folded[index]); break }
        }
        let personSyntax = nameTokens.count == 1 && (honorific || precededByAge(doc, run.lowerBound, sentence) || followedByAge(doc, nameEnd, sentence))
        return RawMention(
            name: nameRange, title: title, titles: titles, whole: wholeStart..<wholeEnd,
            titleText: title.map { doc.text($0) }, honorific: honorific, jurisdiction: jurisdiction, evidence: evidence,
            personSyntax: personSyntax)
    }
}
