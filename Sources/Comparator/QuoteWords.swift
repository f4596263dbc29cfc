import ClaimModel

/// Quotation words made comparable across transcriptions: case and punctuation are already
/// folded away by `Folding.words`; contractions are written out (`don’t` ≡ `do not`,
/// `we’ll` ≡ `we will`), so a transcription difference is no change of wording.
enum QuoteWords {
    static func normalized(_ text: String) -> [String] {
        let words = Folding.words(joiningInitialisms(text))
        var result: [String] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let word = words[index]
            if index + 1 < words.count, let expanded = expand(word, words[index + 1]) {
                result.append(contentsOf: expanded)
                index += 2
                continue
            }
            result.append(word)
            index += 1
        }
        return result
    }

    /// Letters written with periods made one word (`U.S.` → `US`, `O.K.` → `OK`), so that
    /// one outlet's style of abbreviation is no change of wording: a run of two letters or
    /// more, each followed by a period, standing alone.
    static func joiningInitialisms(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            var end = index
            if index == 0 || !scalars[index - 1].isAlphabeticScalar {
                while end + 1 < scalars.count, scalars[end].isAlphabeticScalar, scalars[end + 1] == "." { end += 2 }
            }
            let letters = (end - index) / 2
            if letters >= 2, end == scalars.count || !scalars[end].isAlphabeticScalar {
                for offset in stride(from: index, to: end, by: 2) { result.append(scalars[offset]) }
                index = end
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// `don` + `t` → `do not`; `can` + `t` → `can not`; `won` + `t` → `will not`;
    /// `we` + `ll` → `we will`; `i` + `m` → `i am`; `they` + `re` → `they are` (`’s` is left
    /// alone: after a noun it is a possessive).
    static func expand(_ word: String, _ next: String) -> [String]? {
        switch next {
        case "t":
            if word == "won" { return ["will", "not"] }
            if word == "can" { return ["can", "not"] }
            if word.hasSuffix("n"), word.count > 2 { return [String(word.dropLast()), "not"] }
            return nil
        case "ll": return [word, "will"]
        case "re": return [word, "are"]
        case "ve": return [word, "have"]
        case "m": return word == "i" ? ["i", "am"] : nil
        default: return nil
        }
    }

    /// The length of the longest run of consecutive words two word lists share.
    static func longestCommonRun(_ a: [String], _ b: [String]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        var best = 0
        for x in a {
            var diagonal = 0
            for (j, y) in b.enumerated() {
                let up = row[j + 1]
                row[j + 1] = x == y ? diagonal + 1 : 0
                best = max(best, row[j + 1])
                diagonal = up
            }
        }
        return best
    }

    /// `cannot` → `can not`, so that `cannot` and `can’t` read alike.
    static func split(_ words: [String]) -> [String] {
        words.flatMap { $0 == "cannot" ? ["can", "not"] : [$0] }
    }

    /// Where two quotations differ once aligned word by word (longest common subsequence):
    /// each gap is the run of words only `a` has and the run only `b` has between two common
    /// words; `edge` marks a gap before the first or after the last common word.
    static func gaps(_ a: [String], _ b: [String]) -> [(a: [String], b: [String], edge: Bool)] {
        // The alignment keeps the most common words and, among those, breaks them into the
        // fewest runs: `best[(i, j, s)]` scores aligning `a[i...]` with `b[j...]` after a step
        // `s` (0 a common word, 1 a word of `a` passed over, 2 one of `b`), a common word
        // weighing more than every gap together and each gap opened costing one. A word that
        // also stands further on is thus not matched early at the price of splitting the
        // common part (`i must not leave` against a longer quotation with an earlier `i … not`).
        let width = b.count + 1, weight = a.count + b.count + 2
        var best = [Int](repeating: 0, count: (a.count + 1) * width * 3)
        func index(_ i: Int, _ j: Int, _ s: Int) -> Int { (i * width + j) * 3 + s }
        for i in stride(from: a.count, through: 0, by: -1) {
            for j in stride(from: b.count, through: 0, by: -1) where i < a.count || j < b.count {
                for s in 0..<3 {
                    var value = Int.min
                    if i < a.count, j < b.count, a[i] == b[j] { value = weight + best[index(i + 1, j + 1, 0)] }
                    if i < a.count { value = max(value, best[index(i + 1, j, 1)] - (s == 1 ? 0 : 1)) }
                    if j < b.count { value = max(value, best[index(i, j + 1, 2)] - (s == 2 ? 0 : 1)) }
                    best[index(i, j, s)] = value
                }
            }
        }
        var result: [(a: [String], b: [String], edge: Bool)] = []
        var runA: [String] = [], runB: [String] = []
        var seenCommon = false
        var i = 0, j = 0, s = 0
        while i < a.count || j < b.count {
            let here = best[index(i, j, s)]
            let skipA = i < a.count ? best[index(i + 1, j, 1)] - (s == 1 ? 0 : 1) : Int.min
            let skipB = j < b.count ? best[index(i, j + 1, 2)] - (s == 2 ? 0 : 1) : Int.min
            if i < a.count, j < b.count, a[i] == b[j], here == weight + best[index(i + 1, j + 1, 0)] {
                if !runA.isEmpty || !runB.isEmpty { result.append((runA, runB, !seenCommon)) }
                runA = []; runB = []
                seenCommon = true
                i += 1; j += 1; s = 0
            } else if skipB > skipA || (skipB == skipA && b.count - j <= a.count - i) {
                // On a tie the word of the side with fewer words left is the one passed
                // over, so that the common words stay together (`the dam is not safe` /
                // `the dam is safe and will stay safe`: `not` put in, not `safe` moved).
                runB.append(b[j]); j += 1; s = 2
            } else {
                runA.append(a[i]); i += 1; s = 1
            }
        }
        if !runA.isEmpty || !runB.isEmpty { result.append((runA, runB, true)) }
        return result
    }

    /// Whether the difference turns the meaning: inside the common part, a negation added or
    /// dropped (`is` / `is not`), or anywhere one content word put in place of another
    /// (`good` / `bad`, `raise` / `cut`). Words only one side has at an end are a cut, and
    /// words dropped inside without a negation are an excerpt: neither turns the meaning.
    /// Only for two quotations nearly alike where they overlap: past the words only one of
    /// them has at either end (one cut it there), at most one word in ten of the common words
    /// (one for short ones) differs on the side that differs least, so that two sentences
    /// built on one refrain (`we will not rest until …`) are not read as one changed, while a
    /// copy that starts earlier and one that goes on further are compared where they meet.
    static func turns(_ a: [String], _ b: [String]) -> Bool {
        let gaps = gaps(a, b)
        let common = a.count - gaps.reduce(0) { $0 + $1.a.count }
        guard common >= 1 else { return false }
        // A gap at an end that only one side has is a cut, not a difference. Two long
        // quotations that agree on `divergingCommon` words and then go on (or open)
        // differently, each with more than three words the other lacks there, are two
        // excerpts of one passage, each cut where the other goes on: not a difference either.
        let compared = gaps.filter { gap in
            guard gap.edge else { return true }
            guard !gap.a.isEmpty, !gap.b.isEmpty else { return false }
            return common < divergingCommon || max(gap.a.count, gap.b.count) <= 3
        }
        let differA = compared.reduce(0) { $0 + $1.a.count }, differB = compared.reduce(0) { $0 + $1.b.count }
        guard min(differA, differB) <= max(1, common / 10) else { return false }
        for gap in gaps {
            let negatesA = gap.a.contains(where: QuoteWords.negations.contains), negatesB = gap.b.contains(where: QuoteWords.negations.contains)
            // A negation put in or taken out is a short gap (`is` / `is not`, `never` /
            // `always`); a longer run one side alone has is a passage the other left out,
            // whatever words it holds.
            let short = max(gap.a.count, gap.b.count) <= (gap.a.isEmpty || gap.b.isEmpty ? 2 : 3)
            if negatesA != negatesB, short, !gap.edge || (!gap.a.isEmpty && !gap.b.isEmpty) { return true }
            if gap.a.count == 1, gap.b.count == 1, swapped(gap.a[0], gap.b[0]) { return true }
        }
        return false
    }

    /// The fewest common words two quotations need for ends that go on differently to be read
    /// as two cuts (`turns`).
    static let divergingCommon = 8

    /// Two different content words, not forms of one stem (`duty` / `duties`) nor figures:
    /// at least three letters each and four in one, not a function word.
    static func swapped(_ x: String, _ y: String) -> Bool {
        guard x != y, min(x.count, y.count) >= 3, max(x.count, y.count) >= 4,
              !QuoteWords.stopWords.contains(x), !QuoteWords.stopWords.contains(y),
              !x.allSatisfy(\.isNumber), !y.allSatisfy(\.isNumber) else { return false }
        let common = zip(x, y).prefix { $0 == $1 }.count
        return common < min(x.count, y.count) - 2 && common < 4
    }
}
