import ClaimModel

/// Dates aligned by their clause's frame when their sentences alone are too unlike to align
/// (`alignmentThreshold`) and no event key compares them: `an article published by the Courier
/// on Thursday` and `the Courier published the story on Thursday, citing two engineers`.
///
/// Two day dates of different articles share a frame when their clauses have an anchor in
/// common: the same verb lemma (not a light verb: `date-rule/frame-light-verbs.txt`, data),
/// or the same person named in both sentences. Besides the anchor's own words (the verb, the
/// person's name) the two clauses must share a word of their own (`FactAlignment.Item.near`;
/// not a function word nor a part of the day such as `late` or `morning`:
/// `date-rule/frame-stop-words.txt`), reach `frameThreshold` (one verb) or
/// `participantThreshold` (only a person: a person acts on many days), and each must be the
/// other's single best anchored match in its article: one date, one counterpart per article,
/// never many. Dates the sentence alignment grouped, a person's statements (the statement
/// frame's), dates compared by their event key, a plan against what happened, and dates of
/// another precision are never framed.
extension DateRule {
    /// Similarity two clauses of one verb need (`FactAlignment.similarity`): the verb already
    /// ties them, so the sentences need share less than unanchored ones. Clauses tied only by a
    /// person named in both need `participantThreshold`.
    static let frameThreshold = 0.15

    /// `frameStopWords` cut as the alignment cuts words (`FactAlignment.stem`).
    static let frameStopStems = Set(frameStopWords.map(FactAlignment.stem))

    /// Groups of two dates (one per article) aligned by their frame, among `items` that the
    /// sentence alignment left ungrouped (`grouped`: claim ids already in a group).
    func frameGroups(_ items: [FactAlignment.Item], grouped: Set<String>, keys: DatePairKeys,
                     alignment: FactAlignment, _ context: ComparisonContext) -> [[FactAlignment.Item]] {
        // A person's statement is dated by the statement frame (`DateRule+Speech.swift`), with
        // the act and the person, never set against another kind of act here.
        let open = items.indices.filter {
            !grouped.contains(items[$0].claim.id) && !items[$0].isBackground && DateRule.precision(items[$0].claim) == "day" && !DateRule.isSpeechDate(items[$0].claim)
        }
        guard open.count > 1 else { return [] }
        let people = sentencePeople(items, open, context)
        // Anchor → the open items that have it, in item order.
        var byAnchor: [String: [Int]] = [:]
        var anchors: [Int: Set<String>] = [:]
        // The anchors' own words (the people's names, the verbs) tie the two clauses already:
        // the clauses must share another word besides them.
        var anchorWords: [Int: Set<String>] = [:]
        for i in open {
            var own = Set(people[i] ?? []).map { "p:" + $0 }
            var words = Set<String>()
            for entity in people[i] ?? [] {
                let name = Array(context.name(entity).unicodeScalars)
                words.formUnion(FactAlignment.stems(FactContext.words(name, 0, name.count)))
            }
            if let verb = items[i].claim.slots.verb {
                words.insert(FactAlignment.stem(verb))
                if !DateRule.frameLightVerbs.contains(verb) { own.append("v:" + verb) }
            }
            anchors[i] = Set(own)
            anchorWords[i] = words
            for anchor in Set(own).sorted() { byAnchor[anchor, default: []].append(i) }
        }
        func partition(_ i: Int) -> String {
            "\(DateRule.isFuture(items[i].claim)) \(DateRule.isPlanned(items[i].claim))"
        }
        func score(_ i: Int, _ j: Int) -> Double {
            let a = items[i], b = items[j]
            guard a.claim.article != b.claim.article, partition(i) == partition(j),
                  !(anchors[i]!.isDisjoint(with: anchors[j]!)),
                  !a.near.intersection(b.near).subtracting(anchorWords[i]!).subtracting(anchorWords[j]!).subtracting(DateRule.frameStopStems).isEmpty,
                  !keys.comparedByKey(i, j), !keys.otherScope(i, j) else { return 0 }
            let sim = alignment.similarity(a, b)
            // A person named in both sentences ties less than one verb: a person acts on many
            // days, so the sentences must be as alike as one person's act worded apart.
            let verbTied = anchors[i]!.intersection(anchors[j]!).contains { $0.hasPrefix("v:") }
            return verbTied || sim >= DateRule.participantThreshold ? sim : 0
        }
        // Per item, its anchored candidates (items sharing an anchor), in item order.
        var candidates: [Int: [Int]] = [:]
        for i in open {
            var seen = Set<Int>()
            for anchor in anchors[i]!.sorted() { for j in byAnchor[anchor]! where j != i { seen.insert(j) } }
            candidates[i] = seen.sorted()
        }
        func best(_ i: Int, in article: String) -> (Int, Double)? {
            var found: (Int, Double)? = nil
            for j in candidates[i]! where items[j].claim.article == article {
                let s = score(i, j)
                if s > (found?.1 ?? 0) { found = (j, s) }
            }
            return found
        }
        // Mutual best pairs, article pair by article pair, joined into groups: a date has at
        // most one counterpart in each other article.
        var parent: [Int: Int] = [:]
        func root(_ x: Int) -> Int {
            var x = x
            while let up = parent[x], up != x { x = up }
            return x
        }
        for i in open {
            for article in Set(candidates[i]!.map { items[$0].claim.article }).sorted() where article > items[i].claim.article {
                guard let (j, s) = best(i, in: article), s >= DateRule.frameThreshold,
                      let (back, _) = best(j, in: items[i].claim.article), back == i else { continue }
                let x = root(i), y = root(j)
                if x != y { parent[max(x, y)] = min(x, y) }
                if parent[min(x, y)] == nil { parent[min(x, y)] = min(x, y) }
            }
        }
        var members: [Int: [Int]] = [:]
        for i in open where parent[i] != nil { members[root(i), default: []].append(i) }
        return members.keys.sorted().map { members[$0]!.map { items[$0] } }
    }

    /// Per open item, the people named in its sentence (global entity ids, sorted).
    func sentencePeople(_ items: [FactAlignment.Item], _ open: [Int], _ context: ComparisonContext) -> [Int: [String]] {
        // Article → (start, entity) of every mention there.
        var mentions: [String: [(Int, String)]] = [:]
        for entity in context.mentions.keys.sorted() {
            for (article, list) in context.mentions[entity]! { for mention in list { mentions[article, default: []].append((mention.span.start, entity)) } }
        }
        var result: [Int: [String]] = [:]
        for i in open {
            let claim = items[i].claim
            guard let article = context.article(claim.article), let list = mentions[claim.article] else { continue }
            let s = article.scalars
            let start = max(0, min(claim.evidence.span.start, s.count)), end = max(start, min(claim.evidence.span.end, s.count))
            let sentence = FactContext.sentenceBounds(s, start, end)
            result[i] = Array(Set(list.filter { sentence.contains($0.0) }.map(\.1))).sorted()
        }
        return result
    }
}
