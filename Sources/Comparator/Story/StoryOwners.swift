import ClaimModel

/// Whose a figure is: the person the figure's sentence opens with, its subject (`Mr. Okafor
/// had won with 61 percent of the vote`). Two articles' figures for one counted thing with
/// different owners (one candidate's share of the vote, the other's) are two facts, never one
/// row of the frame. A sentence that opens with no named person (`He raised $300,000`) gives
/// no owner, and a figure without one is compared as before.
enum StoryOwners {
    /// A subject stands within this many words of its sentence's start (`But Okafor won`,
    /// `Mr. Okafor had won`).
    static let subjectReach = 3

    /// The person entity whose mention opens the sentence of `evidence`, before the figure.
    static func owner(_ evidence: Evidence, article: Article, entities: [EntityRecord]) -> String? {
        let scalars = article.scalars
        let start = max(0, min(evidence.span.start, scalars.count))
        let end = max(start, min(evidence.span.end, scalars.count))
        let sentence = FactContext.sentenceBounds(scalars, start, end)
        var best: (start: Int, id: String)? = nil
        for entity in entities where entity.type == .person {
            for mention in entity.mentions[article.id] ?? [] {
                guard mention.span.count == 2, mention.span[0] >= sentence.lowerBound, mention.span[1] <= start else { continue }
                if best == nil || mention.span[0] < best!.start { best = (mention.span[0], entity.id) }
            }
        }
        guard let best else { return nil }
        let lead = FactContext.words(scalars, sentence.lowerBound, best.start)
        // `Ms. Reyes said the plan has 19 steps`: the speaker reports the figure, it is not hers.
        let between = FactContext.words(scalars, best.start, start)
        return lead.count < subjectReach && !between.contains(where: reportingVerbs.contains) ? best.id : nil
    }

    /// Two articles give different figures for different owners: two articles whose evidence
    /// each names one owner name different ones (the same value under two names, `223rd
    /// Street` where one man was shot and another arrested, is still one fact).
    static func differ(_ finding: Finding, articles: [String: Article], entities: [EntityRecord]) -> Bool {
        guard Set(finding.values.values.filter { !$0.isEmpty }.map { $0.sorted() }).count > 1 else { return false }
        var owners = Set<String>()
        for (id, items) in finding.evidence {
            guard let article = articles[id] else { continue }
            let found = Set(items.compactMap { owner($0, article: article, entities: entities) })
            guard found.count == 1 else { continue }
            owners.formUnion(found)
        }
        return owners.count > 1
    }
}
