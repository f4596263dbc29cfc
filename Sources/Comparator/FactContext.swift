import ClaimModel

/// What the words around a claim say about which fact it states, read from the article's
/// body through the claim's span (never by searching for text).
///
/// Today's claims carry the counted thing but not the time of the fact, so a figure about an
/// earlier occasion (`the 12th festival in 2009`, `sat out 6 matches in the 2019 season`, `her
/// career average`) would be compared with today's. The sentence around the span tells:
/// - `time`: the occasion the sentence places the figure in: a year other than the article's
///   own (`2007`; not after `since`, which starts a period that runs to today), or a word
///   that points back (`previously`, `career`, `last season`, `last year`, `ago` → `earlier`);
///   nil for the article's own event;
///   `hypothetical` for a figure after `if`, `would`, `could`, `should`, `might`, or in the
///   concession `just because … doesn't mean` (a supposition, not a fact of the story);
/// - `isRank`: the figure is a rank or a number that names something (`No. 2`, `#3`), not a
///   quantity.
///
/// An interim reading until the extractor gives claims their clause's time; it is general
/// English, not tuned to any article.
public struct FactContext: Equatable {
    var time: String?
    var isRank: Bool

    /// Words that put a sentence's figures on an earlier occasion.
    static let backward: [[String]] = [
        ["previously"], ["career"], ["last", "season"], ["last", "year"], ["ago"], ["earlier", "this", "year"],
        ["the", "previous", "year"], ["in", "the", "past"],
    ]

    /// Words before a figure in its sentence that make it a supposition.
    static let hypothetical: Set<String> = ["if", "would", "could", "should", "might", "unless", "whether"]

    /// Phrases before a figure that open a supposition (`just because you get 30 percent
    /// somewhere doesn't mean …`).
    static let suppositions: [[String]] = [["just", "because"], ["suppose"], ["supposing"], ["imagine"]]

    static func of(_ claim: Claim, in article: Article?) -> FactContext {
        guard let article else { return FactContext(time: nil, isRank: false) }
        let scalars = article.scalars
        let start = max(0, min(claim.evidence.span.start, scalars.count))
        let end = max(start, min(claim.evidence.span.end, scalars.count))
        let sentence = sentenceBounds(scalars, start, end)
        let before = words(scalars, sentence.lowerBound, start)
        let after = words(scalars, end, sentence.upperBound)
        let all = before + ["\u{1F}"] + after
        let isRank = rankMarker(scalars, start)
        let ownYear = article.published.flatMap { Int($0.prefix(4)) }
        var time: String? = nil
        if let ownYear {
            for (index, word) in all.enumerated() where word.count == 4 {
                guard let year = Int(word), (1900...2099).contains(year), year != ownYear else { continue }
                if index > 0, ["since", "$", "€", "£"].contains(all[index - 1]) { continue }
                // `the two men accused of killing a guard in 2011`: a year after a gerund
                // clause that follows the figure dates the clause's act, not the count.
                if index > before.count, (before.count + 1..<max(before.count + 1, index - 1)).contains(where: { gerundPrepositions.contains(all[$0]) && all[$0 + 1].count > 4 && all[$0 + 1].hasSuffix("ing") }) { continue }
                time = word
                break
            }
        }
        if time == nil {
            for phrase in backward where contains(all, phrase) {
                time = "earlier"
                break
            }
        }
        // `if the levy passes, the district would hire 200 teachers`: a figure under a
        // condition or a modal before it states no fact of the story.
        if time == nil, before.contains(where: hypothetical.contains) || suppositions.contains(where: { contains(before, $0) }) { time = "hypothetical" }
        // `19 steps the president can take`: a modal of possibility in the clause right after
        // the counted noun makes the figure count what may be done, not what was done.
        if time == nil, clauseAfter(scalars, end, sentence.upperBound).contains(where: possibilityModals.contains) { time = "hypothetical" }
        return FactContext(time: time, isRank: isRank)
    }

    /// The words after a figure up to the first mark that closes its clause (a comma, colon,
    /// semicolon, dash or bracket), a coordinating conjunction or the sentence's end, at most
    /// `clauseWords` of them.
    static func clauseAfter(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> [String] {
        var k = start
        while k < end, ![",", ";", ":", "(", ")", "\u{2014}", "\u{2013}", "\""].contains(s[k]) && !(s[k] == "-" && k + 1 < end && s[k + 1] == "-") { k += 1 }
        return Array(words(s, start, k).prefix(clauseWords).prefix { !coordinators.contains($0) })
    }

    /// How far after a figure its noun's clause is read.
    static let clauseWords = 10

    /// `No. 2`, `no. 3`, `#3` right before the figure.
    static func rankMarker(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        var k = start
        while k > 0, s[k - 1] == " " { k -= 1 }
        if k > 0, s[k - 1] == "#" { return true }
        guard k >= 3, s[k - 1] == "." else { return false }
        let word = String(String.UnicodeScalarView(s[(k - 3)..<(k - 1)])).lowercased()
        return word == "no" && (k == 3 || !s[k - 4].isAlphabeticScalar)
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        for index in 0...(words.count - phrase.count) where words[index] == phrase[0] {
            if (0..<phrase.count).allSatisfy({ words[index + $0] == phrase[$0] }) { return true }
        }
        return false
    }

    /// How far a sentence reaches either side of a claim, in scalars.
    public static let maxReach = 2_000

    /// The sentence around `start..<end`: back to the previous sentence end, or a line break;
    /// forward to the next (see `endsSentence`). A title abbreviation (`Sen.`) may still cut it
    /// short, which only narrows the context. In text without sentence-ending punctuation it
    /// reaches at most `maxReach` scalars either side, so work per claim stays bounded (no news
    /// sentence is that long: the extractor cuts sentences at 160 tokens).
    public static func sentenceBounds(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Range<Int> {
        let floor = max(0, start - maxReach)
        let ceiling = min(s.count, end + maxReach)
        var lower = start
        while lower > floor {
            let previous = s[lower - 1]
            if previous == "\n" { break }
            if previous == " ", lower >= 2, endsSentence(s, at: lower - 2) { break }
            lower -= 1
        }
        var upper = end
        while upper < ceiling {
            if s[upper] == "\n" || endsSentence(s, at: upper) { break }
            upper += 1
        }
        return lower..<max(lower, upper)
    }

    /// `s[k]` is a `.`, `!` or `?` before a space, a line break or the end, and ends a sentence:
    /// a period after a single letter (`U.S.`, `J. Ito`) or before a lower-case word or a digit
    /// (`approx. 40`, `St. louis` in lower case) abbreviates rather than ends.
    static func endsSentence(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        guard [".", "!", "?"].contains(s[k]) else { return false }
        guard k + 1 == s.count || s[k + 1] == " " || s[k + 1] == "\n" else { return false }
        guard s[k] == "." else { return true }
        var w = k
        while w > 0, s[w - 1].isAlphabeticScalar { w -= 1 }
        if k - w == 1 { return false }
        var next = k + 1
        while next < s.count, s[next] == " " { next += 1 }
        if next < s.count, s[next] != "\n", s[next].properties.isLowercase || ("0"..."9").contains(s[next]) { return false }
        return true
    }

    /// Folded words (letters and digits), with `#`, `$`, `€` and `£` kept as words of their own.
    static func words(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> [String] {
        guard start < end else { return [] }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(Folding.fold(String(current))) }
            current = String.UnicodeScalarView()
        }
        for scalar in s[start..<end] {
            if scalar.isAlphabeticScalar || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}", !current.isEmpty {
                continue
            } else {
                flush()
                if ["#", "$", "€", "£"].contains(scalar) { words.append(String(scalar)) }
            }
        }
        flush()
        return words
    }
}
