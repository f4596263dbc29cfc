import ClaimModel

/// A lone place whose sentence is not mutually aligned with the rival sentence.
///
/// Mutual best matching misses a sentence another outlet tells twice or folds into a longer
/// one: the lone place's sentence finds the other sentence as its best match, but that
/// sentence's best match is elsewhere in its own article. A lone place (named once in the set)
/// not already in a conflict is then compared with the most similar sentence of another article that gives a rival
/// place of the same kind named in the set at least twice, when the two reach
/// `mentionThreshold` and their own clauses (the words within six of each place) share a
/// content word: a word that is no function word (`QuoteWords.stopWords`: `from`, `with`,
/// `their`…). Two sentences sharing only a function word beside their places (`annexed
/// from X`, `withdrew from Y`) are about different things.
extension PlaceRule {
    func loneMentionFindings(_ items: [FactAlignment.Item], paired: Set<String>, count: (Claim) -> Int,
                             alignment: FactAlignment, in context: ComparisonContext) -> [Finding] {
        let stops = Set(QuoteWords.stopWords.map(FactAlignment.stem))
        var findings: [Finding] = []
        var used = paired
        for x in items where count(x.claim) == 1 && !used.contains(PlaceRule.key(x.claim)) {
            var best: (FactAlignment.Item, Double)? = nil
            for y in items where y.claim.article != x.claim.article && y.isBackground == x.isBackground
                && y.claim.slots.unit == x.claim.slots.unit
                && (PlaceLevels.isMention(x.claim) || PlaceLevels.isMention(y.claim))
                && !used.contains(PlaceRule.key(y.claim)) && count(y.claim) > 1 && PlaceRule.rivals([x.claim], [y.claim])
                && !x.near.intersection(y.near).subtracting(stops).isEmpty {
                let s = alignment.similarity(x, y)
                if s > (best?.1 ?? 0) { best = (y, s) }
            }
            guard let (y, s) = best, s >= PlaceRule.mentionThreshold else { continue }
            used.insert(PlaceRule.key(x.claim))
            used.insert(PlaceRule.key(y.claim))
            findings.append(mentionFinding(x.claim, y.claim, [x, y], alignment: alignment, in: context))
        }
        return findings
    }

    /// A claim's place in the set: its article and where its evidence starts.
    static func key(_ claim: Claim) -> String { claim.article + "\u{1F}" + String(claim.evidence.span.start) }
}
