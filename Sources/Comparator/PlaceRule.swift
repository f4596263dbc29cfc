import ClaimModel

/// `place` findings: where articles say one event happened.
///
/// Place claims are aligned across articles by what their sentences say (`FactAlignment`, as
/// dates and figures are), so a place is compared only with the place another article gives
/// the same fact, never a hedged place (`will meet in X`) with a stated one. The event each
/// claim names is not required to match: it is read from the nearest event word when the
/// grammar gives none, and `the deal in X` and `the project in X` state one fact. Then:
/// - conflict: the places differ at a level both are known at (`PlaceLevels`: two countries, two
///   states, two cities; a city whose country is not the other article's country), and neither
///   is placed only `near` something;
/// - nothing otherwise. The same place, or one lying inside the other (`Philadelphia` and
///   `Northeast Philadelphia`, `Hanoi` and `Vietnam`, `Brooklyn` and `New York`), is agreement
///   at another precision: news names a place as precisely as its readers need, so it adds
///   nothing to report. Places whose relation is unknown (two venues, a region) are not
///   evidence of a disagreement either.
/// An article that itself gives rival places for the aligned fact names several occasions: no
/// conflict is called on it.
struct PlaceRule: FindingRule {
    /// Similarity two sentences need to state the same placed fact.
    /// Lower than for dates and figures: a place conflict also needs two places that cannot
    /// both hold, which unrelated sentences rarely give.
    static let alignmentThreshold = 0.3

    func findings(in context: ComparisonContext) -> [Finding] {
        let alignment = FactAlignment(context)
        let items = context.claims(.place).filter { $0.slots.place != nil && PlaceLevels.isEventPlace($0) }.compactMap { alignment.item($0) }
        let groups = alignment.groups(items, threshold: PlaceRule.alignmentThreshold, partition: { "\($0.claim.hedged ?? false)" })
        var findings: [Finding] = []
        var compared = Set<String>()
        for group in groups {
            var perArticle: [String: [Claim]] = [:]
            for item in group { perArticle[item.claim.article, default: []].append(item.claim) }
            let ids = perArticle.keys.sorted()
            // An article whose own places for the fact cannot both hold names several occasions.
            if ids.contains(where: { id in let own = perArticle[id]!; return own.count > 1 && PlaceRule.rivals(Array(own.prefix(1)), Array(own.dropFirst())) }) { continue }
            guard let (a, b) = PlaceRule.firstRivalPair(perArticle, ids: ids) else { continue }
            let words = alignment.sharedWords(group)
            // The event when every claim names the same one (`death`), else the shared words.
            let events = Set(group.map { $0.claim.slots.event ?? "" })
            let subject = events.count == 1 && events.first?.isEmpty == false ? events.first ?? ""
                : words.isEmpty ? "place" : words.joined(separator: " ")
            let values = perArticle.mapValues { $0.map(PlaceRule.shown) }
            let evidence = perArticle.mapValues { $0.map(\.evidence) }
            let identity = Array(Set(group.compactMap { $0.claim.slots.place.map(Folding.fold) })).sorted()
            let key = "place:aligned:" + ids.joined(separator: " ")
            compared.formUnion(group.map(\.claim.id))
            func describe(_ article: String) -> String {
                "\(Array(Set(perArticle[article]!.map { "“\($0.evidence.text)”" })).sorted().joined(separator: ", ")) (\(context.outlet(article)))"
            }
            let level = PlaceRule.level(perArticle[a]!, perArticle[b]!) ?? .city
            findings.append(Finding(
                kind: .place, status: .conflict, severity: context.configuration.severity(.place, .conflict, default: .warning),
                subject: subject, subjectKey: key, entity: nil,
                summary: "Sources give different places for “\(subject)”",
                reason: "\(describe(a)) and \(describe(b)) name different \(PlaceRule.plural(level)); the sentences share the words \(words.map { "“\($0)”" }.joined(separator: ", "))",
                values: values, evidence: evidence, identity: identity))
        }
        findings.append(contentsOf: eventFindings(in: context, alreadyCompared: compared))
        findings.append(contentsOf: datelineFindings(in: context))
        findings.append(contentsOf: mentionFindings(in: context))
        return findings
    }

    static func levels(_ claim: Claim) -> PlaceLevels { PlaceLevels(encoded: claim.slots.value ?? "") }

    /// Placed only close to somewhere (`near X`, `outside X`).
    static func isNear(_ claim: Claim) -> Bool { claim.slots.verb == "near" }

    /// No place of `a` can be the same as one of `b`: every pair differs at a known level, and
    /// none is only `near`.
    static func rivals(_ a: [Claim], _ b: [Claim]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a.allSatisfy { x in b.allSatisfy { y in !isNear(x) && !isNear(y) && levels(x).firstDifference(levels(y)) != nil } }
    }

    /// The largest level at which the first pair of places differs.
    static func level(_ a: [Claim], _ b: [Claim]) -> PlaceLevels.Level? {
        for x in a { for y in b { if let level = levels(x).firstDifference(levels(y)) { return level } } }
        return nil
    }

    /// `Northeast Philadelphia` (the words as written), or the place's name.
    static func shown(_ claim: Claim) -> String { claim.slots.text ?? claim.slots.place ?? claim.evidence.text }

    static func plural(_ level: PlaceLevels.Level) -> String {
        switch level {
        case .country: return "countries"
        case .state: return "states or provinces"
        case .city: return "cities"
        }
    }
}

extension PlaceRule {
    /// The first two articles, in the order of `ids`, whose places for one fact cannot both hold.
    /// Articles whose places read alike (each place's levels, and whether it is only `near`)
    /// compare alike, so each two such classes are tested once (`ClassPairs`).
    static func firstRivalPair(_ perArticle: [String: [Claim]], ids: [String]) -> (String, String)? {
        let pair = ClassPairs.first(ids.count, key: { index in
            Set(perArticle[ids[index]]!.map { (isNear($0) ? "near " : "at ") + ($0.slots.value ?? "") }).sorted()
        }, related: { rivals(perArticle[ids[$0]]!, perArticle[ids[$1]]!) })
        return pair.map { (ids[$0.0], ids[$0.1]) }
    }
}
