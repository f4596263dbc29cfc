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

    static func recognize(_ doc: Document) -> [RawMention] {
        var mentions: [RawMention] = []
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
                if doc.tokens[probe].kind == .word, TitleLexicon.roleHeads.contains(folded) || TitleLexicon.abbreviations[folded] != nil,
                   !TitleLexicon.nameLikeHeads.contains(folded) {
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
                && !(nameTokens.count >= 2 && index == nameTokens[0] && lexicons.leadingFamilyNames.contains(folded) && (nameStart > run.lowerBound || nameStart > sentence.lowerBound)) {
                return nil
            }
            if lexicons.organizationWords.contains(folded) { return nil }
            if TitleVocabulary.isHead(folded) && nameTokens.count == 1 { return nil }
        }
        // A name ends in no role (`Doris Duke Professor`) and holds no acronym (`NBC Philadelphia`).
        if nameTokens.count >= 2, TitleLexicon.roleHeads.contains(doc.folded[nameTokens[nameTokens.count - 1]]),
           !TitleLexicon.nameLikeHeads.contains(doc.folded[nameTokens[nameTokens.count - 1]]) { return nil }
        if nameTokens.contains(where: { doc.tokens[$0].isAllCaps && !doc.tokens[$0].text.contains(".") && !["ii", "iii", "iv", "jr", "sr"].contains(doc.folded[$0]) }) { return nil }
        // An acronym alone (`FBI`, `VCP`) names an organisation.
        if nameTokens.count == 1, doc.tokens[nameTokens[0]].isAllCaps { return nil }
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
                // `a spokesman for Mr. Reid`: no title word of the run continues the title.
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
        }
        // `his Deputy Secretary of War, X`, `The head of the Armament Agency, Brig. Gen. X`
        var commaTitle: Range<Int>? = nil
        if run.lowerBound >= sentence.lowerBound + 2, doc.tokens[run.lowerBound - 1].isPunct(",") {
            let back = extendTitleBackwards(doc, from: run.lowerBound - 1, sentence: sentence)
            if back < run.lowerBound - 1, let trimmed = trimTitle(doc, back..<(run.lowerBound - 1)), hasHead(doc, trimmed) {
                // Not the appositive of an earlier name in a list (`X, the President, Y, …`).
                let listed = back >= sentence.lowerBound + 2 && ["the", "a", "an"].contains(doc.folded[back - 1]) && doc.tokens[back - 2].isPunct(",")
                if !listed, back == sentence.lowerBound || opensTitle(doc, back - 1) {
                    commaTitle = back..<(run.lowerBound - 1)
                    titles.insert(contentsOf: splitTitle(doc, trimmed).map { innermostTitle(doc, $0) }, at: 0)
                }
            }
        }
        // Appositives after the name, then `as`-phrases (`served as governor of Ohio`).
        let appositives = appositiveTitles(doc, after: nameEnd, sentence: sentence)
        titles.append(contentsOf: appositives.map(\.title))
        let appositiveEnd = appositives.last?.end ?? nameEnd
        let mentionStart = min(commaTitle?.lowerBound ?? run.lowerBound, titleRange?.lowerBound ?? run.lowerBound, run.lowerBound)
        titles.append(contentsOf: asTitles(doc, nameStart: mentionStart, after: appositiveEnd, sentence: sentence))
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
            } else if nameTokens.count >= 2 && followedByAge(doc, nameEnd, sentence) {
                evidence = "age"
            } else if nameTokens.count >= 2 && nameTokens.count <= 4 && isCredit(doc, run.lowerBound, sentence) {
                evidence = "credit"
            } else if !titles.isEmpty && nameTokens.count >= 2 {
                evidence = "appositive"
            } else {
                evidence = "shape"
            }
        }
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
        return RawMention(
            name: nameRange, title: title, titles: titles, whole: wholeStart..<wholeEnd,
            titleText: title.map { doc.text($0) }, honorific: honorific, jurisdiction: jurisdiction, evidence: evidence)
    }

    /// The title a name stands beside when a title's complement holds a title of its own:
    /// `spokesman for the special counsel, X` → `special counsel`; `aide to Defense Secretary X`
    /// → `Defense Secretary`. `head of the Armament Agency` stays whole.
    static func innermostTitle(_ doc: Document, _ range: Range<Int>) -> Range<Int> {
        var index = range.lowerBound + 1
        while index < range.upperBound {
            if doc.tokens[index].kind == .word, titleConnectors.contains(doc.folded[index]) {
                var start = index + 1
                if start < range.upperBound, doc.folded[start] == "the" { start += 1 }
                // The complement is itself a title when its words up to the next connector end in
                // a head (`the special counsel`, `Secretary of State`), not `General Staff`.
                var last = start
                while last + 1 < range.upperBound, !(doc.tokens[last + 1].kind == .word && titleConnectors.contains(doc.folded[last + 1])) { last += 1 }
                while last > start, doc.tokens[last].isPunct(".") { last -= 1 }
                if start < range.upperBound, TitleVocabulary.isHead(doc.folded[last]) { return start..<range.upperBound }
            }
            index += 1
        }
        return range
    }

    /// The connector right before `index` (skipping one `the`), if any.
    static func connectorBefore(_ doc: Document, _ index: Int, sentence: Range<Int>) -> Int? {
        var probe = index - 1
        guard probe >= sentence.lowerBound else { return nil }
        if doc.folded[probe] == "the" { probe -= 1 }
        guard probe >= sentence.lowerBound, doc.tokens[probe].kind == .word, titleConnectors.contains(doc.folded[probe]) else { return nil }
        return probe
    }

    /// Words before a title that show it starts there: sentence start, a determiner, a
    /// possessive, `:`, `(`, `and`, `with`, `by`, `including`.
    static func opensTitle(_ doc: Document, _ index: Int) -> Bool {
        let token = doc.tokens[index]
        if token.kind == .possessive || token.kind == .newline { return true }
        if token.kind == .punct { return token.text != "," && token.text != "." }
        let folded = doc.folded[index]
        // `United States Secretary of War, Anna Kowalska`: a country before the title.
        if lexicons.jurisdiction(folded) != nil || index > 0 && lexicons.countries[doc.folded[index - 1] + " " + folded] != nil { return true }
        return TitleVocabulary.determiners.contains(folded) || ["and", "with", "by", "including", "included", "were", "was", "as"].contains(folded)
    }

    /// A byline or photo credit: `By Dana Whitfield`, `Photos: Neha Kapoor / Staff`.
    static func isCredit(_ doc: Document, _ start: Int, _ sentence: Range<Int>) -> Bool {
        if start == sentence.lowerBound + 1, doc.folded[start - 1] == "by" { return true }
        if start >= sentence.lowerBound + 2, doc.tokens[start - 1].isPunct(":") {
            return ["photo", "photos", "photograph", "photographs", "picture", "pictures", "credit", "by", "reporting", "writing", "editing", "contact", "video"].contains(doc.folded[start - 2])
        }
        return false
    }

    /// A title split where it holds two: a rank or form of address after an office
    /// (`Deputy Prime Minister Gen.` → `Deputy Prime Minister`, `Gen.`; `Chairman Sir`), and two
    /// titles joined by `and` (`co-founder and chief technology officer`).
    static func splitTitle(_ doc: Document, _ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var segmentStart = range.lowerBound
        var index = range.lowerBound
        func hasFullHead(_ r: Range<Int>) -> Bool {
            r.contains { doc.tokens[$0].kind == .word && (TitleLexicon.roleHeads.contains(doc.folded[$0]) || TitleLexicon.nobleTitles.contains(doc.folded[$0]) || TitleLexicon.honorificTitles.contains(doc.folded[$0])) && !(($0 + 1) < doc.tokens.count && doc.tokens[$0 + 1].isPunct(".") && TitleLexicon.abbreviations[doc.folded[$0]] != nil) }
        }
        while index < range.upperBound {
            let token = doc.tokens[index]
            let folded = doc.folded[index]
            var boundary = false
            var skip = 0
            if token.kind == .word, index > segmentStart {
                let abbreviated = TitleLexicon.abbreviations[folded] != nil && index + 1 < range.upperBound && doc.tokens[index + 1].isPunct(".")
                let rankPrefix = (folded == "vice" || folded == "rear") && index + 2 < range.upperBound && TitleLexicon.abbreviations[doc.folded[index + 1]] != nil
                if (abbreviated || rankPrefix || TitleLexicon.honorificTitles.contains(folded)) && hasFullHead(segmentStart..<index) && !TitleLexicon.honorificTitles.contains(doc.folded[index - 1]) {
                    boundary = true
                }
                if folded == "and" || folded == "&" {
                    if hasHead(doc, segmentStart..<index) && hasHead(doc, (index + 1)..<range.upperBound) {
                        boundary = true
                        skip = 1
                    }
                }
            }
            if boundary {
                parts.append(segmentStart..<index)
                segmentStart = index + skip
                index += skip
            }
            index += 1
        }
        parts.append(segmentStart..<range.upperBound)
        return parts.compactMap { trimTitle(doc, $0) }.filter { hasHead(doc, $0) }
    }

    /// Title-only words that cannot end a name even after a head (`Minister`).
    static func isTitleOnly(_ folded: String) -> Bool {
        TitleLexicon.roleHeads.contains(folded) || lexicons.organizationWords.contains(folded)
    }

    static func hasHead(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.contains {
            TitleVocabulary.isHead(doc.folded[$0])
                || doc.folded[$0] == "fellow" && $0 + 1 < range.upperBound && titleConnectors.contains(doc.folded[$0 + 1])
        }
    }

    /// Walks left from `start` over title words, connectors inside a title (`Minister of
    /// Industry and Trade`, `Special Agent in Charge`, `ambassador to India`), the complement of
    /// such a connector (`Prime Minister of the Lao People's Democratic Republic`), lowercase role
    /// words and jurisdictions; stops at determiners, possessives and punctuation.
    /// `throughAnd: false` stops at `and` before a role (`Party Chief and President` are two people).
    static func extendTitleBackwards(_ doc: Document, from start: Int, sentence: Range<Int>, throughAnd: Bool = true) -> Int {
        var begin = start
        var index = start - 1
        func titleWordAt(_ i: Int) -> Bool {
            i >= sentence.lowerBound && doc.tokens[i].kind == .word && (TitleVocabulary.isTitleWord(doc.folded[i]) || TitleVocabulary.isLowercaseTitleWord(doc.folded[i]))
        }
        while index >= sentence.lowerBound {
            let token = doc.tokens[index]
            let folded = doc.folded[index]
            // `the Minister of National Defence and Kowalska's …`: `and` right before a name joins two phrases.
            if (folded == "and" || folded == "&") && begin == start && start < doc.tokens.count && !TitleVocabulary.isTitleWord(doc.folded[start]) { break }
            if token.isPunct("."), index > sentence.lowerBound, TitleLexicon.abbreviations[doc.folded[index - 1]] != nil, !doc.tokens[index].spaceBefore {
                index -= 1
                continue
            }
            if token.kind == .word && token.isCapitalized && TitleVocabulary.isTitleWord(folded) {
                begin = index
                index -= 1
                continue
            }
            if token.kind == .word && !token.isCapitalized && TitleVocabulary.isLowercaseTitleWord(folded)
                && (folded != "under" || doc.folded[index + 1] == "secretary") {
                begin = index
                index -= 1
                continue
            }
            if token.kind == .word && titleConnectors.contains(folded) && titleWordAt(index - 1) {
                begin = index
                index -= 1
                continue
            }
            if token.kind == .word && (folded == "and" || folded == "&") && titleWordAt(index - 1) && begin == index + 1
                && (TitleVocabulary.isHead(doc.folded[index - 1]) || TitleVocabulary.portfolioWords.contains(doc.folded[index - 1]) || TitleLexicon.portfolios[doc.folded[index - 1]] != nil)
                && (throughAnd || !TitleVocabulary.isHead(doc.folded[begin])) {
                begin = index
                index -= 1
                continue
            }
            if token.kind == .word && folded == "the" && index > sentence.lowerBound && titleConnectors.contains(doc.folded[index - 1]) {
                begin = index
                index -= 1
                continue
            }
            // The complement of a connector: capitalised words, possessives, `and`, a few
            // lowercase words (`flag officer in command`); `and` before a head starts another title.
            let andBeforeHead = folded == "and" && begin == index + 1 && (begin < start || !throughAnd) && TitleVocabulary.isHead(doc.folded[begin])
            if (token.kind == .word || token.kind == .possessive) && !andBeforeHead {
                var probe = index
                var count = 0
                var lowercase = 0
                while probe >= sentence.lowerBound, count < 7 {
                    let t = doc.tokens[probe]
                    let f = doc.folded[probe]
                    if t.kind == .word && (t.isCapitalized || f == "and") || t.kind == .possessive || t.kind == .number { probe -= 1; count += 1; continue }
                    if t.kind == .word, lowercase < 2,
                       TitleVocabulary.isTitleWord(f), !["under", "over", "between"].contains(f),
                       !TitleVocabulary.determiners.contains(f), !phraseStops.contains(f), !titleConnectors.contains(f), !CommonWords.speechVerbs.contains(f) {
                        lowercase += 1
                        probe -= 1
                        count += 1
                        continue
                    }
                    break
                }
                if probe >= sentence.lowerBound, doc.folded[probe] == "the" { probe -= 1 }
                if probe > sentence.lowerBound, titleConnectors.contains(doc.folded[probe]), titleWordAt(probe - 1) {
                    begin = probe
                    index = probe - 1
                    continue
                }
                // A capitalised modifier of a lowercase role: `Politburo member`, `Google engineer`.
                if token.kind == .word, token.isCapitalized, index + 1 == begin, index + 1 < doc.tokens.count,
                   !CommonWords.notNames.contains(token.text.lowercased()),
                   !doc.tokens[index + 1].isCapitalized, TitleVocabulary.isHead(doc.folded[index + 1]),
                   index > sentence.lowerBound, !doc.tokens[index - 1].isCapitalized {
                    begin = index
                    index -= 1
                    continue
                }
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
            // A possessor: `Kowalska's direct counterpart` → `direct counterpart`.
            if lower + 1 < upper, doc.tokens[lower].isCapitalized, doc.tokens[lower + 1].kind == .possessive, lower + 2 < upper {
                lower += 2
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
            // `Secretary-General Dr.`: a trailing honorific with its period.
            if doc.tokens[upper - 1].isPunct("."), upper - 1 > lower, TitleLexicon.honorifics.contains(doc.folded[upper - 2]) {
                upper -= 2
                continue
            }
            if TitleVocabulary.connectors.contains(folded) || (doc.tokens[upper - 1].kind == .punct && !doc.tokens[upper - 1].isPunct(".") && !doc.tokens[upper - 1].isPunct(")")) || TitleLexicon.honorifics.contains(folded) {
                upper -= 1
                continue
            }
            break
        }
        return lower < upper ? lower..<upper : nil
    }

    /// A title phrase starting at `start`: modifiers, a head, more title words, and a complement
    /// after a connector (`former deputy governor of the Banco de México`, `senior fellow at the
    /// Lowy Institute`, `vice chair of the Appropriations subcommittee on homeland security`).
    /// Returns the end of the phrase, or nil when it holds no head.
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
                let isHead = folded == "fellow" ? (cursor + 1 < limit && titleConnectors.contains(doc.folded[cursor + 1])) : TitleVocabulary.isHead(folded)
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
        while probe < limit, doc.tokens[probe].kind == .word, titleConnectors.contains(doc.folded[probe]) {
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

    /// Does a title phrase end here: punctuation, a line end, the sentence end, or a clause word?
    static func endsPhrase(_ doc: Document, _ index: Int, sentence: Range<Int>) -> Bool {
        guard index < sentence.upperBound else { return true }
        let token = doc.tokens[index]
        if token.kind == .punct || token.kind == .newline { return !token.isPunct("(") || true }
        return TitleLexicon.clauseWords.contains(doc.folded[index]) || phraseStops.contains(doc.folded[index])
    }

    /// `, the President of Vietnam`, `, General Secretary of the Vietnamese Communist Party (VCP)`,
    /// `, Kowalska's direct counterpart, the Minister of National Defence`, `, 68, a retired general`,
    /// `of Minnesota, a former senator`, `(D-N.M.)`: every appositive title, with where it ends.
    static func appositiveTitles(_ doc: Document, after end: Int, sentence: Range<Int>) -> [(title: Range<Int>, end: Int)] {
        var index = end
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
        while attempts < 3, index < sentence.upperBound, doc.tokens[index].isPunct(",") {
            attempts += 1
            var start = index + 1
            // Age: `, 68,`
            if start + 1 < sentence.upperBound, doc.tokens[start].kind == .number, doc.tokens[start + 1].isPunct(",") {
                index = start + 1
                continue
            }
            // Determiners and possessors: the, a, his, `Kowalska's`.
            if start < sentence.upperBound, TitleVocabulary.determiners.contains(doc.folded[start]) { start += 1 }
            var probe = start
            while probe < min(start + 3, sentence.upperBound), doc.tokens[probe].kind == .word,
                  !titleConnectors.contains(doc.folded[probe]), !phraseStops.contains(doc.folded[probe]), doc.folded[probe] != "and" { probe += 1 }
            if probe < sentence.upperBound, probe > start, doc.tokens[probe].kind == .possessive { start = probe + 1 }
            guard start < sentence.upperBound, let phraseEnd = titlePhrase(doc, from: start, limit: sentence.upperBound),
                  endsPhrase(doc, phraseEnd, sentence: sentence),
                  let trimmed = trimTitle(doc, start..<phraseEnd), hasHead(doc, trimmed) else { break }
            // A name after the head (`, Deputy Prime Minister Trần Quốc Bảo will`) is another person.
            if phraseEnd < sentence.upperBound, doc.tokens[phraseEnd].isCapitalized { break }
            for part in splitTitle(doc, trimmed) { found.append((part, phraseEnd)) }
            index = phraseEnd
        }
        return found
    }

    /// `as` titles after a name in the same clause: `X previously served as chief operating
    /// officer and … as vice president of engineering at …`, `appointed X as interim CEO`,
    /// `named X chief financial officer-elect`.
    static func asTitles(_ doc: Document, nameStart: Int, after end: Int, sentence: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        // `named X chief financial officer-elect;`
        if nameStart > sentence.lowerBound, ["named", "appointed", "elected", "nominated", "made"].contains(doc.folded[nameStart - 1]),
           end < sentence.upperBound, doc.tokens[end].kind == .word, !doc.tokens[end].isCapitalized,
           let phraseEnd = titlePhrase(doc, from: end, limit: sentence.upperBound), endsPhrase(doc, phraseEnd, sentence: sentence),
           let trimmed = trimTitle(doc, end..<phraseEnd), hasHead(doc, trimmed) {
            found.append(trimmed)
        }
        // Only for the subject of a clause (or the object of `appointed X as …`).
        let opener = nameStart > sentence.lowerBound ? nameStart - 1 : nil
        let clauseInitial = opener == nil || doc.tokens[opener!].kind == .punct && !doc.tokens[opener!].isPunct(",")
            || appointingWords.contains(doc.folded[opener!])
        guard clauseInitial else { return found }
        var index = end
        // `Jr.`: the period of an abbreviation ending the name.
        if index < sentence.upperBound, doc.tokens[index].isPunct("."), !doc.tokens[index].spaceBefore, index > 0,
           SentenceSplitter.abbreviations.contains(doc.folded[index - 1]) { index += 1 }
        var limit = min(sentence.upperBound, index + 18)
        while index < limit {
            let token = doc.tokens[index]
            let folded = doc.folded[index]
            if token.kind == .newline || token.isPunct(";") || token.isPunct(".") || token.isPunct(":") { break }
            if token.kind == .punct, ["\"", "\u{201C}", "\u{201D}"].contains(token.text) { break }
            if CommonWords.speechVerbs.contains(folded) || appointingWords.contains(folded) { break }
            // Another person's name starts another clause: `…, and Tom Price stepped aside as …`.
            if token.kind == .word, token.isCapitalized, !TitleVocabulary.isTitleWord(folded), index + 1 < sentence.upperBound,
               doc.tokens[index + 1].kind == .word, doc.tokens[index + 1].isCapitalized, !TitleVocabulary.isTitleWord(doc.folded[index + 1]) {
                break
            }
            if folded == "as", index + 1 < sentence.upperBound {
                var start = index + 1
                if TitleVocabulary.determiners.contains(doc.folded[start]) { start += 1 }
                if start < sentence.upperBound, let phraseEnd = titlePhrase(doc, from: start, limit: sentence.upperBound),
                   endsPhrase(doc, phraseEnd, sentence: sentence) || doc.folded[phraseEnd] == "and",
                   let trimmed = trimTitle(doc, start..<phraseEnd), hasHead(doc, trimmed) {
                    found.append(trimmed)
                    index = phraseEnd
                    limit = min(sentence.upperBound, index + 12)
                    continue
                }
            }
            index += 1
        }
        return found
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
