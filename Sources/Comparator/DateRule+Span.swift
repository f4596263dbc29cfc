import ClaimModel

/// A span of years (`from 2009 to 2013`, `between 1991 and 1998`, `2009-2013`: the extractor's
/// `TemporalScanner.spanNote`) states two facts, when the period began and when it ended; as
/// an interval it overlaps any other span it touches, so spans are compared end by end.
///
/// Two articles' spans are one period when they share one end exactly and are tied: the
/// clauses name the same person (`actor`: `She served in that post from 2009 to 2013`, `her
/// tenure, which lasted from 2009 to 2013`) or the sentences align (`FactAlignment`, the
/// date threshold). Then a different other end is a conflict, unless an article itself gives
/// the other article's span too (it knows both periods) or gives two spans with the shared end.
extension DateRule {
    /// `TemporalScanner.spanNote`: the comparator never imports the extractor.
    static let spanNote = "a span of years"

    static func isSpan(_ claim: Claim) -> Bool { claim.slots.quantity == spanNote }

    /// The two ends of a span's value (`2009/2013`).
    static func spanEnds(_ claim: Claim) -> (String, String)? {
        guard isSpan(claim), let value = claim.slots.date else { return nil }
        let ends = value.split(separator: "/").map(String.init)
        return ends.count == 2 ? (ends[0], ends[1]) : nil
    }

    func spanFindings(in context: ComparisonContext) -> [Finding] {
        var perArticle: [String: [Claim]] = [:]
        for claim in context.claims(.date) where DateRule.spanEnds(claim) != nil { perArticle[claim.article, default: []].append(claim) }
        let articles = perArticle.keys.sorted()
        guard articles.count > 1 else { return [] }
        let alignment = FactAlignment(context)
        var findings: [Finding] = []
        for (i, a) in articles.enumerated() {
            for b in articles[(i + 1)...] {
                let ownA = perArticle[a]!, ownB = perArticle[b]!
                let valuesA = Set(ownA.compactMap(\.slots.date)), valuesB = Set(ownB.compactMap(\.slots.date))
                for x in ownA {
                    for y in ownB {
                        guard let (x0, x1) = DateRule.spanEnds(x), let (y0, y1) = DateRule.spanEnds(y), (x0 == y0) != (x1 == y1) else { continue }
                        // An article that gives the other's span too, or two spans with the shared end, names two periods.
                        if valuesA.contains(y.slots.date!) || valuesB.contains(x.slots.date!) { continue }
                        let sharesEnd = { (own: [Claim]) in own.filter { c in DateRule.spanEnds(c).map { x0 == y0 ? $0.0 == x0 : $0.1 == x1 } ?? false }.count > 1 }
                        if sharesEnd(ownA) || sharesEnd(ownB) { continue }
                        guard DateRule.spanTied(x, y, alignment) else { continue }
                        let shared = x0 == y0 ? "began in \(x0)" : "ended in \(x1)"
                        let event = x.slots.actor.map { "period of \(context.name($0))" } ?? "period"
                        findings.append(Finding(
                            kind: .date, status: .conflict, severity: context.configuration.severity(.date, .conflict, default: .warning),
                            subject: event, subjectKey: "date:span:\(a) \(b)", entity: nil,
                            summary: "Sources give different ends for one \(event) (\(x.slots.date!.replacingOccurrences(of: "/", with: "–")) and \(y.slots.date!.replacingOccurrences(of: "/", with: "–")))",
                            reason: "both spans \(shared); \(x.slots.date!) (\(context.outlet(a)): “\(x.slots.text ?? x.evidence.text)”) and \(y.slots.date!) (\(context.outlet(b)): “\(y.slots.text ?? y.evidence.text)”) differ at the other end",
                            values: [a: [x.slots.date!], b: [y.slots.date!]], evidence: [a: [x.evidence], b: [y.evidence]]))
                    }
                }
            }
        }
        return findings
    }

    /// Two spans are one period's: their clauses name one person, or their sentences align.
    static func spanTied(_ x: Claim, _ y: Claim, _ alignment: FactAlignment) -> Bool {
        if let p = x.slots.actor, p == y.slots.actor { return true }
        guard let a = alignment.item(x), let b = alignment.item(y) else { return false }
        return alignment.similarity(a, b) >= alignmentThreshold
    }
}
