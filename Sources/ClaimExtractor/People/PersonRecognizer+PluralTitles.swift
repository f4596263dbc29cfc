import ClaimModel

/// Plural titles before a list of names: `Sens. Ana Ruiz and Tom Vale`, `Representatives X, Y
/// and Z`. A plural is never a name word, so without this each listed person went untitled;
/// the list shares one title, and each person holds it in the singular (`Sen.`, `Senator`).
extension PersonRecognizer {
    /// A plural title whose list is still open, with where its last listed name ended.
    struct OpenPluralTitle {
        var title: Range<Int>
        var sentence: Range<Int>
        var lastEnd: Int
        /// `and` has been seen: the next name closes the list.
        var closing = false
    }

    /// The plural title right before `start` (`Sens.` with its period, `Senators`), if any.
    static func pluralTitle(_ doc: Document, before start: Int, sentence: Range<Int>) -> Range<Int>? {
        var probe = start - 1
        guard probe >= sentence.lowerBound else { return nil }
        let end = start
        let period = doc.tokens[probe].isPunct(".") && !doc.tokens[probe].spaceBefore
        if period { probe -= 1 }
        // `producers X and Y` in lowercase, as news writes a plural of a common role.
        guard probe >= sentence.lowerBound, doc.tokens[probe].kind == .word,
              let singular = TitleLexicon.pluralTitles[doc.folded[probe]] else { return nil }
        // `Sens.` needs its period; `Senators` takes none.
        guard singular.hasSuffix(".") == period else { return nil }
        return probe..<end
    }

    /// Whether the tokens between one listed name and the next keep the list going: commas,
    /// `and`, a parenthetical party tag, `of Ohio`, a comma-set state. Sets `closing` on `and`.
    /// Whether `start` lies inside a parenthesis opened since the last listed name (`(D-Ore.)`):
    /// a capitalised word there is no next name and leaves the list open.
    static func insideParenthesis(_ doc: Document, _ open: OpenPluralTitle, _ start: Int) -> Bool {
        guard start > open.lastEnd, open.sentence.contains(start) else { return false }
        var depth = 0
        for index in open.lastEnd..<start {
            if doc.tokens[index].isPunct("(") { depth += 1 } else if doc.tokens[index].isPunct(")") { depth -= 1 }
        }
        return depth > 0
    }

    static func continuesList(_ doc: Document, _ open: inout OpenPluralTitle, upTo start: Int) -> Bool {
        guard !open.closing, start > open.lastEnd, start - open.lastEnd <= 12, open.sentence.contains(start) else { return false }
        var sawSeparator = false
        var depth = 0
        for index in open.lastEnd..<start {
            let token = doc.tokens[index]
            if token.isPunct("(") { depth += 1; continue }
            if token.isPunct(")") { depth -= 1; continue }
            if depth > 0 { continue }
            if token.isPunct(",") { sawSeparator = true; continue }
            if token.isPunct(".") || token.isPunct("-") { continue }
            if token.kind == .word, doc.folded[index] == "and" { sawSeparator = true; open.closing = true; continue }
            // `of Oregon`, a comma-set state: capitalised words and `of` only.
            if token.kind == .word, token.isCapitalized || doc.folded[index] == "of" { continue }
            return false
        }
        return sawSeparator && depth == 0
    }

    /// Whether the mention has no title before its name (appositives after it do not count:
    /// `Senators X of Ohio, the chairwoman of …, and Y`).
    static func lacksTitleBefore(_ mention: RawMention) -> Bool {
        mention.titles.allSatisfy { $0.lowerBound >= mention.name.upperBound }
    }

    /// The mention with the shared plural title first, when it has no title before its name.
    static func withPluralTitle(_ doc: Document, _ mention: RawMention, _ title: Range<Int>) -> RawMention {
        guard lacksTitleBefore(mention) else { return mention }
        var titled = mention
        titled.title = title
        titled.titles = [title] + mention.titles
        titled.titleText = TitleVocabulary.singular(doc.text(title))
        titled.evidence = "title"
        return titled
    }
}

extension TitleVocabulary {
    /// A plural title in the singular (`Sens.` → `Sen.`, `Senators` → `Senator`); any other
    /// title unchanged.
    static func singular(_ title: String) -> String {
        var words = title.split(separator: " ").map(String.init)
        guard let last = words.last else { return title }
        let key = Folding.fold(last.hasSuffix(".") ? String(last.dropLast()) : last)
        guard let singular = TitleLexicon.pluralTitles[key] else { return title }
        words[words.count - 1] = last.first?.isLowercase == true ? singular.lowercased() : singular
        return words.joined(separator: " ")
    }
}
