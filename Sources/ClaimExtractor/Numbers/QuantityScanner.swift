import ClaimModel

/// A figure as written, normalized to an interval in a base unit.
public struct Quantity: Sendable, Hashable {
    /// Tokens of the figure with its hedge, currency and unit.
    public var tokens: Range<Int>
    public var low: Double
    /// `.infinity` for open intervals (`at least 12`).
    public var high: Double
    /// Base unit: `m`, `km/h`, `kg`, `day`, `km2`, `%`, an ISO currency code, `ordinal`; nil for a count.
    public var unit: String?
    /// The word before the figure that names it (`magnitude`, `category`).
    public var label: String?
    public var isOrdinal: Bool = false

    /// `12`, `[12,∞)`, `[30,40]`.
    public var normalized: String {
        if low == high { return Quantity.format(low) }
        return "[\(Quantity.format(low)),\(high == .infinity ? "∞)" : Quantity.format(high) + "]")"
    }

    /// Three decimals, and three significant digits below 0.1: a duration in months shorter
    /// than a day (`10 minutes` = 0.000228) keeps its size instead of becoming `0`, so `10
    /// minutes` and `100 minutes` stay two figures.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let places = decimals(value)
        var text = String(Int64((value * pow10(places)).rounded()))
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        while text.count < places + 1 { text = "0" + text }
        var result = String(text.dropLast(places)) + "." + String(text.suffix(places))
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return (negative ? "-" : "") + result
    }

    /// Decimal places `format` keeps: 3, more for a value below 0.1 (three significant digits,
    /// at most 12 places).
    static func decimals(_ value: Double) -> Int {
        var places = 3
        var scaled = abs(value) * 1000
        while scaled > 0, scaled < 100, places < 12 { scaled *= 10; places += 1 }
        return places
    }

    static func pow10(_ places: Int) -> Double { (0..<places).reduce(1.0) { value, _ in value * 10 } }

    /// A hedged bound rounded as `format` shows it: `about 300` → [285, 315]; `about 10
    /// minutes` keeps its size in months.
    static func rounded(_ value: Double) -> Double {
        let factor = pow10(decimals(value))
        return (value * factor).rounded() / factor
    }
}

/// Figures in a sentence: digits with separators and suffixes (`1,300`, `2.5`, `30th`,
/// `300m`, `1,380ft`, `4½`), number words (`three`, `twenty-five`, `a dozen`, `dozens`,
/// `tens of thousands`, `two-thirds`), scales (`2.5 billion`), currencies (`$`, `US$`, `€`,
/// `VND`, `euros`), percentages, units, ranges (`between 30 and 40`, `30–40`) and hedges
/// (`at least`, `nearly`, `about`, `up to`). Times (`6 p.m.`, `17:42`) and ages (`, 34,`,
/// `61-year-old`) are skipped; tokens in `excluded` (dates) are never read.
public enum QuantityScanner {
    public static func scan(_ document: Document, in sentence: Range<Int>, excluded: Set<Int>) -> [Quantity] {
        var results: [Quantity] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if !excluded.contains(i), let q = match(document, i, sentence, excluded) {
                results.append(q)
                i = max(q.tokens.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return results
    }

    /// The first word of every hedge.
    static let hedgeFirstWords = Set(NumberWords.hedges.keys.compactMap(\.first))

    struct Figure {
        var low: Double
        var high: Double
        var end: Int
        var ordinal = false
        var suffix: String = ""
        var isWord = false
        /// A number word hyphened to its noun (`four-page`).
        var compound = false
    }

    static func match(_ d: Document, _ start: Int, _ s: Range<Int>, _ excluded: Set<Int>) -> Quantity? {
        let t = d.tokens
        let f = d.folded
        func w(_ k: Int) -> String { k >= s.lowerBound && k < s.upperBound ? f[k] : "" }
        var i = start
        // Hedge.
        var hedge: NumberWords.Hedge? = nil
        // Asked at every word: only a hedge's first word can start one.
        for length in [3, 2, 1] where hedgeFirstWords.contains(w(i)) {
            let words = (0..<length).map { w(i + $0) }
            if let h = NumberWords.hedges[words] {
                // `handed over four boats`: a particle, not a hedge.
                if length == 1, words[0] == "over" || words[0] == "under", NumberWords.particleVerbs.contains(w(i - 1)) { break }
                hedge = h; i += length; break
            }
        }
        // `between 30 and 40`, `from 30 to 40`.
        var rangeWords: (String, String)? = nil
        if hedge == nil, w(i) == "between" { rangeWords = ("between", "and"); i += 1 } else if hedge == nil, w(i) == "from" { rangeWords = ("from", "to"); i += 1 }
        // Currency before: `$`, `US$`, `€`, `EUR`, `VND`.
        var currency: String? = nil
        if i < s.upperBound, t[i].kind == .punct, let c = NumberWords.currencies[t[i].text] { currency = c; i += 1 } else if i + 1 < s.upperBound, t[i].kind == .word, t[i + 1].kind == .punct, !t[i + 1].spaceBefore, let c = NumberWords.currencies[f[i] + t[i + 1].text] {
            currency = c; i += 2
        } else if i < s.upperBound, t[i].kind == .word, t[i].isAllCaps, let c = NumberWords.currencies[f[i]], f[i].count == 3, i + 1 < s.upperBound, t[i + 1].kind == .number {
            currency = c; i += 1
        }
        guard i < s.upperBound, !excluded.contains(i), var figure = self.figure(d, i, s) else { return nil }
        // A bare year or a time is not a count.
        if t[i].kind == .number {
            let next = w(figure.end)
            if ["a.m.", "p.m.", "am", "pm", "gmt", "utc"].contains(next) { return nil }
            if figure.end < s.upperBound, t[figure.end].isPunct(":"), figure.end + 1 < s.upperBound, t[figure.end + 1].kind == .number { return nil }
            if i > s.lowerBound, t[i - 1].isPunct(":") && !t[i].spaceBefore { return nil }
            // `.357 Magnum`, `.22 rifle`: a calibre, not a count (the `.` may have ended the sentence).
            if i > 0, t[i - 1].isPunct(".") && !t[i].spaceBefore && t[i - 1].spaceBefore { return nil }
            // `Carla Souza, 34,`: an age after a name.
            if i - 2 >= s.lowerBound, t[i - 1].isPunct(","), t[i - 2].isCapitalized, figure.end < s.upperBound, t[figure.end].isPunct(",") || t[figure.end].isPunct("."),
               ListEntries.entry(d, figure: i, s) == nil { return nil }
            // `61-year-old`.
            if figure.end + 1 < s.upperBound, t[figure.end].isPunct("-"), f[figure.end + 1].hasPrefix("year-old") || f[figure.end + 1].hasPrefix("month-old") { return nil }
            if w(figure.end) == "years" && w(figure.end + 1) == "old" { return nil }
        }
        // `$1, 099`: a thousands group cut from its figure by a stray space (broken typography);
        // only after a currency sign, a whole number of one to three digits, and a group of
        // exactly three digits.
        if currency != nil, t[i].kind == .number, figure.suffix.isEmpty, !figure.ordinal, t[i].text.count <= 3, t[i].text.allSatisfy(\.isASCII),
           t[i].text.allSatisfy(\.isNumber), figure.end + 1 < s.upperBound, t[figure.end].isPunct(","), t[figure.end + 1].kind == .number,
           !excluded.contains(figure.end + 1), t[figure.end + 1].text.count == 3, t[figure.end + 1].text.allSatisfy({ $0.isASCII && $0.isNumber }),
           let group = Double(t[figure.end + 1].text) {
            figure.low = figure.low * 1000 + group
            figure.high = figure.low
            figure.end += 2
        }
        // A range: `30–40`, `30 to 40`, `between 30 and 40` (a scale after it applies to both ends).
        if let (_, joiner) = rangeWords {
            guard w(figure.end) == joiner, let second = self.figure(d, figure.end + 1, s) else { return nil }
            figure.high = second.high
            figure.end = second.end
            figure.suffix = second.suffix
        } else if figure.end + 1 < s.upperBound, t[figure.end].isPunct("–") || (t[figure.end].isPunct("-") && !t[figure.end].spaceBefore) || w(figure.end) == "to",
                  t[figure.end + 1].kind == .number, !excluded.contains(figure.end + 1), let second = self.figure(d, figure.end + 1, s),
                  !second.ordinal, figure.suffix.isEmpty || second.suffix == figure.suffix, second.high > figure.low {
            if currency == nil, figure.suffix.isEmpty, t[i].text.count == 4, DateRecognizer.year(t[i]) != nil { return nil }
            figure.high = second.high
            figure.end = second.end
            figure.suffix = second.suffix
        }
        // Scale words: `2.5 billion`, `five million`, `300 thousand`.
        var scaleWritten = false
        while figure.end < s.upperBound, t[figure.end].kind == .word, let scale = NumberWords.scales[f[figure.end]], f[figure.end].count > 2 {
            figure.low *= scale
            figure.high *= scale
            figure.end += 1
            scaleWritten = true
        }
        // Suffixes on the digits: `300m`, `2.4bn`, `1,380ft`, `5km`.
        var unit: String? = nil
        var factor = 1.0
        if !figure.suffix.isEmpty && !figure.ordinal {
            let suffix = figure.suffix
            if let scale = NumberWords.scales[suffix], currency != nil || suffix != "m" {
                figure.low *= scale; figure.high *= scale; scaleWritten = true
            } else if let u = NumberWords.units[suffix] {
                unit = u.base; factor = u.factor
            } else {
                return nil
            }
        }
        var end = figure.end
        // A bare four-digit year is a date, not a count.
        if currency == nil, hedge == nil, figure.suffix.isEmpty, t[i].kind == .number, t[i].text.count == 4, DateRecognizer.year(t[i]) != nil,
           NumberWords.units[w(end)] == nil, !NumberWords.personNouns.contains(w(end)) {
            return nil
        }
        // Percent, currency words, units after the figure.
        if end < s.upperBound, t[end].isPunct("%") {
            unit = "%"; end += 1
        } else if NumberWords.percentWords.contains(w(end)) {
            unit = "%"; end += 1
        } else if w(end) == "per" && w(end + 1) == "cent" {
            unit = "%"; end += 2
        } else if currency == nil, let c = NumberWords.currencies[w(end)], t[end].kind == .word, w(end).count > 3 || t[end].isAllCaps {
            currency = c; end += 1
        } else if unit == nil {
            var k = end
            if k + 1 < s.upperBound, t[k].isPunct("-"), !t[k].spaceBefore { k += 1 }
            if w(k) == "km" && k + 2 < s.upperBound && t[k + 1].isPunct("/") && w(k + 2) == "h" {
                unit = "km/h"; end = k + 3
            } else if w(k) == "square" && (w(k + 1) == "kilometres" || w(k + 1) == "kilometers" || w(k + 1) == "km") {
                unit = "km2"; end = k + 2
            } else if let u = NumberWords.units[w(k)], t[k].kind == .word, !(w(k) == "m" && t[k].spaceBefore && k == end), !(w(k) == "t" || w(k) == "in") {
                unit = u.base; factor = u.factor; end = k + 1
            }
        }
        if let currency { unit = currency }
        if figure.ordinal { unit = "ordinal" }
        // A hedge after the figure: `60 or more votes`, `a dozen or so endorsements`.
        if hedge == nil, let (words, h) = NumberWords.postHedges.first(where: { words, _ in (0..<words.count).allSatisfy { w(end + $0) == words[$0] } }) {
            hedge = h
            end += words.count
        }
        // A duration counted back from publication (`three weeks ago`) is a date: the temporal
        // pass resolves it and the date rule compares it. A span between two events (`ten
        // minutes after the shooting`, `two years later`) is no date of its own: it is a measured
        // quantity an outlet can get wrong, kept as a figure named by its unit.
        if unit == "month", w(end) == "ago" { return nil }
        // `the two countries`: a definite reference back to things already named, not a count;
        // but `the three victims`, `the two men accused`: people are counted so.
        if figure.isWord, !figure.ordinal, !figure.compound, hedge == nil, unit == nil, figure.low <= 10, ["the", "these", "those", "our", "their", "both"].contains(w(start - 1)),
           !NumberWords.personNouns.contains(w(figure.end)) { return nil }
        // `one` alone is an article more often than a count.
        if figure.isWord, figure.low == 1, figure.high == 1, hedge == nil, unit == nil || unit == "ordinal", !scaleWritten { return nil }
        var low = figure.low * factor
        var high = figure.high * factor
        // `two-thirds` is a share: 66.667 %.
        if figure.isWord && figure.low > 0 && figure.low < 1 && unit == nil || unit == "%" && figure.isWord && figure.low > 0 && figure.low < 1 { low *= 100; high *= 100; unit = "%" }
        switch hedge {
        case .atLeast?: high = .infinity
        case .atMost?: low = 0
        case .nearly?: low = Quantity.rounded(low * 0.9)
        case .about?: low = Quantity.rounded(low * 0.95); high = Quantity.rounded(high * 1.05)
        case nil: break
        }
        var label: String? = nil
        if start > s.lowerBound, NumberWords.labels.contains(f[start - 1]) { label = f[start - 1] }
        return Quantity(tokens: start..<end, low: low, high: high, unit: unit, label: label, isOrdinal: figure.ordinal)
    }

    /// A number word joined by a hyphen to the noun it counts, kept whole by the tokenizer:
    /// `four-page` → (4, `page`), `twenty-five-mile` → (25, `mile`). Ages (`three-year-old`) and
    /// shares (`two-thirds`) are not such compounds.
    static func hyphened(_ word: String) -> (Double, String)? {
        guard word.contains("-"), NumberWords.fractions[word] == nil, NumberWords.cardinal(word) == nil else { return nil }
        var best: (Double, String)? = nil
        for (offset, character) in word.enumerated() where character == "-" {
            let index = word.index(word.startIndex, offsetBy: offset)
            let rest = String(word[word.index(after: index)...])
            guard let value = NumberWords.cardinal(String(word[..<index])), !rest.isEmpty, rest.first!.isLetter else { continue }
            best = (value, rest)
        }
        // `two-dozen` is a number (read by the caller), not two of a thing.
        guard let (value, rest) = best, rest != "dozen", NumberWords.scales[rest] == nil, !rest.hasPrefix("year-old"), !rest.hasPrefix("month-old"), !rest.hasPrefix("week-old"), !rest.hasPrefix("day-old") else { return nil }
        return (value, rest)
    }

    /// One figure at `i`: digits or words, without scale or unit words.
    static func figure(_ d: Document, _ i: Int, _ s: Range<Int>) -> Figure? {
        let t = d.tokens
        let f = d.folded
        guard i < s.upperBound else { return nil }
        func w(_ k: Int) -> String { k < s.upperBound ? f[k] : "" }
        let token = t[i]
        if token.kind == .number {
            var digits = ""
            var suffix = ""
            var fraction = 0.0
            for scalar in token.text.unicodeScalars {
                if !suffix.isEmpty || scalar.properties.isAlphabetic { suffix.unicodeScalars.append(scalar); continue }
                switch scalar {
                case "½": fraction = 0.5
                case "¼": fraction = 0.25
                case "¾": fraction = 0.75
                case ",": continue
                default: digits.unicodeScalars.append(scalar)
                }
            }
            // `2. 7GHz`: a decimal point the source broke with a space, kept in one sentence by
            // the splitter; the unit is on the second piece.
            var end = i + 1
            if suffix.isEmpty, fraction == 0, digits.count <= 2, digits.allSatisfy(\.isNumber), i + 2 < s.upperBound, t[i + 1].isPunct("."), !t[i + 1].spaceBefore,
               t[i + 2].kind == .number, t[i + 2].spaceBefore, let cut = t[i + 2].text.firstIndex(where: { !$0.isNumber }), cut > t[i + 2].text.startIndex,
               t[i + 2].text[cut...].allSatisfy({ $0.isASCII && $0.isLetter }) {
                digits += "." + t[i + 2].text[..<cut]
                suffix = String(t[i + 2].text[cut...])
                end = i + 3
            }
            // `03.11.2025` and version-like numbers are not figures.
            if digits.filter({ $0 == "." }).count > 1 { return nil }
            guard let value = Double(digits) else { return nil }
            // `USB 3.0 ports`, `Bluetooth 5.3`: a decimal right after a capitalised name inside the
            // sentence is the name's version, not a count (`Rs 3.5 crore` keeps its currency).
            if digits.contains("."), suffix.isEmpty, i - 1 > s.lowerBound, t[i - 1].kind == .word, t[i - 1].isCapitalized,
               NumberWords.currencies[f[i - 1]] == nil, NumberWords.scales[w(i + 1)] == nil, NumberWords.currencies[w(i + 1)] == nil,
               !NumberWords.percentWords.contains(w(i + 1)), !(i + 1 < s.upperBound && t[i + 1].isPunct("%")) { return nil }
            // `650M`, `A320M`: a model name, not metres (which are written `m`); a sum in
            // millions has its currency (`$650M`), read by the caller as a scale.
            if suffix == "M", !(i > s.lowerBound && t[i - 1].kind == .punct && NumberWords.currencies[t[i - 1].text] != nil) { return nil }
            let lower = suffix.lowercased()
            if ["st", "nd", "rd", "th"].contains(lower) {
                return Figure(low: value, high: value, end: i + 1, ordinal: true)
            }
            return Figure(low: value + fraction, high: value + fraction, end: end, suffix: lower)
        }
        guard token.kind == .word else { return nil }
        let word = f[i]
        // Zero: `no one was killed`, `nobody was hurt`, `no injuries were reported` (the measure
        // then comes from the outcome word; `no one knows` measures nothing and is dropped).
        if word == "nobody" || word == "no" && w(i + 1) == "one" {
            let end = word == "nobody" ? i + 1 : i + 2
            return MeasureAttacher.personOutcome(nil, d, end, s) == nil ? nil : Figure(low: 0, high: 0, end: end, isWord: true)
        }
        if word == "no", NumberWords.outcome(w(i + 1)) != nil, MeasureAttacher.isPlural(w(i + 1)) { return Figure(low: 0, high: 0, end: i + 1, isWord: true) }
        if word == "a" || word == "an" {
            if w(i + 1) == "dozen" { return Figure(low: 12, high: 12, end: i + 2, isWord: true) }
            if let scale = NumberWords.scales[w(i + 1)], w(i + 1).count > 2, scale <= 1_000_000_000 { return Figure(low: scale, high: scale, end: i + 2, isWord: true) }
            return nil
        }
        if word == "half" && w(i + 1) == "a" && w(i + 2) == "dozen" { return Figure(low: 6, high: 6, end: i + 3, isWord: true) }
        if word == "tens" || word == "hundreds", w(i + 1) == "of", w(i + 2) == "thousands" || w(i + 2) == "millions" {
            let base: Double = w(i + 2) == "thousands" ? 1_000 : 1_000_000
            let low: Double = word == "tens" ? 20 : 200
            let high: Double = word == "tens" ? 99.999 : 999.999
            return Figure(low: low * base, high: high * base, end: i + 3, isWord: true)
        }
        if let range = NumberWords.vaguePlurals[word] { return Figure(low: range.low, high: range.high, end: i + 1, isWord: true) }
        // `two-thirds of the members`, not `folded in half`.
        if let value = NumberWords.fractions[word], w(i + 1) == "of" { return Figure(low: value, high: value, end: i + 1, isWord: true) }
        if var value = NumberWords.cardinal(word) {
            var end = i + 1
            if w(end) == "dozen" { value *= 12; end += 1 }
            return Figure(low: value, high: value, end: end, isWord: true)
        }
        // `a four-page summary`: one thing whose pages are counted; `a three-year term`: a duration.
        if let dash = word.lastIndex(of: "-"), word[word.index(after: dash)...] == "dozen", let value = NumberWords.cardinal(String(word[..<dash])) {
            return Figure(low: value * 12, high: value * 12, end: i + 1, isWord: true)
        }
        if let (value, noun) = hyphened(word) {
            return Figure(low: value, high: value, end: i + 1, suffix: NumberWords.units[noun] == nil ? "" : noun, isWord: true, compound: true)
        }
        if let value = NumberWords.ordinal(word) {
            // Word ordinals only before a noun that counts editions or anniversaries.
            guard ordinalNouns.contains(w(i + 1)) else { return nil }
            return Figure(low: value, high: value, end: i + 1, ordinal: true, isWord: true)
        }
        if word == "dozen" && w(i - 1) != "a" { return Figure(low: 12, high: 12, end: i + 1, isWord: true) }
        return nil
    }
}
