import ClaimModel

/// Quotation words made comparable across transcriptions: case and punctuation are already
/// folded away by `Folding.words`; contractions are written out (`don’t` ≡ `do not`,
/// `we’ll` ≡ `we will`), so a transcription difference is no change of wording.
enum QuoteWords {
    static func normalized(_ text: String) -> [String] {
        let words = Folding.words(text)
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

    /// `don` + `t` → `do not`; `can` + `t` → `can not`; `won` + `t` → `will not`;
    /// `we` + `ll` → `we will`; `i` + `m` → `i am`; `they` + `re` → `they are`; `it` + `s` →
    /// `it is` (pronouns only: `s` after a noun is a possessive).
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
        case "s": return ["it", "that", "there", "here", "what", "he", "she", "who", "where"].contains(word) ? [word, "is"] : nil
        default: return nil
        }
    }

    /// `cannot` → `can not`, so that `cannot` and `can’t` read alike.
    static func split(_ words: [String]) -> [String] {
        words.flatMap { $0 == "cannot" ? ["can", "not"] : [$0] }
    }

    /// One content word put in place of another, all else equal: `the plan is reckless` /
    /// `the plan is prudent`, `we will raise taxes` / `we will cut taxes`. Both are content
    /// words (more than three letters or not a function word) and not forms of one stem.
    static func substitution(_ a: [String], _ b: [String]) -> (String, String)? {
        guard a.count == b.count, a.count >= 4 else { return nil }
        let differing = a.indices.filter { a[$0] != b[$0] }
        guard differing.count == 1, let at = differing.first else { return nil }
        let x = a[at], y = b[at]
        guard x.count > 3, y.count > 3, !QuoteRule.stopWords.contains(x), !QuoteRule.stopWords.contains(y),
              !x.allSatisfy(\.isNumber), !y.allSatisfy(\.isNumber), x.prefix(4) != y.prefix(4) else { return nil }
        return (x, y)
    }
}
