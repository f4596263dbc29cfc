import ClaimModel

/// Places joined in one coordination (`the mayors of Chicago and Boston`) compared as a list.
///
/// A list names its places in any order (`the mayors of Boston and Chicago` in another
/// outlet), so its members are not compared one by one with the other list's members in the
/// order sentence alignment happens to pair them. Two lists of different articles that share
/// a place, whose remaining places are one each, of one kind, that cannot both hold, state one
/// fact with one place changed: the two remaining places conflict, when the two sentences
/// reach `mentionThreshold` and the remaining places' clauses share a content word (as for a
/// lone place, `PlaceRule+LoneMention.swift`). The shared place anchors the comparison, so
/// neither remaining place needs to be named elsewhere in the set. A list is a run of place
/// claims of one sentence joined only by commas and a coordinating conjunction
/// (`FactContext.coordinators`: `and`, `or`).
extension PlaceRule {
    /// The most scalars between two places of one list (`, and `).
    static let coordinationGap = 8

    /// Runs of place claims of one article joined only by commas and a coordinator, each in
    /// text order, articles in sorted order.
    static func coordinations(_ claims: [Claim], articles: [String: Article]) -> [[Claim]] {
        var byArticle: [String: [Claim]] = [:]
        for claim in claims { byArticle[claim.article, default: []].append(claim) }
        var lists: [[Claim]] = []
        for id in byArticle.keys.sorted() {
            guard let article = articles[id] else { continue }
            var run: [Claim] = []
            for claim in byArticle[id]!.sorted(by: { $0.evidence.span.start < $1.evidence.span.start }) {
                if let last = run.last, joined(last, claim, article.scalars) {
                    run.append(claim)
                    continue
                }
                if run.count >= 2 { lists.append(run) }
                run = [claim]
            }
            if run.count >= 2 { lists.append(run) }
        }
        return lists
    }

    /// `a` and `b` are joined by nothing but commas, spaces and at most one coordinator, and
    /// by at least a comma or the coordinator.
    static func joined(_ a: Claim, _ b: Claim, _ s: [Unicode.Scalar]) -> Bool {
        let start = a.evidence.span.end, end = b.evidence.span.start
        guard start < end, end - start <= coordinationGap, end <= s.count else { return false }
        let gap = s[start..<end]
        guard gap.allSatisfy({ $0 == "," || $0.properties.isWhitespace || $0.isAlphabeticScalar }) else { return false }
        let words = FactContext.words(s, start, end)
        guard words.count <= 1, words.allSatisfy(FactContext.coordinators.contains) else { return false }
        return gap.contains(",") || words.count == 1
    }

    /// Conflicts between two lists that share a place and differ in one place each, and the
    /// claims they pair (`key`).
    func coordinationFindings(_ claims: [Claim], alignment: FactAlignment, in context: ComparisonContext) -> (findings: [Finding], used: Set<String>) {
        let lists = PlaceRule.coordinations(claims, articles: alignment.articles)
        guard lists.count >= 2 else { return ([], []) }
        let stops = Set(QuoteWords.stopWords.map(FactAlignment.stem))
        func name(_ claim: Claim) -> String { Folding.fold(claim.slots.place ?? "") }
        var findings: [Finding] = []
        var used = Set<String>()
        for (index, a) in lists.enumerated() {
            for b in lists[(index + 1)...] where b[0].article != a[0].article {
                let namesA = Set(a.map(name)), namesB = Set(b.map(name))
                guard !namesA.isDisjoint(with: namesB) else { continue }
                let restA = a.filter { !namesB.contains(name($0)) }, restB = b.filter { !namesA.contains(name($0)) }
                guard restA.count == 1, restB.count == 1, let x = restA.first, let y = restB.first,
                      x.slots.unit == y.slots.unit, PlaceLevels.isMention(x) || PlaceLevels.isMention(y),
                      !used.contains(PlaceRule.key(x)), !used.contains(PlaceRule.key(y)), PlaceRule.rivals([x], [y]),
                      let xi = alignment.item(x), let yi = alignment.item(y), xi.isBackground == yi.isBackground,
                      !xi.near.intersection(yi.near).subtracting(stops).isEmpty,
                      alignment.similarity(xi, yi) >= PlaceRule.mentionThreshold else { continue }
                used.insert(PlaceRule.key(x))
                used.insert(PlaceRule.key(y))
                let shared = a.filter { namesB.contains(name($0)) }.compactMap { $0.slots.text ?? $0.slots.place }
                func describe(_ claim: Claim) -> String { "“\(claim.evidence.text)” (\(context.outlet(claim.article)))" }
                let reason = "\(describe(x)) and \(describe(y)) are the places two lists naming \(shared.map { "“\($0)”" }.joined(separator: ", ")) do not share"
                findings.append(mentionFinding(x, y, [xi, yi], alignment: alignment, in: context, reason: reason))
            }
        }
        return (findings, used)
    }
}
