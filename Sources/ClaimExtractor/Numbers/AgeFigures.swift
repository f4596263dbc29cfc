import ClaimModel

/// Ages that belong to no named person (issue 14: a number carries what it counts): `an
/// 11-year-old daughter`, `the 49-year-old teaches`, `she was 18 years old`, `died at the age of
/// 91` where the death verb is far from the name, `she was 91.` after a pronoun and a copula,
/// `in their 70s` (a decade of a life, [70, 79]). The figure counts an age whatever noun comes
/// after it (`NumberWords.ageAfter`: `-year-old`, `years old`; `NumberWords.ageBefore`: `aged`,
/// `age of`); the measure is `age`. An age that `PersonAttributeRecognizer` gives a person
/// (`X, 41,`, `41-year-old X`) stays that person's attribute and is not read again here.
enum AgeFigures {
    /// The measure of every age figure.
    static let measure = "age"
    static let after = NumberWords.ageAfter.map { $0.split(separator: " ").map(String.init) }
    static let before = NumberWords.ageBefore.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
    static let decadeBefore = NumberWords.ageDecadeBefore.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
    static let predicateBefore = NumberWords.agePredicateBefore.map { $0.split(separator: " ").map(String.init) }
    /// The one-word forms, also read inside a number word (`eleven-year-old`).
    static let joined = Set(after.filter { $0.count == 1 }.map { $0[0] })

    /// Every age figure of sentence `s`, tokens in `excluded` (dates, people's ages) left alone.
    static func scan(_ d: Document, in s: Range<Int>, excluded: Set<Int>) -> [Quantity] {
        var found: [Quantity] = []
        for i in s where !excluded.contains(i) {
            if let (value, range) = decade(d, i, s) {
                found.append(Quantity(tokens: range, low: value, high: value + 9))
                continue
            }
            guard let (value, range) = age(d, i, s) else { continue }
            found.append(Quantity(tokens: range, low: value, high: value))
        }
        return found
    }

    /// The age at token `i` and the tokens of its phrase, or nil.
    static func age(_ d: Document, _ i: Int, _ s: Range<Int>) -> (Double, Range<Int>)? {
        let t = d.tokens
        func w(_ k: Int) -> String { k >= s.lowerBound && k < s.upperBound && t[k].kind == .word ? d.folded[k] : "" }
        // `eleven-year-old`: one word.
        if t[i].kind == .word, let dash = d.folded[i].firstIndex(of: "-") {
            let word = d.folded[i]
            guard joined.contains(String(word[word.index(after: dash)...])), let value = NumberWords.cardinal(String(word[..<dash])) else { return nil }
            return (value, i..<(i + 1))
        }
        let value: Double
        if t[i].kind == .number, t[i].text.count <= 3, let years = Int(t[i].text), years > 0, years < 120 {
            value = Double(years)
        } else if t[i].kind == .word, let years = NumberWords.cardinal(d.folded[i]), years > 0, years < 120 {
            value = years
        } else {
            return nil
        }
        // `11-year-old`, `11 years old`.
        if i + 2 < s.upperBound, t[i + 1].isPunct("-"), !t[i + 1].spaceBefore, joined.contains(w(i + 2)) { return (value, i..<(i + 3)) }
        for phrase in after where (0..<phrase.count).allSatisfy({ w(i + 1 + $0) == phrase[$0] }) { return (value, i..<(i + 1 + phrase.count)) }
        // `aged 41`, `at the age of 91`: digits only (`age of two` is rare and `aged one` no age).
        guard t[i].kind == .number else { return nil }
        for phrase in before where i - phrase.count >= s.lowerBound && (0..<phrase.count).allSatisfy({ w(i - phrase.count + $0) == phrase[$0] }) {
            return (value, (i - phrase.count)..<(i + 1))
        }
        // `she was 91.`, `who was 18 at the time`: a person's pronoun and a copula, the figure
        // ending its clause (or before `at`, `when`): nothing else is counted.
        let next = i + 1 < s.upperBound ? t[i + 1] : nil
        if next == nil || next!.kind == .punct || NumberWords.agePredicateAfter.contains(w(i + 1)) {
            for phrase in predicateBefore where i - phrase.count >= s.lowerBound && (0..<phrase.count).allSatisfy({ w(i - phrase.count + $0) == phrase[$0] }) {
                return (value, i..<(i + 1))
            }
        }
        return nil
    }

    /// `in their 70s`, `in her early 40s`: the decade of a life, [70, 79], or nil.
    static func decade(_ d: Document, _ i: Int, _ s: Range<Int>) -> (Double, Range<Int>)? {
        let t = d.tokens
        guard t[i].kind == .number, t[i].text.hasSuffix("s"), let tens = Int(t[i].text.dropLast()), tens >= 10, tens < 120, tens % 10 == 0 else { return nil }
        func w(_ k: Int) -> String { k >= s.lowerBound && k < s.upperBound && t[k].kind == .word ? d.folded[k] : "" }
        for phrase in decadeBefore where i - phrase.count >= s.lowerBound && (0..<phrase.count).allSatisfy({ w(i - phrase.count + $0) == phrase[$0] }) {
            return (Double(tens), i..<(i + 1))
        }
        return nil
    }

    /// The tokens of the ages people carry (`PersonAttributeRecognizer.age`).
    static func personAges(_ context: ExtractionContext) -> Set<Int> {
        let doc = context.document
        var tokens = Set<Int>()
        for mention in context.people.mentions where mention.form != .role && !mention.name.isEmpty {
            guard let sentence = doc.sentence(containing: mention.name.lowerBound),
                  let (_, range) = PersonAttributeRecognizer.age(doc, mention, sentence) else { continue }
            tokens.formUnion(range)
        }
        return tokens
    }
}
