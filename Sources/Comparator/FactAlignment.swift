import ClaimModel

/// Claims of one kind aligned across articles by what they are about: the words of the
/// sentence around each claim, weighted by how rare they are in the set, never by the value.
///
/// Two claims in different articles are aligned when each is the other's most similar claim in
/// that article (mutual best), their similarity reaches a threshold and a word near each claim
/// (its own clause) is shared; both lead sentences'
/// first claims are aligned too (the lead states the main event). A claim placed on an earlier
/// occasion (`FactContext.time`, or a date well before publication: `background`) aligns only
/// with another such claim, never with the main event's.
///
/// Similarity is the cosine of the two sentences' word sets, each word weighted by its inverse
/// sentence frequency in the set, smoothed (`1 + ln((n + 1) / (df + 1))`, so a word every
/// sentence has still counts a little; `said`, the story's own subject words weigh little;
/// the words that tell one sentence from another weigh much). Words are folded and cut to
/// five letters (`appointed`/`appoints`), the claim's own words are left out, and so are words
/// of fewer than four letters.
struct FactAlignment {
    /// One claim with its sentence's weighted words.
    struct Item {
        var claim: Claim
        /// The sentence's stems, each once, in sorted order: sums of floating-point weights run
        /// in this order, so the same input gives the same similarity in every process. Two
        /// items' shared stems are found by merging their lists (no set or dictionary per
        /// claim: a 3,000-article set holds 45,000 figures' items at once).
        var orderedWords: [String] = []
        /// Each of `orderedWords`' nearness to the claim (1 next to it, ½ six words away, ⅓
        /// twelve away…), in the same order.
        var nearness: [Double] = []
        var isLead: Bool
        var isBackground: Bool
        /// Where the claim's sentence starts in its article.
        var sentence = 0
        /// The words of the claim's own clause (`nearness` at least ½): two claims outside the
        /// leads align only when these share a word, so they also index the candidates.
        var near: Set<String> = []
        /// The length of the weighted word vector, computed once per claim.
        var norm = 0.0

        /// The sentence's stems as a set.
        var words: Set<String> { Set(orderedWords) }
    }

    /// Two lead sentences' claims align with this much similarity (they state the main event).
    static let leadThreshold = 0.1

    let articles: [String: Article]
    /// Stem → inverse sentence frequency.
    let weights: [String: Double]
    /// Article id → its lead sentence, found once per article rather than once per claim.
    let leads: [String: Range<Int>]

    /// The set's alignment, made once per comparison (`ComparisonContext.alignment`).
    init(_ context: ComparisonContext) { self = context.alignment }

    init(articles: [Article]) {
        var byID: [String: Article] = [:]
        for article in articles { byID[article.id] = article }
        self.articles = byID
        var leads: [String: Range<Int>] = [:]
        for (id, article) in byID { leads[id] = FactAlignment.lead(article.scalars).map { FactAlignment.firstSentence(article.scalars, from: $0) } }
        self.leads = leads
        var frequency: [String: Int] = [:]
        var sentences = 0
        for article in articles.sorted(by: { $0.id < $1.id }) {
            for range in FactAlignment.sentences(article.scalars) {
                sentences += 1
                for stem in Set(FactAlignment.stems(FactContext.words(article.scalars, range.lowerBound, range.upperBound))) {
                    frequency[stem, default: 0] += 1
                }
            }
        }
        let total = Double(sentences + 1)
        weights = frequency.mapValues { 1 + FactAlignment.ln(total / Double($0 + 1)) }
    }

    /// The features of one claim. `dated`: `background` is the verdict of the claim's own date
    /// (a date near publication is the main event's, whatever other year its sentence names:
    /// `Ito on Tuesday renewed his attack on the 2016 plan`), so the sentence's words do not
    /// overrule it.
    /// `known`: the claim's `FactContext` when the caller has already read it.
    func item(_ claim: Claim, background: Bool = false, dated: Bool = false, known: FactContext? = nil) -> Item? {
        guard let article = articles[claim.article] else { return nil }
        let s = article.scalars
        let start = max(0, min(claim.evidence.span.start, s.count)), end = max(start, min(claim.evidence.span.end, s.count))
        let sentence = FactContext.sentenceBounds(s, start, end)
        let before = FactContext.words(s, sentence.lowerBound, start), after = FactContext.words(s, end, sentence.upperBound)
        let words = FactAlignment.stems(before + after)
        var nearness: [String: Double] = [:]
        for (distance, word) in before.reversed().enumerated() + after.enumerated().map({ ($0.offset, $0.element) }) where word.count >= 4 {
            let stem = FactAlignment.stem(word)
            nearness[stem] = max(nearness[stem] ?? 0, 1 / (1 + Double(distance) / FactAlignment.nearnessScale))
        }
        let isLead = leads[claim.article].map { $0.contains(start) } ?? false
        let ordered = Set(words).sorted()
        var item = Item(claim: claim, orderedWords: ordered, nearness: ordered.map { nearness[$0] ?? 1 }, isLead: isLead,
                        isBackground: background || (!dated && (known ?? FactContext.of(claim, in: article)).time != nil), sentence: sentence.lowerBound)
        item.near = Set(ordered.filter { (nearness[$0] ?? 0) >= 0.5 })
        item.norm = norm(item)
        return item
    }

    /// Cosine similarity of two claims' words, each weighted by its rarity and its nearness to
    /// the claim: the words of the claim's own clause count most (`the audit was published
    /// Sunday` dates the publication, not the interview named at the start of the sentence).
    func similarity(_ a: Item, _ b: Item) -> Double {
        // The shared stems in sorted order (a merge of the two sorted lists), summed in that order.
        let x = a.orderedWords, y = b.orderedWords
        var i = 0, j = 0, shared = 0.0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                shared = shared + weight(a, i) * weight(b, j)
                i += 1
                j += 1
            } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        let n = (a.norm * b.norm).squareRoot()
        return n > 0 ? shared / n : 0
    }

    /// The weight of the item's `index`th stem: its rarity in the set times its nearness.
    func weight(_ item: Item, _ index: Int) -> Double { (weights[item.orderedWords[index]] ?? 0) * item.nearness[index] }
    private func norm(_ item: Item) -> Double { item.orderedWords.indices.reduce(0) { $0 + FactAlignment.square(weight(item, $1)) } }

    /// Words this many words from the claim weigh half as much as the words next to it.
    static let nearnessScale = 6.0

    /// The words two or more items share, heaviest first (ties alphabetical), as written in
    /// the first item's sentence: a short name for what the group is about.
    func sharedWords(_ group: [Item], limit: Int = 4) -> [String] {
        guard let first = group.first else { return [] }
        var counts: [String: Int] = [:]
        for item in group { for word in item.orderedWords { counts[word, default: 0] += 1 } }
        let shared = first.orderedWords.filter { counts[$0]! >= 2 }
        let top = shared.sorted { ((weights[$0] ?? 0), $1) > ((weights[$1] ?? 0), $0) }.prefix(limit)
        guard let article = articles[first.claim.article] else { return Array(top) }
        let s = article.scalars
        let start = max(0, min(first.claim.evidence.span.start, s.count))
        let sentence = FactContext.sentenceBounds(s, start, max(start, min(first.claim.evidence.span.end, s.count)))
        var written: [String] = []
        for word in FactAlignment.rawWords(s, sentence) where top.contains(FactAlignment.stem(Folding.fold(word))) && !written.contains(where: { FactAlignment.stem(Folding.fold($0)) == FactAlignment.stem(Folding.fold(word)) }) {
            written.append(word)
        }
        return written
    }

    static func square(_ x: Double) -> Double { x * x }

    /// Natural logarithm without Foundation: exponent × ln 2 plus the atanh series of the
    /// significand (in [1, 2), so the series converges in a dozen terms).
    static func ln(_ x: Double) -> Double {
        guard x > 0 else { return 0 }
        let m = x.significand, z = (m - 1) / (m + 1)
        var term = z, sum = 0.0
        for k in stride(from: 1, through: 25, by: 2) {
            sum += term / Double(k)
            term *= z * z
        }
        return Double(x.exponent) * 0.6931471805599453 + 2 * sum
    }

    static func stem(_ word: String) -> String { word.count > 5 ? String(word.prefix(5)) : word }

    static func stems(_ words: [String]) -> [String] {
        words.filter { $0.count >= 4 }.map(stem)
    }

    /// Words as written (letters and digits) in a range.
    static func rawWords(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in s[range] {
            if scalar.isAlphabeticScalar || ("0"..."9").contains(scalar) { current.append(scalar) } else {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Every sentence of a body (see `FactContext.sentenceBounds`).
    static func sentences(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var k = 0
        while k < s.count {
            if s[k] == " " || s[k] == "\n" { k += 1; continue }
            let range = FactContext.sentenceBounds(s, k, k)
            result.append(range)
            k = max(range.upperBound, k) + 1
        }
        return result
    }

    /// Start of the lead sentence: the first line of six words or more that ends a sentence
    /// (`.`, `!`, `?`, or a closing quotation mark or bracket after one). A headline repeated
    /// at the top of the body ends in no stop and is passed over; without any such line, the
    /// first line of six words or more.
    static func lead(_ s: [Unicode.Scalar]) -> Int? {
        var start = 0
        var first: Int? = nil
        while start < s.count {
            var end = start
            while end < s.count, s[end] != "\n" { end += 1 }
            if rawWords(s, start..<end).count >= 6 {
                if first == nil { first = start }
                if endsSentence(s, start..<end) { return start }
            }
            start = end + 1
        }
        return first
    }

    /// The first sentence of the line starting at `start`: up to the first `.`, `!` or `?`
    /// before a space and a capital, passing over a period after a short capitalized word or a
    /// single letter (`Gov. Ito`, `J. Ito`, `Mr. Ito`), which abbreviates rather than ends.
    static func firstSentence(_ s: [Unicode.Scalar], from start: Int) -> Range<Int> {
        var k = start
        while k < s.count, s[k] != "\n" {
            if [".", "!", "?"].contains(s[k]), k + 2 < s.count, s[k + 1] == " ", s[k + 2].properties.isUppercase {
                var w = k
                while w > start, s[w - 1].isAlphabeticScalar { w -= 1 }
                let word = s[w..<k]
                let abbreviation = s[k] == "." && (word.count == 1 || (word.count <= 4 && word.first?.properties.isUppercase == true))
                if !abbreviation { return start..<(k + 1) }
            }
            k += 1
        }
        return start..<k
    }

    /// The line's last visible character closes a sentence.
    static func endsSentence(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var k = line.upperBound
        while k > line.lowerBound, s[k - 1] == " " || s[k - 1] == "\t" || s[k - 1] == "\r" { k -= 1 }
        while k > line.lowerBound, ["\"", "\u{201D}", "'", "\u{2019}", ")"].contains(s[k - 1]) { k -= 1 }
        return k > line.lowerBound && [".", "!", "?", "\u{2026}"].contains(s[k - 1])
    }
}
