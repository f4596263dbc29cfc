import ClaimModel

/// Dates aligned by what they date (`FactAlignment`): the words of their sentences, not the
/// nearest event word. `Okafor on Wednesday was re-elected chair of the board` and `board
/// members re-elected Ms. Okafor as chair on Thursday` date one thing; the two dates are compared.
///
/// Only discrepancies are reported (a conflict, or a variant when the difference may come from
/// reading relative dates against different publication dates); dates that agree add nothing
/// to the event findings. Claims that share an event key are already compared by event and are
/// not aligned again; claims keyed by a participant (`statement by Ito`) are compared here only,
/// never with another person's (`statement by Berg`). A date more than two months before its article's publication (or, in an
/// article without a publication date, in a sentence placed on an earlier occasion: `in 2019`,
/// `last year's`) is background: it aligns
/// only with another background date. A planned date (`will vote on Friday`) aligns only with
/// another planned one, and a day only with a day, a month with a month, a year with a year.
/// Two dates whose clauses name the same person align at a lower similarity
/// (`participantThreshold`): one person's act on one subject, worded apart by two outlets.
/// Years naming an occasion (`the 2016 election`) are aligned too, with their key's own, when
/// one article names that occasion word with two years (which one a sentence means rests on
/// its words: `interference in the 2017 election` against `interference in the 2016 election`).
extension DateRule {
    /// A date finding aligned by its sentences' words (`what “…” describes`): its subject is
    /// those shared words, not the name of an event.
    static func isAligned(_ finding: Finding) -> Bool {
        finding.kind == .date && finding.summary.contains("“\(finding.subject)” describes")
    }

    /// Similarity two sentences need to state the same dated fact.
    static let alignmentThreshold = 0.45

    /// Similarity two sentences need when both dates' clauses name the same person as who acts
    /// (or whom the happening befalls): one person's act on one subject is one fact, however the
    /// outlets word it (`Ito said on Tuesday that the levy would stay`, `Ito on Tuesday vowed to
    /// keep the levy`); the sentences still share words near both dates and are each other's best match.
    static let participantThreshold = 0.25

    /// Both dates' clauses name one same person (`actor`).
    static func sameParticipant(_ a: Claim, _ b: Claim) -> Bool {
        DatePairKeys([a, b]).sameParticipant(0, 1)
    }

    /// `claim` dates what its person (`actor`) did, and the other date, whose clause names no
    /// actor, sits in a sentence that names people, none of them that person (`Ito has chaired
    /// the board since 2014` against `Berg and Lund have sat on the board since 2015`): the
    /// other date is about them, not one fact.
    static func namesOthers(_ claim: Claim, _ other: Claim, _ otherSentencePeople: [String]?) -> Bool {
        guard let actor = claim.slots.actor, other.slots.actor == nil, let people = otherSentencePeople, !people.isEmpty else { return false }
        return !people.contains(actor)
    }

    /// A date read as the next such day (`will meet on Friday`): a plan, not what happened.
    static func isFuture(_ claim: Claim) -> Bool {
        claim.slots.quantity?.contains("future") == true
    }

    /// How precisely a date is given: `day`, `month`, `year`, or `span` for an interval
    /// (`last week`). Only dates given alike align: a year (`since 1980`) and a day
    /// (`on Thursday`) in similar sentences are rarely one fact.
    static func precision(_ claim: Claim) -> String {
        let value = claim.slots.date ?? ""
        if value.contains("/") { return "span" }
        let first = value.split(separator: "|").first.map(String.init) ?? value
        switch first.split(separator: "-").count {
        case 3: return "day"
        case 2: return "month"
        default: return "year"
        }
    }

    /// Findings of dates aligned by their sentences; `aligned` receives each grouped claim's
    /// group number (two claims of one group are compared here, so no other pass pairs them).
    func alignedFindings(in context: ComparisonContext, aligned: inout [String: Int]) -> [Finding] {
        let alignment = FactAlignment(context)
        // A year naming an occasion (`the 2016 election`) is compared by its key alone, unless
        // one article names that occasion word with two years: which election each sentence
        // means then rests on its words, so that word's years are aligned too.
        var occasionYears: [String: Set<String>] = [:]
        for claim in context.claims(.date) where DateRule.isOccasionYear(claim) {
            if let key = DateRule.factKey(claim), let date = claim.slots.date { occasionYears[key + "\u{1F}" + claim.article, default: []].insert(date) }
        }
        var occasions = Set<String>()
        for (key, years) in occasionYears where years.count > 1 { occasions.insert(String(key.split(separator: "\u{1F}")[0])) }
        var items: [FactAlignment.Item] = []
        for claim in context.claims(.date) where !DateRule.isOccasionYear(claim) || DateRule.factKey(claim).map(occasions.contains) == true {
            guard let date = claim.slots.date, let range = DayRange.parse(date) else { continue }
            if let item = alignment.item(claim, background: isBackground(range, claim.article, context), dated: published(claim.article, context) != nil) { items.append(item) }
        }
        var sentenceDates: [String: [String]] = [:]
        // The first item of each claim id, as `items.first { $0.claim.id == id }` found it.
        var sentenceOf: [String: Int] = [:]
        for item in items where sentenceOf[item.claim.id] == nil { sentenceOf[item.claim.id] = item.sentence }
        for item in items { sentenceDates[item.claim.article + "\u{1F}" + String(item.sentence), default: []].append(item.claim.slots.date!) }
        let keys = DatePairKeys(items.map(\.claim))
        let people = sentencePeople(items, Array(items.indices), context)
        // Those occasion words' years are compared by their sentences, not by the key alone.
        let reopened = items.map { DateRule.factKey($0.claim).flatMap { occasions.contains($0) ? $0 : nil } }
        // A plan aligns only with a plan, a day only with a day…: per-claim conditions, so a
        // partition of the index rather than a test of every pair.
        let groups = alignment.groups(items, threshold: DateRule.alignmentThreshold, partition: { item in
            "\(DateRule.isFuture(item.claim)) \(DateRule.isPlanned(item.claim)) " + DateRule.precision(item.claim)
        }, compatible: { i, j in
            (!keys.comparedByKey(i, j) || (reopened[i] != nil && reopened[i] == reopened[j])) && !keys.otherScope(i, j)
                && !DateRule.namesOthers(items[i].claim, items[j].claim, people[j]) && !DateRule.namesOthers(items[j].claim, items[i].claim, people[i])
        }, pairThreshold: { i, j in keys.sameParticipant(i, j) ? DateRule.participantThreshold : nil })
        // Dates the sentences left apart may still share their clause's frame (`DateRule+Frame.swift`).
        let grouped = Set(groups.flatMap { $0.map(\.claim.id) })
        let framed = frameGroups(items, grouped: grouped, keys: keys, alignment: alignment, context)
        var findings: [Finding] = []
        for (number, group) in (groups + framed).enumerated() {
            for item in group { aligned[item.claim.id] = number }
            var perArticle: [String: [Claim]] = [:]
            for item in group { perArticle[item.claim.article, default: []].append(item.claim) }
            let values = perArticle.mapValues { Array(Set($0.compactMap(\.slots.date))).sorted() }
            let articles = perArticle.keys.sorted()
            // A sentence that lists several dates (`hosted in 1996 and 1997`) may be aligned by
            // any of them: its other dates count too before a conflict is called.
            let listed = perArticle.mapValues { claims in
                Array(Set(claims.flatMap { claim in sentenceDates[claim.article + "\u{1F}" + String(sentenceOf[claim.id] ?? -1)] ?? [] })).sorted()
            }
            let sides = occurrenceSides(articles, values, context)
            let pairs = DatePairs(articles, listed, sides: sides)
            guard let (a, b) = pairs.first(where: { !excused($0.0, $0.1, perArticle, context) }) ?? pairs.first else { continue }
            let words = alignment.sharedWords(group)
            let subject = words.isEmpty ? "date" : words.joined(separator: " ")
            let written = { (article: String) in Array(Set(perArticle[article]!.compactMap(\.slots.text))).sorted().map { "“\($0)”" }.joined(separator: ", ") }
            let publishedA = published(a, context), publishedB = published(b, context)
            var status = FindingStatus.conflict
            var summary = "Sources give different dates for what “\(subject)” describes"
            var reason = "\(values[a]!.joined(separator: ", ")) (\(context.outlet(a)): \(written(a))) and \(values[b]!.joined(separator: ", ")) (\(context.outlet(b)): \(written(b))) do not overlap; the sentences share the words \(words.map { "“\($0)”" }.joined(separator: ", "))"
            if excused(a, b, perArticle, context), let publishedA, let publishedB {
                status = .variant
                summary = "Sources date what “\(subject)” describes differently, read from different publication dates"
                reason += "; published \(publishedA) and \(publishedB)"
            }
            let severity: Severity = status == .conflict ? .warning : .info
            // The id rests on the values in conflict (hashed with them), never on the words or on
            // which articles state them: rewording a sentence (`Gov.` → `Governor`) or adding an
            // article that repeats a value keeps the id; `SetComparator` tells apart two groups
            // with the same values.
            let key = "date:aligned"
            findings.append(Finding(
                kind: .date, status: status, severity: context.configuration.severity(.date, status, default: severity),
                subject: subject, subjectKey: key, entity: nil, summary: summary, reason: reason,
                values: values, evidence: perArticle.mapValues { $0.map(\.evidence) }))
        }
        return findings
    }
}
