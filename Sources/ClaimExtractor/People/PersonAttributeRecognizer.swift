import ClaimModel

/// Ages, parties and home states (`PersonAttributeRecognizer+Home.swift`) written beside a person's name, as attributes of that person: one claim
/// per statement, slots `person`, `value`, `text`, evidence from the name to the attribute.
///
/// - age: `X, 41,` (or `.`, `;`, `)` after the number), `X, aged 41`, `41-year-old X`,
///   `X dies at 91` (`PersonAttributeRecognizer.ageAtDeath`)
///   (over the title before the name: `the 76-year-old Speaker X`);
/// - party: `Republican Sen. X`, `Ohio Democratic Gov. X`, `Republican X` (the party word
///   at most four words before the name, with only title words, regions and abbreviation
///   periods between), `X (R-Ohio)`, `X (D)`, `X, Republican of Ohio`, `X, a Democrat`.
///
/// Only mentions by name carry attributes: `the senator, 41,` is left to the number
/// recognizer.
struct PersonAttributeRecognizer: ClaimRecognizer {
    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        var claims: [Claim] = []
        for mention in context.people.mentions where mention.form != .role && !mention.name.isEmpty {
            guard let sentence = doc.sentence(containing: mention.name.lowerBound) else { continue }
            let attribution = context.attribution(for: sentence)
            func claim(_ kind: ClaimKind, _ value: String, _ range: Range<Int>, verb: String? = nil) {
                let whole = min(range.lowerBound, mention.name.lowerBound)..<max(range.upperBound, mention.name.upperBound)
                claims.append(Claim(
                    article: doc.article.id, kind: kind, attribution: attribution,
                    slots: Slots(person: mention.entity, verb: verb, value: value, text: doc.text(range)), evidence: doc.evidence(whole)))
            }
            if let (age, range) = Self.age(doc, mention, sentence) { claim(.age, String(age), range) }
            if let (party, range) = Self.party(doc, mention, sentence) { claim(.party, party, range) }
            if let home = Self.home(doc, mention, sentence) { claim(.home, home.state, home.range, verb: home.past ? "former" : nil) }
        }
        return claims
    }

    /// A whole number of years a person can be.
    static func years(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count <= 3, let value = Int(token.text), value > 0, value < 120 else { return nil }
        return value
    }

    static func age(_ doc: Document, _ mention: PersonMention, _ sentence: Range<Int>) -> (Int, Range<Int>)? {
        let tokens = doc.tokens
        // `X Jr., 41,`: the period of an abbreviation ending the name is passed over.
        let end = PersonRecognizer.pastAbbreviationPeriod(doc, mention.name.upperBound, sentence)
        // `X, 41,` — also `X, 41.` and `X (Kiki) Y, 16,`.
        if end + 2 <= sentence.upperBound, tokens[end].isPunct(",") {
            var index = end + 1
            if index < sentence.upperBound, ageWords.contains(doc.folded[index]) { index += 1 }
            if index < sentence.upperBound, let value = years(tokens[index]) {
                let next = index + 1
                let closes = next >= sentence.upperBound || [",", ".", ";", ")"].contains(tokens[next].text)
                // `… votes have shrunk since: X, 91; Y, 72.`: a list's entries give what its lead names.
                if closes, ListEntries.entry(doc, figure: index, sentence) == nil { return (value, (end + 1)..<(index + 1)) }
            }
        }
        // `41-year-old X`, `the 76-year-old Speaker X`.
        let start = min(mention.range.lowerBound, mention.name.lowerBound)
        if start >= sentence.lowerBound + 3, ageWords.contains(doc.folded[start - 1]), tokens[start - 2].isPunct("-"),
           let value = years(tokens[start - 3]) {
            return (value, (start - 3)..<start)
        }
        return ageAtDeath(doc, mention, sentence)
    }

    /// `X dies at 91`, `X, who swam for a living, died Tuesday at the age of 91`: a death verb
    /// after the name (no other name, capitalized word or possessive between, so `X's mother
    /// died at 91` gives X no age), then `at`, `at age` or `at the age of` and the years.
    static func ageAtDeath(_ doc: Document, _ mention: PersonMention, _ sentence: Range<Int>) -> (Int, Range<Int>)? {
        let tokens = doc.tokens
        var index = mention.name.upperBound
        while index < min(sentence.upperBound, mention.name.upperBound + 14), !deathVerbs.contains(doc.folded[index]) {
            if tokens[index].kind == .possessive || (tokens[index].kind == .word && tokens[index].isCapitalized) { return nil }
            index += 1
        }
        guard index < sentence.upperBound, deathVerbs.contains(doc.folded[index]) else { return nil }
        var at = index + 1
        // One word between the verb and `at`: `died Tuesday at 91`, `died peacefully at 91`.
        if at < sentence.upperBound, doc.folded[at] != "at", tokens[at].kind == .word { at += 1 }
        guard at < sentence.upperBound, doc.folded[at] == "at" else { return nil }
        var number = at + 1
        for words in [["the", "age", "of"], ["age"]] where (0..<words.count).allSatisfy({ number + $0 < sentence.upperBound && doc.folded[number + $0] == words[$0] }) {
            number += words.count
            break
        }
        guard number < sentence.upperBound, let value = years(tokens[number]) else { return nil }
        let next = number + 1
        guard next >= sentence.upperBound || tokens[next].kind == .punct || ["in", "on", "after", "of", "from"].contains(doc.folded[next]) else { return nil }
        return (value, at..<next)
    }

    static func party(_ doc: Document, _ mention: PersonMention, _ sentence: Range<Int>) -> (String, Range<Int>)? {
        let end = mention.name.upperBound
        let tokens = doc.tokens
        // `X (R-Ohio)`, `X (D)`.
        if end + 2 < sentence.upperBound, tokens[end].isPunct("("), tokens[end + 1].kind == .word {
            let word = tokens[end + 1].text
            let letter = word.split(separator: "-", maxSplits: 1).first.map(String.init) ?? word
            if letter.count == 1, letter == letter.uppercased(), let party = partyLetters[letter.lowercased()],
               word.count == 1 ? tokens[end + 2].isPunct(")") : true {
                return (party, end..<(end + 2))
            }
        }
        // `X, Republican of Ohio`, `X, a Democrat`.
        if end + 2 < sentence.upperBound, tokens[end].isPunct(",") {
            var index = end + 1
            if doc.folded[index] == "a" || doc.folded[index] == "an" { index += 1 }
            if index < sentence.upperBound, tokens[index].isCapitalized, let party = parties[doc.folded[index]] {
                let next = index + 1
                let closes = next >= sentence.upperBound || tokens[next].kind == .punct || ["of", "from", "who"].contains(doc.folded[next])
                if closes { return (party, (end + 1)..<(index + 1)) }
            }
        }
        // `Republican Sen. X`, `Ohio Republican Gov. X`: a party word before the title and name.
        var index = mention.name.lowerBound - 1
        var steps = 0
        while index >= sentence.lowerBound, steps < 5 {
            let token = tokens[index]
            if token.kind == .word, token.isCapitalized, let party = parties[doc.folded[index]] {
                // Not a party's organisation (`Democratic Caucus chairman X`): the word after it is
                // the name or a title word.
                let next = index + 1
                guard next == mention.name.lowerBound || TitleVocabulary.isTitleWord(doc.folded[next]) else { return nil }
                return (party, index..<(index + 1))
            }
            guard token.kind == .word || token.isPunct(".") else { break }
            guard index >= min(mention.range.lowerBound, mention.name.lowerBound) || token.isPunct(".") else { break }
            index -= 1
            steps += 1
        }
        return nil
    }
}
