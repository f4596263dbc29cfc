import ClaimModel

/// Places named in a fact's frame compared (`mention` claims: `the Russia investigation`,
/// `Ohio passed the bill`, `a Seattle woman`).
///
/// A place that is not where an event happened is compared only where two articles state
/// one sentence (aligned like places of events, at `mentionThreshold`, with the places of
/// events too: `Arson in X` against `X's dairy burned`) and give it places of
/// one kind (two countries, two states, two cities) that cannot both hold, and one of them is
/// a lone place: named nowhere else in the set (as written or as the gazetteer spells it),
/// not even a second time in its own article,
/// while the other article's place is named in the set at least twice (the story's place). A story names the places
/// it is about again and again; a place one sentence alone gives, where another outlet's
/// telling of the sentence gives the story's own place, contradicts it. Two places each named
/// elsewhere are left alone (`the mayors of Chicago and Boston` against `the mayor of
/// Washington`: the story names several), and so is a city against its own state (`Ohio` /
/// `Columbus`: the levels agree).
extension PlaceRule {
    /// Similarity two sentences need to state the same fact about a mentioned place. Lower
    /// than for places of events (0.3): the lone place is the stronger guard. At 0.2 the 32
    /// unedited real sets give no mention conflict; at 0.1 one (two countries in sentences
    /// sharing only `against`).
    static let mentionThreshold = 0.2

    func mentionFindings(in context: ComparisonContext) -> [Finding] {
        let alignment = FactAlignment(context)
        let claims = context.claims(.place).filter { !PlaceLevels.isDateline($0) && $0.slots.place != nil && $0.slots.value != nil }
        guard claims.contains(where: PlaceLevels.isMention) else { return [] }
        let texts = context.articles.sorted { $0.id < $1.id }.map { Folding.words($0.body) }
        var occurrences: [[String]: Int] = [:]
        func count(_ claim: Claim) -> Int {
            let names = Array(Set([Folding.words(claim.slots.text ?? ""), Folding.words(claim.slots.place ?? "")].filter { !$0.isEmpty })).sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
            var total = 0
            for name in names {
                if let known = occurrences[name] { total += known; continue }
                var found = 0
                for text in texts where found <= 1 { found += PlaceRule.count(name, in: text) }
                occurrences[name] = found
                total += found
            }
            return total
        }
        let items = claims.compactMap { alignment.item($0) }
        let groups = alignment.groups(items, threshold: PlaceRule.mentionThreshold, partition: { $0.claim.slots.unit ?? "" })
        let stops = Set(QuoteWords.stopWords.map(FactAlignment.stem))
        // Lists of places (`the mayors of Chicago and Boston`) first: their members are
        // compared as lists, not one by one.
        var (findings, paired) = coordinationFindings(claims, alignment: alignment, in: context)
        for group in groups {
            var perArticle: [String: [FactAlignment.Item]] = [:]
            for item in group { perArticle[item.claim.article, default: []].append(item) }
            let ids = perArticle.keys.sorted()
            var pair: (Claim, Claim)? = nil
            search: for a in ids {
                for xi in perArticle[a]! where count(xi.claim) == 1 && !paired.contains(PlaceRule.key(xi.claim)) {
                    let x = xi.claim
                    for b in ids where b != a {
                        // The two clauses must share a content word, not only a function word
                        // beside their places (`annexed from X`, `withdrew troops from Y`).
                        for yi in perArticle[b]! where (PlaceLevels.isMention(x) || PlaceLevels.isMention(yi.claim))
                            && yi.claim.slots.unit == x.slots.unit && count(yi.claim) > 1 && !paired.contains(PlaceRule.key(yi.claim)) && PlaceRule.rivals([x], [yi.claim])
                            && !xi.near.intersection(yi.near).subtracting(stops).isEmpty {
                            pair = (x, yi.claim)
                            break search
                        }
                    }
                }
            }
            guard let (x, y) = pair else { continue }
            paired.insert(PlaceRule.key(x))
            paired.insert(PlaceRule.key(y))
            findings.append(mentionFinding(x, y, group, alignment: alignment, in: context))
        }
        findings += loneMentionFindings(items, paired: paired, count: count, alignment: alignment, in: context)
        return findings
    }

    /// The conflict of lone place `x` with the story's place `y`, in the sentences of `group`.
    func mentionFinding(_ x: Claim, _ y: Claim, _ group: [FactAlignment.Item], alignment: FactAlignment, in context: ComparisonContext,
                        reason: String? = nil) -> Finding {
        var perArticle: [String: [Claim]] = [:]
        for item in group { perArticle[item.claim.article, default: []].append(item.claim) }
        let words = alignment.sharedWords(group)
        let subject = words.isEmpty ? "place" : words.joined(separator: " ")
        let level = PlaceRule.level([x], [y]) ?? .city
        func describe(_ claim: Claim) -> String { "“\(claim.evidence.text)” (\(context.outlet(claim.article)))" }
        return Finding(
            kind: .place, status: .conflict, severity: context.configuration.severity(.place, .conflict, default: .warning),
            subject: subject, subjectKey: "place:mention", entity: nil,
            summary: "Sources give different places for “\(subject)”",
            reason: (reason.map { $0 + ";" } ?? "\(describe(x)) is named nowhere else in the set, where \(describe(y)) gives another of the \(PlaceRule.plural(level));")
                + " the sentences share the words \(words.map { "“\($0)”" }.joined(separator: ", "))",
            values: perArticle.mapValues { $0.map(PlaceRule.shown) }, evidence: perArticle.mapValues { $0.map(\.evidence) },
            identity: Array(Set(group.compactMap { $0.claim.slots.place.map(Folding.fold) })).sorted())
    }
}
