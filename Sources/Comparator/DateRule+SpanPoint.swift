import ClaimModel

/// A span against one date of another article (`headed the command from 2010 to 2013` /
/// `In 2013, he was removed from his post running the command`; `messaged with the account
/// between September 2016 and July 2017` / `received a message from the account on September
/// 20, 2016`).
///
/// A date said of the same thing as a period (the two sentences align: `FactAlignment`, at
/// `spanPointThreshold`, the best match among the spans of other articles, and the sentences
/// share two content words, not function words of `QuoteWords.stopWords`) falls inside the period or on one of its ends. When it lies outside, and within a year of
/// the nearer end (a date further off is another occasion of the same people and things), the
/// articles disagree about when the period began or ended: a conflict. Nothing is reported
/// when the span's article itself gives the other date too (it names both), when the date's
/// article gives the span too, or for a plan, a date still to come, or a year naming an
/// occasion (`the 2016 election`). Each date is compared with its best-matching span only.
extension DateRule {
    /// How far (in days) outside a span a date may lie and still be read as one of its ends.
    static let spanPointReach = 366

    /// Similarity a span's sentence and a date's need (`FactAlignment`): a period and one of its
    /// ends are told in sentences of their own (`headed the command from 2010 to 2013` / `In
    /// 2013, … removed him from his post running the command`), so lower than two tellings of
    /// one dated act (`alignmentThreshold`); on the real sets the pairs that tell one period
    /// reach 0.22-0.34 and the others at most 0.1.
    static let spanPointThreshold = 0.2

    func spanPointFindings(in context: ComparisonContext) -> [Finding] {
        var spans: [String: [Claim]] = [:], points: [String: [Claim]] = [:], values: [String: Set<String>] = [:]
        for claim in context.claims(.date) {
            guard let value = claim.slots.date, !value.contains("|"), DayRange.parse(value) != nil else { continue }
            values[claim.article, default: []].insert(value)
            if DateRule.spanEnds(claim) != nil {
                spans[claim.article, default: []].append(claim)
            } else if !value.contains("/"), !DateRule.isPlanned(claim), !DateRule.isFuture(claim), !DateRule.isOccasionYear(claim) {
                points[claim.article, default: []].append(claim)
            }
        }
        guard !spans.isEmpty else { return [] }
        let alignment = FactAlignment(context)
        let stops = Set(QuoteWords.stopWords.map(FactAlignment.stem))
        var findings: [Finding] = []
        for b in points.keys.sorted() {
            for y in points[b]! {
                guard let point = DayRange.parse(y.slots.date!)?.ranges.first, let yItem = alignment.item(y) else { continue }
                var best: (Claim, Double)? = nil
                for a in spans.keys.sorted() where a != b {
                    if values[a]!.contains(y.slots.date!) { continue }
                    for x in spans[a]! {
                        guard !values[b]!.contains(x.slots.date!), let xItem = alignment.item(x) else { continue }
                        let s = alignment.similarity(xItem, yItem)
                        guard xItem.words.intersection(yItem.words).subtracting(stops).count >= 2 else { continue }
                        if s >= DateRule.spanPointThreshold, s > (best?.1 ?? 0) { best = (x, s) }
                    }
                }
                guard let (x, _) = best, let period = DayRange.parse(x.slots.date!)?.ranges.first, !period.overlaps(point) else { continue }
                let distance = point.upperBound < period.lowerBound ? period.lowerBound - point.upperBound : point.lowerBound - period.upperBound
                guard distance <= DateRule.spanPointReach else { continue }
                findings.append(spanPointFinding(x, y, context))
            }
        }
        return findings
    }

    func spanPointFinding(_ x: Claim, _ y: Claim, _ context: ComparisonContext) -> Finding {
        let span = x.slots.date!, date = y.slots.date!
        let event = DateRule.sameParticipant(x, y) ? x.slots.actor.map { "period of \(context.name($0))" } ?? "period" : "period"
        return Finding(
            kind: .date, status: .conflict, severity: context.configuration.severity(.date, .conflict, default: .warning),
            subject: event, subjectKey: "date:span-point:\(x.article) \(y.article)", entity: nil,
            summary: "Sources give a date outside one \(event) (\(span.replacingOccurrences(of: "/", with: "–")) and \(date))",
            reason: "\(context.outlet(y.article)) dates “\(y.slots.text ?? y.evidence.text)” \(date), outside \(context.outlet(x.article))'s “\(x.slots.text ?? x.evidence.text)” (\(span)), and the sentences say the same",
            values: [x.article: [span], y.article: [date]], evidence: [x.article: [x.evidence], y.article: [y.evidence]])
    }
}
