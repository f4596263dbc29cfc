import ClaimModel

/// Datelines compared (`WASHINGTON —` in one article, `BOISE —` in another): where each
/// article says it was filed.
///
/// Two outlets may file one story from two bureaus, so different datelines alone are no
/// discrepancy: a dateline is a bureau's or a place the story is about, which the articles
/// then name in their text, or a bureau's city (`bureau-cities.txt`: capitals and news
/// centres, `WASHINGTON —` on a summit in Geneva). A dateline that is neither, named nowhere
/// else in the set (no other dateline, no article's text), set against another article's
/// different dateline is a conflict; datelines the set names elsewhere (`PHOENIX` and
/// `WASHINGTON` where the text says the governor flew from one to the other) are left alone. Places known
/// to lie one in the other (`Brooklyn` and `New York`) are the same dateline at two precisions;
/// places whose relation the gazetteer does not know (a city and a state) are different.
extension PlaceRule {
    func datelineFindings(in context: ComparisonContext) -> [Finding] {
        var datelines: [String: Claim] = [:]
        for claim in context.claims(.place) where PlaceLevels.isDateline(claim) && claim.slots.place != nil {
            if datelines[claim.article] == nil { datelines[claim.article] = claim }
        }
        guard datelines.count > 1 else { return [] }
        let ids = datelines.keys.sorted()
        let bodies = context.articles.sorted { $0.id < $1.id }.map(\.body)
        // Decided once per name (datelines repeat a few names), and the texts are read (and
        // folded, each once) only until a second occurrence is found.
        var folded = [[String]?](repeating: nil, count: bodies.count)
        func text(_ index: Int) -> [String] {
            if let words = folded[index] { return words }
            let words = Folding.words(bodies[index])
            folded[index] = words
            return words
        }
        var known: [[String]: Bool] = [:]
        func named(_ claim: Claim) -> Bool {
            let name = Folding.words(claim.slots.place ?? "")
            guard !name.isEmpty else { return true }
            if let answer = known[name] { return answer }
            // Its own dateline is one occurrence; any other (another article's dateline too) names it.
            var occurrences = 0
            for index in bodies.indices where occurrences <= 1 { occurrences += PlaceRule.count(name, in: text(index)) }
            known[name] = occurrences > 1
            return occurrences > 1
        }
        var isNamed: [String: Bool] = [:]
        for article in ids { isNamed[article] = named(datelines[article]!) }
        var pair: (doubtful: String, other: String)? = nil
        // The doubtful dateline: named nowhere else, and no bureau's city.
        search: for a in ids where isNamed[a] == false && !PlaceRule.bureauCities.contains(Folding.fold(datelines[a]!.slots.place ?? "")) {
            let x = datelines[a]!
            for b in ids where b != a {
                guard PlaceRule.differentDatelines(x, datelines[b]!) else { continue }
                pair = (a, b)
                break search
            }
        }
        guard let (a, b) = pair else { return [] }
        let values = datelines.mapValues { [PlaceRule.shown($0)] }
        let evidence = datelines.mapValues { [$0.evidence] }
        func describe(_ article: String) -> String { "“\(datelines[article]!.evidence.text)” (\(context.outlet(article)))" }
        return [Finding(
            kind: .place, status: .conflict, severity: context.configuration.severity(.place, .conflict, default: .warning),
            subject: "dateline", subjectKey: "place:dateline", entity: nil,
            summary: "Sources give different datelines",
            reason: "\(describe(a)) names a place no article mentions elsewhere and no bureau's city; \(describe(b)) names another place",
            values: values, evidence: evidence, identity: ids)]
    }

    /// Two datelines name different places: different names, neither known to lie in the other.
    static func differentDatelines(_ x: Claim, _ y: Claim) -> Bool {
        let (a, b) = (Folding.fold(x.slots.place ?? ""), Folding.fold(y.slots.place ?? ""))
        guard a != b else { return false }
        let (la, lb) = (levels(x), levels(y))
        if la.firstDifference(lb) != nil { return true }
        let inside = PlaceLevels.Level.allCases.contains { level in
            la[level].map(Folding.fold) == b || lb[level].map(Folding.fold) == a
        }
        return !inside
    }

    /// How often the word sequence `name` occurs in `words`.
    static func count(_ name: [String], in words: [String]) -> Int {
        guard !name.isEmpty, words.count >= name.count else { return 0 }
        var count = 0
        for start in 0...(words.count - name.count) where words[start] == name[0] && Array(words[start..<(start + name.count)]) == name { count += 1 }
        return count
    }
}
