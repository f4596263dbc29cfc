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

    /// `cannot` → `can not`, so that `cannot` and `can’t` read alike.
    static func split(_ words: [String]) -> [String] {
        words.flatMap { $0 == "cannot" ? ["can", "not"] : [$0] }
    }

    /// Where two quotations differ once aligned word by word (longest common subsequence):
    /// each gap is the run of words only `a` has and the run only `b` has between two common
    /// words; `edge` marks a gap before the first or after the last common word.
    static func gaps(_ a: [String], _ b: [String]) -> [(a: [String], b: [String], edge: Bool)] {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: [(a: [String], b: [String], edge: Bool)] = []
        var runA: [String] = [], runB: [String] = []
        var seenCommon = false
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                if !runA.isEmpty || !runB.isEmpty { result.append((runA, runB, !seenCommon)) }
                runA = []; runB = []
                seenCommon = true
                i += 1; j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] > table[i + 1][j]
                        || (table[i][j + 1] == table[i + 1][j] && b.count - j <= a.count - i) {
                // On a tie the word of the side with fewer words left is the one passed
                // over, so that the common words stay together (`the dam is not safe` /
                // `the dam is safe and will stay safe`: `not` put in, not `safe` moved).

                runB.append(b[j]); j += 1
            } else {
                runA.append(a[i]); i += 1
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
        // A gap at an end that only one side has is a cut, not a difference.
        let compared = gaps.filter { !$0.edge || (!$0.a.isEmpty && !$0.b.isEmpty) }
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
