import ClaimModel

/// Articles that are near copies of one another (the same wire story under several
/// mastheads). Measured as the share of the shorter article's word 5-grams found in the
/// other; at or above `threshold` the two are one source.
public enum Syndication {
    public static let threshold = 0.6
    /// Shorter texts (a headline, one sentence) share wording by nature, not by syndication.
    public static let minimumShingles = 25

    /// Groups of two or more article ids that are copies of one another, each sorted.
    public static func clusters(_ articles: [Article]) -> [(ids: [String], overlap: Double)] {
        let shingles = articles.map { shingleSet($0) }
        // 5-gram → the articles holding it. A pair reaches the threshold only when the smaller
        // article (by 5-grams) shares at least `need` of its own, so it shares one of any
        // `size - need + 1` of them (a prefix): each article looks up only its rarest 5-grams
        // to find the larger articles it may copy, then counts what it shares with those. The
        // pairs found are every pair that can reach the threshold, at a cost that follows the
        // rare 5-grams rather than every pair sharing a common phrase.
        //
        // Every 5-gram is numbered in one order, rarest first (fewest articles, then hash), and
        // each article holds its numbers sorted: the prefix is the first numbers, and two
        // articles' shared 5-grams are counted by merging their lists. The first 5-gram a pair
        // shares in that order lies at the positions where it was found, so counting starts
        // there, and stops once what is left cannot reach the threshold.
        var holderCount: [UInt64: Int] = [:]
        for set in shingles where set.count >= minimumShingles {
            for shingle in set { holderCount[shingle, default: 0] += 1 }
        }
        var rank: [UInt64: Int32] = [:]
        rank.reserveCapacity(holderCount.count)
        for (number, shingle) in holderCount.map({ ($0.value, $0.key) }).sorted(by: { $0 < $1 }).enumerated() { rank[shingle.1] = Int32(number) }
        let ordered: [[Int32]] = shingles.map { set in set.count >= minimumShingles ? set.map { rank[$0]! }.sorted() : [] }
        // 5-gram number → (article, position of the 5-gram in its list), in article order.
        var holders = [[(article: Int32, position: Int32)]](repeating: [], count: rank.count)
        for (index, list) in ordered.enumerated() {
            for (position, number) in list.enumerated() { holders[Int(number)].append((Int32(index), Int32(position))) }
        }
        var shared: [Int: Int] = [:]  // i * count + j, i < j
        let count = articles.count
        for (i, list) in ordered.enumerated() where list.count >= minimumShingles {
            // One fewer than the least share at the threshold: rounding never loses a pair.
            let need = max(1, Int((threshold * Double(list.count)).rounded(.up)) - 1)
            var seen = Set<Int>()
            for (position, number) in list.prefix(list.count - need + 1).enumerated() {
                for holder in holders[Int(number)] {
                    let j = Int(holder.article)
                    guard j != i, ordered[j].count >= list.count, seen.insert(j).inserted else { continue }
                    let key = min(i, j) * count + max(i, j)
                    guard shared[key] == nil else { continue }
                    shared[key] = sharedCount(list, from: position, ordered[j], from: Int(holder.position))
                }
            }
        }
        var parent = Array(articles.indices)
        func find(_ i: Int) -> Int { var i = i; while parent[i] != i { i = parent[i] }; return i }
        var best: [Int: Double] = [:]
        for key in shared.keys.sorted() {
            let i = key / count, j = key % count
            let overlap = Double(shared[key]!) / Double(min(shingles[i].count, shingles[j].count))
            guard overlap >= threshold else { continue }
            let root = find(i), other = find(j)
            if root != other { parent[other] = root }
            best[find(i)] = max(best[find(i)] ?? 0, overlap)
        }
        var groups: [Int: [String]] = [:]
        for i in articles.indices { groups[find(i), default: []].append(articles[i].id) }
        return groups.filter { $0.value.count >= 2 }.map { (ids: $0.value.sorted(), overlap: best[$0.key] ?? threshold) }.sorted { $0.ids.lexicographicallyPrecedes($1.ids) }
    }

    /// How many 5-gram numbers the sorted lists `small` and `large` share, counting from
    /// positions before which they share none; once what is left of them cannot bring the
    /// share of `small` to `threshold`, the count so far (then below the threshold too).
    static func sharedCount(_ small: [Int32], from start: Int, _ large: [Int32], from other: Int) -> Int {
        // The least count whose share reaches the threshold, by the same division as the test.
        var least = Int((threshold * Double(small.count)).rounded(.up))
        while least > 0 && Double(least - 1) / Double(small.count) >= threshold { least -= 1 }
        while Double(least) / Double(small.count) < threshold { least += 1 }
        var shared = 0, x = start, y = other
        while x < small.count && y < large.count {
            if shared + min(small.count - x, large.count - y) < least { return shared }
            if small[x] == large[y] {
                shared += 1
                x += 1
                y += 1
            } else if small[x] < large[y] { x += 1 } else { y += 1 }
        }
        return shared
    }

    /// Word 5-grams, each as a 64-bit FNV-1a hash of its folded words (`Folding.words`: runs
    /// of letters and digits of the folded text), each word hashed from its UTF-8 bytes as the
    /// text is read rather than made a string first.
    public static func shingleSet(_ article: Article) -> Set<UInt64> {
        let basis: UInt64 = 0xcbf29ce484222325, prime: UInt64 = 0x100000001b3
        var hashes: [UInt64] = []
        var hash = basis, inWord = false
        for scalar in Folding.fold(article.body).unicodeScalars {
            let value = scalar.value
            let isWord = value < 0x80
                ? (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
                : scalar.properties.isAlphabetic
            if isWord {
                if value < 0x80 {
                    hash = (hash ^ UInt64(value)) &* prime
                } else {
                    for byte in UTF8.encode(scalar)! { hash = (hash ^ UInt64(byte)) &* prime }
                }
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = basis
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        guard hashes.count >= 5 else { return [] }
        var set = Set<UInt64>()
        for start in 0...(hashes.count - 5) {
            var hash = basis
            for offset in 0..<5 { hash = (hash ^ hashes[start + offset]) &* prime }
            set.insert(hash)
        }
        return set
    }

    /// Marks agreements between copies of one story as `only-in` (one source), and adds a
    /// finding that names the copies.
    static func apply(_ findings: [Finding], articles: [Article], configuration: ComparatorConfiguration) -> [Finding] {
        guard configuration.copiesAsOneSource else { return findings }
        let groups = clusters(articles)
        guard !groups.isEmpty else { return findings }
        let labels = OutletLabels.labels(articles.map { (id: $0.id, outlet: $0.outlet) })
        var result = findings.map { finding -> Finding in
            guard finding.status == .agree else { return finding }
            let cited = Set(finding.values.keys)
            guard groups.contains(where: { cited.isSubset(of: Set($0.ids)) }) else { return finding }
            var copy = finding
            copy.status = .onlyIn
            copy.reason = ((copy.reason.map { $0 + "; " }) ?? "") + "the articles that agree are copies of one story, so they count as one source"
            // The status and the words say one thing: an only-in finding never reads "Sources agree".
            copy.summary = onlyInSummary(finding, outlets: cited.sorted().map { labels[$0] ?? $0 })
            return copy
        }
        for group in groups {
            let outlets = group.ids.map { labels[$0] ?? $0 }
            let percent = Int((group.overlap * 100).rounded())
            result.append(Finding(
                kind: .other, status: .variant, severity: configuration.severity(.other, .variant, default: .info),
                subject: "syndication", subjectKey: "syndication:" + group.ids.joined(separator: ","), entity: nil,
                summary: "\(outlets.joinedAsList()) carry near copies of one story (\(percent)% of the shorter one's wording shared); their agreement counts as one source",
                reason: "word 5-gram overlap of \(percent)%",
                values: Dictionary(uniqueKeysWithValues: group.ids.map { ($0, ["copy of one story"]) }), evidence: [:]))
        }
        return result
    }

    /// `Only one source gives the date of the death (copies of one story: A and B): 2013-06-06`.
    static func onlyInSummary(_ finding: Finding, outlets: [String]) -> String {
        var seen = Set<String>()
        let values = finding.values.keys.sorted().flatMap { finding.values[$0] ?? [] }.filter { seen.insert(Folding.fold($0)).inserted }
        let what = finding.subject.isEmpty ? "this \(finding.kind.rawValue)" : "the \(finding.kind.rawValue) of \(finding.subject)"
        let told = values.isEmpty ? "" : ": " + values.joined(separator: ", ")
        return "Only one source gives \(what) (copies of one story: \(outlets.joinedAsList()))\(told)"
    }
}
