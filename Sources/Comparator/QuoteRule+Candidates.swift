import ClaimModel

/// Which quotations are compared: two can be the same only when they share a word (equal,
/// contained, in order) or a content stem, so each quotation is compared only with the later
/// quotations of other articles that share one of its words, crudely stemmed as
/// `contentStems` stems them (an index, not every pair). Its rarest words are taken first, up
/// to the quotations of `FactAlignment.candidateArticles` other articles: a cap that only a set
/// of more articles than that can reach, so below it every pair that could match is compared,
/// in the same order as before.
extension QuoteRule {
    /// For each quotation, the later quotations (of other articles) to compare it with, in order.
    static func candidates(_ quotes: [Quote]) -> [[Int]] {
        func stem(_ word: String) -> String { word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word }
        let stems = quotes.map { Array(Set($0.words.map(stem))).sorted() }
        var postings: [String: [Int]] = [:]
        for (index, list) in stems.enumerated() { for word in list { postings[word, default: []].append(index) } }
        var itemStamp = [Int](repeating: -1, count: quotes.count)
        var articleStamp: [String: Int] = [:]
        var result: [[Int]] = []
        result.reserveCapacity(quotes.count)
        for a in quotes.indices {
            let lists = stems[a].compactMap { postings[$0] }.sorted { ($0.count, $0[0]) < ($1.count, $1[0]) }
            var chosen: [Int] = []
            var taken = 0
            gather: for list in lists {
                var low = 0, high = list.count
                while low < high { let mid = (low + high) / 2; if list[mid] <= a { low = mid + 1 } else { high = mid } }
                for b in list[low...] where itemStamp[b] != a && quotes[b].claim.article != quotes[a].claim.article {
                    if articleStamp[quotes[b].claim.article] != a {
                        guard taken < FactAlignment.candidateArticles else { break gather }
                        articleStamp[quotes[b].claim.article] = a
                        taken += 1
                    }
                    itemStamp[b] = a
                    chosen.append(b)
                }
            }
            result.append(chosen.sorted())
        }
        return result
    }
}
