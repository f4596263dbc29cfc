import ClaimModel

/// Finds the places in a set where one edit can be made, by general patterns (number shapes,
/// weekday and month names, office and party words before names, place names, given names,
/// quotation marks), and keeps the edit sites whose fact another article states too.
///
/// The finders read the text, never the extractor's claims: the benchmark measures extraction
/// and comparison together, so a fact the extractor misses is still edited (and missed).
struct SiteFinder: Sendable {
    var seed: UInt64
    var setName: String
    var texts: [ArticleText]
    /// People named in the set by given name and surname (`Mary Smith`), sorted.
    var people: [String]

    /// Place names (folded) mentioned anywhere in the set: a place edit writes another one.
    var placesInSet: Set<String>

    init(seed: UInt64, setName: String, articles: [Article]) {
        self.seed = seed
        self.setName = setName
        self.texts = articles.enumerated().map { ArticleText(index: $0.offset, article: $0.element) }
        self.people = []
        self.placesInSet = []
        // Each person once, in the first article's spelling, sorted by folded name.
        var written: [String: String] = [:]
        for text in texts {
            for (index, word) in text.words.enumerated() where isGivenName(word) {
                guard let last = surname(after: index, in: text) else { continue }
                let key = word.folded + " " + text.words[last].folded
                if written[key] == nil { written[key] = word.text + " " + text.words[last].text }
            }
        }
        people = written.keys.sorted().map { written[$0]! }
        var places = Set<String>()
        for text in texts {
            for match in placeMatches(text) { places.insert(Folding.fold(match.name)) }
        }
        placesInSet = places
    }

    /// A generator for the choices at one site: the same site always gets the same edit.
    func random(_ kind: EditKind, _ text: ArticleText, _ start: Int) -> SeededRandom {
        SeededRandom(seed: seed, setName, kind.rawValue, text.article.id, String(start))
    }

    /// Every site of `kind` in the set, in article then text order, whose fact another
    /// article states (sites without a fact key: every one).
    func sites(_ kind: EditKind) -> [EditSite] {
        var all: [EditSite] = []
        for text in texts { all.append(contentsOf: rawSites(kind, text)) }
        return all.filter { site in
            guard let fact = site.fact else { return true }
            return all.contains { other in
                other.article != site.article && other.fact == fact
                    && (site.context.isEmpty || !site.context.isDisjoint(with: other.context))
            } || statedElsewhere(site, fact: fact)
        }
    }

    /// Sites of one kind in one article, before the two-article filter.
    func rawSites(_ kind: EditKind, _ text: ArticleText) -> [EditSite] {
        switch kind {
        case .number: return numberSites(text)
        case .year: return yearSites(text)
        case .weekday: return weekdaySites(text)
        case .month: return monthSites(text)
        case .age: return ageSites(text)
        case .office: return officeSites(text, control: false)
        case .party: return partySites(text)
        case .place: return placeSites(text)
        case .firstName: return firstNameSites(text)
        case .quoteNegation, .quoteAntonym, .quoteSpeaker, .quoteCut: return quoteSites(kind, text)
        case .approximationDropped, .approximationMagnitude: return approximationSites(kind, text)
        case .digitsWords: return digitsWordsSites(text)
        case .titleAbbreviation: return officeSites(text, control: true)
        case .usAbbreviation: return usSites(text)
        case .diacritics: return diacriticsSites(text)
        case .paragraphOrder: return paragraphSites(text)
        case .speechVerb: return speechVerbSites(text)
        }
    }

    /// Facts another article may state in another shape: a quotation (matched word by
    /// word) and a figure after `at least` (the same figure anywhere).
    func statedElsewhere(_ site: EditSite, fact: String) -> Bool {
        if fact.hasPrefix("quote|") {
            let words = fact.dropFirst(6).split(separator: " ").map(String.init)
            return texts.contains { text in
                text.index != site.article && quotations(text).contains { QuoteMatch.same(words, $0.words.map(\.folded)) }
            }
        }
        if fact.hasPrefix("approx|") {
            let figure = "number|" + fact.dropFirst(7)
            return texts.contains { text in
                text.index != site.article && numberSites(text).contains { $0.fact == figure && !$0.context.isDisjoint(with: site.context) }
            }
        }
        return false
    }
}

/// Quotations matched word by word across articles: most of the shorter one's words appear
/// in the longer one, in order.
enum QuoteMatch {
    static func same(_ a: [String], _ b: [String]) -> Bool {
        let shorter = min(a.count, b.count)
        guard shorter >= 4 else { return false }
        let common = WordSequence.longestCommonSubsequence(a, b)
        return common >= 4 && common * 3 >= shorter * 2
    }
}
