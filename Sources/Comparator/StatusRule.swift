import ClaimModel

/// `status` findings: where a legal or political process stands for someone, as each
/// article says (claims of kind `status`, grouped by the question they answer, `event`:
/// charges, plea, verdict, sentence, resignation, and by person).
///
/// Each article's claims reduce to values: the status (`charged`), `not charged` for a
/// denial, `will resign` for a planned one, and what it is about when written (`pleaded
/// guilty to fraud`). Then:
/// - conflict: one article affirms what another denies (`charged` against `no charges have
///   been filed`), or gives the opposite answer (`pleaded guilty` / `pleaded not guilty`,
///   `convicted` / `acquitted`), and neither article itself says both (which would make the
///   words name several occasions or people);
/// - variant: one article says it is done and another that it is planned (`resigned` / `will
///   resign`): an update when they were published at different times, the reason says;
/// - agree: the same answer; only-in: one article tells.
///
/// A claim that names nobody (`No charges have been filed`) joins the one person the other
/// claims on that question are about, if there is exactly one. A claim about an earlier
/// occasion (`FactContext.time`: `was convicted in 2009`) or that its sentence dates weeks before
/// the article (`datedEarlier`) is not compared.
struct StatusRule: FindingRule {
    /// Statuses that answer a question the other way: a yes to one is a no to the other.
    static let opposites: [String: String] = [
        "pleaded guilty": "pleaded not guilty", "pleaded not guilty": "pleaded guilty",
        "convicted": "acquitted", "acquitted": "convicted",
    ]

    func findings(in context: ComparisonContext) -> [Finding] {
        let dates = context.claims(.date)
        let claims = context.claims(.status).filter { claim in
            let article = context.article(claim.article)
            return claim.slots.event != nil && claim.slots.value != nil
                && FactContext.of(claim, in: article).time == nil && !StatusRule.datedEarlier(claim, dates: dates, published: article?.published)
        }
        var groups: [String: [String: [Claim]]] = [:]
        for family in Set(claims.compactMap(\.slots.event)).sorted() {
            let inFamily = claims.filter { $0.slots.event == family }
            let named = Set(inFamily.compactMap(\.slots.person))
            for claim in inFamily {
                let person = claim.slots.person ?? (named.count == 1 ? named.first! : "")
                groups[family + "|" + person, default: [:]][claim.article, default: []].append(claim)
            }
        }
        return groups.keys.sorted().map { key in finding(key, groups[key]!, context) }
    }

    /// A status its own sentence dates well before the article (`was sentenced in December`
    /// in a January article, `pleaded guilty in August`): a past step of the process, not news
    /// of the event, like a past conviction.
    static func datedEarlier(_ claim: Claim, dates: [Claim], published: String?) -> Bool {
        guard let published, let day = DayRange.bounds(published) else { return false }
        let span = claim.evidence.span
        return dates.contains { date in
            guard date.article == claim.article, date.evidence.span.start >= span.start, date.evidence.span.end <= span.end,
                  let ranges = date.slots.date.flatMap(DayRange.parse)?.ranges else { return false }
            // A month read in the publication's year that lies ahead of it, for a step already
            // taken (`was sentenced in December` in a January article), is last year's.
            if claim.slots.verb == "done", DateRule.isRelative(date), ranges.allSatisfy({ $0.lowerBound > day.upperBound }) { return true }
            return ranges.allSatisfy { $0.upperBound < day.lowerBound - earlierDays }
        }
    }

    /// Days before publication from which a dated status is a past step.
    static let earlierDays = 20

    /// One article's values: `charged`, `not charged`, `will resign`, `pleaded guilty to fraud`.
    static func value(_ claim: Claim) -> String {
        let status = claim.slots.value ?? ""
        if claim.polarity == .negative { return "not " + status }
        if claim.slots.verb == "planned" { return "will " + (planned[status] ?? status) }
        return [status, claim.slots.text].compactMap { $0 }.joined(separator: " ")
    }

    /// A status that says another is true too: an indictment is a charge.
    static let implies: [String: String] = ["indicted": "charged"]

    /// The bare verb of a status for its planned form (`resigned` → `resign`).
    static let planned: [String: String] = [
        "resigned": "resign", "charged": "be charged", "indicted": "be indicted", "sentenced": "be sentenced",
        "convicted": "be convicted", "acquitted": "be acquitted", "pleaded guilty": "plead guilty", "pleaded not guilty": "plead not guilty",
    ]

    /// The answer an article gives: affirmed statuses, denied statuses, planned statuses.
    struct Answer {
        var yes: Set<String> = []
        var no: Set<String> = []
        var planned: Set<String> = []

        init(_ claims: [Claim]) {
            for claim in claims {
                guard let status = claim.slots.value else { continue }
                if claim.polarity == .negative {
                    no.insert(status)
                } else if claim.slots.verb == "planned" {
                    planned.insert(status)
                } else {
                    yes.insert(status)
                    if let opposite = StatusRule.opposites[status] { no.insert(opposite) }
                }
            }
        }

        /// A yes in this answer that the other denies: the same status (`charged` / `not
        /// charged`), one that implies it (`indicted` / `not charged`), or its opposite
        /// (`pleaded guilty` / `pleaded not guilty`, an opposite counts as a denial).
        func contradicts(_ other: Answer) -> Bool {
            other.no.contains { denied in yes.contains(denied) || yes.contains { StatusRule.implies[$0] == denied } }
        }

        /// A yes and a no about the same question inside one article: the words name several
        /// occasions or people, so a disagreement between articles proves nothing.
        var selfContradicting: Bool { contradicts(self) }
    }

    func finding(_ key: String, _ perArticle: [String: [Claim]], _ context: ComparisonContext) -> Finding {
        let parts = key.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let family = parts[0], person = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        let who = person.map(context.name) ?? "unnamed"
        let subject = "\(who): \(family)"
        let values = perArticle.mapValues { Array(Set($0.map(StatusRule.value))).sorted() }
        let evidence = perArticle.mapValues { $0.map(\.evidence).sorted() }
        let articles = perArticle.keys.sorted()
        let answers = perArticle.mapValues(Answer.init)
        let shown = { (article: String) in "\(values[article]!.joined(separator: ", ")) (\(context.outlet(article)))" }
        var status: FindingStatus
        var summary: String
        var reason: String? = nil
        let clash = articles.flatMap { a in articles.filter { $0 != a }.map { (a, $0) } }.first { a, b in
            answers[a]!.contradicts(answers[b]!) && !answers[a]!.selfContradicting && !answers[b]!.selfContradicting
        }
        if articles.count == 1 {
            status = .onlyIn
            summary = "Only \(context.outlet(articles[0])) says of \(who): \(values[articles[0]]!.joined(separator: ", "))"
        } else if let (a, b) = clash {
            status = .conflict
            summary = "Sources disagree on the \(family) of \(who)"
            reason = "\(shown(a)) against \(shown(b))"
        } else if let done = articles.first(where: { !answers[$0]!.yes.isEmpty }), let ahead = articles.first(where: { answers[$0]!.yes.isEmpty && !answers[$0]!.planned.isEmpty }) {
            status = .variant
            summary = "One source says the \(family) of \(who) happened, another that it is planned"
            let dates = [done, ahead].map { article in context.article(article)?.published }
            if let first = dates[0], let second = dates[1], first != second {
                reason = "an update: \(shown(ahead)) published \(second), \(shown(done)) published \(first)"
            } else {
                reason = "\(shown(ahead)) and \(shown(done)): a plan and its outcome, or an article behind the news"
            }
        } else if Set(values.values.map { Set($0) }).count == 1 {
            status = .agree
            summary = "\(articles.map(context.outlet).joinedAsList()) agree on the \(family) of \(who): \(values[articles[0]]!.joined(separator: ", "))"
        } else {
            status = .variant
            summary = "Sources tell the \(family) of \(who) in different words"
            reason = articles.map(shown).joined(separator: "; ")
        }
        let severity: Severity = status == .conflict ? .error : status == .onlyIn ? .warning : .info
        return Finding(
            kind: .status, status: status, severity: context.configuration.severity(.status, status, default: severity),
            subject: subject, subjectKey: "status:" + key, entity: person, summary: summary, reason: reason, values: values, evidence: evidence)
    }
}
