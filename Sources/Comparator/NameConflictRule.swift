import ClaimModel

/// `other` findings, status `conflict`: articles that give one person, by every other sign,
/// different given names (`Mayor Margaret Lowe` in one, `Mayor Mary Lowe` in another).
///
/// Two full names conflict when they share the surname (and generation suffix), their given
/// names cannot be one person's, no article names both, and every article naming either names
/// no other person of that surname: then each outlet has one person of that surname, and the
/// two are one person unless something sets them apart. A fact about the person ties them
/// (the same office, or offices sharing their role, field or organisation: `Senate Majority
/// Leader` / `the Senate Democratic leader`; the same party; ages at most a year apart). With
/// no tie they are still one person when no fact sets them apart (offices with nothing in
/// common, other parties, ages further apart, descriptions in apposition with no word in
/// common: `a farmer` / `a nurse`) and no mention of either stands by a word of kinship
/// (`his son`, `her sister`): family members and namesakes are told apart that way, unless
/// both names stand by the same such word (`her husband, X` in each: one relative described
/// alike). A party word as a title's organisation (`the Democratic leader`) is a party.
/// Two people of one surname named side by side in one article are two people.
///
/// One first name with different middle names written out (`Arcade Joseph X` / `Arcade Andrew
/// X`) is two given names too. Given names that one person can carry (an initial, a common short form, one letter apart,
/// one among the other's given names) are not different; generic roles (`official`, `head`)
/// tie nothing.
struct NameConflictRule: FindingRule {
    /// What ties a person to a post or a side: office facets, parties, ages.
    struct Facts {
        var offices: Set<String> = []
        var facets: Set<String> = []
        var parties: Set<String> = []
        var ages: Set<Int> = []

        /// The first fact two people share, said in words; nil when none.
        func shared(with other: Facts) -> String? {
            if let office = offices.intersection(other.offices).sorted().first {
                let role = (office.split(separator: "|").last ?? "").split(separator: "/").joined(separator: " ")
                return "office (\(role))"
            }
            if let facet = facets.intersection(other.facets).sorted().first { return "office (\(facet))" }
            if let party = parties.intersection(other.parties).sorted().first { return "party (\(party))" }
            for age in ages.sorted() where other.ages.contains(where: { abs($0 - age) <= 1 }) { return "age (\(age))" }
            return nil
        }

        /// Whether a fact sets two people apart: both hold offices (or parties, or ages) and
        /// none of them is shared.
        func separates(from other: Facts) -> Bool {
            if !facets.isEmpty, !other.facets.isEmpty, facets.isDisjoint(with: other.facets) { return true }
            if !parties.isEmpty, !other.parties.isEmpty, parties.isDisjoint(with: other.parties) { return true }
            return !ages.isEmpty && !other.ages.isEmpty && !ages.contains { age in other.ages.contains { abs($0 - age) <= 1 } }
        }
    }

    func facts(in context: ComparisonContext) -> [String: Facts] {
        var facts: [String: Facts] = [:]
        // `the Democratic leader`: a title's organisation that is a party some article of the
        // set gives a person (`Democratic Sen. X`) says the holder's party, not a body.
        let parties = Set(context.claims(.party).compactMap(\.slots.value))
        for claim in context.claims(.title) {
            guard let person = claim.slots.person, let text = claim.slots.office else { continue }
            var office = Office(parsing: text)
            office.role = TitleRule.roles[office.role] ?? office.role
            guard office.role != "title" else { continue }
            // `Half-brother X`: a relation, read with the words of kinship, not an office.
            guard !Folding.words(office.role).contains(where: NameConflictRule.kinship.contains) else { continue }
            if let organization = office.organization {
                if parties.contains(organization) {
                    facts[person, default: Facts()].parties.insert(organization)
                } else {
                    facts[person, default: Facts()].facets.insert(organization)
                }
            }
            if let portfolio = office.portfolio { facts[person, default: Facts()].facets.insert(portfolio) }
            guard !Office.generic.contains(office.role) else { continue }
            facts[person, default: Facts()].offices.insert(office.qualifiers.joined(separator: " ") + "|" + office.role + "/" + (office.portfolio ?? ""))
            facts[person, default: Facts()].facets.insert(office.role)
            // `majority leader` and `leader`: the role's head word, when it names a post.
            if let head = office.role.split(separator: " ").last.map(String.init), !Office.generic.contains(head) {
                facts[person, default: Facts()].facets.insert(head)
            }
        }
        for claim in context.claims(.party) {
            guard let person = claim.slots.person, let value = claim.slots.value else { continue }
            facts[person, default: Facts()].parties.insert(value)
        }
        for claim in context.claims(.age) {
            guard let person = claim.slots.person, let value = claim.slots.value.flatMap({ Int($0) }) else { continue }
            facts[person, default: Facts()].ages.insert(value)
        }
        return facts
    }

    func findings(in context: ComparisonContext) -> [Finding] {
        let facts = facts(in: context)
        let named = context.entities.filter { $0.type == .person && $0.key.count >= 2 }
        let bySurname = Dictionary(grouping: named, by: { $0.key.last! })
        var findings: [Finding] = []
        for surname in bySurname.keys.sorted() {
            let group = bySurname[surname]!.sorted { $0.id < $1.id }
            guard group.count >= 2 else { continue }
            // Articles naming more than one person of this surname in full.
            var namers: [String: Int] = [:]
            for person in group { for article in person.locals.keys { namers[article, default: 0] += 1 } }
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] {
                    if let finding = oneArticleFinding(a, b, facts: facts, in: context) {
                        findings.append(finding)
                        continue
                    }
                    guard a.generation == b.generation, Set(a.locals.keys).isDisjoint(with: b.locals.keys),
                          (Array(a.locals.keys) + Array(b.locals.keys)).allSatisfy({ namers[$0] == 1 }) else { continue }
                    guard differentGivenNames(a.key, b.key) else {
                        if let finding = spellingFinding(a, b, facts: facts, in: context) { findings.append(finding) }
                        continue
                    }
                    let factsA = facts[a.id] ?? Facts(), factsB = facts[b.id] ?? Facts()
                    if let tie = factsA.shared(with: factsB) {
                        findings.append(finding(a, b, tie: tie, in: context))
                    } else if !factsA.separates(from: factsB), !describedApart(a, b, in: context) {
                        let kinA = kinship(a, in: context), kinB = kinship(b, in: context)
                        if kinA.isEmpty, kinB.isEmpty {
                            findings.append(finding(a, b, tie: "no fact or word of kinship setting them apart", in: context))
                        } else if let relation = kinA.intersection(kinB).sorted().first {
                            findings.append(finding(a, b, tie: "the same word of kinship (\(relation)) beside both names", in: context))
                        }
                    }
                }
            }
        }
        return findings
    }

    /// One article naming a person by another given name once: `Senator Harold Penn` in every
    /// article, and in one of them also `Senator Olivia Penn`, named nowhere else, holding the
    /// very same office (qualifiers and field included) or an age a year apart at most. Family
    /// members named side by side differ in office, or one of them is named in other articles
    /// too; a party alone ties nothing here.
    func oneArticleFinding(_ a: GlobalEntity, _ b: GlobalEntity, facts: [String: Facts], in context: ComparisonContext) -> Finding? {
        guard a.generation == b.generation, differentGivenNames(a.key, b.key) else { return nil }
        let shared = Set(a.locals.keys).intersection(b.locals.keys)
        guard shared.count == 1, let article = shared.first else { return nil }
        let (lone, known) = a.locals.count == 1 ? (a, b) : (b, a)
        guard lone.locals.count == 1, known.locals.count >= 2 else { return nil }
        var loneFacts = facts[lone.id] ?? Facts()
        var knownFacts = facts[known.id] ?? Facts()
        loneFacts.facets = []
        loneFacts.parties = []
        knownFacts.facets = []
        knownFacts.parties = []
        guard let tie = loneFacts.shared(with: knownFacts) else { return nil }
        var values: [String: [String]] = [:]
        var evidence: [String: [Evidence]] = [:]
        for person in [known, lone] {
            for (id, mentions) in context.mentions[person.id] ?? [:] {
                values[id, default: []].append(person.name)
                if let first = mentions.filter({ $0.form == .name }).min(by: { $0.span < $1.span }) ?? mentions.min(by: { $0.span < $1.span }) {
                    evidence[id, default: []].append(Evidence(text: first.text, span: first.span))
                }
            }
        }
        let others = known.locals.keys.filter { $0 != article }.sorted().map(context.outlet).joinedAsList()
        return Finding(
            kind: .other, status: .conflict, severity: context.configuration.severity(.other, .conflict, default: .warning),
            subject: "\(known.name) / \(lone.name)", subjectKey: "name-conflict:" + known.id + "|" + lone.id, entity: nil,
            summary: "\(context.outlet(article)) also calls \(known.name) \(lone.name), a name no other source gives",
            reason: "same surname and \(tie); \(lone.name) is named only there, while \(others) name \(known.name); the given names \(known.key.dropLast().joined(separator: " ")) and \(lone.key.dropLast().joined(separator: " ")) are not forms of one name",
            values: values, evidence: evidence)
    }

    func finding(_ a: GlobalEntity, _ b: GlobalEntity, tie: String, in context: ComparisonContext) -> Finding {
        let (values, evidence) = namesAndFirstMentions(a, b, in: context)
        let articlesA = a.locals.keys.sorted().map(context.outlet).joinedAsList()
        let articlesB = b.locals.keys.sorted().map(context.outlet).joinedAsList()
        return Finding(
            kind: .other, status: .conflict, severity: context.configuration.severity(.other, .conflict, default: .warning),
            subject: "\(a.name) / \(b.name)", subjectKey: "name-conflict:" + a.id + "|" + b.id, entity: nil,
            summary: "Sources give one person different given names: \(a.name) (\(articlesA)) and \(b.name) (\(articlesB))",
            reason: "same surname and \(tie); the given names \(a.key.dropLast().joined(separator: " ")) and \(b.key.dropLast().joined(separator: " ")) are not forms of one name, and no article names both",
            values: values, evidence: evidence)
    }

    /// Per article, the names it gives the two people and the first mention of each (a name
    /// mention before any other).
    func namesAndFirstMentions(_ a: GlobalEntity, _ b: GlobalEntity, in context: ComparisonContext) -> ([String: [String]], [String: [Evidence]]) {
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
        return (values, evidence)
    }

    /// Given names that cannot be one person's: neither an initial of the other, nor a common
    /// short form, nor one letter apart (`Jon` / `John`), nor one among the other's given names
    /// (`Lynn` / `Carol Lynn`, a person known by a middle name).
    func differentGivenNames(_ a: [String], _ b: [String]) -> Bool {
        guard let x = a.first, let y = b.first else { return false }
        // `Arcade Joseph X` / `Arcade Andrew X`: one first name, each with a middle name written
        // out and none of them shared: the middle names are different given names.
        if x == y {
            let middleA = a.dropFirst().dropLast().filter { $0.count > 1 }, middleB = b.dropFirst().dropLast().filter { $0.count > 1 }
            guard !middleA.isEmpty, !middleB.isEmpty, Set(middleA).isDisjoint(with: middleB) else { return false }
            return differentGivenNames(Array(middleA) + [a.last!], Array(middleB) + [b.last!])
        }
        if x.count == 1 || y.count == 1 { return x.first != y.first }
        if a.dropLast().contains(y) || b.dropLast().contains(x) { return false }
        if EntityResolver.editDistance(x, y) <= 1 { return false }
        let nicknames = EntityResolver.nicknames
        return (nicknames[x] ?? x) != (nicknames[y] ?? y)
    }
}
