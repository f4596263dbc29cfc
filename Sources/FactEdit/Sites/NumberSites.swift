import ClaimModel

/// A figure in the text: a number in digits (`48`, `1,300`, `1.3` before `million`) or a
/// number word (`two` … `twenty`), with what surrounds it.
struct Figure: Sendable {
    var index: Int
    /// The value with its scale word applied, as a plain decimal: `1300000`, `48`, `2.5`.
    var key: String
    var integer: Int?
    var inWords: Bool
    /// `at least`, `more than`, `nearly`… right before it: index of the hedge's first word.
    var hedge: Int?
    var isYear: Bool
    var isDayOfMonth: Bool
    var isAge: Bool
    /// Folded stems of the content words around it.
    var context: Set<String>
}

extension SiteFinder {
    /// Hedges that make a figure an approximation or a bound, as folded words.
    static let hedges: [[String]] = [
        ["at", "least"], ["more", "than"], ["fewer", "than"], ["less", "than"], ["up", "to"], ["nearly"], ["almost"],
        ["about"], ["around"], ["roughly"], ["approximately"], ["over"],
    ]

    /// Words too common to tie a figure to a fact.
    static let contextStopWords: Set<String> = [
        "the", "and", "for", "that", "with", "from", "this", "was", "were", "are", "has", "had", "have", "his", "her",
        "its", "their", "than", "more", "least", "about", "who", "which", "said", "says", "into", "after", "before",
        "year", "years", "old",
    ]

    /// Words after `two-` that make a fraction.
    static let fractions: Set<String> = ["third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths", "half", "halves"]

    func figures(_ text: ArticleText) -> [Figure] {
        let words = text.words
        var figures: [Figure] = []
        for (index, word) in words.enumerated() {
            var value: Double
            var inWords = false
            if word.isDigits {
                guard let parsed = Double(word.text.replacingOccurrences(of: ",", with: "")) else { continue }
                // Times (`10:30`), scores and ranges written with digits around a colon or slash.
                if let before = text.scalar(word.start - 1), before == ":" || before == "/" { continue }
                if let after = text.scalar(word.end), after == ":" || after == "/" { continue }
                // `04` in `2012-04-14`, and numbers joined to digits by a hyphen (dates, ranges).
                if word.text.count > 1, word.text.hasPrefix("0"), !word.text.hasPrefix("0.") { continue }
                if text.scalar(word.start - 1) == "-", let digit = text.scalar(word.start - 2), ArticleText.isDigit(digit) { continue }
                if text.scalar(word.end) == "-", let digit = text.scalar(word.end + 1), ArticleText.isDigit(digit) { continue }
                // Designators: `C-130`, `F-16`, `Covid-19` name things, they count nothing.
                if text.scalar(word.start - 1) == "-", let letter = text.scalar(word.start - 2), ArticleText.isLetter(letter) { continue }
                value = parsed
            } else if let number = CalendarWords.numberWordValues[word.folded] {
                // `two-thirds` is a fraction, not a count of two.
                if text.scalar(word.end) == "-", index + 1 < words.count, SiteFinder.fractions.contains(words[index + 1].folded) { continue }
                value = Double(number)
                inWords = true
            } else {
                continue
            }
            if index + 1 < words.count, let scale = SiteFinder.scale(words[index + 1].folded), text.onlySpaces(word.end, words[index + 1].start) {
                value *= scale
            }
            let integer = value == value.rounded() && value < 1e15 ? Int(value) : nil
            let isYear = !inWords && word.text.count == 4 && !word.text.contains(",") && !word.text.contains(".") && (1900...2099).contains(integer ?? 0)
            let previous = index > 0 ? words[index - 1] : nil
            let next = index + 1 < words.count ? words[index + 1] : nil
            let isMonth = { (w: Word?) in w.map { $0.isCapitalized && (CalendarWords.monthIndex[$0.folded] != nil || CalendarWords.abbreviationIndex[$0.folded] != nil) } ?? false }
            let isDay = !inWords && !isYear && (integer ?? 0) <= 31 && (isMonth(previous) || isMonth(next))
            figures.append(Figure(
                index: index, key: SiteFinder.plain(value), integer: integer, inWords: inWords, hedge: hedge(before: index, in: text),
                isYear: isYear, isDayOfMonth: isDay, isAge: isAge(index, in: text), context: context(of: index, in: text)))
        }
        return figures
    }

    static func scale(_ word: String) -> Double? {
        switch word {
        case "hundred": return 1e2
        case "thousand": return 1e3
        case "million": return 1e6
        case "billion": return 1e9
        case "trillion": return 1e12
        default: return nil
        }
    }

    /// `1300000`, `2.5`: one spelling per value.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// The first word of a hedge right before the figure (a `$` may stand between).
    func hedge(before index: Int, in text: ArticleText) -> Int? {
        for hedge in SiteFinder.hedges {
            let first = index - hedge.count
            guard first >= 0 else { continue }
            if zip(hedge, text.words[first..<index]).allSatisfy({ $0 == $1.folded }) {
                let gap = text.text(text.words[index - 1].end, text.words[index].start)
                if gap == " " || gap == " $" || gap == " £" || gap == " €" { return first }
            }
        }
        return nil
    }

    /// `X, 41,` after a name; `41-year-old`, `41 years old`; `age 41`, `aged 41`.
    func isAge(_ index: Int, in text: ArticleText) -> Bool {
        let words = text.words
        let word = words[index]
        guard word.isDigits, let value = Int(word.text), (1...110).contains(value) else { return false }
        if index + 2 < words.count, words[index + 1].folded.hasPrefix("year"), words[index + 2].folded == "old" { return true }
        if index > 0, words[index - 1].folded == "age" || words[index - 1].folded == "aged" { return true }
        if index > 1, words[index - 2].folded == "age", words[index - 1].folded == "of" { return true }
        if index > 0, text.text(words[index - 1].end, word.start) == ", ", let after = text.scalar(word.end), after == "," || after == ")" {
            let previous = words[index - 1]
            return previous.isCapitalized && CalendarWords.monthIndex[previous.folded] == nil
                && CalendarWords.weekdayIndex[previous.folded] == nil && CalendarWords.abbreviationIndex[previous.folded] == nil
        }
        return false
    }

    /// Folded four-letter stems of the content words within two words before and three after.
    func context(of index: Int, in text: ArticleText) -> Set<String> {
        let words = text.words
        var stems = Set<String>()
        for other in max(0, index - 2)...min(words.count - 1, index + 3) where other != index {
            let folded = words[other].folded
            guard folded.count >= 3, !words[other].isDigits, !SiteFinder.contextStopWords.contains(folded),
                  SiteFinder.scale(folded) == nil else { continue }
            stems.insert(String(folded.prefix(4)))
        }
        return stems
    }

    // MARK: sites

    func numberSites(_ text: ArticleText) -> [EditSite] {
        figures(text).compactMap { figure in
            guard figure.hedge == nil, !figure.isYear, !figure.isDayOfMonth, !figure.isAge else { return nil }
            let word = text.words[figure.index]
            if let integer = figure.integer, integer < 2 { return nil }
            let replacement: String
            if figure.inWords {
                guard let integer = figure.integer else { return nil }
                replacement = (CalendarWords.numberWords[integer == 20 ? 19 : integer + 1] ?? "").matchingCase(of: word.text)
            } else {
                replacement = SiteFinder.changeLeadingDigit(word.text)
            }
            return EditSite(kind: .number, article: text.index, start: word.start, end: word.end, original: word.text,
                            replacement: replacement, fact: "number|" + figure.key, context: figure.context)
        }
    }

    func digitsWordsSites(_ text: ArticleText) -> [EditSite] {
        figures(text).compactMap { figure in
            guard figure.hedge == nil, !figure.isYear, !figure.isDayOfMonth, !figure.isAge,
                  let integer = figure.integer, (2...20).contains(integer), let spelled = CalendarWords.numberWords[integer] else { return nil }
            let word = text.words[figure.index]
            guard figure.inWords || word.text == String(integer) else { return nil }
            let replacement = figure.inWords ? String(integer) : (word.startsSentence ? spelled.matchingCase(of: "X") : spelled)
            return EditSite(kind: .digitsWords, article: text.index, start: word.start, end: word.end, original: word.text,
                            replacement: replacement, fact: "number|" + figure.key, context: figure.context)
        }
    }

    func yearSites(_ text: ArticleText) -> [EditSite] {
        figures(text).compactMap { figure in
            guard figure.isYear, let year = figure.integer else { return nil }
            let word = text.words[figure.index]
            if let after = text.scalar(word.end), after == "-" || after == "\u{2013}" { return nil }
            var random = random(.year, text, word.start)
            let replacement = String(random.below(2) == 0 ? year - 1 : year + 1)
            return EditSite(kind: .year, article: text.index, start: word.start, end: word.end, original: word.text,
                            replacement: replacement, fact: "year|\(year)")
        }
    }

    func ageSites(_ text: ArticleText) -> [EditSite] {
        figures(text).compactMap { figure in
            guard figure.isAge, let age = figure.integer else { return nil }
            let word = text.words[figure.index]
            // Whose age: the name before `, 41,`, after `41-year-old`, or nearest in the sentence.
            let words = text.words
            let index = figure.index
            let name: Int?
            if index > 0, text.text(words[index - 1].end, word.start) == ", ", isNameWord(words[index - 1]) {
                name = index - 1
            } else if index + 2 < words.count, words[index + 2].folded == "old" {
                name = nearestName(to: index + 2, in: text)
            } else {
                name = nearestName(to: index, in: text)
            }
            guard let name else { return nil }
            var random = random(.age, text, word.start)
            return EditSite(kind: .age, article: text.index, start: word.start, end: word.end, original: word.text,
                            replacement: String(age + 2 + random.below(5)), fact: "age|\(age)|\(words[name].folded)")
        }
    }

    /// `at least 10,000`: the hedge dropped, or the figure moved an order of magnitude.
    func approximationSites(_ kind: EditKind, _ text: ArticleText) -> [EditSite] {
        figures(text).compactMap { figure in
            guard let hedge = figure.hedge, !figure.inWords, !figure.isYear else { return nil }
            let word = text.words[figure.index]
            let fact = "approx|" + figure.key
            if kind == .approximationDropped {
                let first = text.words[hedge]
                // Keep a currency sign: `at least $10,000` → `$10,000`.
                let sign = text.text(text.words[figure.index - 1].end, word.start).trimmingCharacters(in: .whitespaces)
                let kept = first.isCapitalized ? (sign + word.text).matchingCase(of: first.text) : sign + word.text
                return EditSite(kind: kind, article: text.index, start: first.start, end: word.end,
                                original: text.text(first.start, word.end), replacement: kept, fact: fact, context: figure.context)
            }
            return EditSite(kind: kind, article: text.index, start: word.start, end: word.end, original: word.text,
                            replacement: SiteFinder.timesTen(word.text), fact: fact, context: figure.context)
        }
    }

    /// `48` → `58`, `1,300` → `2,300`, `9` → `8`: another value of the same shape, at
    /// least 10% away.
    static func changeLeadingDigit(_ digits: String) -> String {
        var scalars = Array(digits.unicodeScalars)
        guard let first = scalars.first, let value = Int(String(first)) else { return digits }
        let changed = value == 9 ? 8 : value + 1
        scalars[0] = Unicode.Scalar(UInt8(48 + changed))
        return String(String.UnicodeScalarView(scalars))
    }

    /// `10,000` → `100,000`, `500` → `5,000`, `1.3` → `13`, `2.25` → `22.5`.
    static func timesTen(_ digits: String) -> String {
        if let dot = digits.firstIndex(of: ".") {
            let whole = digits[..<dot].replacingOccurrences(of: ",", with: "")
            let fraction = digits[digits.index(after: dot)...]
            let moved = whole + String(fraction.prefix(1))
            let rest = fraction.dropFirst()
            let trimmed = String(Int(moved) ?? 0)
            return rest.isEmpty ? trimmed : trimmed + "." + rest
        }
        guard let value = Int(digits.replacingOccurrences(of: ",", with: "")) else { return digits }
        let times = value * 10
        return digits.contains(",") || times >= 1000 ? grouped(times) : String(times)
    }

    /// `100000` → `100,000`.
    static func grouped(_ value: Int) -> String {
        let plain = String(value)
        var out = ""
        for (offset, character) in plain.enumerated() {
            if offset > 0, (plain.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
