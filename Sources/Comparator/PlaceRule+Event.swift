import ClaimModel

/// Places compared by the event they are the place of, when the sentences say it in words too
/// different to align (`the Connecticut mass shooting` / `address the Connecticut shooting`,
/// `the real-estate deal in Moscow` / `the tower deal in Moscow`).
///
/// An event class named by every article with a place is one event when each article gives it
/// one place (or places that can all hold: `Brooklyn` and `New York`), none hedged and none set
/// on an earlier occasion (`FactContext.time`): then two articles whose places cannot both hold
/// disagree. An article naming the event in rival places (two shootings) speaks of several
/// events, and the class is left alone; so is a class only one article places.
extension PlaceRule {
    func eventFindings(in context: ComparisonContext, alreadyCompared: Set<String>) -> [Finding] {
        let articles = Dictionary(context.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byEvent: [String: [String: [Claim]]] = [:]
        for claim in context.claims(.place) where PlaceLevels.isEventPlace(claim) && claim.slots.place != nil {
            guard let event = claim.slots.event, !event.isEmpty, claim.hedged != true,
                  FactContext.of(claim, in: articles[claim.article]).time == nil else { continue }
            byEvent[event, default: [:]][claim.article, default: []].append(claim)
        }
        var findings: [Finding] = []
        for event in byEvent.keys.sorted() {
            let perArticle = byEvent[event]!
            guard perArticle.count > 1 else { continue }
            let ids = perArticle.keys.sorted()
            // Each article's places for the event must all be able to hold at once.
            let consistent = ids.allSatisfy { id in
                let own = perArticle[id]!
                return !own.indices.contains { i in own.indices.contains { j in j > i && PlaceRule.rivals([own[i]], [own[j]]) } }
            }
            guard consistent else { continue }
            guard let (a, b) = PlaceRule.firstRivalPair(perArticle, ids: ids) else { continue }
            let identity = Array(Set(perArticle.values.flatMap { $0.compactMap { $0.slots.place.map(Folding.fold) } })).sorted()
            // The aligned pass found this disagreement already.
            guard !(perArticle[a]! + perArticle[b]!).allSatisfy({ alreadyCompared.contains($0.id) }) else { continue }
            func describe(_ article: String) -> String {
                "\(Array(Set(perArticle[article]!.map { "“\($0.evidence.text)”" })).sorted().joined(separator: ", ")) (\(context.outlet(article)))"
            }
            let level = PlaceRule.level(perArticle[a]!, perArticle[b]!) ?? .city
            findings.append(Finding(
                kind: .place, status: .conflict, severity: context.configuration.severity(.place, .conflict, default: .warning),
                subject: event, subjectKey: "place:event:" + event, entity: nil,
                summary: "Sources give different places for “\(event)”",
                reason: "\(describe(a)) and \(describe(b)) name different \(PlaceRule.plural(level)) for the one \(event) each article places",
                values: perArticle.mapValues { $0.map(PlaceRule.shown) }, evidence: perArticle.mapValues { $0.map(\.evidence) }, identity: identity))
        }
        return findings
    }
}
