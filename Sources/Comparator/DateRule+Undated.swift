import ClaimModel

/// Weekdays in articles without a publication date: no day can be read from `Thursday`, but
/// two articles that give one fact different weekdays (`the shooting Thursday night`, `the
/// shooting on Tuesday`) still disagree. Only such conflicts are reported: an agreement on a
/// weekday alone adds nothing to the date findings.
extension DateRule {
    func undatedWeekdayFindings(in context: ComparisonContext) -> [Finding] {
        var byKey: [String: [String: [Claim]]] = [:]
        for claim in context.claims(.date) where !DateRule.isParticipantKeyed([claim]) {
            guard let key = DateRule.factKey(claim), DateRule.writtenWeekday(claim) != nil else { continue }
            byKey[key, default: [:]][claim.article, default: []].append(claim)
        }
        var findings: [Finding] = []
        for key in byKey.keys.sorted() {
            let perArticle = byKey[key]!
            let weekdays = perArticle.mapValues { Array(Set($0.compactMap(DateRule.writtenWeekday))).sorted() }
            let articles = perArticle.keys.sorted()
            let undated = Set(articles.filter { perArticle[$0]!.contains { $0.slots.date == nil } })
            guard !undated.isEmpty else { continue }
            // Each article of the pair names one weekday (several: the fact may span days).
            var pair: (String, String)? = nil
            for (i, a) in articles.enumerated() where pair == nil {
                for b in articles[(i + 1)...] where undated.contains(a) || undated.contains(b) {
                    if weekdays[a]!.count == 1, weekdays[b]!.count == 1, weekdays[a] != weekdays[b] { pair = (a, b); break }
                }
            }
            guard let (a, b) = pair else { continue }
            let subject = DateRule.describe(perArticle[a]!.first!, context)
            let severity = context.configuration.severity(.date, .conflict, default: .warning)
            findings.append(Finding(
                kind: .date, status: .conflict, severity: severity, subject: subject, subjectKey: "date:weekday:" + key, entity: nil,
                summary: "Sources give different weekdays for the \(subject)",
                reason: "\(weekdays[a]![0]) (\(context.outlet(a))) and \(weekdays[b]![0]) (\(context.outlet(b))) are different days; \(articles.filter(undated.contains).map(context.outlet).joined(separator: ", ")) gives no publication date, so only the weekdays are compared",
                values: weekdays, evidence: perArticle.mapValues { $0.map(\.evidence) }))
        }
        return findings
    }
}
