import ClaimModel

/// One person's statement on one subject, dated by several outlets in their own words
/// (`Ito said Tuesday that the levy stays`, `in a written statement Tuesday, Ito defended the
/// levy`, `Ito's Tuesday remarks on the levy`): the frame of the statement is the act (a speech
/// act: `DateRule.speechPredicates`, data), who made it (`actor`) and what it was about (the
/// words its sentence shares with the other article's, past the person's name and the verbs).
///
/// A person speaks on many days, so the person alone ties nothing: two dates are one fact only
/// when all three agree, the sentences being each other's best match among that person's
/// statements in the two articles. Then dates that cannot overlap are a conflict, unless an
/// article itself dates that person's statements on the subject on different days (the subject
/// came up more than once; a statement that matches the other article's less than half as well
/// as the best match is on another subject and does not count), three or more articles date it and no two alike (several
/// occasions), or the readings explain it (relative days read from different publication dates).
/// Otherwise nothing is reported: an agreement adds nothing to what alignment already gives.
extension DateRule {
    /// Similarity (`FactAlignment.similarity`) two statements of one person need besides a shared
    /// subject word: the person and the act already agree, so the sentences need share little more.
    static let speechThreshold = 0.1

    /// An article's other statement by the person counts as dating the subject again only when it
    /// matches the other article's statement at least this share as well as the best match does:
    /// a person who spoke on the subject on Thursday and on a related one on Sunday is still
    /// compared on Thursday's words when the other outlet's sentence is plainly Thursday's.
    static let clearBestRatio = 0.5

    /// A statement date the frame reads: a past speech act of a named person, dated to the day.
    static func isSpeechDate(_ claim: Claim) -> Bool {
        guard claim.slots.actor != nil, !isPlanned(claim), !isFuture(claim), !isOccasionYear(claim) else { return false }
        let act = claim.slots.event ?? claim.slots.verb ?? ""
        return speechPredicates.contains(act) && precision(claim) == "day"
    }

    /// Findings of the speech frame; `aligned` gives the group of each claim the sentence
    /// alignment grouped (two claims of one group were compared there, never again here).
    func speechFindings(in context: ComparisonContext, aligned: [String: Int]) -> [Finding] {
        let alignment = FactAlignment(context)
        var byActor: [String: [String: [FactAlignment.Item]]] = [:]
        for claim in context.claims(.date) where DateRule.isSpeechDate(claim) {
            guard let date = claim.slots.date, let range = DayRange.parse(date), !isEarlierOccasion(date, range, claim.article, context),
                  let item = alignment.item(claim, dated: published(claim.article, context) != nil) else { continue }
            byActor[claim.slots.actor!, default: [:]][claim.article, default: []].append(item)
        }
        var findings: [Finding] = []
        for actor in byActor.keys.sorted() {
            let perArticle = byActor[actor]!
            guard perArticle.count > 1 else { continue }
            // The person's own name and the verbs of saying are the frame, not the subject.
            var frameWords = Set(FactAlignment.stems(FactContext.words(Array(context.name(actor).unicodeScalars), 0, context.name(actor).unicodeScalars.count)))
            for items in perArticle.values { for item in items { if let verb = item.claim.slots.verb { frameWords.insert(FactAlignment.stem(verb)) } } }
            func subject(_ a: FactAlignment.Item, _ b: FactAlignment.Item) -> Set<String> { a.words.intersection(b.words).subtracting(frameWords) }
            func score(_ a: FactAlignment.Item, _ b: FactAlignment.Item) -> Double {
                subject(a, b).isEmpty ? 0 : alignment.similarity(a, b)
            }
            let articles = perArticle.keys.sorted()
            // Mutual best statements, article pair by article pair; edges between claims.
            var edges: [(FactAlignment.Item, FactAlignment.Item)] = []
            for (i, first) in articles.enumerated() {
                for second in articles[(i + 1)...] {
                    for a in perArticle[first]! {
                        guard let b = best(a, perArticle[second]!, score), best(b, perArticle[first]!, score)?.claim.id == a.claim.id,
                              score(a, b) >= DateRule.speechThreshold,
                              aligned[a.claim.id] == nil || aligned[a.claim.id] != aligned[b.claim.id] else { continue }
                        edges.append((a, b))
                    }
                }
            }
            // Statements joined by matches, directly or through another article's, are about one
            // subject: each such group is judged on its own.
            var group: [String: String] = [:]
            func root(_ id: String) -> String {
                var current = id
                while let up = group[current], up != current { current = up }
                return current
            }
            for (a, b) in edges {
                for id in [a.claim.id, b.claim.id] where group[id] == nil { group[id] = id }
                let x = root(a.claim.id), y = root(b.claim.id)
                if x != y { group[max(x, y)] = min(x, y) }
            }
            var roots: [String] = []
            for (a, _) in edges where !roots.contains(root(a.claim.id)) { roots.append(root(a.claim.id)) }
            for top in roots {
                let own = edges.filter { root($0.0.claim.id) == top }
                // Per article, every statement of the person on the subject of a match, mutual
                // best or not: an article may date that subject on more than one day.
                var related: [String: [Claim]] = [:]
                for (a, b) in own {
                    for (item, other) in [(a, b), (b, a)] {
                        // Another statement counts only when it matches nearly as well as the
                        // best (`clearBestRatio`): a clearly weaker match is another subject's.
                        let floor = max(DateRule.speechThreshold, score(item, other) * DateRule.clearBestRatio)
                        for candidate in perArticle[item.claim.article]! where candidate.claim.id == item.claim.id || score(candidate, other) >= floor {
                            if !(related[item.claim.article] ?? []).contains(where: { $0.id == candidate.claim.id }) { related[item.claim.article, default: []].append(candidate.claim) }
                        }
                    }
                }
                if let finding = speechFinding(own, related: related, actor: actor, frameWords: frameWords, alignment: alignment, context) { findings.append(finding) }
            }
        }
        return findings
    }

    /// The conflict of one group of matched statements (`related`: per article, its statements
    /// on the group's subject), if any.
    private func speechFinding(_ edges: [(FactAlignment.Item, FactAlignment.Item)], related matched: [String: [Claim]], actor: String,
                               frameWords: Set<String>, alignment: FactAlignment, _ context: ComparisonContext) -> Finding? {
        let values = matched.mapValues { Array(Set($0.compactMap(\.slots.date))).sorted() }
        // An article that itself dates the person's statements on the subject on different
        // days: the subject came up more than once.
        if values.values.contains(where: { !consistent($0) }) { return nil }
        let involved = matched.keys.sorted()
        let apart = DatePairs(involved, values)
        if involved.count >= DateRule.occasionsQuorum, apart.count == involved.count * (involved.count - 1) / 2 { return nil }
        guard let (a, b) = edges.lazy.map({ ($0.0.claim, $0.1.claim) }).first(where: { x, y in
            !DayRange.parse(x.slots.date!)!.overlaps(DayRange.parse(y.slots.date!)!)
                && !excused(x.article, y.article, [x.article: [x], y.article: [y]], context)
                && !DateRule.differentOccurrences(x.article, y.article, occurrenceSides([x.article, y.article], values, context))
        }) else { return nil }
        let pair = [a.article: [a], b.article: [b]]
        let words = alignment.sharedWords([alignment.item(a)!, alignment.item(b)!]).filter { !frameWords.contains(FactAlignment.stem(Folding.fold($0))) }
        let event = "statement by " + context.name(actor)
        let shown = { (claim: Claim) in "\(claim.slots.date!) (\(context.outlet(claim.article)): “\(claim.slots.text ?? claim.evidence.text)”)" }
        var reason = "\(shown(a)) and \(shown(b)) do not overlap; both date \(context.name(actor))'s statement on \(words.map { "“\($0)”" }.joined(separator: ", "))"
        if let publishedA = published(a.article, context), let publishedB = published(b.article, context), publishedA != publishedB {
            reason += "; published \(publishedA) and \(publishedB)"
        }
        return Finding(
            kind: .date, status: .conflict, severity: context.configuration.severity(.date, .conflict, default: .warning),
            subject: event, subjectKey: "date:speech:" + actor + ":" + [a.article, b.article].sorted().joined(separator: " "),
            entity: nil, summary: "Sources give different dates for the \(event)", reason: reason,
            values: pair.mapValues { $0.compactMap(\.slots.date) }, evidence: pair.mapValues { $0.map(\.evidence) })
    }

    /// The item of `candidates` that `score` rates highest above zero (the first on a tie).
    private func best(_ item: FactAlignment.Item, _ candidates: [FactAlignment.Item], _ score: (FactAlignment.Item, FactAlignment.Item) -> Double) -> FactAlignment.Item? {
        var found: (FactAlignment.Item, Double)? = nil
        for candidate in candidates {
            let s = score(item, candidate)
            if s > (found?.1 ?? 0) { found = (candidate, s) }
        }
        return found?.0
    }
}
