import ClaimModel

/// One word of an article body, as the benchmark's pattern finders see it: a run of letters
/// or digits (`1,300` and `1.3` stay one word, `don't` too; a possessive `’s` and hyphens
/// split), with its scalar range in the body.
struct Word: Sendable, Hashable {
    var start: Int
    var end: Int
    var text: String
    /// Lowercased, diacritics folded.
    var folded: String
    /// First letter upper case.
    var isCapitalized: Bool
    /// Starts a sentence (or a line, a quotation, a heading).
    var startsSentence: Bool
    /// The scalar right after the word is `.`.
    var period: Bool

    var isDigits: Bool { text.unicodeScalars.allSatisfy { ($0.value >= 48 && $0.value <= 57) || $0 == "," || $0 == "." } && text.unicodeScalars.first.map { $0.value >= 48 && $0.value <= 57 } == true }
}

/// An article with its words, made once per article and shared by every finder.
struct ArticleText: Sendable {
    var index: Int
    var article: Article
    var words: [Word]

    init(index: Int, article: Article) {
        self.index = index
        self.article = article
        self.words = ArticleText.words(article.scalars)
    }

    var scalars: [Unicode.Scalar] { article.scalars }

    func text(_ start: Int, _ end: Int) -> String { article.text(start, end) }

    /// The scalar at `offset`, or nil outside the body.
    func scalar(_ offset: Int) -> Unicode.Scalar? { offset >= 0 && offset < scalars.count ? scalars[offset] : nil }

    /// Whether only spaces lie between two offsets.
    func onlySpaces(_ start: Int, _ end: Int) -> Bool {
        guard start <= end else { return false }
        return (start..<end).allSatisfy { scalars[$0] == " " }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    /// Scalars after which the next word starts a sentence.
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\n", "\u{201C}", "\"", ":", "\u{2014}", "(", "["]

    /// Abbreviations written with a period before a name.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "adm", "capt", "sgt", "st", "prof", "rev", "jr", "sr",
        "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
    ]

    static func words(_ scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            guard isLetter(scalar) || isDigit(scalar) else { index += 1; continue }
            let start = index
            index += 1
            while index < count {
                let current = scalars[index]
                if isLetter(current) || isDigit(current) { index += 1; continue }
                let next = index + 1 < count ? scalars[index + 1] : " "
                // 1,300 and 1.3: punctuation between digits.
                if (current == "," || current == "."), isDigit(scalars[index - 1]), isDigit(next) { index += 2; continue }
                // don't, O'Brien; a possessive 's ends the word before the apostrophe.
                if isApostrophe(current), isLetter(scalars[index - 1]), isLetter(next) {
                    let after = index + 2 < count ? scalars[index + 2] : " "
                    if (next == "s" || next == "S") && !isLetter(after) { break }
                    index += 2
                    continue
                }
                break
            }
            let text = String(scalars: scalars[start..<index])
            var before = start - 1
            while before >= 0, scalars[before] == " " || scalars[before] == "\t" { before -= 1 }
            var startsSentence = before < 0 || sentenceEnds.contains(scalars[before])
            // `Mr. X`, `Sen. X`, `John F. Doe`: a period after an abbreviation ends no sentence.
            if startsSentence, before >= 0, scalars[before] == ".", let last = words.last, last.end == before,
               last.text.count == 1 || abbreviations.contains(last.folded) {
                startsSentence = false
            }
            let first = scalars[start]
            words.append(Word(
                start: start, end: index, text: text, folded: Folding.fold(text),
                isCapitalized: first.properties.isUppercase, startsSentence: startsSentence,
                period: index < count && scalars[index] == "."))
        }
        return words
    }
}

extension String {
    /// The same word with the capitalization of `model`: first letter upper case when it is.
    func matchingCase(of model: String) -> String {
        guard let first = model.unicodeScalars.first, first.properties.isUppercase else { return self }
        if model.count > 1, model == model.uppercased() { return uppercased() }
        return prefix(1).uppercased() + dropFirst()
    }
}
