import ClaimModel

/// The day the articles' ledes give their news: the main event is the event most articles
/// state in their headline or lede with a date read against their own publication (`was
/// defeated on Tuesday`), not a past or figurative mention deep in one article (`received a
/// warning shot at a convention last month`).
enum StoryLede {
    /// At least this many articles must date one day in their ledes for it to decide.
    static let quorum = 2

    /// The day (`YYYY-MM-DD`) most articles date in their headline or lede, read against their
    /// publication (`Tuesday`, `last week` are; `in 1994` is not) and not planned, with each
    /// article's lede dates of that day; nil unless `quorum` articles give it.
    static func day(_ claims: [Claim]) -> (day: String, values: [String: [String]])? {
        var articlesByDay: [String: Set<String>] = [:]
        for claim in claims where claim.kind == .date && claim.evidence.span.line <= StoryBuilder.ledeLines
            && DateRule.isRelative(claim) && !DateRule.isPlanned(claim) {
            guard let date = claim.slots.date, date.count == 10, DayRange.parse(date) != nil else { continue }
            articlesByDay[date, default: []].insert(claim.article)
        }
        // The day most articles give; ties: the later day (the news), then alphabetical.
        guard let best = articlesByDay.max(by: { ($0.value.count, $0.key) < ($1.value.count, $1.key) }), best.value.count >= quorum else { return nil }
        let values = Dictionary(best.value.map { ($0, [best.key]) }, uniquingKeysWith: { first, _ in first })
        return (best.key, values)
    }

    /// A date finding no article gives in its headline or lede, all of whose dates end before
    /// the ledes' day: what happened before the news (`last month`), a background mention.
    static func isBackgroundMention(_ finding: Finding, before day: String, ledeLines: Int) -> Bool {
        guard StoryBuilder.firstLine(finding) > ledeLines, let news = DayRange.parse(day)?.ranges.first else { return false }
        let ranges = finding.values.values.flatMap { $0 }.compactMap(DayRange.parse)
        return !ranges.isEmpty && ranges.allSatisfy { $0.ranges.allSatisfy { $0.upperBound < news.lowerBound } }
    }
}
