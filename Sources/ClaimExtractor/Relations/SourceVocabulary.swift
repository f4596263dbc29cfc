import ClaimModel

/// Words that name who a report comes from, folded.
enum SourceVocabulary {
    /// Verbs that introduce a quotation after or before its speaker.
    static let speechVerbs: Set<String> = reportingVerbs.union([
        "told", "stated", "emphasized", "emphasised", "stressed", "explained", "warned", "declared", "gushed",
        "insisted", "described", "wrote", "tweeted", "posted", "replied", "responded", "remarked", "argued",
        "say", "saying", "adding", "called", "urged", "vowed", "asked", "recalled", "joked", "quipped",
        "conceded", "admitted", "predicted", "cautioned", "countered", "observed", "concluded", "continued",
    ])
}

/// Noun phrases scanned over tokens.
enum PhraseScanner {
    /// The subject phrase that ends right before token `verb`: adverbs (`also`) and one
    /// comma-bounded aside (`, speaking on condition of anonymity,`) are skipped; the phrase
    /// stops at punctuation, a pronoun or a clause word. Nil when there is none.
    static func subject(_ doc: Document, before verb: Int, sentence: Range<Int>) -> Range<Int>? {
        var end = verb
        while end - 1 >= sentence.lowerBound, doc.tokens[end - 1].kind == .word, SourceVocabulary.adverbs.contains(doc.folded[end - 1]) { end -= 1 }
        if end - 1 >= sentence.lowerBound, doc.tokens[end - 1].isPunct(",") {
            // An aside between commas.
            var index = end - 2
            var steps = 0
            while index >= sentence.lowerBound, steps < 12, !doc.tokens[index].isPunct(",") { index -= 1; steps += 1 }
            guard index >= sentence.lowerBound, doc.tokens[index].isPunct(",") else { return nil }
            end = index
        }
        var start = end
        while start - 1 >= sentence.lowerBound {
            let token = doc.tokens[start - 1]
            if token.kind == .punct && !(token.text == "-" || token.text == "\u{2019}" || token.text == "'" || token.text == "&") { break }
            if token.kind == .word, TitleLexicon.clauseWords.contains(doc.folded[start - 1]) || SourceVocabulary.pronouns.contains(doc.folded[start - 1]) || Hedging.clauseOpeners.contains(doc.folded[start - 1]) || ["that", "on", "night", "yesterday", "today", "time"].contains(doc.folded[start - 1]) { break }
            start -= 1
            if end - start > 9 { return nil }
        }
        return start < end ? start..<end : nil
    }

    /// The noun phrase that starts at `start`: stops at punctuation, a clause word or
    /// a trailing preposition that starts something else (`as`, `citing`, `that`).
    static func object(_ doc: Document, from start: Int, sentence: Range<Int>, limit: Int = 10) -> Range<Int>? {
        var end = start
        while end < sentence.upperBound, end - start < limit {
            let token = doc.tokens[end]
            if token.kind == .punct && !(token.text == "-" || token.text == "&" || token.text == "'" || token.text == "\u{2019}") { break }
            // `police--the women …`, `police - the`: a dash between words, not a hyphen.
            if token.kind == .punct, token.text == "-", token.spaceBefore || (end + 1 < sentence.upperBound && (doc.tokens[end + 1].isPunct("-") || doc.tokens[end + 1].spaceBefore)) { break }
            if token.kind == .word, ["as", "citing", "that", "which", "who", "said", "says", "and", "but", "on", "while", "when", "after", "before", "since", "earlier", "last", "this", "to"].contains(doc.folded[token.kind == .word ? end : end]) && end > start { break }
            end += 1
        }
        // Drop a trailing `in` phrase only when it holds a date; keep `a Western diplomat in Muscat`.
        return start < end ? start..<end : nil
    }

    /// Whether a phrase names a source (institution, outlet, unnamed official), not a person.
    static func isSource(_ doc: Document, _ range: Range<Int>, people: PeopleIndex, sentence: Range<Int>) -> Bool {
        let words = range.filter { doc.tokens[$0].kind == .word }
        guard let last = words.last else { return false }
        if words.count == 1, SourceVocabulary.pronouns.contains(doc.folded[words[0]]) { return false }
        // The first source head decides (`sources close to the Taoiseach`), unless a person
        // is named before it.
        // A title that is not a source word (`Press Secretary Jay Carney`) makes it a person.
        if words.contains(where: { TitleLexicon.roleHeads.contains(doc.folded[$0]) && !SourceVocabulary.heads.contains(doc.folded[$0]) }) { return false }
        if words.contains(where: { doc.folded[$0].hasSuffix("n't") || doc.folded[$0].hasSuffix("n\u{2019}t") || doc.folded[$0] == "not" }) { return false }
        for index in words {
            if people.mention(at: index) != nil { return false }
            if SourceVocabulary.heads.contains(doc.folded[index]) { return true }
            if doc.folded[index] == "to" || doc.folded[index] == "of" || doc.folded[index] == "in" { break }
        }
        let head = doc.folded[last]
        if range.contains(where: { people.mention(at: $0) != nil }) { return false }
        // A titled name the people layer missed (`Fire Chief Joana Prates`) is a person;
        // a question (`What do the authorities say?`) cites no one.
        if words.contains(where: { TitleLexicon.roleHeads.contains(doc.folded[$0]) }) { return false }
        if ["what", "who", "how", "why", "where", "when", "do", "does", "did"].contains(doc.folded[words[0]]) { return false }
        // A word of a person's name on its own (`Liang said`) is that person, not a source.
        let nameWords = Set(people.entities.flatMap { Folding.words($0.name) })
        if words.allSatisfy({ nameWords.contains(doc.folded[$0]) }) { return false }
        if SourceVocabulary.pronouns.contains(head) { return false }
        if TitleLexicon.roleHeads.contains(head) { return false }
        // A proper name: every word capitalized (the first word of a sentence too, when it
        // is not a common word), not a demonym or a person.
        let proper = words.allSatisfy { doc.tokens[$0].isCapitalized || ["of", "and", "the", "de", "for"].contains(doc.folded[$0]) }
        guard proper, doc.tokens[words[0]].isCapitalized else { return false }
        if words.count == 1 {
            if Lexicons.shared.demonyms[head] != nil { return false }
            if words[0] == sentence.lowerBound && Lexicons.shared.notNames.contains(head) { return false }
        }
        return true
    }

    /// The one person whose name holds every capitalized word of `range` (`Mac Giolla
    /// Phádraig` for `Siobhán Mac Giolla Phádraig`), when the people index has no mention there.
    static func person(named range: Range<Int>, _ doc: Document, _ people: PeopleIndex) -> String? {
        let words = range.filter { doc.tokens[$0].isCapitalized }.map { doc.folded[$0] }
        guard !words.isEmpty, words.count == range.filter({ doc.tokens[$0].kind == .word }).count else { return nil }
        let matches = people.entities.filter { entity in
            let name = Set(Folding.words(entity.name))
            return words.allSatisfy { Folding.words($0).allSatisfy(name.contains) }
        }
        return matches.count == 1 ? matches[0].id : nil
    }

    /// The source text as the gold convention writes it: a container (`a report by`) dropped.
    static func sourceText(_ doc: Document, _ range: Range<Int>) -> String {
        var start = range.lowerBound
        let words = Array(range)
        for (offset, index) in words.enumerated() where offset + 1 < words.count && SourceVocabulary.containers.contains(doc.folded[index]) {
            let next = doc.folded[words[offset + 1]]
            if ["by", "from", "in", "of"].contains(next), offset + 2 < words.count {
                start = words[offset + 2]
            }
            break
        }
        return doc.text(start..<range.upperBound)
    }
}
