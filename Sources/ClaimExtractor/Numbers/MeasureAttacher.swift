import ClaimModel

/// What a figure counts, from the words around it, by general lexicons only:
///
/// - a label before it: `magnitude 5.9` → magnitude, `Category 4` → category;
/// - an outcome verb before it: `killing at least 10 people` → deaths, `injuring 80` → injured;
/// - a phrase after it: `400,000 homes … without power` → power outages;
/// - a count of people and the verb after it: `12 people were killed` → deaths, `40 injured` → injured;
/// - `N of X` / `X of N`: `15 inches of rain` → rain, `winds of 130 mph` → winds;
/// - a parent noun before `of N`: `a mother of three` → children;
/// - otherwise the noun phrase after it: `three patrol boats` → patrol boats, `$184 million offer` → offer;
/// - for units with nothing else: the dimension (`length`, `speed`).
public enum MeasureAttacher {
    static func isPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") && !word.hasSuffix("ics")
            || ["people", "children", "men", "women", "police", "aircraft", "personnel", "troops", "staff", "cattle"].contains(word)
    }

    /// `participant`: for a count of people that names nothing more (`seven people`, `two men`),
    /// what they took part in, from the sentence's tree (`MeasureAttacher+Tree.swift`); nil
    /// without a tree, and the count is then dropped as before.
    /// `partitive`: for `N of X`, the head noun of the of-phrase from the tree
    /// (`MeasureAttacher+Tree.swift`); nil without a tree, and the words after `of` decide.
    /// `governor`: for a sum of money with no noun, the verb it hangs on (`MeasureAttacher+Tree.swift`).
    public static func measure(_ q: Quantity, in d: Document, sentence s: Range<Int>, participant: () -> String? = { nil },
                               partitive: () -> String? = { nil }, governor: () -> String? = { nil }) -> String? {
        let f = d.folded
        let t = d.tokens
        func w(_ k: Int) -> String { k >= s.lowerBound && k < s.upperBound && t[k].kind == .word ? f[k] : "" }
        if let label = q.label { return label }
        if q.unit == nil, let entry = ListEntries.entry(d, figure: q.tokens.lowerBound, s) { return ListEntries.measure(entry) }
        if countsNothing(q, in: d, sentence: s) { return nil }
        if let counted = countBeforeSize(q, in: d, sentence: s) { return counted }
        if let distance = distance(q, in: d, sentence: s) { return distance }
        let before = q.tokens.lowerBound - 1
        let after = q.tokens.upperBound
        if let compound = compound(q, d, s) { return compound }
        if let rate = rate(q, d, s) { return rate }
        let physical = q.unit.map { ["m", "km/h", "kg", "month", "km2", "%"].contains($0) } ?? false
        if !physical, let outcome = NumberWords.outcome(w(before)) { return outcome }
        // A phrase naming the measure within a few words.
        for k in after..<min(after + 7, s.upperBound) {
            if t[k].kind == .punct && !t[k].isPunct("-") { break }
            for (phrase, measure) in NumberWords.measurePhrases where (0..<phrase.count).allSatisfy({ w(k + $0) == phrase[$0] }) { return measure }
        }
        // `N of X`.
        if w(after) == "of" {
            let np = nounPhrase(d, after + 1, s)
            if let np, let outcome = personOutcome(np.phrase, d, np.end, s) { return outcome }
            if let head = partitive() { return head }
            if let np { return np.phrase }
        }
        if physical, let back = nounBefore(d, q.tokens.lowerBound, s) { return back }
        // `a 12 percent tariff cut`.
        if q.unit == "%", let np = nounPhrase(d, after, s) { return np.phrase }
        // `30th anniversary of diplomatic relations`: the noun and what it is of.
        if q.isOrdinal, let np = nounPhrase(d, after, s) {
            let noun = String(np.phrase.split(separator: " ").first ?? "")
            if np.end < s.upperBound, d.folded[np.end] == "of", let of = nounPhrase(d, np.end + 1, s) { return noun + " of " + of.phrase }
            return noun
        }
        // `a mother of 12`: a figure after `of` with no noun of its own counts what the noun
        // before `of` has (`parentNouns`: children); a name after it is the parent's
        // (`mother of 13 Jane Doe`).
        if q.unit == nil, !q.isOrdinal, w(before) == "of", let counted = parentNouns[w(before - 1)],
           nounPhrase(d, after, s) == nil || (after < s.upperBound && t[after].kind == .word && t[after].isCapitalized) { return counted }
        if !physical, let np = nounPhrase(d, after, s) {
            if NumberWords.personNouns.contains(np.head) || np.head == "others" {
                if let outcome = personOutcome(np.phrase, d, np.end, s) { return outcome }
                // `198 people` alone says too little to align with another article's people.
                return genericPeople.contains(np.phrase) ? participant() : np.phrase
            }
            // `two deaths` → deaths; `200 rescuers` stays rescuers.
            if !np.head.hasSuffix("ers"), let outcome = NumberWords.outcome(np.head) { return outcome }
            return np.phrase
        }
        // No noun: `40 injured`, `another 47 were hurt`.
        if let outcome = personOutcome(nil, d, after, s) { return outcome }
        if let unit = q.unit, !physical, unit != "ordinal" {
            for k in after..<min(after + 2, s.upperBound) where ["to", "into", "for", "in"].contains(w(k)) {
                if let np = nounPhrase(d, k + 1, s) { return np.phrase }
            }
            // A sum with no noun (`raised $2 million`) is named by the verb it belongs to.
            return nounBefore(d, q.tokens.lowerBound, s) ?? (NumberWords.currencies.values.contains(unit) ? governor() : nil)
        }
        // A bare duration (`three weeks`, `50 minutes`) is named by its unit as written: the
        // comparator aligns it only by its sentence (the words name no thing of their own).
        if q.unit == "month", q.tokens.upperBound - 1 > q.tokens.lowerBound, t[q.tokens.upperBound - 1].kind == .word {
            return f[q.tokens.upperBound - 1]
        }
        if let unit = q.unit, unit != "month", let dimension = dimensions[unit] { return dimension }
        return nil
    }

    /// A figure joined by a hyphen to the word after it, before a noun: `a 10-round limit` →
    /// `round limit`, `the 17-year war` → `year war`. The compound word says what is counted and
    /// the noun what it belongs to. Physical units keep their dimension (`the 420-metre bridge`
    /// is a length, compared with `1,380ft` written elsewhere).
    static func compound(_ q: Quantity, _ d: Document, _ s: Range<Int>) -> String? {
        guard q.unit == nil || q.unit == "month" else { return nil }
        let t = d.tokens
        var k = q.tokens.upperBound
        var word: String
        if k > s.lowerBound, t[k - 1].kind == .word, k - 2 > q.tokens.lowerBound - 1, t[k - 2].isPunct("-"), !t[k - 2].spaceBefore, !t[k - 1].spaceBefore {
            // The unit was read with the figure (`13-inch`, `17-year`).
            word = d.folded[k - 1]
        } else if k + 1 < s.upperBound, t[k].isPunct("-"), !t[k].spaceBefore, !t[k + 1].spaceBefore, t[k + 1].kind == .word, q.unit == nil {
            word = d.folded[k + 1]
            k += 2
        } else if k > s.lowerBound, t[k - 1].kind == .word, let (_, noun) = QuantityScanner.hyphened(d.folded[k - 1]) {
            // One word for figure and noun (`four-page`, `three-year`).
            word = noun
        } else {
            return nil
        }
        guard let np = nounPhrase(d, k, s), !stops.contains(word) else { return nil }
        return word + " " + np.phrase
    }

    /// A figure with a unit followed by `a`, `an`, `per` or `each` and a noun is a rate: `5.2
    /// yards a carry` → `length per carry`, `$15 an hour` → `USD per hour`. It measures the unit
    /// for each of those things, so it is never compared with a total in the same unit.
    static func rate(_ q: Quantity, _ d: Document, _ s: Range<Int>) -> String? {
        guard let unit = q.unit, unit != "ordinal", unit != "%" else { return nil }
        let after = q.tokens.upperBound
        guard after + 1 < s.upperBound, d.tokens[after].kind == .word, rateWords.contains(d.folded[after]),
              d.tokens[after + 1].kind == .word, !d.tokens[after + 1].isCapitalized, NumberWords.cardinal(d.folded[after + 1]) == nil,
              !stops.contains(d.folded[after + 1]) else { return nil }
        if after + 2 < s.upperBound, notRateAfter.contains(d.folded[after + 2]) { return nil }
        return (dimensions[unit] ?? unit) + " per " + singularRate(d.folded[after + 1])
    }

    /// The noun of a rate as written, a plural cut to its singular (`per carries` is rare, but
    /// `a year` and `per years` name one rate).
    static func singularRate(_ word: String) -> String { isPlural(word) && word.hasSuffix("s") ? String(word.dropLast()) : word }

    /// The outcome verb after a count of people, or nil.
    static func personOutcome(_ phrase: String?, _ d: Document, _ k: Int, _ s: Range<Int>) -> String? {
        var k = k
        var steps = 0
        while k < s.upperBound, steps < 4 {
            let word = d.folded[k]
            guard d.tokens[k].kind == .word else { return nil }
            if let outcome = NumberWords.outcome(word) { return outcome }
            // `three people shot`: the participle names it, unless an outcome follows (`shot dead`).
            if participleOutcomes.contains(word) {
                return k + 1 < s.upperBound && d.tokens[k + 1].kind == .word ? NumberWords.outcome(d.folded[k + 1]) ?? word : word
            }
            guard auxiliaries.contains(word) else { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    /// Quotation marks around one word of a noun phrase.
    static let quoteMarks: Set<String> = ["\"", "“", "”"]

    /// Up to five words after `start` (a determiner skipped), ending at a stop word or punctuation.
    static func nounPhrase(_ d: Document, _ start: Int, _ s: Range<Int>) -> (phrase: String, head: String, end: Int)? {
        var k = start
        if k < s.upperBound, determiners.contains(d.folded[k]) { k += 1 }
        var words: [String] = []
        while k < s.upperBound, words.count < 5 {
            let token = d.tokens[k]
            if token.kind == .punct, token.isPunct("-"), !token.spaceBefore, !words.isEmpty, k + 1 < s.upperBound, d.tokens[k + 1].kind == .word {
                words[words.count - 1] += "-" + d.folded[k + 1]
                k += 2
                continue
            }
            // One word in scare quotes is part of the phrase: `60 “yea” votes`.
            if token.kind == .punct, k + 3 < s.upperBound, quoteMarks.contains(token.text), d.tokens[k + 1].kind == .word,
               quoteMarks.contains(d.tokens[k + 2].text), d.tokens[k + 3].kind == .word {
                words.append(d.folded[k + 1])
                k += 3
                continue
            }
            guard token.kind == .word else { break }
            let word = d.folded[k]
            if stops.contains(word) || NumberWords.cardinal(word) != nil { break }
            if word.hasSuffix("ly") && !token.isCapitalized && !lyNouns.contains(word) { break }
            // A past form after the noun is its verb: `vessels joined`, `deaths linked`.
            if !words.isEmpty, word.hasSuffix("ed") { break }
            if CalendarWords.weekdays[word] != nil && token.isCapitalized { break }
            words.append(word)
            k += 1
            // A plural noun ends the phrase (`patrol boats`, `countries mark`), except before a
            // possessive or a hyphenated compound.
            if isPlural(word), !words.isEmpty, !(k < s.upperBound && d.tokens[k].kind == .possessive) { break }
        }
        guard let head = words.last else { return nil }
        return (words.joined(separator: " "), head, k)
    }

    /// The noun before a figure, across `of`, modals and `reach`: `winds of 130 mph` → winds,
    /// `the surge could reach about 3.7 metres` → surge.
    static func nounBefore(_ d: Document, _ start: Int, _ s: Range<Int>) -> String? {
        let bridge: Set<String> = ["of", "could", "would", "might", "may", "can", "reach", "reached", "reaching", "reaches", "hit", "hitting", "at", "to", "be", "was", "were", "is", "are", "been", "just", "by", "topped", "exceeded", "totalled", "totaled", "stood", "estimated"]
        var k = start - 1
        var steps = 0
        while k >= s.lowerBound, steps < 4, d.tokens[k].kind == .word, bridge.contains(d.folded[k]) { k -= 1; steps += 1 }
        guard k >= s.lowerBound, k < start - 1 || steps > 0, d.tokens[k].kind == .word, !stops.contains(d.folded[k]),
              !d.tokens[k].isCapitalized || d.tokens[k].isAllCaps || k == s.lowerBound || d.tokens[k - 1].kind == .punct else { return nil }
        var words = [d.folded[k]]
        if k - 1 >= s.lowerBound, d.tokens[k - 1].kind == .word, !stops.contains(d.folded[k - 1]), !d.tokens[k - 1].isCapitalized,
           !d.folded[k - 1].hasSuffix("ed"), !["maximum", "minimum", "sustained", "top", "average", "new", "total", "overall", "peak"].contains(d.folded[k - 1]) {
            words.insert(d.folded[k - 1], at: 0)
        }
        return words.joined(separator: " ")
    }
}
