import ClaimModel

/// Which fact a date states: its clause's predicate class (`event`), the participant when the
/// class needs one (`actor`: `statement by Ito`), and whether it is a plan. Dates of one fact
/// in two articles are compared; a planned date (`will vote on Friday`) never with what
/// happened (`voted on Thursday`).
extension DateRule {
    /// The grouping key of a date claim: `sinking`, `statement by person:ito`, `vote by
    /// person:ito (planned)`; nil when the date states no comparable fact. A clause of no
    /// predicate class is keyed by its verb only with a participant (the extractor stores
    /// `actor` only where the fact depends on who).
    static func factKey(_ claim: Claim) -> String? {
        guard let predicate = claim.slots.event ?? (claim.slots.actor != nil ? claim.slots.verb : nil) else { return nil }
        var key = predicate
        if let actor = claim.slots.actor { key += " by " + actor }
        if isPlanned(claim) { key += " (planned)" }
        if isOccasionYear(claim) { key += occasionKeySuffix }
        return key
    }

    /// The note of a year that names an occasion (`the 2016 election`; the extractor's
    /// `OccasionYears.note`).
    static let occasionYearNote = "a year naming the occasion"
    static let occasionKeySuffix = " (named by year)"

    /// A year written before the noun of a happening (`the 2016 election`): it names which
    /// occasion is meant, so it is compared only with other articles' years naming an occasion
    /// of the same class, never with the day of the story's own event, and only a disagreement
    /// is reported (another article not naming the occasion by its year says nothing).
    static func isOccasionYear(_ claim: Claim) -> Bool { claim.slots.quantity == occasionYearNote }

    /// Whether two dates were compared by their shared key already, or must not be aligned: two
    /// keys that differ only in the participant name two people's acts (`statement by Ito`,
    /// `statement by Berg`).
    static func comparedByKey(_ a: Claim, _ b: Claim) -> Bool {
        DatePairKeys([a, b]).comparedByKey(0, 1)
    }

    /// Two articles whose dates are of different occurrences: every date of one lies after its
    /// own article's publication (a plan or expectation: `next March`) and every date of the
    /// other before its own (what already happened: `in 1994`). They never conflict.
    func differentOccurrences(_ a: String, _ b: String, _ values: [String: [String]], _ context: ComparisonContext) -> Bool {
        DateRule.differentOccurrences(a, b, occurrenceSides([a, b], values, context))
    }

    /// `differentOccurrences` from each article's side, worked out once per article
    /// (`occurrenceSides`) rather than again for every pair.
    static func differentOccurrences(_ a: String, _ b: String, _ sides: [String: Int]) -> Bool {
        guard let x = sides[a], let y = sides[b] else { return false }
        return x != y
    }

    /// Per article: 1 when all its dates lie after its publication, -1 when all lie before,
    /// absent otherwise.
    func occurrenceSides(_ articles: [String], _ values: [String: [String]], _ context: ComparisonContext) -> [String: Int] {
        func side(_ article: String) -> Int? {
            guard let day = published(article, context).flatMap(DayRange.bounds), let list = values[article], !list.isEmpty else { return nil }
            let ranges = list.compactMap(DayRange.parse).flatMap(\.ranges)
            guard ranges.count > 0 else { return nil }
            if ranges.allSatisfy({ $0.lowerBound > day.upperBound }) { return 1 }
            if ranges.allSatisfy({ $0.upperBound < day.lowerBound }) { return -1 }
            return nil
        }
        var sides: [String: Int] = [:]
        for article in articles { sides[article] = side(article) }
        return sides
    }

    /// Two events of one class told apart by a scope word (`leadership election`, `general
    /// election`, `election`): never one event, however alike their sentences.
    static func otherScope(_ a: Claim, _ b: Claim) -> Bool {
        DatePairKeys([a, b]).otherScope(0, 1)
    }

    /// Dates keyed by a participant or a bare verb rather than by an event of their own.
    static func isParticipantKeyed(_ claims: [Claim]) -> Bool {
        claims.allSatisfy { $0.slots.actor != nil || $0.slots.event == nil }
    }

    /// The key as a reader sees it: the person's name for their id.
    static func describe(_ claim: Claim, _ context: ComparisonContext) -> String {
        var text = claim.slots.event ?? claim.slots.verb ?? "event"
        if let actor = claim.slots.actor { text += " by " + context.name(actor) }
        if isPlanned(claim) { text += " (planned)" }
        if isOccasionYear(claim) { text += occasionKeySuffix }
        return text
    }

    /// A date the extractor read as a plan (`value` `planned`).
    static func isPlanned(_ claim: Claim) -> Bool { claim.slots.value == "planned" }

    /// Two articles' differing dates that the reading may explain: both only relative dates
    /// (`Friday`, `Saturday`), read from different publication dates, unless both name
    /// different weekdays that had both come by the earlier publication (`differentWeekdays`).
    func excused(_ a: String, _ b: String, _ perArticle: [String: [Claim]], _ context: ComparisonContext) -> Bool {
        guard let publishedA = published(a, context), let publishedB = published(b, context), publishedA != publishedB,
              [a, b].allSatisfy({ perArticle[$0]!.allSatisfy(DateRule.isRelative) }) else { return false }
        return !DateRule.differentWeekdays(perArticle[a]!, perArticle[b]!, published: [publishedA, publishedB])
            && !DateRule.writtenApart(perArticle[a]!, perArticle[b]!)
    }

    /// Both articles wrote their dates' month (and day) and took only the year from their
    /// publication dates (`in October`, `June 20`: the extractor's note `year from publication
    /// date`), and the written months and days differ: another publication day changes at most
    /// the year, never the month written (`during its meeting in October` against `in July`).
    static func writtenApart(_ a: [Claim], _ b: [Claim]) -> Bool {
        func written(_ claims: [Claim]) -> Set<String>? {
            var months = Set<String>()
            for claim in claims {
                guard claim.slots.quantity?.hasPrefix(yearFromPublication) == true, let date = claim.slots.date,
                      !date.contains("|"), !date.contains("/") else { return nil }
                let parts = date.split(separator: "-")
                guard parts.count >= 2 else { return nil }
                months.insert(String(parts[1]))
            }
            return months.isEmpty ? nil : months
        }
        guard let x = written(a), let y = written(b) else { return false }
        return x.isDisjoint(with: y)
    }

    /// The start of the note on a date whose year alone was read from the publication date.
    static let yearFromPublication = "year from publication date"

    /// The weekday a relative date was written as (`Tuesday`), read from the note the
    /// extractor leaves (`the last Tuesday on or before publication date …`).
    static func writtenWeekday(_ claim: Claim) -> String? {
        guard let note = claim.slots.quantity else { return nil }
        for prefix in ["the last ", "the next "] where note.hasPrefix(prefix) {
            return note.dropFirst(prefix.count).split(separator: " ").first.map(String.init)
        }
        if note.hasPrefix("the "), note.hasSuffix(undatedSuffix) {
            return note.dropFirst(4).split(separator: " ").first.map(String.init)
        }
        return nil
    }

    /// The end of the note on a weekday of an article without a publication date.
    static let undatedSuffix = " of an undated article"

    /// Both articles name the day by its weekday, the weekdays differ, and both days were over
    /// before the earlier article's publication day: `Tuesday` against `Wednesday` is then a
    /// different day whatever day each article was published. A day on or after the earlier
    /// article's publication may be a later stage of the story that article could not report
    /// (`sent the bill Monday`, published Monday; `vetoed it Wednesday`, published Wednesday),
    /// unless the article giving that day is itself one published on it: an article that puts
    /// the event on its own publication day had seen it (`defeated on Tuesday`, published that
    /// Tuesday, against `defeated on Monday` two days later is a conflict).
    static func differentWeekdays(_ a: [Claim], _ b: [Claim], published: [String?]) -> Bool {
        guard !a.isEmpty, !b.isEmpty, (a + b).allSatisfy({ writtenWeekday($0) != nil }) else { return false }
        let days = published.compactMap { $0.flatMap(DayRange.bounds)?.lowerBound }
        guard days.count == published.count, days.count == 2, let earliest = days.min() else { return false }
        let reported = [(a, days[0]), (b, days[1])].allSatisfy { claims, own in
            claims.allSatisfy { claim in
                claim.slots.date.flatMap(DayRange.parse).map { $0.ranges.allSatisfy { $0.upperBound < earliest || ($0.upperBound == earliest && own == earliest) } } ?? false
            }
        }
        return reported && Set(a.compactMap(writtenWeekday)).isDisjoint(with: Set(b.compactMap(writtenWeekday)))
    }
}
