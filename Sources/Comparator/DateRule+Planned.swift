import ClaimModel

/// A person's plan dated by a day in one article and by a month in another (`will step down
/// on March 1`, `plans to step down at the end of April`): the dates of one planned act of one
/// person, keyed by that person, the act and the plan (`leave by person:x (planned)`). Such keys
/// are otherwise compared only by alignment, which never sets a day against a month; here a
/// day that falls outside the other article's month is a conflict when the articles are of one
/// day, a variant when they are of different days (a day inside the month agrees and adds
/// nothing). A plan is never set against what happened: the key holds plans only.
extension DateRule {
    func plannedPrecisionFindings(_ byEvent: [String: [String: [Claim]]], _ context: ComparisonContext) -> [Finding] {
        var findings: [Finding] = []
        for key in byEvent.keys.sorted() where key.hasSuffix(" (planned)") {
            let perArticle = byEvent[key]!
            guard perArticle.count > 1, perArticle.values.allSatisfy({ $0.allSatisfy { $0.slots.actor != nil && DateRule.isPlanned($0) } }) else { continue }
            let values = perArticle.mapValues { Array(Set($0.compactMap(\.slots.date))).sorted() }
            let articles = perArticle.keys.sorted()
            // Every article one precision throughout, dating one occasion; the plan set in
            // days by some articles and in months by others.
            func precision(_ article: String) -> String? {
                let kinds = Set(perArticle[article]!.map(DateRule.precision))
                return kinds.count == 1 && consistent(values[article]!) ? kinds.first : nil
            }
            let precisions = articles.map(precision)
            guard precisions.allSatisfy({ $0 == "day" || $0 == "month" }), Set(precisions).count == 2 else { continue }
            let sides = occurrenceSides(articles, values, context)
            let apart = DatePairs(articles, values, tag: { (article: String) -> Tagged in Tagged(precision: precision(article), side: sides[article]) }, keep: Tagged.apart)
            // Three or more articles, no two alike: several plans, not one misdated.
            if articles.count >= DateRule.occasionsQuorum, apart.count == articles.count * (articles.count - 1) / 2 { continue }
            // Relative dates read from different publication dates may differ by the reading
            // (`Friday`), but a named month or day whose year alone was read is the date written.
            let yearOnly = { (article: String) in perArticle[article]!.allSatisfy { $0.slots.quantity?.hasPrefix("year from publication date") == true } }
            guard let (a, b) = apart.first(where: { yearOnly($0.0) || yearOnly($0.1) || !excused($0.0, $0.1, perArticle, context) }) else { continue }
            let written = { (article: String) in Array(Set(perArticle[article]!.compactMap(\.slots.text))).sorted().map { "“\($0)”" }.joined(separator: ", ") }
            let event = DateRule.describe(perArticle[a]!.first!, context)
            var reason = "\(values[a]!.joined(separator: ", ")) (\(context.outlet(a)): \(written(a))) and \(values[b]!.joined(separator: ", ")) (\(context.outlet(b)): \(written(b))) do not overlap: the day falls outside the month"
            // A plan can change between two publication days: articles of different days that
            // date it apart report a change as often as an error, so that is a variant to read,
            // and only articles of one day that disagree conflict. Either way a warning: which
            // date holds is the first thing a reader of the plan must check.
            var status = FindingStatus.conflict
            var summary = "Sources give different dates for the \(event)"
            if let publishedA = published(a, context), let publishedB = published(b, context), publishedA != publishedB {
                reason += "; published \(publishedA) and \(publishedB): the later article may report a changed plan"
                status = .variant
                summary = "Sources published on different days give different dates for the \(event): the plan may have changed"
            }
            findings.append(Finding(
                kind: .date, status: status, severity: context.configuration.severity(.date, status, default: .warning),
                subject: event, subjectKey: "date:" + key, entity: nil, summary: summary, reason: reason,
                values: values, evidence: perArticle.mapValues { $0.map(\.evidence) }))
        }
        return findings
    }
}

/// A planned date's article as `DatePairs` classes it: its precision and its dates' side.
private struct Tagged: Hashable {
    var precision: String?
    var side: Int?

    /// Dates of different precision, not of different occurrences.
    static func apart(_ x: Tagged, _ y: Tagged) -> Bool {
        guard x.precision != y.precision else { return false }
        guard let a = x.side, let b = y.side else { return true }
        return a == b
    }
}
