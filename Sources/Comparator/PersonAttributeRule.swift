import ClaimModel

/// `other` findings about a person's age, party or home state (`age`, `party` and `home` claims): articles that
/// give one person different ones.
///
/// - age: two articles conflict when every age one gives is further from every age the other
///   gives than the time between their publication dates allows: nothing on the same day, one
///   year when the dates differ within a year or either is unknown (a birthday may fall
///   between two publications, an age is often a year stale), the whole years between them
///   rounded up otherwise. A difference within that allowance is a `variant`;
/// - party: two articles conflict when they share no party for the person (`Republican` /
///   `(D-Ohio)`);
/// - home state (the state a lawmaker or governor represents): two articles conflict when
///   they share no state for the person (`(R-Texas)` / `Senator X of Iowa`), a past office's
///   state compared only with past ones (`the former Arkansas governor`).
///
/// Agreement raises no finding: the people table shows every stated attribute. Two values in
/// one article are both kept and either may match the other article; but one article giving a
/// person two ages more than a year apart, or two parties, contradicts itself, a conflict
/// whatever the others say.
struct PersonAttributeRule: FindingRule {
    func findings(in context: ComparisonContext) -> [Finding] {
        attributeFindings(.age, in: context) + attributeFindings(.party, in: context) + attributeFindings(.home, in: context)
    }

    func attributeFindings(_ kind: ClaimKind, in context: ComparisonContext) -> [Finding] {
        var byPerson: [String: [String: [Claim]]] = [:]
        for claim in context.claims(kind) {
            guard let person = claim.slots.person, claim.slots.value != nil else { continue }
            byPerson[person, default: [:]][claim.article, default: []].append(claim)
        }
        let published = Dictionary(context.articles.map { ($0.id, $0.published) }, uniquingKeysWith: { a, _ in a })
        var findings: [Finding] = []
        for person in byPerson.keys.sorted() {
            let perArticle = byPerson[person]!
            let articles = perArticle.keys.sorted()
            var worst: (status: FindingStatus, a: Claim, b: Claim)? = nil
            // One article giving the person ages more than a year apart contradicts itself.
            if kind == .age, let own = articles.lazy.compactMap({ PersonAttributeRule.ownRivalAges(perArticle[$0]!) }).first {
                worst = (.conflict, own.0, own.1)
            }
            // One article giving the person two parties beside the name contradicts itself.
            if kind == .party, let own = articles.lazy.compactMap({ PersonAttributeRule.ownRivalParties(perArticle[$0]!) }).first {
                worst = (.conflict, own.0, own.1)
            }
            guard perArticle.count >= 2 || worst != nil else { continue }
            for (i, first) in articles.enumerated() {
                for second in articles[(i + 1)...] {
                    let allowance = PersonAttributeRule.allowance(published[first] ?? nil, published[second] ?? nil)
                    guard let (status, a, b) = compare(kind, perArticle[first]!, perArticle[second]!, allowance: allowance) else { continue }
                    if worst == nil || (status == .conflict && worst!.status != .conflict) { worst = (status, a, b) }
                }
            }
            guard let (status, a, b) = worst else { continue }
            let name = context.name(person)
            let what = kind == .age ? "ages" : kind == .party ? "parties" : "home states"
            let values = perArticle.mapValues { Array(Set($0.compactMap { $0.slots.value })).sorted() }
            let evidence = perArticle.mapValues { $0.map(\.evidence) }
            let reason = status == .conflict
                ? "\(a.slots.text ?? "") (\(context.outlet(a.article))) and \(b.slots.text ?? "") (\(context.outlet(b.article))) cannot both be true"
                : "\(a.slots.text ?? "") (\(context.outlet(a.article))) and \(b.slots.text ?? "") (\(context.outlet(b.article))) differ by no more than the time between the articles allows"
            findings.append(Finding(
                kind: .other, status: status,
                severity: context.configuration.severity(.other, status, default: status == .conflict ? .warning : .info),
                subject: name, subjectKey: kind.rawValue + ":" + person, entity: person,
                summary: "Sources give \(name) different \(what): \(values.values.flatMap { $0 }.uniqueSorted().joinedAsList())",
                reason: reason, values: values, evidence: evidence))
        }
        return findings
    }

    /// Two ages one article gives a person that cannot both hold on its one publication day:
    /// more than a year apart (a birthday may fall between the events it tells). The
    /// youngest and the oldest.
    static func ownRivalAges(_ claims: [Claim]) -> (Claim, Claim)? {
        let aged = claims.compactMap { claim in claim.slots.value.flatMap(Int.init).map { (claim, $0) } }
        guard let young = aged.min(by: { $0.1 < $1.1 }), let old = aged.max(by: { $0.1 < $1.1 }), old.1 - young.1 > 1 else { return nil }
        return (young.0, old.0)
    }

    /// Two parties one article gives a person, each written beside the name (a tag, an
    /// appositive, a label before the title): news names a person's party as it stands, so
    /// two of them in one article cannot both hold. The first claim and the first that differs from it.
    static func ownRivalParties(_ claims: [Claim]) -> (Claim, Claim)? {
        guard let first = claims.first, let value = first.slots.value,
              let other = claims.first(where: { $0.slots.value != nil && $0.slots.value != value }) else { return nil }
        return (first, other)
    }

    /// The discrepancy between two articles' values, with the claims that show it; nil when
    /// some value of one matches some value of the other.
    func compare(_ kind: ClaimKind, _ first: [Claim], _ second: [Claim], allowance: Int) -> (FindingStatus, Claim, Claim)? {
        var closest: (distance: Int, a: Claim, b: Claim)? = nil
        for a in first {
            for b in second {
                guard let x = a.slots.value, let y = b.slots.value else { continue }
                // A past office's state against a current one: a former governor of one state
                // may sit for another.
                if kind == .home && a.slots.verb != b.slots.verb { continue }
                let distance: Int
                if kind == .age {
                    guard let p = Int(x), let q = Int(y) else { continue }
                    distance = abs(p - q)
                } else {
                    distance = x == y ? 0 : 2
                }
                if closest == nil || distance < closest!.distance { closest = (distance, a, b) }
            }
        }
        guard let closest, closest.distance > 0 else { return nil }
        if kind == .age && closest.distance <= allowance { return (.variant, closest.a, closest.b) }
        return (.conflict, closest.a, closest.b)
    }

    /// Years two ages may differ by between articles published on `a` and `b` (`YYYY-MM-DD`,
    /// `YYYY-MM` or `YYYY`): 0 on one day, 1 within a year or when a date is unknown, else the
    /// whole years between them rounded up.
    static func allowance(_ a: String?, _ b: String?) -> Int {
        guard let a, let b, let x = days(a), let y = days(b) else { return 1 }
        if a == b && a.count == 10 { return 0 }
        return max(1, Int((Double(abs(x - y)) / 365.25).rounded(.up)))
    }

    /// Days since year 0, roughly (months of 30.44 days): enough to count whole years.
    static func days(_ date: String) -> Int? {
        let parts = date.split(separator: "-").map { Int($0) }
        guard let year = parts.first ?? nil else { return nil }
        let month = parts.count > 1 ? (parts[1] ?? 1) : 1
        let day = parts.count > 2 ? (parts[2] ?? 1) : 1
        return year * 365 + year / 4 + Int(Double(month - 1) * 30.44) + day
    }
}

extension Array where Element == String {
    func uniqueSorted() -> [String] { Array(Set(self)).sorted() }
}
