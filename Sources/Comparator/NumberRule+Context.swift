import ClaimModel

/// Figures aligned by what their sentences say (`FactAlignment`), whatever noun follows them:
/// `a letter signed by all 14 opposition councillors` and `a letter signed by the 14 members
/// of the opposition bloc` give one figure, though the measure words differ and the measure
/// groups never meet.
///
/// Only conflicts are reported: intervals that cannot overlap (or lower bounds an order apart),
/// in one unit family, on one occasion (`FactContext.time`). A figure whose measure the other
/// article also counts is compared in the measure group and aligns with nothing else there;
/// lead sentences get no looser pairing (a lead often holds several figures); ranks,
/// frequencies and tally sides are left out as in the measure groups.
extension NumberRule {
    /// Similarity two sentences need to state the same figure.
    static let alignmentThreshold = 0.45

    func alignedFindings(in context: ComparisonContext) -> [Finding] {
        let alignment = FactAlignment(context)
        var items: [FactAlignment.Item] = []
        var figures: [String: Figure] = [:]
        for claim in context.claims(.number) {
            guard let value = claim.slots.value, let (low, high) = NumberRule.interval(value),
                  let article = context.article(claim.article) else { continue }
            let fact = FactContext.of(claim, in: article)
            let head = claim.slots.measure.map(NumberRule.key) ?? ""
            // Tally sides are compared as pairs (`NumberRule+Tally.swift`).
            if fact.isRank || NumberRule.frequencies.contains(head) || head == NumberRule.age || claim.slots.unit == "ordinal" || claim.slots.measure.map(NumberRule.tallySides.contains) == true { continue }
            let shown = claim.slots.unit.map { $0 == "month" ? NumberRule.duration(value, stated: claim.slots.quantity) : "\(value) \($0)" } ?? value
            let time = claim.slots.unit == "month" && fact.time != "hypothetical" ? nil : fact.time
            figures[claim.id] = Figure(claim: claim, low: low, high: high, value: shown, time: time, modifiers: [])
            if let item = alignment.item(claim, background: time != nil, known: fact) { items.append(item) }
        }
        // A figure whose measure the other article also counts is compared there, in its
        // measure group: it aligns with nothing else of that article (`three patrol boats and
        // three aircraft` against `four patrol boats and three aircraft`).
        func measureKey(_ claim: Claim) -> String? {
            guard !NumberRule.isAlignedOnly(claim) else { return nil }
            return claim.slots.measure.map { NumberRule.key($0) + "|" + (claim.slots.unit ?? "count") }
        }
        // Each claim's measure key computed once (claim id → key), not at every pair.
        var measureKeys: [String: String] = [:]
        var counted: [String: Set<String>] = [:]
        for item in items {
            if let key = measureKey(item.claim) {
                measureKeys[item.claim.id] = key
                counted[key, default: []].insert(item.claim.article)
            }
        }
        // Per item: the articles counting its measure (empty without a measure key), and its article.
        let countedBy = items.map { item in measureKeys[item.claim.id].flatMap { counted[$0] } ?? [] }
        let articleOf = items.map(\.claim.article)
        // The unit and the occasion are per-claim conditions: a partition of the index.
        let groups = alignment.groups(items, threshold: NumberRule.alignmentThreshold, useLeads: false, partition: { item in
            (item.claim.slots.unit ?? "\u{1F}none") + "\u{1E}" + (figures[item.claim.id]?.time ?? "\u{1F}none")
        }) { i, j in
            !countedBy[i].contains(articleOf[j]) && !countedBy[j].contains(articleOf[i])
        }
        var findings: [Finding] = []
        for group in groups {
            var perArticle: [String: [Figure]] = [:]
            for item in group { if let figure = figures[item.claim.id] { perArticle[item.claim.article, default: []].append(figure) } }
            let ids = perArticle.keys.sorted()
            let tolerance = NumberRule.physical.contains(group[0].claim.slots.unit ?? "") ? NumberRule.tolerance : 0
            // An article whose own aligned figures disagree names several facts.
            if ids.contains(where: { id in let f = perArticle[id]!; return f.count > 1 && NumberRule.closest([f[0]], Array(f.dropFirst()), tolerance) { _, _ in true } == .conflict }) { continue }
            var pair: (String, String)? = nil
            for (i, a) in ids.enumerated() where pair == nil {
                for b in ids[(i + 1)...] where NumberRule.closest(perArticle[a]!, perArticle[b]!, tolerance, comparable: { _, _ in true }) == .conflict {
                    pair = (a, b)
                    break
                }
            }
            guard let (a, b) = pair else { continue }
            let words = alignment.sharedWords(group)
            let subject = words.isEmpty ? "figure" : words.joined(separator: " ")
            func describe(_ article: String) -> String {
                let texts = Array(Set(perArticle[article]!.map { "“\($0.claim.slots.quantity ?? $0.claim.evidence.text)” = \($0.value)" })).sorted()
                return "\(texts.joined(separator: ", ")) (\(context.outlet(article)))"
            }
            let head = group.compactMap { $0.claim.slots.measure.map(NumberRule.key) }.first { NumberRule.severeMeasures.contains($0) }
            let severity: Severity = head != nil ? .error : .warning
            // The id rests on the values in conflict, never on the words or on which articles
            // state them (see `DateRule+Context.swift`).
            let key = "number:aligned"
            findings.append(Finding(
                kind: .number, status: .conflict, severity: context.configuration.severity(.number, .conflict, default: severity),
                subject: subject, subjectKey: key, entity: nil,
                summary: "Sources give different figures where they say “\(subject)”",
                reason: "\(describe(a)) and \(describe(b)) do not overlap; the sentences share the words \(words.map { "“\($0)”" }.joined(separator: ", "))",
                values: perArticle.mapValues { Array(Set($0.map(\.value))).sorted() },
                evidence: perArticle.mapValues { $0.map(\.claim.evidence) }))
        }
        return findings
    }
}
