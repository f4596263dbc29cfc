import ClaimModel

/// `date` findings: the dates each article gives one fact (claims grouped by `factKey`: the
/// predicate class of the date's clause, with its person where the class needs one, planned
/// apart from happened), and `consistency` findings for a weekday written with a date it does
/// not fall on.
///
/// Dates compare as day intervals: `2025-11` holds `2025-11-02`; an interval
/// `2025-10-27/2025-11-02` holds its days; an ambiguous `2026-03-11|2026-11-03` holds either.
/// - agree: every article gives one same value;
/// - variant: values that overlap but are written at another precision or are ambiguous (the
///   reason says which reading matches);
/// - conflict: two articles whose dates cannot overlap (a variant instead when one article
///   itself gives dates that cannot overlap, or when three or more articles date the event and
///   no two of them alike: the event word then names several occasions; or
///   when both articles give only dates read against their own publication dates (`Friday`,
///   `Saturday`) and were published on different days, unless both name weekdays that differ
///   and both days had come when the earlier article was published: `DateRule+Fact.swift`;
///   or when one article's dates all lie after its own publication and the other's all before
///   its own: a plan, `next March`, and what happened, `in 1994`, are two occurrences);
/// - only-in: one article dates the event.
///
/// When an article dates one event word both now and more than two months before publication
/// (a bare year: before the article's year), the word names two occasions: its early dates in
/// every article are keyed apart (`death (earlier occasion)`), compared only with their like.
///
/// A person's planned act dated by a day in one article and a month in another conflicts when
/// the day falls outside the month (`DateRule+Planned.swift`).
///
/// Dates are also aligned by their sentences' words whatever their event word
/// (`DateRule+Context.swift`), and aligned dates that cannot overlap are a conflict.
struct DateRule: FindingRule {
    func findings(in context: ComparisonContext) -> [Finding] {
        var findings: [Finding] = []
        var byEvent: [String: [String: [Claim]]] = [:]
        var keyed: [(key: String, earlier: Bool, claim: Claim)] = []
        for claim in context.claims(.date) {
            if let value = claim.slots.value, value.hasPrefix("weekday-mismatch:") {
                findings.append(weekdayFinding(claim, value, context))
            }
            guard let key = DateRule.factKey(claim), let date = claim.slots.date, let range = DayRange.parse(date) else { continue }
            keyed.append((key, isEarlierOccasion(date, range, claim.article, context), claim))
        }
        // An article that dates one event word both now and well before (`the earthquake on
        // Tuesday` and `the earthquake of March 3, 1998`) shows the word names two occasions: then
        // every early date of that word is the earlier occasion's (`In 2004, a flood there killed
        // 230`), compared only with its like, never with the main event's. Without such an
        // article an early date stays with the event: a changed month or year looks like that.
        var twoOccasions = Set<String>()
        let earlyKeys = Set(keyed.filter(\.earlier).map { $0.key + "\u{1F}" + $0.claim.article })
        for item in keyed where !item.earlier && earlyKeys.contains(item.key + "\u{1F}" + item.claim.article) { twoOccasions.insert(item.key) }
        for item in keyed {
            let key = item.earlier && twoOccasions.contains(item.key) ? item.key + BackgroundEvents.subjectSuffix : item.key
            byEvent[key, default: [:]][item.claim.article, default: []].append(item.claim)
        }
        var alignment: FactAlignment? = nil
        for key in byEvent.keys.sorted() {
            let perArticle = byEvent[key]!
            let event = DateRule.describe(perArticle.values.first!.first!, context) + (key.hasSuffix(BackgroundEvents.subjectSuffix) ? BackgroundEvents.subjectSuffix : "")
            let values = perArticle.mapValues { Array(Set($0.compactMap(\.slots.date))).sorted() }
            let evidence = perArticle.mapValues { $0.map(\.evidence) }
            let articles = perArticle.keys.sorted()
            // A clause keyed by who did it (`statement by Ito`, `urge by Ito`) is one fact only
            // when the sentences around it say the same too (people speak on many days): such
            // dates are compared by alignment (`DateRule+Context.swift`), not by key alone.
            if perArticle.values.allSatisfy(DateRule.isParticipantKeyed) { continue }
            let written = { (article: String) in Array(Set(perArticle[article]!.compactMap(\.slots.text))).sorted().map { "“\($0)”" }.joined(separator: ", ") }
            // Any two articles that disagree without excuse make a conflict, whichever pair
            // comes first (`excused`: relative dates read from different publication dates).
            let sides = occurrenceSides(articles, values, context)
            // By classes of articles (`DatePairs`): the branches below ask for the first pairs,
            // and how many there are, so a key's pairs are never listed one by one.
            let apart = DatePairs(articles, values)
            var pairs = DatePairs(articles, values, sides: sides)
            if DateRule.isEarlierKey(key), !pairs.isEmpty {
                // Earlier occasions of one word are many: a pair counts only when its sentences align.
                if alignment == nil { alignment = FactAlignment(context) }
                let aligner = alignment!
                var items: [String: [FactAlignment.Item]] = [:]
                func itemsOf(_ article: String) -> [FactAlignment.Item] {
                    if let known = items[article] { return known }
                    let made = perArticle[article]!.compactMap { aligner.item($0, background: true) }
                    items[article] = made
                    return made
                }
                let aligned = DatePairs(pairs) { DateRule.sentencesAlign(itemsOf($0.0), itemsOf($0.1), aligner) }
                if aligned.isEmpty { continue }
                pairs = aligned
            }
            let hard = pairs.first { !excused($0.0, $0.1, perArticle, context) }
            var status: FindingStatus
            var summary: String
            var reason: String? = nil
            if articles.count == 1 {
                status = .onlyIn
                let shown = values[articles[0]]!.map { $0.contains("|") ? $0.replacingOccurrences(of: "|", with: " or ") + " (day and month could be read either way)" : $0 }
                summary = "Only \(context.outlet(articles[0])) dates the \(event): \(shown.joined(separator: ", "))"
            } else if let (a, b) = pairs.first, let several = articles.first(where: { !consistent(values[$0]!) }) {
                // One article already gives dates that cannot all be the same day: the event word
                // names more than one occasion, so a disagreement is not evidence of a conflict.
                status = .variant
                summary = "Sources date the \(event) differently, but the word may name more than one occasion"
                reason = "\(context.outlet(several)) itself gives several dates for the \(event) (\(values[several]!.joined(separator: ", "))); \(values[a]!.joined(separator: ", ")) (\(context.outlet(a)): \(written(a))) and \(values[b]!.joined(separator: ", ")) (\(context.outlet(b)): \(written(b))) do not overlap"
            } else if articles.count >= DateRule.occasionsQuorum, apart.count == articles.count * (articles.count - 1) / 2, pairs.count == apart.count {
                // No two articles give the event the same date: three outlets do not each misdate
                // one event; the word names several occasions (a meeting in February, another in
                // June, a third on Thursday).
                status = .variant
                summary = "Sources date the \(event) differently, but no two agree: the word may name more than one occasion"
                reason = "no two articles give overlapping dates: " + articles.map { "\(values[$0]!.joined(separator: ", ")) (\(context.outlet($0)): \(written($0)))" }.joined(separator: "; ")
            } else if hard == nil, let (a, b) = pairs.first, let relative = Optional(a),
                      let publishedA = published(a, context), let publishedB = published(b, context) {
                // `Friday` read from one publication date and `Saturday` from another: the
                // readings, not the articles, may differ.
                status = .variant
                summary = "Sources date the \(event) differently, read from different publication dates"
                reason = "\(context.outlet(relative)) gives a relative date (\(written(relative))); \(values[a]!.joined(separator: ", ")) (\(context.outlet(a)), published \(publishedA)) and \(values[b]!.joined(separator: ", ")) (\(context.outlet(b)), published \(publishedB)) do not overlap"
            } else if pairs.isEmpty, let (a, b) = apart.first {
                // One article's dates all lie ahead of its publication, the other's all before
                // its own: a plan and what already happened, two occurrences.
                status = .variant
                summary = "Sources date the \(event) differently: one date is still to come, the other past"
                reason = "\(values[a]!.joined(separator: ", ")) (\(context.outlet(a)): \(written(a))) and \(values[b]!.joined(separator: ", ")) (\(context.outlet(b)): \(written(b))) lie on either side of their articles' publication dates"
            } else if let (a, b) = hard {
                status = .conflict
                summary = "Sources give different dates for the \(event)"
                reason = "\(values[a]!.joined(separator: ", ")) (\(context.outlet(a)): \(written(a))) and \(values[b]!.joined(separator: ", ")) (\(context.outlet(b)): \(written(b))) do not overlap"
                let publishedA = published(a, context), publishedB = published(b, context)
                if let publishedA, let publishedB, publishedA != publishedB {
                    reason! += "; published \(publishedA) and \(publishedB)"
                }
            } else {
                let shared = articles.dropFirst().reduce(Set(values[articles[0]]!)) { $0.intersection(values[$1]!) }
                let ambiguous = values.values.flatMap { $0 }.filter { $0.contains("|") }
                if !shared.isEmpty && ambiguous.isEmpty {
                    status = .agree
                    summary = "Sources agree on the date of the \(event): \(shared.sorted().joined(separator: ", "))"
                } else {
                    status = .variant
                    summary = "Sources give compatible dates for the \(event) at different precision"
                    var reasons: [String] = []
                    for value in Set(ambiguous).sorted() {
                        let readings = value.split(separator: "|").map(String.init)
                        let others = Set(values.values.flatMap { $0 }.filter { !$0.contains("|") })
                        let matching = readings.filter { reading in others.contains { DayRange.parse($0)!.overlaps(DayRange.parse(reading)!) } }
                        reasons.append("day and month of \(value.replacingOccurrences(of: "|", with: " or ")) could be read either way" + (matching.isEmpty ? "" : "; the \(matching.joined(separator: " / ")) reading matches the other articles"))
                    }
                    if reasons.isEmpty { reasons.append("the dates overlap: " + articles.map { "\(values[$0]!.joined(separator: ", ")) (\(context.outlet($0)))" }.joined(separator: "; ")) }
                    reason = reasons.joined(separator: "; ")
                    if !ambiguous.isEmpty { summary = "An ambiguous date for the \(event) is compatible with the other articles" }
                }
            }
            if key.hasSuffix(DateRule.occasionKeySuffix), status != .conflict, status != .variant { continue }
            let severity: Severity = status == .conflict ? .warning : .info
            findings.append(Finding(
                kind: .date, status: status, severity: context.configuration.severity(.date, status, default: severity),
                subject: event, subjectKey: "date:" + key, entity: nil, summary: summary, reason: reason, values: values, evidence: evidence))
        }
        findings.append(contentsOf: plannedPrecisionFindings(byEvent, context))
        var aligned: [String: Int] = [:]
        findings.append(contentsOf: alignedFindings(in: context, aligned: &aligned))
        findings.append(contentsOf: speechFindings(in: context, aligned: aligned))
        findings.append(contentsOf: undatedWeekdayFindings(in: context))
        findings.append(contentsOf: spanFindings(in: context))
        findings.append(contentsOf: spanPointFindings(in: context))
        return findings
    }

    /// At least this many articles dating one event word, no two alike, name several occasions.
    static let occasionsQuorum = 3

    /// A date of an earlier occasion than the article's: a bare year before the article's year
    /// (`killed in 2011`, in a 2013 article; a year names a whole year, so two months before
    /// publication would split one year's dates by the day each article came out), else a date
    /// that ends more than two months before publication.
    func isEarlierOccasion(_ value: String, _ range: DayRange, _ article: String, _ context: ComparisonContext) -> Bool {
        if value.count == 4, let year = Int(value) {
            guard let published = published(article, context), let own = Int(published.prefix(4)) else { return false }
            return year < own
        }
        return isBackground(range, article, context)
    }

    /// A date that ends more than two months before its article's publication.
    func isBackground(_ range: DayRange, _ article: String, _ context: ComparisonContext) -> Bool {
        guard let day = published(article, context).flatMap(DayRange.bounds) else { return false }
        return range.ranges.allSatisfy { $0.upperBound < day.lowerBound - 60 }
    }

    /// A date read against the article's publication date (`Friday`, `last week`, `June 20`).
    static func isRelative(_ claim: Claim) -> Bool {
        claim.slots.quantity?.contains("publication date") == true
    }

    func published(_ article: String, _ context: ComparisonContext) -> String? {
        context.article(article)?.published
    }

    /// Every date of one article overlaps every other: the article dates one occasion.
    func consistent(_ values: [String]) -> Bool {
        let ranges = values.compactMap(DayRange.parse)
        for (i, a) in ranges.enumerated() {
            for b in ranges[(i + 1)...] where !a.overlaps(b) { return false }
        }
        return true
    }

    func weekdayFinding(_ claim: Claim, _ value: String, _ context: ComparisonContext) -> Finding {
        let parts = value.split(separator: ":").map(String.init)
        let written = parts.count > 1 ? parts[1] : "?"
        let actual = parts.count > 2 ? parts[2] : "?"
        let date = claim.slots.date ?? ""
        let text = claim.slots.text ?? claim.evidence.text
        return Finding(
            kind: .consistency, status: .conflict,
            severity: context.configuration.severity(.consistency, .conflict, default: .warning),
            subject: text, subjectKey: "weekday:" + claim.article + ":" + text, entity: nil,
            summary: "\(context.outlet(claim.article)) writes “\(text)”, but \(date) was a \(actual)",
            reason: "\(written) is written with \(date), which the calendar gives as a \(actual)",
            values: [claim.article: ["\(written) \(date)"]], evidence: [claim.article: [claim.evidence]])
    }
}

/// A date value as a set of day ranges (days since 1970-01-01, inclusive).
struct DayRange {
    var ranges: [ClosedRange<Int>]

    /// `2025-11-02`, `2025-11`, `2025`, `A/B`, `A|B`.
    static func parse(_ value: String) -> DayRange? {
        var ranges: [ClosedRange<Int>] = []
        for alternative in value.split(separator: "|") {
            let ends = alternative.split(separator: "/").map(String.init)
            guard let first = ends.first.flatMap(bounds), let last = ends.last.flatMap(bounds) else { return nil }
            guard first.lowerBound <= last.upperBound else { return nil }
            ranges.append(first.lowerBound...last.upperBound)
        }
        return ranges.isEmpty ? nil : DayRange(ranges: ranges)
    }

    static func bounds(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == text.split(separator: "-").count, let year = parts.first else { return nil }
        func day(_ y: Int, _ m: Int, _ d: Int) -> Int? { CalendarDay.number(y, m, d) }
        switch parts.count {
        case 1: return day(year, 1, 1).flatMap { a in day(year, 12, 31).map { a...$0 } }
        case 2: return day(year, parts[1], 1).flatMap { a in day(year, parts[1], CalendarDay.daysIn(parts[1], year)).map { a...$0 } }
        case 3: return day(year, parts[1], parts[2]).map { $0...$0 }
        default: return nil
        }
    }

    func overlaps(_ other: DayRange) -> Bool {
        ranges.contains { a in other.ranges.contains { a.overlaps($0) } }
    }
}

/// Day numbers for the comparator (which never imports the extractor).
enum CalendarDay {
    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func number(_ year: Int, _ month: Int, _ day: Int) -> Int? {
        guard (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468
    }
}
