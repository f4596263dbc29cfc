import ClaimModel

/// A quotation in the text: between `“` and `”`, or a pair of `"` on one line.
struct Quotation: Sendable {
    /// Offsets of the opening and closing marks.
    var open: Int
    var close: Int
    var words: [Word]
    /// Index of the first word inside, in the article's words.
    var firstWord: Int
}

extension SiteFinder {
    func quotations(_ text: ArticleText) -> [Quotation] {
        let scalars = text.scalars
        var pairs: [(Int, Int)] = []
        var open: Int?
        var straight: Int?
        for (offset, scalar) in scalars.enumerated() {
            switch scalar {
            case "\u{201C}": open = offset
            case "\u{201D}":
                if let start = open { pairs.append((start, offset)) }
                open = nil
            case "\"":
                if let start = straight { pairs.append((start, offset)); straight = nil } else { straight = offset }
            case "\n":
                straight = nil
                open = nil
            default: break
            }
        }
        var quotations: [Quotation] = []
        for (start, end) in pairs.sorted(by: { $0.0 < $1.0 }) {
            let inside = text.words.indices.filter { text.words[$0].start > start && text.words[$0].end <= end }
            guard let first = inside.first, inside.count >= 4 else { continue }
            quotations.append(Quotation(open: start, close: end, words: inside.map { text.words[$0] }, firstWord: first))
        }
        return quotations
    }

    func quoteSites(_ kind: EditKind, _ text: ArticleText) -> [EditSite] {
        quotations(text).compactMap { quote in
            let fact = "quote|" + quote.words.map(\.folded).joined(separator: " ")
            var site: EditSite?
            switch kind {
            case .quoteNegation: site = negation(quote, text)
            case .quoteAntonym:
                if let word = quote.words.first(where: { QuoteWords.antonyms[$0.folded] != nil }) {
                    site = EditSite(kind: kind, article: text.index, start: word.start, end: word.end, original: word.text,
                                    replacement: QuoteWords.antonyms[word.folded]!.matchingCase(of: word.text))
                }
            case .quoteCut:
                // The second half dropped; at least four words kept, and the punctuation that
                // closed the quotation (`,”` before `she said`) kept too.
                guard quote.words.count >= 8 else { return nil }
                let kept = max(4, (quote.words.count + 1) / 2)
                let start = quote.words[0].start
                let closing = text.text(quote.words[quote.words.count - 1].end, quote.close)
                let punctuation = closing.allSatisfy { ",.?!;:".contains($0) } ? closing : ""
                site = EditSite(kind: kind, article: text.index, start: start, end: quote.close, original: text.text(start, quote.close),
                                replacement: text.text(start, quote.words[kept - 1].end) + punctuation)
            case .quoteSpeaker: site = speakerSwap(quote, text)
            default: return nil
            }
            site?.kind = kind
            site?.fact = fact
            return site
        }
    }

    /// The first negation in the quotation flipped: `don't` → `do`, `never` → `always`,
    /// `no one` → `everyone`, `is` → `is not`, `not` dropped.
    func negation(_ quote: Quotation, _ text: ArticleText) -> EditSite? {
        let words = quote.words
        for (index, word) in words.enumerated() {
            let folded = word.folded
            if let flipped = QuoteWords.negations[folded] {
                return EditSite(kind: .quoteNegation, article: text.index, start: word.start, end: word.end, original: word.text,
                                replacement: flipped.matchingCase(of: word.text))
            }
            if folded == "no", index + 1 < words.count, words[index + 1].folded == "one" {
                let end = words[index + 1].end
                return EditSite(kind: .quoteNegation, article: text.index, start: word.start, end: end, original: text.text(word.start, end),
                                replacement: "everyone".matchingCase(of: word.text))
            }
            if folded == "not", index > 0 {
                let previous = words[index - 1]
                return EditSite(kind: .quoteNegation, article: text.index, start: previous.start, end: word.end,
                                original: text.text(previous.start, word.end), replacement: previous.text)
            }
            if QuoteWords.auxiliaries.contains(folded), index + 1 < words.count, words[index + 1].folded != "not", index > 0 {
                return EditSite(kind: .quoteNegation, article: text.index, start: word.start, end: word.end, original: word.text,
                                replacement: word.text + " not")
            }
        }
        return nil
    }

    /// The quotation's speaker (a name beside a speech verb right after or before it)
    /// replaced by another person named in the set.
    func speakerSwap(_ quote: Quotation, _ text: ArticleText) -> EditSite? {
        guard let (first, last) = speaker(of: quote, in: text) else { return nil }
        let words = text.words
        let speakerWords = Set(words[first...last].map(\.folded))
        let others = people.filter { person in
            !person.split(separator: " ").contains { speakerWords.contains(Folding.fold(String($0))) }
        }
        var random = random(.quoteSpeaker, text, words[first].start)
        guard let other = random.pick(others) else { return nil }
        let replacement = first == last ? String(other.split(separator: " ").last ?? "") : other
        let start = words[first].start, end = words[last].end
        return EditSite(kind: .quoteSpeaker, article: text.index, start: start, end: end, original: text.text(start, end), replacement: replacement)
    }

    /// The name words of the speaker: `“…,” Name said`, `“…,” said Name`, `Name said: “…”`.
    func speaker(of quote: Quotation, in text: ArticleText) -> (Int, Int)? {
        let words = text.words
        func skipTitles(_ index: Int) -> Int {
            var index = index
            while index < words.count {
                if OfficeWords.honorifics.contains(words[index].folded), words[index].period { index += 1; continue }
                if let (_, after) = office(at: index, in: text) { index = after; continue }
                break
            }
            return index
        }
        // After the closing mark.
        if let next = words.firstIndex(where: { $0.start > quote.close }), text.text(quote.close + 1, words[next].start).allSatisfy({ $0 == " " || $0 == "," }) {
            if QuoteWords.speechVerbs.contains(words[next].folded) {
                let start = skipTitles(next + 1)
                if let last = nameEnd(from: start, in: text) { return (start, last) }
            }
            let start = skipTitles(next)
            if let last = nameEnd(from: start, in: text), last + 1 < words.count, QuoteWords.speechVerbs.contains(words[last + 1].folded) {
                return (start, last)
            }
        }
        // Before the opening mark: `Name said, “…”`.
        if quote.firstWord >= 2 {
            let verb = quote.firstWord - 1
            let gap = text.text(words[verb].end, quote.open)
            if QuoteWords.speechVerbs.contains(words[verb].folded), gap.allSatisfy({ $0 == " " || $0 == "," || $0 == ":" }) {
                var first = verb - 1
                guard isNameWord(words[first]) else { return nil }
                while first > 0, isNameWord(words[first - 1]), text.onlySpaces(words[first - 1].end + (words[first - 1].period ? 1 : 0), words[first].start),
                      !words[first].startsSentence {
                    first -= 1
                }
                return (first, verb - 1)
            }
        }
        return nil
    }
}
