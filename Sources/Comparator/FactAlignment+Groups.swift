import ClaimModel

/// Grouping aligned claims: each claim's best match in every other article, kept when it is
/// mutual, found through an inverted index so the work grows with the claims, not with the
/// pairs of articles.
///
/// A pair of claims can score above zero only when both are in one partition (the same
/// `isBackground` and the same `partition` key: a rule's per-claim conditions, such as a
/// date's precision) and their own clauses share a word, or both are leads sharing any word.
/// So each claim is scored only against the claims an index of (partition, word) gives it:
/// its rarest words first, starting after the claim itself in the set's order and wrapping
/// around, until the claims of `candidateArticles` other articles have been taken (a cap that
/// only a set of more articles than that can reach: below it every pair that could score is
/// scored, and the groups are those of scoring every pair). The candidates are then made
/// symmetric (a claim taken by another is that one's candidate too), so a match found from
/// either side is checked from the other.
extension FactAlignment {
    /// The most other articles whose claims one claim is scored against, from each index
    /// (its clause words; for a lead, the lead words).
    static let candidateArticles = 32

    /// Groups of aligned claims (at most one per article, two articles at least), in a
    /// deterministic order. `partition` gives a per-claim key: only claims with the same key
    /// are ever aligned. `compatible` may veto a pair (claims already compared elsewhere);
    /// `pairThreshold` may give a pair another threshold than `threshold`. Both are given the
    /// positions of the two items in `items`: a rule tests per-claim values it worked out once
    /// (passing the items themselves copied each one, every field retained and released, at
    /// every pair scored: most of the scoring's time in a large set).
    func groups(_ items: [Item], threshold: Double, useLeads: Bool = true, partition: (Item) -> String = { _ in "" },
                compatible: (Int, Int) -> Bool = { _, _ in true },
                pairThreshold: (Int, Int) -> Double? = { _, _ in nil }) -> [[Item]] {
        let count = items.count
        // Each claim's place among the claims of its sentence (first, second…): ties between
        // equally similar claims of one sentence go to the one in the same place.
        let places = items.map { ($0.claim.article, $0.claim.evidence.span.start) }
        var ranks = [Int](repeating: 0, count: count)
        var sentenceCounts: [String: Int] = [:]
        for index in items.indices.sorted(by: { places[$0] < places[$1] }) {
            let key = places[index].0 + "\u{1F}" + String(items[index].sentence)
            ranks[index] = sentenceCounts[key, default: 0]
            sentenceCounts[key, default: 0] += 1
        }
        let norms = items.map(\.norm)
        // Articles and words as numbers, each in sorted order: a word list in number order is
        // in alphabetical order, so weighted sums run in the same order as over the words.
        var articleNumber: [String: Int] = [:]
        for (number, name) in Set(items.map(\.claim.article)).sorted().enumerated() { articleNumber[name] = number }
        let article = items.map { articleNumber[$0.claim.article]! }
        var vocabulary = Set<String>()
        for item in items { vocabulary.formUnion(item.orderedWords) }
        var wordNumber: [String: Int] = [:]
        for (number, word) in vocabulary.sorted().enumerated() { wordNumber[word] = number }
        let words = items.map { $0.orderedWords.map { wordNumber[$0]! } }
        let weighted = items.map { item in item.orderedWords.indices.map { weight(item, $0) } }
        let near = items.map { $0.near.map { wordNumber[$0]! }.sorted() }
        var partitionNumber: [String: Int] = [:]
        let part = items.map { item in
            let key = (item.isBackground ? "b" : "m") + partition(item)
            if let number = partitionNumber[key] { return number }
            partitionNumber[key] = partitionNumber.count
            return partitionNumber.count - 1
        }
        let isLead = items.map { useLeads && $0.isLead && !$0.isBackground }

        func similarity(_ i: Int, _ j: Int) -> Double {
            let a = words[i], b = words[j], wa = weighted[i], wb = weighted[j]
            var x = 0, y = 0, shared = 0.0
            while x < a.count && y < b.count {
                if a[x] == b[y] {
                    shared = shared + wa[x] * wb[y]
                    x += 1
                    y += 1
                } else if a[x] < b[y] { x += 1 } else { y += 1 }
            }
            let n = (norms[i] * norms[j]).squareRoot()
            return n > 0 ? shared / n : 0
        }
        func sharesNear(_ i: Int, _ j: Int) -> Bool {
            let a = near[i], b = near[j]
            var x = 0, y = 0
            while x < a.count && y < b.count {
                if a[x] == b[y] { return true }
                if a[x] < b[y] { x += 1 } else { y += 1 }
            }
            return false
        }
        func score(_ i: Int, _ j: Int) -> Double {
            guard part[i] == part[j], compatible(i, j) else { return 0 }
            let s = similarity(i, j)
            if isLead[i] && isLead[j] && s >= FactAlignment.leadThreshold { return 1 + s }
            // Outside the leads, the two claims' own clauses must share a word (each within
            // six words of its claim): `told the Gazette on Tuesday` and `told the Gazette after
            // the audit was published Sunday` share words, but not around their dates.
            guard sharesNear(i, j) else { return 0 }
            return s > 0 && ranks[i] == ranks[j] ? s + 0.001 : s
        }

        // The indexes: (partition, clause word) → claims; (partition, word) → leads. Lists
        // are in claim order.
        let stride = vocabulary.count
        var nearPostings: [Int: [Int]] = [:]
        var leadPostings: [Int: [Int]] = [:]
        for i in 0..<count {
            for word in near[i] { nearPostings[part[i] * stride + word, default: []].append(i) }
            if isLead[i] { for word in words[i] { leadPostings[part[i] * stride + word, default: []].append(i) } }
        }
        var itemStamp = [Int](repeating: -1, count: count)
        var articleStamp = [Int](repeating: -1, count: articleNumber.count)
        // Candidate lists hold 32-bit positions: in a large set each claim takes the claims of
        // up to `candidateArticles` articles (hundreds), and these lists were most of the
        // comparison's peak memory.
        var chosen = [[Int32]](repeating: [], count: count)
        for i in 0..<count {
            func gather(_ postings: [Int: [Int]], _ own: [Int]) {
                let lists = own.compactMap { postings[part[i] * stride + $0] }.sorted { ($0.count, $0[0]) < ($1.count, $1[0]) }
                var taken = 0
                for list in lists {
                    // Start after the claim itself, so that claims of a large set take
                    // different neighbours rather than all the first articles.
                    var low = 0, high = list.count
                    while low < high { let mid = (low + high) / 2; if list[mid] <= i { low = mid + 1 } else { high = mid } }
                    for step in 0..<list.count {
                        let j = list[(low + step) % list.count]
                        guard article[j] != article[i], itemStamp[j] != i else { continue }
                        if articleStamp[article[j]] != i {
                            guard taken < FactAlignment.candidateArticles else { return }
                            articleStamp[article[j]] = i
                            taken += 1
                        }
                        itemStamp[j] = i
                        chosen[i].append(Int32(j))
                    }
                }
            }
            gather(nearPostings, near[i])
            if isLead[i] { gather(leadPostings, words[i]) }
        }
        // Symmetric, then per claim sorted by (article, claim): one run per article. Each list
        // is sorted and made unique in place, and the one-sided lists are let go first.
        var runs = chosen
        for i in 0..<count { for j in chosen[i] { runs[Int(j)].append(Int32(i)) } }
        chosen = []
        var packed: [Int] = []
        for i in 0..<count {
            packed.removeAll(keepingCapacity: true)
            for j in runs[i] { packed.append((article[Int(j)] << 32) | Int(j)) }
            packed.sort()
            var unique: [Int32] = []
            unique.reserveCapacity(packed.count)
            for value in packed {
                let j = Int32(value & 0xFFFF_FFFF)
                if unique.last != j { unique.append(j) }
            }
            runs[i] = unique
        }
        func best(_ i: Int, in target: Int) -> (Int, Double)? {
            let run = runs[i]
            var low = 0, high = run.count
            while low < high { let mid = (low + high) / 2; if article[Int(run[mid])] < target { low = mid + 1 } else { high = mid } }
            var result: (Int, Double)? = nil
            var k = low
            while k < run.count, article[Int(run[k])] == target {
                let j = Int(run[k])
                let s = score(i, j)
                if s > (result?.1 ?? 0) { result = (j, s) }
                k += 1
            }
            return result
        }
        var parent = Array(0..<count)
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        for i in 0..<count {
            let run = runs[i]
            var k = 0
            while k < run.count {
                let second = article[Int(run[k])]
                while k < run.count, article[Int(run[k])] == second { k += 1 }
                guard second > article[i], let (j, s) = best(i, in: second), s >= (pairThreshold(i, j) ?? threshold),
                      let (back, _) = best(j, in: article[i]), back == i else { continue }
                parent[find(j)] = find(i)
            }
        }
        var components: [Int: [Int]] = [:]
        for i in 0..<count { components[find(i), default: []].append(i) }
        return components.values
            .map { $0.sorted { places[$0] < places[$1] } }
            .filter { Set($0.map { places[$0].0 }).count >= 2 }
            .sorted { places[$0[0]] < places[$1[0]] }
            .map { $0.map { items[$0] } }
    }
}

