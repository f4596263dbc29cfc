import ClaimModel

/// `number` findings: the figures each article gives for one fact, compared as intervals.
///
/// A fact is the counted thing (the measure's head noun, folded and singular, through
/// predicate classes: `killed` ≡ `dead` ≡ `death toll` ≡ `lives lost`, `injured` ≡ `wounded` ≡
/// `hurt`), its unit family (`m`, `km/h`, `USD`, a count…) and its time (`FactContext`: a figure
/// set in another year, introduced by `previously`, `career`, `last season`, or supposed after
/// `if`, `would`, `could` is compared only with figures of its like, never with today's; so are
/// counts whose modifiers differ). Ranks (`the No. 4 seed`) are names, not figures, and
/// frequencies (`three times`) count no thing; both are left out.
/// `6 miles` and `10 km` are one measure in metres; euros and dollars are different measures.
/// - agree: the same value in every article (`three` ≡ `3`), or a figure inside another's
///   interval (`at least 10` and `12`: the reason shows the intervals);
/// - variant: intervals that overlap otherwise (`more than 35` and `at least 37`; `130 mph` and
///   `209 km/h` within the tolerance); a toll that grows in a later article (an update, with
///   both publication dates); or articles that disagree while one of them itself gives several
///   incompatible figures for the measure (the word then names more than one fact);
/// - conflict: two articles whose intervals are disjoint (`3` and `4` patrol boats; `at least
///   12` and `0`), or two lower bounds a factor of two or more apart (`at least $10,000` and
///   `at least $100,000`), with the publication dates when they differ;
/// - only-in: one article gives the figure.
///
/// Figures are also aligned by their sentences' words whatever their measure
/// (`NumberRule+Context.swift`); aligned figures that cannot overlap are a conflict.
struct NumberRule: FindingRule {
    /// Relative tolerance for physical units: conversions and rounding (`420 m` vs `1,380ft`,
    /// `6 miles` vs `10 km`), still below the gap of `120 mph` vs `130 mph`.
    static let tolerance = 0.04
    static let physical: Set<String> = ["m", "km/h", "kg", "month", "km2"]
    /// Head nouns that name the same thing: predicate classes and synonyms.
    static let synonyms: [String: String] = [
        "plane": "aircraft", "jet": "aircraft", "airplane": "aircraft", "facility": "fund", "dead": "death",
        "fatality": "death", "casualty": "death", "killed": "death", "toll": "death", "life": "death", "died": "death",
        "hurt": "injured", "wounded": "injured", "injury": "injured",
        "arrest": "arrested", "accused": "charged", "vessel": "ship", "percent": "percentage", "tie": "relation",
    ]
    static let severeMeasures: Set<String> = ["death", "deaths", "injured"]
    /// Tolls that only grow as a story develops: a larger figure in a later article is an update.
    static let growing: Set<String> = ["death", "injured", "arrested", "evacuated", "displaced"]
    /// Heads that count how often something happened (`struck four times`, `fined twice`):
    /// they name no thing of their own, so two of them are rarely one fact.
    static let frequencies: Set<String> = ["time", "occasion"]
    /// The measure of an age no named person carries (`an 11-year-old daughter`): it counts no
    /// fact of the story, and two of them are rarely one person's, so it is never compared
    /// (a named person's age is compared by `PersonAttributeRule`).
    static let age = "age"
    /// How a variant says its figures may state different facts (another occasion or counted
    /// thing; a word one article itself uses for several): never an update of one figure.
    static let differentFacts = "may be different facts"
    static let severalFacts = "may name more than one fact"
    static func namesDifferentFacts(_ finding: Finding) -> Bool {
        finding.kind == .number && finding.status == .variant
            && (finding.summary.hasSuffix(differentFacts) || finding.summary.hasSuffix(severalFacts))
    }
    /// Two lower bounds this far apart (`at least 10,000` / `at least 100,000`) state different figures.
    static let boundRatio = 2.0

    struct Figure {
        var claim: Claim
        var low: Double
        var high: Double
        var value: String
        /// The occasion the sentence sets the figure in (`FactContext.time`); nil for the article's own.
        var time: String?
        /// The measure's words before its head (`patrol` in `patrol boats`).
        var modifiers: [String]

        /// What `closest` compares, without the claim.
        var interval: (value: String, low: Double, high: Double) { (value, low, high) }
    }

    /// How two articles' figures for one fact compare.
    enum Verdict: Int, Comparable {
        case same, inside, overlap, otherOccasion, update, conflict
        static func < (a: Verdict, b: Verdict) -> Bool { a.rawValue < b.rawValue }
    }

    /// Durations are compared in months; shown in the unit a reader expects when it is exact:
    /// `360` → `30 years`, `0.099` → `3 days`, `4.5` → `4.5 months`. Intervals stay in months.
    /// A duration that would show as a fraction of a month it was not written in (`100 days`,
    /// `six weeks`) or that is shorter than a day (`5 hours`) is shown as stated.
    static func duration(_ value: String, stated: String? = nil) -> String {
        let written = stated.flatMap { $0.contains(where: \.isLetter) ? $0 : nil }
        guard let months = Double(value) else { return value + " month" }
        if months * 30.4375 < 0.5, let written { return written }
        if months >= 12, (months / 12).rounded() == months / 12 { let years = Int(months / 12); return "\(years) year\(years == 1 ? "" : "s")" }
        if months < 1 {
            let days = Int((months * 30.4375).rounded())
            if days >= 7, days % 7 == 0 { return "\(days / 7) week\(days == 7 ? "" : "s")" }
            return "\(days) day\(days == 1 ? "" : "s")"
        }
        if let written, months.rounded() != months, !Folding.fold(written).contains("month") { return written }
        return "\(value) month\(months == 1 ? "" : "s")"
    }

    func findings(in context: ComparisonContext) -> [Finding] {
        var groups: [String: [String: [Figure]]] = [:]
        var phrases: [String: [String]] = [:]
        var identities: [String: [String]] = [:]
        var restated = Set<String>()
        let articles = Dictionary(context.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for claim in context.claims(.number) {
            guard let measure = claim.slots.measure, let value = claim.slots.value, let (low, high) = NumberRule.interval(value) else { continue }
            let fact = FactContext.of(claim, in: articles[claim.article])
            let head = NumberRule.key(measure)
            if fact.isRank || NumberRule.frequencies.contains(head) || head == NumberRule.age || NumberRule.isAlignedOnly(claim) { continue }
            let key = head + "|" + (claim.slots.unit ?? "count")
            let shown = claim.slots.unit.map { unit in
                if unit == "ordinal" { return value }
                if unit == "month" { return NumberRule.duration(value, stated: claim.slots.quantity) }
                // A measure converted to compare (`716 yards` in metres) is shown as stated.
                if NumberRule.physical.contains(unit), let stated = claim.slots.quantity, stated.contains(where: \.isLetter) { return stated }
                return "\(value) \(unit)"
            } ?? value
            // A duration reaches back by itself (`thirty years ago`): its sentence's past is its own.
            let time = claim.slots.unit == "month" && fact.time != "hypothetical" ? nil : fact.time
            let figure = Figure(claim: claim, low: low, high: high, value: shown, time: time, modifiers: NumberRule.modifiers(measure))
            groups[key, default: [:]][claim.article, default: []].append(figure)
            // A measure shown as stated keeps the converted figure as its identity: `13-inch`
            // written `thirteen-inch` is the same finding.
            let canonical = claim.slots.unit.map { "\(value) \($0)" } ?? value
            identities[key, default: []].append(canonical)
            if let unit = claim.slots.unit, NumberRule.physical.contains(unit), unit != "month", canonical != shown { restated.insert(key) }
            phrases[key, default: []].append(measure)
        }
        var findings: [Finding] = []
        // Sentence similarity, built only when an article with several figures needs it.
        var alignment: FactAlignment? = nil
        func related(_ figure: Figure, _ others: [Figure]) -> Bool {
            if alignment == nil { alignment = FactAlignment(context) }
            guard let aligner = alignment, let item = aligner.item(figure.claim) else { return false }
            // Two words besides the measure's own must be shared (`troops` alone says nothing,
            // nor does one word both sentences happen to have).
            let measure = Set(FactAlignment.stems(([figure.claim] + others.map(\.claim)).flatMap { Folding.words($0.slots.measure ?? "") }))
            return others.contains { other in
                guard let otherItem = aligner.item(other.claim), item.words.intersection(otherItem.words).subtracting(measure).count >= 2 else { return false }
                return aligner.similarity(item, otherItem) >= NumberRule.strayThreshold
            }
        }
        for key in groups.keys.sorted() {
            let perArticle = groups[key]!
            let parts = key.split(separator: "|").map(String.init)
            let head = parts[0]
            let unit = parts.count > 1 ? parts[1] : "count"
            let subject = NumberRule.subject(phrases[key]!)
            let tolerance = NumberRule.physical.contains(unit) ? NumberRule.tolerance : 0
            let values = perArticle.mapValues { Array(Set($0.map(\.value))).sorted() }
            let evidence = perArticle.mapValues { $0.map(\.claim.evidence) }
            let ids = perArticle.keys.sorted()
            func describe(_ article: String) -> String {
                let figures = perArticle[article]!
                // A measure shown as stated names the figure it was compared as (`“1,380ft” = 420.624 m`).
                let texts = Array(Set(figures.map { "“\($0.claim.slots.quantity ?? $0.claim.evidence.text)” = \(NumberRule.compared($0))" })).sorted()
                return "\(texts.joined(separator: ", ")) (\(context.outlet(article)))"
            }
            func dated(_ article: String) -> String {
                "\(context.outlet(article))" + (published(article, context).map { ", published \($0)" } ?? "")
            }
            var status: FindingStatus
            var summary: String
            var reason: String? = nil
            if ids.count == 1 {
                status = .onlyIn
                summary = "Only \(context.outlet(ids[0])) gives a figure for \(subject): \(values[ids[0]]!.joined(separator: ", "))"
            } else {
                let grows = NumberRule.growing.contains(head)
                // An article that itself gives incompatible figures uses the word for several facts.
                let several = ids.first { article in
                    let figures = perArticle[article]!
                    return figures.indices.contains { i in figures.indices.contains { j in
                        j > i && NumberRule.verdict([figures[i]], [figures[j]], tolerance) == .conflict } }
                }
                // Articles with the same figures and publication date compare alike: one
                // representative each, so the cost follows the variety of figures, not the
                // number of article pairs.
                var seen = Set<String>()
                let representatives = ids.filter { article in
                    let figures = perArticle[article]!.map { "\($0.value)\u{1F}\($0.time ?? "")\u{1F}\($0.modifiers)" }.sorted()
                    return seen.insert(figures.joined(separator: "\u{1E}") + "\u{1D}" + (published(article, context) ?? "")).inserted
                }
                // The pair named is chosen by publication date, never by file order: the
                // earliest-published article of the worst pair, then the latest, then ids.
                let worst = worstPair(representatives, perArticle, first: (ids[0], ids[1]), tolerance, grows: grows, context)
                let (a, b) = (worst.a, worst.b)
                switch worst.verdict {
                case .conflict where several != nil && NumberRule.stray(several!, perArticle, tolerance, related: related) == nil:
                    status = .variant
                    summary = "Sources give different figures for \(subject), but the word \(NumberRule.severalFacts)"
                    reason = "\(context.outlet(several!)) itself gives several figures for \(subject) (\(values[several!]!.joined(separator: ", "))); \(describe(a)) and \(describe(b)) do not overlap"
                case .conflict:
                    status = .conflict
                    summary = "Sources give different figures for \(subject)"
                    reason = "\(describe(a)) and \(describe(b)) do not overlap"
                    if let pa = published(a, context), let pb = published(b, context), pa != pb {
                        let (early, late) = pa < pb ? (a, b) : (b, a)
                        summary += " (published \(published(early, context)!) and \(published(late, context)!))"
                        reason! += "; \(dated(early)) and \(dated(late))"
                    }
                case .update:
                    let (early, late) = published(a, context)! < published(b, context)! ? (a, b) : (b, a)
                    status = .variant
                    summary = "A later article updates the figure for \(subject): \(values[early]!.joined(separator: ", ")) (published \(published(early, context)!)) then \(values[late]!.joined(separator: ", ")) (published \(published(late, context)!))"
                    reason = "the toll grew between publications: \(describe(early)), published \(published(early, context)!); \(describe(late)), published \(published(late, context)!)"
                case .otherOccasion:
                    status = .variant
                    summary = "Sources give figures for \(subject) that \(NumberRule.differentFacts)"
                    reason = "no two figures share their occasion and counted thing (" + ids.map { article in
                        let times = Set(perArticle[article]!.map { "\($0.claim.slots.measure ?? subject) (\($0.time ?? "this story"))" }).sorted()
                        return "\(context.outlet(article)): \(times.joined(separator: ", "))"
                    }.joined(separator: "; ") + "): " + ids.map(describe).joined(separator: "; ")
                case .overlap:
                    status = .variant
                    summary = "Sources give compatible figures for \(subject), worded differently"
                    reason = "the intervals overlap" + (tolerance > 0 ? " (within \(Int(tolerance * 100))% after unit conversion)" : "") + ": " + ids.map(describe).joined(separator: "; ")
                // An article that itself gives incompatible figures (`a mother of 12` and, lines
                // later, `the mother of 13`) leaves the set without one figure: the articles
                // differ, whatever figure another article shares with it. Articles that all
                // give the very same figures (a repeated passage) agree, however many there are.
                case .same where several != nil && Set(values.values).count > 1, .inside where several != nil && Set(values.values).count > 1:
                    status = .variant
                    summary = "Sources give different figures for \(subject): \(context.outlet(several!)) itself gives \(values[several!]!.joined(separator: ", "))"
                    reason = "the figures of \(context.outlet(several!)) do not overlap: " + ids.map(describe).joined(separator: "; ")
                case .inside:
                    status = .agree
                    summary = "Sources agree on \(subject): each figure lies within another article's interval"
                    reason = "compatible: " + ids.map(describe).joined(separator: "; ")
                case .same:
                    let shared = ids.dropFirst().reduce(Set(values[ids[0]]!)) { $0.intersection(values[$1]!) }
                    status = .agree
                    summary = "Sources agree on \(subject): \((shared.isEmpty ? Set(values.values.flatMap { $0 }) : shared).sorted().joined(separator: ", "))"
                    // Figures one article adds (another occasion's) are named, so the finding and
                    // the story table that shows every figure say the same.
                    let extra = shared.isEmpty ? [] : ids.compactMap { article -> String? in
                        let own = values[article]!.filter { !shared.contains($0) }
                        return own.isEmpty ? nil : "\(context.outlet(article)) also gives \(own.joined(separator: ", "))"
                    }
                    if !extra.isEmpty { summary += " (" + extra.joined(separator: "; ") + ")" }
                }
            }
            let severe = NumberRule.severeMeasures.contains(head)
            let severity: Severity = status == .conflict ? (severe ? .error : .warning) : .info
            findings.append(Finding(
                kind: .number, status: status, severity: context.configuration.severity(.number, status, default: severity),
                subject: subject, subjectKey: "number:" + key, entity: nil, summary: summary, reason: reason, values: values, evidence: evidence,
                identity: restated.contains(key) ? Array(Set(identities[key]!)).sorted() : nil))
        }
        findings.append(contentsOf: alignedFindings(in: context))
        findings.append(contentsOf: tallyFindings(in: context))
        return findings
    }

    /// An article with a figure none of `several`'s figures allows, though its sentence is about
    /// one of theirs (`related`: similar, sharing two words besides the measure's): `the army
    /// will pull all 2,000 troops out of the north` against an article giving 1.3 million, about
    /// 7,000 and `withdraw 20,000 troops from the north`. The article may itself give several
    /// figures for the word (`picked up just six seats` beside `at least 240 seats`): the related
    /// sentence, not the article's other figures, says which fact it states. Without a related
    /// sentence the figure may be another fact (`the 17 votes needed` against `needs 34 votes,
    /// holds 29 votes`) and the group stays a variant.
    static func stray(_ several: String, _ figures: [String: [Figure]], _ tolerance: Double, related: (Figure, [Figure]) -> Bool) -> String? {
        let theirs = figures[several]!
        return figures.keys.sorted().first { article in
            guard article != several, let own = figures[article] else { return false }
            return own.contains { verdict([$0], theirs, tolerance) == .conflict && related($0, theirs) }
        }
    }

    /// Similarity a stray figure's sentence needs with one of the several figures' sentences.
    static let strayThreshold = 0.2

    /// Disjoint figures of a growing toll: an update when the later article's figures all
    /// lie above the earlier one's; nil when the dates are unknown or equal.
    func isUpdate(_ a: String, _ b: String, _ figures: [String: [Figure]], _ context: ComparisonContext) -> Bool? {
        guard let pa = published(a, context), let pb = published(b, context), pa != pb else { return nil }
        let (early, late) = pa < pb ? (a, b) : (b, a)
        let earlyTop = figures[early]!.map { $0.high.isFinite ? $0.high : $0.low }.max() ?? 0
        return figures[late]!.allSatisfy { $0.low > earlyTop }
    }

    /// The closest relation between any figure of one article and any of the other.
    /// Figures that match are one fact whatever their context; figures that differ conflict
    /// only when they are set on the same occasion and count the same thing (`appeals judges`
    /// and `judges` are not): otherwise they are `otherOccasion`.
    static func verdict(_ x: [Figure], _ y: [Figure], _ tolerance: Double) -> Verdict {
        let loose = closest(x, y, tolerance) { _, _ in true }
        guard loose >= .update else { return loose }
        return closest(x, y, tolerance) { a, b in a.time == b.time && nested(a.modifiers, b.modifiers) }
    }

    static func closest(_ x: [Figure], _ y: [Figure], _ tolerance: Double, comparable: (Figure, Figure) -> Bool) -> Verdict {
        var best: Verdict? = nil
        // By index: a figure holds its whole claim, and copying it per pair cost more than the test.
        for i in x.indices {
            for k in y.indices where comparable(x[i], y[k]) {
                let (a, b) = (x[i].interval, y[k].interval)
                let verdict = pairVerdict(a, b, tolerance)
                best = min(best ?? verdict, verdict)
            }
        }
        return best ?? .otherOccasion
    }

    /// How two figures compare.
    static func pairVerdict(_ a: (value: String, low: Double, high: Double), _ b: (value: String, low: Double, high: Double), _ tolerance: Double) -> Verdict {
        if a.value == b.value || (a.low == b.low && a.high == b.high) { return .same }
        if a.low == a.high && b.low <= a.low && a.low <= b.high || b.low == b.high && a.low <= b.low && b.low <= a.high { return .inside }
        // Two lower bounds an order apart are two different figures, not one hedged twice.
        if a.high == .infinity, b.high == .infinity, a.low > 0, b.low > 0, max(a.low, b.low) / min(a.low, b.low) >= boundRatio { return .conflict }
        return overlaps(a.low, a.high, b.low, b.high, tolerance) ? .overlap : .conflict
    }

    func published(_ article: String, _ context: ComparisonContext) -> String? {
        context.article(article)?.published
    }

    /// The sides of a vote tally as the extractor names them (`confirmed 96-3`): a story about
    /// one vote recalls others (earlier confirmations, `5-4 decisions`), so tallies are compared
    /// as pairs (`NumberRule+Tally.swift`), never by the measure alone.
    static let tallySides = TallySides()

    /// The two measure names of a tally's sides (`NumberRule+Tally.swift` pairs them).
    struct TallySides {
        let larger = "votes for"
        let smaller = "votes against"
        func contains(_ measure: String) -> Bool { measure == larger || measure == smaller }
    }

    /// Figures kept out of the measure groups: bare durations (compared where their sentences
    /// align, `NumberRule+Context.swift`) and the sides of a tally (compared as pairs).
    static func isAlignedOnly(_ claim: Claim) -> Bool {
        isBareDuration(claim) || claim.slots.measure.map(tallySides.contains) == true
    }

    /// A duration named only by its own unit (`three weeks`, `for 37 years`): it counts no thing,
    /// so two of them in different articles are rarely one fact (one worker's 37 years at a
    /// plant, another's 30). Such figures are compared only when their sentences align.
    static func isBareDuration(_ claim: Claim) -> Bool {
        guard claim.slots.unit == "month", let measure = claim.slots.measure, let written = claim.slots.quantity else { return false }
        let words = Folding.words(measure)
        return words.count == 1 && Folding.words(written).last == words[0]
    }

    /// Two measures name one thing when one's modifiers end the other's: `boats` and `patrol
    /// boats`, `navy patrol boats` and `patrol boats`; not `county judges` and
    /// `county appeals judges`, nor `rival clubs` and `youth club`.
    /// The words before the head of a plain noun phrase; none for `anniversary of …`, whose
    /// head comes first.
    static func modifiers(_ measure: String) -> [String] {
        let words = Folding.words(measure)
        return words.contains("of") ? [] : Array(words.dropLast())
    }

    static func nested(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return long.suffix(short.count).elementsEqual(short)
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
