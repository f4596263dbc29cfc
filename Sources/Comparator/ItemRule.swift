import ClaimModel

/// `item` findings: the equipment, products and programmes each article mentions, and what
/// each says was delivered.
///
/// Items are keyed by their normalized name; a nickname written with a designator anywhere in
/// the set (`C-130 Hercules`) joins the designator, so `C-130 Hercules`, `C-130` and `Hercules
/// transport aircraft` are one item. Mentioned by two or more articles → `agree`, or `variant`
/// when some only expect or discuss it (`could also be discussed`) and others state it;
/// by one → `only-in`.
///
/// Deliveries are `item` findings too (subject `delivered: <item>`), with the quantity in the
/// values: the same quantity → `agree`, different quantities (`3` vs `4 patrol boats`) →
/// `conflict`, one article → `only-in`. Quantities of deliveries are left out of `NumberRule`'s
/// generic numbers by design: this rule owns them.
struct ItemRule: FindingRule {
    func findings(in context: ComparisonContext) -> [Finding] {
        let items = context.claims(.item)
        let deliveries = context.claims(.delivery).filter { $0.hedged != true }
        // Nickname → designator, across the set.
        var aliases: [String: String] = [:]
        for claim in items {
            guard let item = claim.slots.item, let text = claim.slots.text else { continue }
            let extra = Folding.words(text).filter { !Folding.words(item).contains($0) }
            if extra.count == 1 { aliases[extra[0]] = ItemRule.key(item) }
        }
        func key(_ item: String) -> String {
            let folded = ItemRule.key(item)
            return aliases[folded] ?? folded
        }
        var findings: [Finding] = []

        // Mentions.
        struct Mention { var claim: Claim; var firm: Bool }
        var mentions: [String: [String: [Mention]]] = [:]
        var display: [String: String] = [:]
        for claim in items {
            guard let item = claim.slots.item else { continue }
            let k = key(item)
            if display[k] == nil || (aliases[ItemRule.key(item)] == nil && ItemRule.key(item) == k && display[k] != item) { display[k] = display[k] ?? item }
            mentions[k, default: [:]][claim.article, default: []].append(Mention(claim: claim, firm: claim.slots.event != "expected"))
        }
        for claim in deliveries {
            guard let item = claim.slots.item else { continue }
            let k = key(item)
            if mentions[k]?[claim.article] != nil { mentions[k]![claim.article]!.append(Mention(claim: claim, firm: true)) }
        }
        for k in mentions.keys.sorted() {
            let perArticle = mentions[k]!
            let name = display[k] ?? k
            let firm = perArticle.filter { $0.value.contains(where: \.firm) }.keys.sorted()
            let values = perArticle.mapValues { list in [list.contains(where: \.firm) ? name : name + " (expected)"] }
            let evidence = perArticle.mapValues { $0.map(\.claim.evidence) }
            let outlets = perArticle.keys.sorted().map(context.outlet).joinedAsList()
            let status: FindingStatus
            let summary: String
            var reason: String? = nil
            if perArticle.count >= 2 {
                if firm.count == perArticle.count || firm.isEmpty {
                    status = .agree
                    summary = "\(outlets) mention \(name)"
                } else {
                    status = .variant
                    summary = "\(outlets) mention \(name); \(perArticle.keys.filter { !firm.contains($0) }.sorted().map(context.outlet).joinedAsList()) only as expected or possible"
                    reason = "a firm statement and a hedged one (expected, possible, to be discussed)"
                }
            } else {
                status = .onlyIn
                summary = "Only \(outlets) mentions \(name)"
            }
            let severity: Severity = status == .onlyIn ? .warning : .info
            findings.append(Finding(
                kind: .item, status: status, severity: context.configuration.severity(.item, status, default: severity),
                subject: name, subjectKey: "item:" + k, entity: nil, summary: summary, reason: reason, values: values, evidence: evidence))
        }

        // Deliveries, with quantities.
        var delivered: [String: [String: [Claim]]] = [:]
        var deliveredName: [String: String] = [:]
        for claim in deliveries {
            guard let item = claim.slots.item else { continue }
            let k = key(item)
            deliveredName[k] = deliveredName[k] ?? (claim.slots.text ?? item)
            delivered[k, default: [:]][claim.article, default: []].append(claim)
        }
        for k in delivered.keys.sorted() {
            let perArticle = delivered[k]!
            let name = deliveredName[k] ?? k
            let quantities = perArticle.mapValues { claims in Array(Set(claims.map { $0.slots.quantity ?? "?" })).sorted() }
            let values = perArticle.mapValues { claims in claims.map { ($0.slots.quantity.map { $0 + " " } ?? "") + ($0.slots.text ?? name) } }
            let evidence = perArticle.mapValues { $0.map(\.evidence) }
            let outlets = perArticle.keys.sorted().map(context.outlet).joinedAsList()
            let status: FindingStatus
            let summary: String
            var reason: String? = nil
            let stated = Set(quantities.values.flatMap { $0 }.filter { $0 != "?" })
            if perArticle.count >= 2 {
                if stated.count > 1 {
                    status = .conflict
                    summary = "Sources give different quantities of \(name) delivered"
                    reason = "quantities " + stated.sorted().joined(separator: " vs ")
                } else {
                    status = .agree
                    summary = "\(outlets) report \(name) delivered"
                }
            } else {
                status = .onlyIn
                summary = "Only \(outlets) reports \(name) delivered"
            }
            let severity: Severity = status == .conflict ? .error : status == .onlyIn ? .warning : .info
            findings.append(Finding(
                kind: .item, status: status, severity: context.configuration.severity(.item, status, default: severity),
                subject: "delivered: " + name, subjectKey: "delivery:" + k, entity: nil, summary: summary, reason: reason,
                values: values, evidence: evidence))
        }
        return findings
    }

    /// `C-130` and `c 130` alike; a plural equipment noun's `s` kept (the words are compared whole).
    static func key(_ item: String) -> String { Folding.words(item).joined(separator: " ") }
}
