import ClaimModel

/// Where a title before or beside a name starts and ends: walking left over title words,
/// trimming, splitting two titles, the title inside a complement.
extension PersonRecognizer {
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
                    if hasPersonHead(doc, segmentStart..<index) && hasHead(doc, (index + 1)..<range.upperBound) {
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
        return parts.compactMap { trimTitle(doc, $0) }.filter { hasPersonHead(doc, $0) }
    }

    /// Title-only words that cannot end a name even after a head (`Minister`).
    static func isTitleOnly(_ folded: String) -> Bool {
        TitleLexicon.roleHeads.contains(folded) || lexicons.organizationWords.contains(folded)
    }

    /// A noun that describes a person without naming an office or rank (`winner`, `star`) or
    /// names them by a relation (`friend`, `mother`): it heads an appositive title (`X, a
    /// longtime friend,`) and a title right before a name (`film star X`), not a title inside a
    /// capitalised run.
    static func isDescriptionHead(_ folded: String) -> Bool {
        TitleLexicon.descriptionHeads.contains(folded) || TitleLexicon.relationalHeads.contains(folded)
    }

    /// A head of a title or of a description (`a double-digit Emmy winner`).
    static func hasPersonHead(_ doc: Document, _ range: Range<Int>) -> Bool {
        hasHead(doc, range) || range.contains { doc.tokens[$0].kind == .word && isDescriptionHead(doc.folded[$0]) && !isPluralHead(doc.folded[$0]) }
    }

    /// `film star X`, `Television icon X`: a lowercase description head right before a name,
    /// with a capitalised modifier before it (no given name, no word of another run), is that
    /// name's title. Adjectival descriptions (`conservative X`) are not; relation nouns (`his
    /// friend X`) are left to the appositive and possessive rules.
    static func descriptionBefore(_ doc: Document, name: Int, sentence: Range<Int>) -> Range<Int>? {
        let head = name - 1
        guard head >= sentence.lowerBound, doc.tokens[head].kind == .word, !doc.tokens[head].isCapitalized,
              doc.tokens[name].spaceBefore else { return nil }
        let folded = doc.folded[head]
        guard TitleLexicon.descriptionHeads.contains(folded), !TitleLexicon.adjectivalDescriptions.contains(folded) else { return nil }
        var start = head
        if head > sentence.lowerBound, doc.tokens[head - 1].kind == .word, doc.tokens[head - 1].isCapitalized,
           !CommonWords.notNames.contains(doc.tokens[head - 1].text.lowercased()), !lexicons.givenNames.contains(doc.folded[head - 1]),
           head - 1 == sentence.lowerBound || !isRunToken(doc, head - 2) {
            start = head - 1
        }
        return start..<name
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
}
