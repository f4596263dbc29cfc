import ClaimModel

/// Which findings are about an earlier occasion than the set's main event: an earlier quake
/// with its own toll, a previous meeting, a past conviction. Such a finding is kept out of
/// the frame and ranked low, so it is never shown as a fact of the main event.
///
/// A finding is background when every piece of its evidence sits in a sentence that sets it
/// on another occasion (`FactContext.time`: a year other than the article's own, or words
/// that point back such as `previously`, `ago`), or, for a date, when the date itself lies
/// well before the articles were published.
enum StoryBackground {
    /// A date this many days or more before the earliest publication date is an earlier
    /// occasion; news dates its own event within days.
    static let daysBeforePublication = 45

    static func isBackground(_ finding: Finding, articles: [String: Article], earliestPublished: StoryDay?) -> Bool {
        if finding.kind == .date, let earliestPublished {
            let days = finding.values.values.flatMap { $0 }.compactMap(StoryDay.init(iso:))
            if !days.isEmpty, days.allSatisfy({ earliestPublished.days(since: $0) >= daysBeforePublication }) { return true }
            // A date finding with a value in the publication window is the article's own.
            if days.contains(where: { earliestPublished.days(since: $0) < daysBeforePublication }) { return false }
        }
        if finding.kind == .participant {
            // Every sentence has the person take part in an earlier occasion's `when` clause.
            let evidence = finding.evidence.flatMap { article, items in items.map { (article, $0) } }
            guard let name = Folding.words(finding.subject).last, !evidence.isEmpty else { return false }
            return evidence.allSatisfy { article, item in
                let year = articles[article]?.published.flatMap { Int($0.prefix(4)) }
                return inEarlierWhenClause(Folding.words(item.text), name: name, ownYear: year)
            }
        }
        guard finding.kind == .number || finding.kind == .date || finding.kind == .place || finding.kind == .item else { return false }
        // The evidence is keyed by article id (a span read back from the cache has none of its own).
        let evidence = finding.evidence.flatMap { article, items in items.map { (article, $0) } }
        guard !evidence.isEmpty else { return false }
        return evidence.allSatisfy { article, item in
            let claim = Claim(article: article, kind: .number, slots: Slots(), evidence: item)
            guard let time = FactContext.of(claim, in: articles[article]).time else { return false }
            return time != "hypothetical"
        }
    }
}

extension StoryBackground {
    /// Whether every value of a date finding starts `daysBeforePublication` or more after its
    /// own article's publication (`the 2018 election` in a story published in March 2017): a
    /// plan or forecast mentioned in passing, never the date of the news.
    static func isAhead(_ finding: Finding, articles: [String: Article]) -> Bool {
        guard finding.kind == .date else { return false }
        let stated = finding.values.filter { !$0.value.isEmpty }
        return !stated.isEmpty && stated.allSatisfy { article, values in
            guard let published = articles[article]?.published.flatMap(StoryDay.init(iso:)) else { return false }
            return values.allSatisfy { value in
                StoryDay(iso: value).map { $0.days(since: published) >= daysBeforePublication } ?? false
            }
        }
    }

    /// Words just before a `when` clause that set the noun it describes on an earlier occasion.
    static let earlierMarkers: Set<String> = ["ago", "earlier", "before"]

    /// Whether `name` takes part only in a `when` clause describing an earlier occasion: `since
    /// a session three weeks ago, when they were joined by X`, `in 2011, when X attended`. The
    /// clause tells who was at that occasion, not at the main event.
    static func inEarlierWhenClause(_ words: [String], name: String, ownYear: Int?) -> Bool {
        for (index, word) in words.enumerated() where word == "when" && index > 0 {
            let rest = words[(index + 1)...]
            // The clause runs to the next `when`; the name must stand in it.
            let clause = rest.prefix { $0 != "when" }
            guard clause.contains(name) else { continue }
            let before = words[max(0, index - 4)..<index]
            let dated = before.contains { word in
                earlierMarkers.contains(word) || (word.count == 4 && Int(word).map { year in (1900...2099).contains(year) && ownYear.map { year < $0 } == true } == true)
            }
            if dated { return true }
        }
        return false
    }
}

/// A day of the proleptic Gregorian calendar, from `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a partial
/// date stands for its first day), for distances in days between dates.
struct StoryDay: Comparable, Hashable {
    var ordinal: Int

    init?(iso text: String) {
        let parts = text.split(separator: "-").map { Int($0) }
        guard let first = parts.first, let year = first, (1000...2999).contains(year), parts.count <= 3, !parts.contains(nil) else { return nil }
        let month = parts.count > 1 ? parts[1]! : 1
        let day = parts.count > 2 ? parts[2]! : 1
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Days from civil (H. Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe
    }

    func days(since other: StoryDay) -> Int { ordinal - other.ordinal }

    static func < (lhs: StoryDay, rhs: StoryDay) -> Bool { lhs.ordinal < rhs.ordinal }
}
