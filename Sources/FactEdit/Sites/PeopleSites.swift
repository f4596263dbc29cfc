import ClaimModel

/// Sites about people: an office before a name, a party beside one, a given name.
extension SiteFinder {
    /// Capitalized words that never start or end a person's name.
    static let notNames: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "our", "but", "and", "or",
        "in", "on", "at", "for", "of", "to", "this", "that", "these", "those", "mr", "mrs", "ms", "dr", "as", "if",
        "when", "while", "after", "before", "house", "senate", "white", "congress", "republican", "republicans",
        "democrat", "democrats", "democratic", "gop", "state", "department", "court", "committee", "party",
    ]

    func isGivenName(_ word: Word) -> Bool { word.isCapitalized && FirstNames.folded.contains(word.folded) && !word.period }

    /// Whether a word can be part of a name: capitalized, not a function word, month, weekday
    /// or office word.
    func isNameWord(_ word: Word) -> Bool {
        word.isCapitalized && !SiteFinder.notNames.contains(word.folded) && CalendarWords.monthIndex[word.folded] == nil
            && CalendarWords.weekdayIndex[word.folded] == nil && !word.isDigits
    }

    /// The surname after a given name at `index`: the next name word (over a middle initial
    /// `F.`), separated by spaces only. Nil when none follows.
    func surname(after index: Int, in text: ArticleText) -> Int? {
        let words = text.words
        var next = index + 1
        guard next < words.count, text.onlySpaces(words[index].end, words[next].start) else { return nil }
        if words[next].text.count == 1, words[next].period, next + 1 < words.count,
           text.onlySpaces(words[next].end + 1, words[next + 1].start) {
            next += 1
        }
        guard isNameWord(words[next]), words[next].text.count > 1, !FirstNames.folded.contains(words[next].folded) || next > index + 1 else { return nil }
        // A two-word surname ends at the last name word.
        var last = next
        while last + 1 < words.count, !words[last].period, text.onlySpaces(words[last].end, words[last + 1].start),
              isNameWord(words[last + 1]), words[last + 1].text.count > 1 {
            last += 1
        }
        return last
    }

    /// The last word of the name starting at `index` (honorifics skipped), or nil.
    func nameEnd(from index: Int, in text: ArticleText) -> Int? {
        let words = text.words
        guard index < words.count, isNameWord(words[index]) else { return nil }
        var last = index
        while last + 1 < words.count, text.onlySpaces(words[last].end + (words[last].period ? 1 : 0), words[last + 1].start),
              isNameWord(words[last + 1]) {
            last += 1
        }
        return last
    }

    /// The office words at `index`, longest first, and the index after them.
    func office(at index: Int, in text: ArticleText) -> (OfficeWords.Office, Int)? {
        let words = text.words
        for office in OfficeWords.offices {
            let end = index + office.words.count
            guard end <= words.count else { continue }
            let slice = words[index..<end]
            guard zip(office.words, slice).allSatisfy({ $0 == $1.folded }) else { continue }
            if office.abbreviated != (slice.last!.period) { continue }
            // Capitalized, or written all in lower case (`former senator X`); abbreviations capitalized.
            let capitalized = slice.first!.isCapitalized
            if !capitalized && (office.abbreviated || slice.contains { $0.isCapitalized }) { continue }
            return (office, end)
        }
        return nil
    }

    /// `Senator X` → `Representative X` (edit) or `Sen. X` (control, `abbreviation`).
    func officeSites(_ text: ArticleText, control: Bool) -> [EditSite] {
        let words = text.words
        var sites: [EditSite] = []
        var index = 0
        while index < words.count {
            guard let (office, after) = office(at: index, in: text) else { index += 1; continue }
            defer { index = after }
            let officeEnd = words[after - 1].end + (office.abbreviated ? 1 : 0)
            // Over an honorific-free name right after the office.
            guard after < words.count, text.onlySpaces(officeEnd, words[after].start), let last = nameEnd(from: after, in: text) else { continue }
            let original = text.text(words[index].start, officeEnd)
            let lower = !words[index].isCapitalized
            let written: String
            if control {
                guard let abbreviation = office.abbreviation else { continue }
                written = abbreviation
            } else {
                written = lower ? office.swap.lowercased() : office.swap
            }
            sites.append(EditSite(kind: control ? .titleAbbreviation : .office, article: text.index, start: words[index].start, end: officeEnd,
                                  original: original, replacement: written, fact: "office|\(office.canonical)|\(words[last].folded)"))
        }
        return sites
    }

    /// `Republican Sen. X` → `Democratic Sen. X`; `X, a Republican` → `X, a Democrat`;
    /// `(R-Ohio)` → `(D-Ohio)`. The fact is the party and the nearest name's last word.
    func partySites(_ text: ArticleText) -> [EditSite] {
        let words = text.words
        var sites: [EditSite] = []
        for (index, word) in words.enumerated() {
            var party: String
            var replacement: String
            if word.text == "R" || word.text == "D", text.scalar(word.start - 1) == "(", text.scalar(word.end) == "-" {
                party = word.text
                replacement = word.text == "R" ? "D" : "R"
            } else if let swap = PartyWords.swaps[word.folded], word.isCapitalized {
                party = swap.party
                let adjective = index + 1 < words.count && words[index + 1].isCapitalized && text.onlySpaces(word.end, words[index + 1].start)
                replacement = adjective ? swap.replacement : (PartyWords.nounReplacement[word.folded] ?? swap.replacement)
            } else {
                continue
            }
            guard let name = nearestName(to: index, in: text) else { continue }
            sites.append(EditSite(kind: .party, article: text.index, start: word.start, end: word.end, original: word.text,
                                  replacement: replacement, fact: "party|\(party)|\(words[name].folded)"))
        }
        return sites
    }

    /// The last word of the name nearest a party word in its sentence: after it (over office
    /// words: `Republican Sen. Jane Roe`), or before it (`John Doe, Republican of`).
    func nearestName(to index: Int, in text: ArticleText) -> Int? {
        let words = text.words
        var next = index + 1
        while next < words.count, next <= index + 4, let (_, after) = office(at: next, in: text) { next = after }
        if next < words.count, next <= index + 4, !words[next].startsSentence, let last = nameEnd(from: next, in: text) { return last }
        var previous = index - 1
        var steps = 0
        while previous >= 0, steps < 4, !words[previous + 1].startsSentence {
            if isNameWord(words[previous]) && !words[previous].startsSentence { return previous }
            if isNameWord(words[previous]), previous > 0, isNameWord(words[previous - 1]) { return previous }
            previous -= 1
            steps += 1
        }
        return nil
    }

    /// `Margaret X` → `Mary X`: another given name, one no person in the set has.
    func firstNameSites(_ text: ArticleText) -> [EditSite] {
        let used = Set(people.compactMap { $0.split(separator: " ").first.map { Folding.fold(String($0)) } })
        let choices = FirstNames.list.filter { !used.contains($0.lowercased()) }
        return text.words.enumerated().compactMap { index, word in
            guard isGivenName(word), let last = surname(after: index, in: text) else { return nil }
            var random = random(.firstName, text, word.start)
            guard let other = random.pick(choices) else { return nil }
            return EditSite(kind: .firstName, article: text.index, start: word.start, end: word.end, original: word.text,
                            replacement: other, fact: "first-name|\(word.folded) \(text.words[last].folded)")
        }
    }
}
