import ClaimModel

/// `number` findings: the figures each article gives for one measure, compared as intervals.
///
/// Claims align by measure (folded, head noun singular, a few synonyms: `planes` ≡ `aircraft`,
/// `facility` ≡ `fund`) and unit family (`m`, `km/h`, `USD`, a count…): `6 miles` and `10 km`
/// are one measure in metres; euros and dollars are different measures.
/// - agree: the same normalized value in every article (`three` ≡ `3`);
/// - variant: intervals that overlap (`at least 37` and `40`; `130 mph` and `209 km/h`), the
///   reason shows the intervals;
/// - conflict: two articles whose intervals are disjoint (`3` and `4` patrol boats), with the
///   publication dates when they differ, since the later figure may be an update;
/// - only-in: one article gives the figure.
struct NumberRule: FindingRule {
    /// Relative tolerance for physical units: conversions and rounding (`420 m` vs `1,380ft`,
    /// `6 miles` vs `10 km`), still below the gap of `120 mph` vs `130 mph`.
    static let tolerance = 0.04
    static let physical: Set<String> = ["m", "km/h", "kg", "month", "km2"]
    /// Head nouns that name the same thing.
    static let synonyms: [String: String] = [
        "plane": "aircraft", "jet": "aircraft", "airplane": "aircraft", "facility": "fund", "dead": "death",
        "fatality": "death", "casualty": "death", "hurt": "injured", "wounded": "injured", "injury": "injured",
        "vessel": "ship", "percent": "percentage", "tie": "relation",
    ]
    static let severeMeasures: Set<String> = ["death", "deaths", "injured"]

    struct Figure {
        var claim: Claim
        var low: Double
        var high: Double
        var value: String
    }

    /// Durations are compared in months; shown in the unit a reader expects:
    /// `360` → `30 years`, `0.099` → `3 days`, `4.5` → `4.5 months`. Intervals stay in months.
    static func duration(_ value: String) -> String {
        guard let months = Double(value) else { return value + " month" }
        if months >= 12, (months / 12).rounded() == months / 12 { let years = Int(months / 12); return "\(years) year\(years == 1 ? "" : "s")" }
        if months < 1 {
            let days = Int((months * 30.4375).rounded())
            if days >= 7, days % 7 == 0 { return "\(days / 7) week\(days == 7 ? "" : "s")" }
            return "\(days) day\(days == 1 ? "" : "s")"
        }
        return "\(value) month\(months == 1 ? "" : "s")"
    }

    func findings(in context: ComparisonContext) -> [Finding] {
        var groups: [String: [String: [Figure]]] = [:]
        var phrases: [String: [String]] = [:]
        for claim in context.claims(.number) {
            guard let measure = claim.slots.measure, let value = claim.slots.value, let (low, high) = NumberRule.interval(value) else { continue }
            let key = NumberRule.key(measure) + "|" + (claim.slots.unit ?? "count")
            let shown = claim.slots.unit.map { unit in
                if unit == "ordinal" { return value }
                if unit == "month" { return NumberRule.duration(value) }
                return "\(value) \(unit)"
            } ?? value
            groups[key, default: [:]][claim.article, default: []].append(Figure(claim: claim, low: low, high: high, value: shown))
            phrases[key, default: []].append(measure)
        }
        var findings: [Finding] = []
        for key in groups.keys.sorted() {
            let perArticle = groups[key]!
            let subject = NumberRule.subject(phrases[key]!)
            let head = String(key.split(separator: "|").first ?? "")
            let unit = String(key.split(separator: "|").last ?? "")
            let tolerance = NumberRule.physical.contains(unit) ? NumberRule.tolerance : 0
            let values = perArticle.mapValues { Array(Set($0.map(\.value))).sorted() }
            let evidence = perArticle.mapValues { $0.map(\.claim.evidence) }
            let articles = perArticle.keys.sorted()
            func describe(_ article: String) -> String {
                let figures = perArticle[article]!
                let texts = Array(Set(figures.map { "“\($0.claim.slots.quantity ?? $0.claim.evidence.text)” = \($0.value)" })).sorted()
                return "\(texts.joined(separator: ", ")) (\(context.outlet(article)))"
            }
            var status: FindingStatus
            var summary: String
            var reason: String? = nil
            if articles.count == 1 {
                status = .onlyIn
                summary = "Only \(context.outlet(articles[0])) gives a figure for \(subject): \(values[articles[0]]!.joined(separator: ", "))"
            } else if let (a, b) = firstConflict(articles, perArticle, tolerance) {
                status = .conflict
                summary = "Sources give different figures for \(subject)"
                reason = "\(describe(a)) and \(describe(b)) do not overlap"
                if let (early, late) = updatePair(articles, perArticle, tolerance, context) {
                    summary += " (published \(published(early, context)!) and \(published(late, context)!): the later figure may be an update)"
                    reason! += "; \(context.outlet(late)) was published later (\(published(late, context)!)) than \(context.outlet(early)) (\(published(early, context)!)), so its figure may be an update"
                }
            } else {
                let shared = articles.dropFirst().reduce(Set(values[articles[0]]!)) { $0.intersection(values[$1]!) }
                if !shared.isEmpty && Set(values.values.flatMap { $0 }).count == 1 {
                    status = .agree
                    summary = "Sources agree on \(subject): \(shared.sorted().joined(separator: ", "))"
                } else {
                    status = .variant
                    summary = "Sources give compatible figures for \(subject), worded differently"
                    reason = "the intervals overlap" + (tolerance > 0 ? " (within \(Int(tolerance * 100))% after unit conversion)" : "") + ": " + articles.map(describe).joined(separator: "; ")
                }
            }
            let severe = NumberRule.severeMeasures.contains(head)
            let severity: Severity = status == .conflict ? (severe ? .error : .warning) : .info
            findings.append(Finding(
                kind: .number, status: status, severity: context.configuration.severity(.number, status, default: severity),
                subject: subject, subjectKey: "number:" + key, entity: nil, summary: summary, reason: reason, values: values, evidence: evidence))
        }
        return findings
    }

    func published(_ article: String, _ context: ComparisonContext) -> String? {
        context.articles.first { $0.id == article }?.published
    }

    /// The pair the "may be an update" note names, chosen by publication date and never by
    /// file order: the earliest-published article whose figure conflicts with a
    /// later-published one, and the latest such article (ties broken by id). Looks at the 50
    /// earliest and 50 latest dated articles, so a large set stays linear.
    func updatePair(_ articles: [String], _ figures: [String: [Figure]], _ tolerance: Double, _ context: ComparisonContext) -> (String, String)? {
        let dated = articles.compactMap { id in published(id, context).map { (id: id, date: $0) } }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        for early in dated.prefix(50) {
            for late in dated.reversed().prefix(50) where late.date > early.date {
                if firstConflict([early.id, late.id], figures, tolerance) != nil { return (early.id, late.id) }
            }
        }
        return nil
    }

    func firstConflict(_ articles: [String], _ figures: [String: [Figure]], _ tolerance: Double) -> (String, String)? {
        for (i, a) in articles.enumerated() {
            for b in articles[(i + 1)...] {
                let compatible = figures[a]!.contains { x in figures[b]!.contains { y in NumberRule.overlaps(x.low, x.high, y.low, y.high, tolerance) } }
                if !compatible { return (a, b) }
            }
        }
        return nil
    }

    /// Intervals overlap, or the gap between them is within `tolerance` of the larger finite bound.
    static func overlaps(_ aLow: Double, _ aHigh: Double, _ bLow: Double, _ bHigh: Double, _ tolerance: Double) -> Bool {
        let gap = max(aLow - bHigh, bLow - aHigh)
        if gap <= 0 { return true }
        let scale = [aLow, aHigh, bLow, bHigh].filter { $0.isFinite }.map(abs).max() ?? 0
        return gap <= tolerance * scale
    }

    /// `12` → [12, 12]; `[12,∞)` → [12, ∞); `[30,40]` → [30, 40].
    static func interval(_ value: String) -> (Double, Double)? {
        if let single = Double(value) { return (single, single) }
        guard value.hasPrefix("[") else { return nil }
        let inner = value.dropFirst().dropLast()
        let parts = inner.split(separator: ",").map(String.init)
        guard parts.count == 2, let low = Double(parts[0]) else { return nil }
        if parts[1] == "∞" { return (low, .infinity) }
        guard let high = Double(parts[1]) else { return nil }
        return (low, high)
    }

    /// The alignment key of a measure: its last word, folded and singular, through `synonyms`.
    static func key(_ measure: String) -> String {
        let words = Folding.fold(measure).split(whereSeparator: { $0 == " " }).map(String.init)
        guard let last = words.last else { return "" }
        if last == "deaths" || last == "death" { return "death" }
        let single = singular(last)
        return synonyms[single] ?? single
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches") || word.hasSuffix("xes") { return String(word.dropLast(2)) }
        if word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") && word.count > 3 { return String(word.dropLast()) }
        if word == "people" || word == "persons" { return "person" }
        return word
    }

    /// The phrase most articles use, then the shortest, then alphabetical.
    static func subject(_ phrases: [String]) -> String {
        var counts: [String: Int] = [:]
        for phrase in phrases { counts[phrase, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key.count, $0.key) < ($0.value, $1.key.count, $1.key) }.first?.key ?? ""
    }
}
