import ClaimModel

/// `title` findings: the titles each article gives one person, compared as offices.
/// `consistency` findings: one article giving one person two different offices.
///
/// - agree: every title of each article is written in the other too, up to case, dots and
///   abbreviations (`Sen.` / `Senator`, `Secretary of State` / `secretary of state`), or as a
///   shorter or qualified form of it (`Speaker` / `House Speaker`); the people table still
///   shows every wording;
/// - variant: the same office in other words (`Defense Minister` / `Minister of National
///   Defence`), `former Governor` against a bare `Governor` (news drops `former` in retrospect), a role only one article gives (`CEO` / `president`), or titles configured as
///   equivalent;
/// - conflict: the same kind of office with another field or rank (`Secretary of Defense` /
///   `Secretary of War`, `Minister` / `Deputy Minister`, `spokesman` / `deputy spokesman`),
///   or two offices of one family that one person cannot hold at
///   once (`Governor` / `Mayor`, `Senator` / `Representative`, `President` / `Vice President`,
///   `Majority Leader` / `Minority Leader`, `CFO` / `CEO`) where the other article names
///   neither the first office nor the second beside it. Offices that coexist (a senator who
///   chairs a committee, a party's candidate) belong to no common family and do not conflict;
///   one article giving one person two offices of one family is a `consistency` conflict.
struct TitleRule: FindingRule {
    func findings(in context: ComparisonContext) -> [Finding] {
        var byPerson: [String: [String: [Claim]]] = [:]
        for claim in context.claims(.title) {
            guard let person = claim.slots.person else { continue }
            byPerson[person, default: [:]][claim.article, default: []].append(claim)
        }
        let equivalence = EquivalentTitles(context.configuration.equivalentTitles)
        let descriptions = TitleRule.descriptions(context)
        var findings: [Finding] = []
        for person in byPerson.keys.sorted() {
            let perArticle = byPerson[person]!
            let name = context.name(person)
            // Within one article.
            for article in perArticle.keys.sorted() {
                let claims = perArticle[article]!
                if let (a, b) = firstDifferent(claims, equivalence) {
                    let severity = context.configuration.severity(.consistency, .conflict, default: .warning)
                    findings.append(Finding(
                        kind: .consistency, status: .conflict, severity: severity, subject: name, subjectKey: "title:" + person,
                        entity: person, summary: "\(context.outlet(article)) gives \(name) two different titles: \(a.slots.title ?? "") and \(b.slots.title ?? "")",
                        reason: "offices \(TitleRule.shown(a.slots.office)) and \(TitleRule.shown(b.slots.office)) differ",
                        values: [article: [a.slots.title ?? "", b.slots.title ?? ""]],
                        evidence: [article: [a.evidence, b.evidence]]))
                }
            }
            guard perArticle.count >= 2 else { continue }
            let values = perArticle.mapValues { Array(Set($0.compactMap { $0.slots.title })).sorted() }
            let evidence = perArticle.mapValues { $0.map(\.evidence) }
            let status: FindingStatus
            var reason: String? = nil
            let articles = perArticle.keys.sorted()
            var conflictPair: (Claim, Claim)? = nil
            var equivalentPair: (String, String)? = nil
            var allSame = true
            // Articles with the same titles compare alike: compare one article per distinct
            // set of titles (first in id order), so the cost follows the variety of titles,
            // not the number of article pairs.
            var representatives: [[Claim]] = []
            var signatures = Set<[String]>()
            for article in articles {
                var seen = Set<String>()
                let claims = perArticle[article]!.filter { seen.insert(Folding.fold($0.slots.title ?? "") + "\u{1F}" + ($0.slots.office ?? "")).inserted }
                if signatures.insert(seen.sorted()).inserted { representatives.append(claims) }
            }
            outer: for (i, first) in representatives.enumerated() {
                for second in representatives[(i + 1)...] {
                    let comparison = compare(first, second, equivalence, descriptions: descriptions)
                    switch comparison {
                    case .conflict(let a, let b):
                        conflictPair = (a, b)
                        break outer
                    case .equivalent(let a, let b):
                        equivalentPair = (a, b)
                        allSame = false
                    case .variant:
                        allSame = false
                    case .same:
                        break
                    }
                }
            }
            let folded = Set(values.values.map { $0.map(Folding.fold) })
            if let (a, b) = conflictPair {
                status = .conflict
                reason = "\(a.slots.title ?? "") (\(context.outlet(a.article))) and \(b.slots.title ?? "") (\(context.outlet(b.article))) name different offices: \(TitleRule.shown(a.slots.office)) vs \(TitleRule.shown(b.slots.office))"
            } else if let (a, b) = equivalentPair {
                status = .variant
                reason = "\(a) and \(b) are declared equivalent in crosscheck.json"
            } else if allSame {
                status = .agree
                if folded.count > 1 { reason = "the same titles, abbreviated, in other case or in a shorter form" }
            } else {
                status = .variant
                reason = "the same office in other words, or a role only one article gives"
            }
            let defaultSeverity: Severity = status == .conflict ? .warning : .info
            let summary: String
            switch status {
            case .conflict: summary = "Sources give \(name) different titles"
            case .agree: summary = "Sources give \(name) the same title"
            default: summary = "Sources word \(name)'s title differently"
            }
            findings.append(Finding(
                kind: .title, status: status, severity: context.configuration.severity(.title, status, default: defaultSeverity),
                subject: name, subjectKey: person, entity: person, summary: summary, reason: reason, values: values, evidence: evidence,
                identity: TitleRule.identity(perArticle.values.flatMap { $0 })))
        }
        return findings
    }

    enum Comparison { case same, variant, equivalent(String, String), conflict(Claim, Claim) }

    /// Two articles' titles for one person. A conflict needs a pair of the same kind of
    /// office that differs (`Secretary of Defense` / `Secretary of War`) where the other
    /// article has no title naming the same office; a bare shorter form (`Secretary`) does
    /// not reconcile them.
    /// What a title finding is about, for its id: each title's office where one is known, else
    /// the folded title, so an abbreviation written out (`Rep.` / `Representative`) or another
    /// case keeps the finding's id and its baseline entry.
    /// An office as a reason shows it: without its family (`senator`, not `senator#seat`).
    static func shown(_ office: String?) -> String { String((office ?? "").prefix { $0 != "#" }) }

    static func identity(_ claims: [Claim]) -> [String] {
        Array(Set(claims.map { claim in
            // The family (`#executive`) is derived from the role: left out, ids stay as they were.
            let office = shown(claim.slots.office)
            return office.isEmpty ? Folding.fold(claim.slots.title ?? "") : "office:" + office
        })).sorted()
    }

    func compare(_ a: [Claim], _ b: [Claim], _ equivalence: EquivalentTitles, descriptions: Set<String> = []) -> Comparison {
        let officesA = a.map { (claim: $0, office: office($0, equivalence)) }
        let officesB = b.map { (claim: $0, office: office($0, equivalence)) }
        var sawVariant = false
        for x in officesA {
            for y in officesB {
                if let pair = equivalence.declared(x.claim.slots.title, y.claim.slots.title) { return .equivalent(pair.0, pair.1) }
            }
        }
        for (mine, theirs) in [(officesA, officesB), (officesB, officesA)] {
            for x in mine {
                var same = false
                var counterpart = false
                let written = TitleRule.normalized(x.claim.slots.title)
                var exact = false
                var different: Claim? = nil
                var exclusive: Claim? = nil
                for y in theirs {
                    if TitleRule.normalized(y.claim.slots.title) == written { exact = true }
                    switch x.office.relation(to: y.office) {
                    case .same:
                        same = true
                        counterpart = true
                    case .compatible:
                        // A shorter or qualified form of the same title (`Speaker` / `House Speaker`).
                        counterpart = true
                        exact = true
                    case .unrelated:
                        // An office the other article's holder cannot hold at the same time, and
                        // that this article does not also give.
                        if TitleRule.exclusive(x.office, y.office), !mine.contains(where: { $0.office.role == y.office.role }) {
                            exclusive = exclusive ?? y.claim
                        }
                    case .different:
                        // `Former Governor` against a bare `Governor`: news keeps a past
                        // holder's title by courtesy and drops `former` in retrospect, so on real
                        // news this pair was a false conflict (2 of the 12 conflicts on 32
                        // unedited real sets); shown as a variant, never hidden.
                        // A lowercase description (`a spokeswoman`, `the spokeswoman, Ito`) names
                        // the kind of post and may leave out its rank or field: no conflict with
                        // the full title (`Deputy Spokesperson`), only a variant.
                        if TitleRule.pastOnly(x.office, y.office) || TitleRule.looser(x, y, descriptions) { counterpart = true } else { different = different ?? y.claim }
                    }
                }
                if !same, let other = different ?? (counterpart ? nil : exclusive) {
                    return mine.first?.claim.article == a.first?.article ? .conflict(x.claim, other) : .conflict(other, x.claim)
                }
                if !exact { sawVariant = true }
            }
        }
        return sawVariant ? .variant : .same
    }

    func office(_ claim: Claim, _ equivalence: EquivalentTitles) -> Office {
        var office = Office(parsing: claim.slots.office ?? "")
        office.role = TitleRule.roles[office.role] ?? office.role
        return office
    }

    /// In one article, `former Secretary of State X` and later `Secretary X`: a former holder
    /// keeps the bare title by courtesy, so the two are one office, not two.
    func courtesy(_ a: Office, _ b: Office) -> Bool {
        let (x, y) = (Set(a.qualifiers), Set(b.qualifiers))
        guard x.symmetricDifference(y).isSubset(of: Office.pastQualifiers), a.portfolio == nil || b.portfolio == nil else { return false }
        return a.portfolio == b.portfolio || (a.qualifiers.isEmpty ? a.portfolio == nil : b.portfolio == nil)
    }

    /// Two offices that differ only by a past qualifier (`former`, `late`, `ex`), with the same
    /// portfolio or one left out.
    static func pastOnly(_ a: Office, _ b: Office) -> Bool {
        let difference = Set(a.qualifiers).symmetricDifference(b.qualifiers)
        guard !difference.isEmpty, difference.isSubset(of: Office.pastQualifiers) else { return false }
        return a.portfolio == b.portfolio || a.portfolio == nil || b.portfolio == nil
    }

    /// A title as written, folded, without dots, abbreviations expanded: `Sen.` → `senator`.
    static func normalized(_ title: String?) -> String {
        Folding.words(title ?? "").map { abbreviations[$0] ?? $0 }.joined(separator: " ")
    }

    /// Abbreviations of titles in news style.
    static let abbreviations: [String: String] = [
        "sen": "senator", "rep": "representative", "gov": "governor", "lt": "lieutenant", "gen": "general",
        "sec": "secretary", "pres": "president", "atty": "attorney", "dept": "department", "amb": "ambassador",
        "adm": "admiral", "col": "colonel", "maj": "major", "capt": "captain", "sgt": "sergeant", "cmdr": "commander",
        "supt": "superintendent", "insp": "inspector", "det": "detective", "asst": "assistant", "dep": "deputy",
    ]

    /// Role words that name one role: `Rep.`, `Congressman` and `Representative`.
    static let roles: [String: String] = [
        "congressman": "representative", "congresswoman": "representative", "congressperson": "representative",
        "rep": "representative", "lawmaker": "representative", "attorney": "lawyer", "chairwoman": "chairman",
        "chairperson": "chairman", "chair": "chairman", "spokeswoman": "spokesman", "spokesperson": "spokesman",
    ]

    /// Two current offices of one family that one person does not hold at once (`Senator` /
    /// `Representative`, `Governor` / `Mayor`, `President` / `Vice President`, `CEO` / `CFO`):
    /// the families come from the extractor's lexicon (`office-families.txt`).
    static func exclusive(_ a: Office, _ b: Office) -> Bool { a.excludes(b) }

    func firstDifferent(_ claims: [Claim], _ equivalence: EquivalentTitles) -> (Claim, Claim)? {
        // The first claim of each distinct office: the relation depends on the office alone
        // (and is symmetric), so the first differing pair is unchanged, without parsing an
        // office n² times for an article that repeats one title thousands of times.
        var seen = Set<String>()
        let distinct = claims.filter { seen.insert($0.slots.office ?? "").inserted }
        let offices = distinct.map { office($0, equivalence) }
        for i in offices.indices {
            for j in (i + 1)..<offices.count where offices[i].relation(to: offices[j]) == .different && !courtesy(offices[i], offices[j])
                || TitleRule.exclusive(offices[i], offices[j]) {
                // Only when nothing else in the article reconciles them.
                return (distinct[i], distinct[j])
            }
        }
        return nil
    }
}

/// Titles declared equivalent in configuration, folded.
struct EquivalentTitles {
    var groups: [[String]]
    init(_ groups: [[String]]) { self.groups = groups.map { $0.map(Folding.fold) } }

    func declared(_ a: String?, _ b: String?) -> (String, String)? {
        guard let a, let b else { return nil }
        let x = Folding.fold(a), y = Folding.fold(b)
        guard x != y else { return nil }
        for group in groups where group.contains(x) && group.contains(y) { return (a, b) }
        return nil
    }
}
