import ClaimModel

/// `other` findings, status `conflict`: articles that give one office to people with the same
/// surname and different given names (`Mayor Margaret Lowe` in one, `Mayor Mary Lowe` in
/// another). Each name appears only in articles that do not name the other, so the articles
/// disagree on who holds the post; two people of one surname named side by side in one
/// article are two people.
///
/// Given names that one person can carry (an initial, a common short form) are not different;
/// generic roles (`official`, `head`) name no particular post and are not compared.
struct NameConflictRule: FindingRule {
    func findings(in context: ComparisonContext) -> [Finding] {
        // Person → offices (role normalized, with portfolio) from title claims.
        var offices: [String: Set<String>] = [:]
        for claim in context.claims(.title) {
            guard let person = claim.slots.person, let text = claim.slots.office else { continue }
            var office = Office(parsing: text)
            office.role = TitleRule.roles[office.role] ?? office.role
            guard !Office.generic.contains(office.role), office.role != "title" else { continue }
            offices[person, default: []].insert(office.qualifiers.joined(separator: " ") + "|" + office.role + "/" + (office.portfolio ?? ""))
        }
        let people = context.entities.filter { $0.type == .person && $0.key.count >= 2 && offices[$0.id] != nil }
        let bySurname = Dictionary(grouping: people, by: { $0.key.last! })
        var findings: [Finding] = []
        for surname in bySurname.keys.sorted() {
            let group = bySurname[surname]!.sorted { $0.id < $1.id }
            guard group.count >= 2 else { continue }
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] {
                    guard Set(a.locals.keys).isDisjoint(with: b.locals.keys), differentGivenNames(a.key, b.key) else { continue }
                    let shared = offices[a.id]!.intersection(offices[b.id]!)
                    guard let office = shared.sorted().first else { continue }
                    let role = (office.split(separator: "|").last ?? "").split(separator: "/").joined(separator: " ")
                    var values: [String: [String]] = [:]
                    var evidence: [String: [Evidence]] = [:]
                    for person in [a, b] {
                        for (article, mentions) in context.mentions[person.id] ?? [:] {
                            values[article, default: []].append(person.name)
                            if let first = mentions.filter({ $0.form == .name }).min(by: { $0.span < $1.span }) ?? mentions.min(by: { $0.span < $1.span }) {
                                evidence[article, default: []].append(Evidence(text: first.text, span: first.span))
                            }
                        }
                    }
                    let articlesA = a.locals.keys.sorted().map(context.outlet).joinedAsList()
                    let articlesB = b.locals.keys.sorted().map(context.outlet).joinedAsList()
                    findings.append(Finding(
                        kind: .other, status: .conflict, severity: context.configuration.severity(.other, .conflict, default: .warning),
                        subject: "\(a.name) / \(b.name)", subjectKey: "name-conflict:" + a.id + "|" + b.id, entity: nil,
                        summary: "Sources give the \(role) different given names: \(a.name) (\(articlesA)) and \(b.name) (\(articlesB))",
                        reason: "same surname and office (\(role)); the given names \(a.key.dropLast().joined(separator: " ")) and \(b.key.dropLast().joined(separator: " ")) are not forms of one name, and no article names both",
                        values: values, evidence: evidence))
                }
            }
        }
        return findings
    }

    /// Given names that cannot be one person's: neither an initial of the other, nor a common
    /// short form, nor one letter apart (`Jon` / `John`), nor one among the other's given names
    /// (`Lynn` / `Carol Lynn`, a person known by a middle name).
    func differentGivenNames(_ a: [String], _ b: [String]) -> Bool {
        guard let x = a.first, let y = b.first, x != y else { return false }
        if x.count == 1 || y.count == 1 { return x.first != y.first }
        if a.dropLast().contains(y) || b.dropLast().contains(x) { return false }
        if EntityResolver.editDistance(x, y) <= 1 { return false }
        let nicknames = EntityResolver.nicknames
        return (nicknames[x] ?? x) != (nicknames[y] ?? y)
    }
}
