import ClaimModel

/// Tallies compared as pairs (`confirmed 87-9`, `by a vote of 134 to 63`). A story about one
/// vote recalls others (earlier confirmations, `5-4 decisions`), so a tally side alone meets
/// nothing; two tallies are one vote when they share a side on one occasion (`event` slot):
/// `134-63` and `134-73` state one vote with a changed count against, a conflict; `96-3` and
/// `5-4` share nothing and are left apart. An article that gives two tallies sharing the side
/// with different other sides states several votes and is left out of that group.
extension NumberRule {
    struct Tally {
        var larger: Claim
        var smaller: Claim
        var written: String { "\(larger.slots.value ?? "")-\(smaller.slots.value ?? "")" }
    }

    /// Each article's tallies: a `votes for` claim followed by its `votes against`, in text order.
    static func tallies(_ claims: [Claim]) -> [String: [Tally]] {
        var byArticle: [String: [Claim]] = [:]
        for claim in claims where claim.slots.measure.map(tallySides.contains) == true { byArticle[claim.article, default: []].append(claim) }
        return byArticle.mapValues { sides in
            let ordered = sides.sorted { ($0.evidence.span.start, $0.slots.measure ?? "") < ($1.evidence.span.start, $1.slots.measure ?? "") }
            var result: [Tally] = []
            for (index, side) in ordered.enumerated() where side.slots.measure == tallySides.larger && index + 1 < ordered.count {
                let next = ordered[index + 1]
                if next.slots.measure == tallySides.smaller { result.append(Tally(larger: side, smaller: next)) }
            }
            return result
        }
    }

    func tallyFindings(in context: ComparisonContext) -> [Finding] {
        let tallies = NumberRule.tallies(context.claims(.number))
        // Tallies by a shared side: `for 134` or `against 63`, and the occasion.
        var groups: [String: [String: [(tally: Tally, other: String)]]] = [:]
        for article in tallies.keys.sorted() {
            for tally in tallies[article]! {
                let event = tally.larger.slots.event ?? ""
                let (larger, smaller) = (tally.larger.slots.value ?? "", tally.smaller.slots.value ?? "")
                groups["for \(larger)|\(event)", default: [:]][article, default: []].append((tally, smaller))
                groups["against \(smaller)|\(event)", default: [:]][article, default: []].append((tally, larger))
            }
        }
        var findings: [Finding] = []
        var reported = Set<String>()
        for key in groups.keys.sorted() {
            let perArticle = groups[key]!.filter { Set($0.value.map(\.other)).count == 1 }
            guard perArticle.count > 1, Set(perArticle.values.map { $0[0].other }).count > 1 else { continue }
            let ids = perArticle.keys.sorted()
            // One finding per set of tallies: `134-63` against `134-73` is found by the `for 134` group only.
            let signature = ids.map { article in "\(article):\(perArticle[article]!.map(\.tally.written).sorted())" }.joined(separator: ";")
            guard reported.insert(signature).inserted else { continue }
            let side = key.hasPrefix("for") ? NumberRule.tallySides.smaller : NumberRule.tallySides.larger
            let values = perArticle.mapValues { Array(Set($0.map(\.tally.written))).sorted() }
            let evidence = perArticle.mapValues { $0.flatMap { [$0.tally.larger.evidence, $0.tally.smaller.evidence] } }
            let described = ids.map { "“\(values[$0]!.joined(separator: ", "))” (\(context.outlet($0)))" }.joined(separator: " and ")
            findings.append(Finding(
                kind: .number, status: .conflict, severity: context.configuration.severity(.number, .conflict, default: .warning),
                subject: side, subjectKey: "number:tally:" + key.split(separator: "|")[0], entity: nil,
                summary: "Sources give different tallies for one vote",
                reason: "\(described) share one side and differ in the \(side)",
                values: values, evidence: evidence))
        }
        findings.append(contentsOf: alignedTallyFindings(tallies, reported: Set(findings.flatMap { $0.values.values.flatMap { $0 } }), context))
        return findings
    }

    /// Share of the larger total by which two tallies' totals may differ and still count one body's votes.
    static let tallyTotalTolerance = 0.1

    /// Two tallies that share neither side (`won by a 134-to-63 vote`, `won by a 144-to-53
    /// vote`) are one vote when each article gives that occasion one tally only, their
    /// sentences state one fact (aligned as figures are, `alignmentThreshold`) and about as
    /// many voted (totals within `tallyTotalTolerance`): one body's vote with both counts
    /// changed. Tallies of other bodies (`51-49` against `218-210`) or other sentences are left apart.
    func alignedTallyFindings(_ tallies: [String: [Tally]], reported: Set<String>, _ context: ComparisonContext) -> [Finding] {
        let alignment = FactAlignment(context)
        var lone: [String: (Tally, FactAlignment.Item)] = [:]
        for (article, list) in tallies where list.count == 1 {
            if let item = alignment.item(list[0].larger) { lone[article] = (list[0], item) }
        }
        func total(_ t: Tally) -> Double { (Double(t.larger.slots.value ?? "") ?? 0) + (Double(t.smaller.slots.value ?? "") ?? 0) }
        // The two tallies written (sorted) → article → its tally.
        var pairs: [String: [String: Tally]] = [:]
        let ids = lone.keys.sorted()
        for (i, a) in ids.enumerated() {
            for b in ids[(i + 1)...] {
                let (x, ix) = lone[a]!, (y, iy) = lone[b]!
                guard x.larger.slots.event == y.larger.slots.event, x.larger.slots.value != y.larger.slots.value,
                      x.smaller.slots.value != y.smaller.slots.value, !reported.contains(x.written), !reported.contains(y.written),
                      abs(total(x) - total(y)) <= NumberRule.tallyTotalTolerance * max(total(x), total(y)),
                      alignment.similarity(ix, iy) >= NumberRule.alignmentThreshold else { continue }
                let key = [x.written, y.written].sorted().joined(separator: " ")
                pairs[key, default: [:]][a] = x
                pairs[key, default: [:]][b] = y
            }
        }
        return pairs.keys.sorted().map { key in
            let perArticle = pairs[key]!
            let values = perArticle.mapValues { [$0.written] }
            let described = perArticle.keys.sorted().map { "“\(perArticle[$0]!.written)” (\(context.outlet($0)))" }
            return Finding(
                kind: .number, status: .conflict, severity: context.configuration.severity(.number, .conflict, default: .warning),
                subject: "vote tally", subjectKey: "number:tally:aligned", entity: nil,
                summary: "Sources give different tallies for one vote",
                reason: described.joined(separator: " and ") + " count about as many votes in sentences that state one vote, and differ on both sides",
                values: values, evidence: perArticle.mapValues { [$0.larger.evidence, $0.smaller.evidence] })
        }
    }
}
