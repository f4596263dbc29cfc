import ClaimModel

/// Finds a set's main event and fills its frame from the findings the rules made: what
/// (each headline), when (the date most articles give the event, in the headline or lede
/// first), where (the dateline place and the places of the lede), who (the people most
/// articles name, in the lede first, with the titles each article uses; who took part with
/// the first of them; who is reported absent), how many (the figures about the main event
/// most articles state), outcome (where a legal or political process stands: charged, a plea,
/// a resignation). Findings about an earlier occasion are kept out of the frame.
/// Then every finding gets its salience, and only-in findings that fill no slot and are
/// neither a figure, a quote, nor a person's part or role are marked minor.
public enum StoryBuilder {
    /// At most this many people and figures in the frame.
    static let maxPeople = 3
    static let maxFigures = 3
    static let maxOutcomes = 3
    /// Body lines up to this one are the headline and lede.
    static let ledeLines = 3

    /// `background`: ids of findings the comparator made from claims about earlier occasions.
    public static func build(articles: [Article], entities: [EntityRecord], claims: [Claim], findings: [Finding], background known: [String] = []) -> Story {
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let earliest = articles.compactMap { $0.published.flatMap(StoryDay.init(iso:)) }.min()
        let known = Set(known)
        // The day most articles' ledes date: a date no lede gives that lies before it is a
        // background or figurative mention (`a warning shot … last month`), not the main event.
        let ledeDay = StoryLede.day(claims)
        let background = Set(findings.filter { finding in
            known.contains(finding.id) || StoryBackground.isBackground(finding, articles: byID, earliestPublished: earliest)
                || ledeDay.map { finding.kind == .date && StoryLede.isBackgroundMention(finding, before: $0.day, ledeLines: ledeLines) } == true
        }.map(\.id))
        var rows: [FrameRow] = []

        // What: the headlines.
        let headlines = Dictionary(articles.compactMap { article in article.title.map { (article.id, [$0]) } }, uniquingKeysWith: { first, _ in first })
        if !headlines.isEmpty { rows.append(FrameRow(slot: .what, label: "headline", values: headlines, status: nil, finding: nil)) }

        // When: the main date.
        // A date every article giving it places after its own publication (`the 2018
        // election`, mentioned in passing) is a plan or a forecast, not the news.
        // A relative week (`this week`: a seven-day span) is weak evidence of the news's day:
        // it never dates the main event, and no date is better than it.
        let dates = findings.filter { $0.kind == .date && !background.contains($0.id) && !StoryBackground.isAhead($0, articles: byID) && !onlyWeeks($0) }
        let mainDate = dates.max { (dateScore($0), $1.id) < (dateScore($1), $0.id) }
        // A date aligned by its sentences' shared words has no event noun: its words are no label.
        let event = mainDate.flatMap { DateRule.isAligned($0) ? nil : $0.subject }
        // No finding dates the news: the ledes' own day, when most articles give it.
        if mainDate == nil, let lede = ledeDay {
            rows.append(FrameRow(slot: .when, label: "date in the lede", values: lede.values, status: lede.values.count >= 2 ? .agree : nil, finding: nil))
        }
        if let mainDate {
            // Dates well before publication belong to an earlier occasion of the same event word.
            let values = mainDate.values.mapValues { $0.filter { value in
                guard let earliest, let day = StoryDay(iso: value) else { return true }
                return earliest.days(since: day) < StoryBackground.daysBeforePublication
            } }.filter { !$0.value.isEmpty }
            rows.append(FrameRow(slot: .when, label: event.map { "date of the \($0)" } ?? "date of the news", values: values, status: mainDate.status, finding: mainDate.id))
        }

        // Where: dateline places and the places the lede names.
        var places: [String: [String]] = [:]
        for article in articles {
            if let place = article.metadata[Article.datelinePlaceKey] { places[article.id, default: []].append(place) }
        }
        let lede = ledePlaces(claims, mainEvent: event)
        for claim in lede where claim.kind != .place {
            guard let place = claim.slots.place else { continue }
            places[claim.article, default: []].append(place)
        }
        // Place claims fill the slot of an article that gives no dateline, visit or meeting
        // place: those say where the story is; a lede's place claim may be a stop before it.
        let placed = Set(places.keys)
        for claim in lede where claim.kind == .place && !placed.contains(claim.article) {
            guard let place = claim.slots.place else { continue }
            places[claim.article, default: []].append(place)
        }
        places = places.mapValues(distinctFolded)
        if !places.isEmpty {
            let folded = places.values.map { Set($0.map(Folding.fold)) }
            let shared = folded.dropFirst().reduce(folded.first ?? []) { $0.intersection($1) }
            var status: FindingStatus? = places.count < 2 ? nil : (shared.isEmpty ? nil : .agree)
            // A place finding about the lede's places decides the row: a conflict shows there.
            let placeFinding = findings.filter { $0.kind == .place && !background.contains($0.id) && firstLine($0) <= ledeLines }
                .min { ($0.status, $0.id) < ($1.status, $1.id) }
            if let placeFinding { status = placeFinding.status }
            rows.append(FrameRow(slot: .where, label: "place", values: places, status: status, finding: placeFinding?.id))
        }

        // Who: the people most articles name, lede first.
        let people = entities.filter { $0.type == .person }.map { entity -> (EntityRecord, Int) in
            let inArticles = entity.mentions.filter { !$0.value.isEmpty }.count
            let inLede = entity.mentions.filter { $0.value.contains { $0.line <= ledeLines } }.count
            let total = entity.mentions.values.map(\.count).reduce(0, +)
            return (entity, inArticles * 10 + inLede * 8 + min(total, 10))
        }.filter { entity, _ in
            articles.count == 1 || entity.mentions.filter { !$0.value.isEmpty }.count >= 2
                || entity.mentions.values.contains { $0.contains { $0.line <= ledeLines } }
        }.sorted { ($1.1, $0.0.name, $0.0.id) < ($0.1, $1.0.name, $1.0.id) }.prefix(maxPeople).map(\.0)
        for person in people {
            let title = findings.filter { $0.kind == .title && $0.entity == person.id }.min { ($0.status, $0.id) < ($1.status, $1.id) }
            var values: [String: [String]] = [:]
            for (article, mentions) in person.mentions where !mentions.isEmpty {
                let titles = distinctFolded(mentions.filter { $0.form != .role }.compactMap(\.title))
                values[article] = titles.isEmpty ? ["named"] : titles
            }
            rows.append(FrameRow(slot: .who, label: person.name, values: values, status: title?.status, finding: title?.id))
        }
        if let central = people.first {
            let taking = findings.filter { $0.kind == .participant && $0.entity != central.id && !background.contains($0.id) }
            var values: [String: [String]] = [:]
            for finding in taking.sorted(by: { ($0.subject, $0.id) < ($1.subject, $1.id) }) {
                for (article, words) in finding.values where !words.isEmpty {
                    values[article, default: []].append("\(finding.subject) (\(words.joined(separator: ", ")))")
                }
            }
            if !values.isEmpty {
                let status = taking.map(\.status).min()
                rows.append(FrameRow(slot: .who, label: "taking part with \(central.name)", values: values, status: status, finding: nil))
            }
        }
        for absence in findings.filter({ $0.kind == .absence }).sorted(by: { ($0.subject, $0.id) < ($1.subject, $1.id) }) {
            rows.append(FrameRow(slot: .who, label: "\(absence.subject): absent?", values: absence.values, status: absence.status, finding: absence.id))
        }

        // How many: figures about the main event.
        let figures = findings.filter { finding in
            finding.kind == .number && !background.contains(finding.id)
                && (finding.values.filter { !$0.value.isEmpty }.count >= 2 || firstLine(finding) <= ledeLines)
                // One candidate's share and the other's: two facts, not one figure of the story.
                && !StoryOwners.differ(finding, articles: byID, entities: entities)
        }.map { ($0, Salience.score($0, inFrame: false, background: false)) }
            // Figures several articles state first, then the lede's own; each by salience.
            .sorted { (stating($0.0) >= 2 ? 0 : 1, -$0.1, $0.0.id) < (stating($1.0) >= 2 ? 0 : 1, -$1.1, $1.0.id) }
            .prefix(maxFigures).map(\.0)
        for figure in figures {
            // A row says `agree` only when the values are alike: figures the rule aligned but
            // that differ (a floor and a total, two counted things) show as differing, and the
            // finding names the figures one article adds.
            let distinct = Set(figure.values.values.filter { !$0.isEmpty }.map { $0.map(Folding.fold).sorted() })
            let status = figure.status == .agree && distinct.count > 1 ? nil : figure.status
            rows.append(FrameRow(slot: .howMany, label: figure.subject, values: figure.values, status: status, finding: figure.id))
        }

        // Outcome: where a process stands for someone (charged, pleaded, resigned).
        let outcomes = findings.filter { $0.kind == .status && !background.contains($0.id) && ($0.entity != nil || stating($0) >= 2) }
            .sorted { ($0.status, -stating($0), firstLine($0), $0.id) < ($1.status, -stating($1), firstLine($1), $1.id) }
            .prefix(maxOutcomes)
        for outcome in outcomes {
            rows.append(FrameRow(slot: .outcome, label: outcome.subject, values: outcome.values, status: outcome.status, finding: outcome.id))
        }

        let inFrame = Set(rows.compactMap(\.finding))
        var salience: [String: Int] = [:]
        let titles = StoryHeadlines.titleWords(byID)
        for finding in findings {
            // A person the other articles name too, though only one has them take part.
            let named = finding.entity.flatMap { id in entities.first { $0.id == id } }.map { entity in
                entity.mentions.filter { !$0.value.isEmpty }.count > finding.values.filter { !$0.value.isEmpty }.count
            } ?? false
            salience[finding.id] = Salience.score(
                finding, inFrame: inFrame.contains(finding.id), background: background.contains(finding.id), namedElsewhere: named,
                sideDate: mainDate.map { $0.id != finding.id } ?? false, inHeadline: StoryHeadlines.names(finding, titles: titles, entities: entities))
        }
        let framePeople = Set(people.map(\.id))
        let minor = findings.filter { $0.status == .onlyIn && !isNotable($0, inFrame: inFrame, background: background, people: framePeople, entities: entities) }.map(\.id).sorted()
        return Story(
            event: event, frame: rows, salience: salience, minor: minor,
            updates: StoryUpdates.find(findings: findings, articles: articles, background: background),
            background: background.sorted(), repeats: repeats(findings))
    }

    /// The places the headline and lede give for the main event: place, visit and meeting
    /// claims on those lines, and of the place claims only those of the main event when some
    /// are (`met in X` in a story about a meeting; not `grew up in Y` beside it).
    static func ledePlaces(_ claims: [Claim], mainEvent: String?) -> [Claim] {
        let lede = claims.filter { claim in
            claim.evidence.span.line <= ledeLines && claim.slots.place != nil && !PlaceLevels.isDateline(claim) && !PlaceLevels.isMention(claim)
                && (claim.kind == .place || claim.kind == .visit || claim.kind == .meeting)
        }
        guard let mainEvent, lede.contains(where: { $0.kind == .place && $0.slots.event == mainEvent }) else { return lede }
        return lede.filter { $0.kind != .place || $0.slots.event == mainEvent }
    }

    /// A date is the main one when many articles give it, in the headline or lede.
    static func dateScore(_ finding: Finding) -> Int {
        let stating = finding.values.filter { !$0.value.isEmpty }.count
        return stating * 10 + (firstLine(finding) <= ledeLines ? 15 : 0)
    }

    static func stating(_ finding: Finding) -> Int { finding.values.filter { !$0.value.isEmpty }.count }

    /// Whether every value of a date finding is a seven-day span (`2016-03-21/2016-03-27`).
    static func onlyWeeks(_ finding: Finding) -> Bool {
        let values = finding.values.values.flatMap { $0 }
        return !values.isEmpty && values.allSatisfy { value in
            let ends = value.split(separator: "/").map(String.init)
            guard ends.count == 2, let start = StoryDay(iso: ends[0]), let end = StoryDay(iso: ends[1]) else { return false }
            return end.days(since: start) == 6
        }
    }

    static func firstLine(_ finding: Finding) -> Int {
        finding.evidence.values.flatMap { $0 }.map(\.span.line).min() ?? Int.max
    }

    /// Only-in findings worth a reader's time: a frame slot; a figure about the main event
    /// (in the headline or lede); a quote of a person in the frame; a person with a role
    /// taking part or reported absent; a title. The rest is minor.
    static func isNotable(_ finding: Finding, inFrame: Set<String>, background: Set<String>, people: Set<String>, entities: [EntityRecord]) -> Bool {
        if inFrame.contains(finding.id) { return true }
        if background.contains(finding.id) { return false }
        // A finding at warning or above is never folded away: the first screen falls back on
        // warnings, and one kept in the appendix left it empty.
        if finding.severity >= .warning { return true }
        switch finding.kind {
        case .number: return firstLine(finding) <= ledeLines
        case .quote: return finding.entity.map(people.contains) ?? false
        case .absence, .title: return true
        // A status of someone named; an unnamed one (`a man was charged`) only when two tell it.
        case .status: return finding.entity != nil || stating(finding) >= 2
        case .participant:
            // A person with a role: some article gives them a title.
            guard let id = finding.entity, let entity = entities.first(where: { $0.id == id }) else { return false }
            return entity.mentions.values.contains { $0.contains { $0.title != nil } }
        default: return finding.severity >= .warning
        }
    }

    /// Item quantities that state the same figures as a number finding about the same thing
    /// (`patrol boats delivered` beside `patrol boats`): one fact, shown once on top.
    static func repeats(_ findings: [Finding]) -> [String] {
        let numbers = findings.filter { $0.kind == .number && $0.status.isDiscrepancy }
        return findings.filter { item in
            item.kind == .item && item.status.isDiscrepancy && numbers.contains { number in
                let words = Set(Folding.words(number.subject))
                return !words.isEmpty && words.isSubset(of: Set(Folding.words(item.subject))) && Set(number.values.keys) == Set(item.values.keys)
            }
        }.map(\.id).sorted()
    }

    /// Values in first-seen order without repeats that differ only in case or diacritics.
    static func distinctFolded(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert(Folding.fold($0)).inserted }
    }
}
