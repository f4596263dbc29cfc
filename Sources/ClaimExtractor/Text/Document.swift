import ClaimModel

/// An article made ready for recognizers: its tokens and sentences, computed once.
public struct Document: Sendable {
    public let article: Article
    public let tokens: [Token]
    /// Token index ranges of sentences; newline tokens are never inside one.
    public let sentences: [Range<Int>]
    /// Folded text of each token (lowercase, diacritics removed), computed once.
    public let folded: [String]

    public init(article: Article) {
        self.article = article
        let scanned = Tokenizer.tokenize(article.scalars, folding: true)
        let tokens = SingleQuoteMarks.normalized(scanned.tokens)
        self.tokens = tokens
        self.sentences = SentenceSplitter.bounded(SentenceSplitter.split(tokens), tokens)
        // Words and numbers fold as the tokenizer folded them; any other token is its text
        // (single quotation marks may have been rewritten since).
        var folded = scanned.folded
        for index in folded.indices where tokens[index].kind == .punct && tokens[index].text != scanned.tokens[index].text {
            folded[index] = tokens[index].text
        }
        self.folded = folded
    }

    /// Body text from the start of token `range.lowerBound` to the end of the last token.
    public func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return article.text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    public func evidence(_ range: Range<Int>) -> Evidence {
        article.evidence(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    public func span(_ range: Range<Int>) -> SourceSpan {
        article.span(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// The sentence holding token `index`.
    public func sentence(containing index: Int) -> Range<Int>? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid]
            if index < range.lowerBound { high = mid - 1 } else if index >= range.upperBound { low = mid + 1 } else { return range }
        }
        return nil
    }

    public func sentenceIndex(containing index: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid]
            if index < range.lowerBound { high = mid - 1 } else if index >= range.upperBound { low = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// Sentence boundaries: `.`, `!`, `?` (with closing quotes and brackets) unless the word
/// before is an abbreviation or an initial; every line break. `No.` is an abbreviation only
/// before a number (`the No. 3 Republican`), else the word no (`He said no. Others agreed.`).
public enum SentenceSplitter {
    public static func split(_ tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = tokens.count
        func close(_ end: Int) {
            if end > start { sentences.append(start..<end) }
        }
        while index < count {
            let token = tokens[index]
            if token.kind == .newline {
                close(index)
                start = index + 1
                index += 1
                continue
            }
            if token.kind == .punct, token.text == "." || token.text == "!" || token.text == "?" {
                if token.text == "." && index > 0 {
                    let previous = tokens[index - 1]
                    let beforeNumber = index + 1 < count && tokens[index + 1].kind == .number
                    // `N.Y.`, `D-N.Y.`: a stop written between single letters, the next one
                    // followed by a stop of its own, is inside an abbreviation.
                    let innerStop = !token.spaceBefore && index + 2 < count && tokens[index + 1].kind == .word && tokens[index + 1].text.count == 1
                        && !tokens[index + 1].spaceBefore && tokens[index + 2].text == "." && !tokens[index + 2].spaceBefore
                        && previous.kind == .word && (previous.text.count == 1 || previous.text.dropLast().hasSuffix("-"))
                    if innerStop || brokenDecimal(tokens, index) {
                        index += 1
                        continue
                    }
                    if previous.kind == .word && !token.spaceBefore, case let word = previous.text.lowercased(),
                        (abbreviations.contains(word) && (beforeNumber || !numberAbbreviations.contains(word))) || previous.isInitialLetter {
                        // An abbreviation or an initial, unless the line ends here.
                        if !(index + 1 < count && tokens[index + 1].kind == .newline) && !(index + 1 >= count) {
                            index += 1
                            continue
                        }
                    }
                }
                var end = index + 1
                while end < count, tokens[end].kind == .punct, isCloser(tokens[end].text) { end += 1 }
                // Only a boundary when what follows can start a sentence.
                if end < count {
                    let next = tokens[end]
                    let startsSentence = next.kind == .newline || next.isCapitalized || next.kind == .number
                        || (next.kind == .punct && isOpener(next.text))
                    if !startsSentence && token.text == "." {
                        index = end
                        continue
                    }
                }
                close(end)
                start = end
                index = end
                continue
            }
            index += 1
        }
        close(count)
        return sentences
    }

    /// Most tokens a sentence keeps; longer ones (text without sentence-ending punctuation) are
    /// cut into pieces, so tagging, parsing and every rule that scans a sentence stay bounded.
    /// No sentence of the bundled or real-news articles comes near it.
    public static let maxTokens = 160

    /// Cuts each sentence longer than `limit` tokens into pieces of at most `limit`, each at the
    /// best break in the second half of its window: after `;` or `:`, else after a comma, else
    /// before a conjunction (`piece-breaks.txt`), else at the limit; the last break of the best
    /// kind wins. Shorter sentences are returned unchanged.
    public static func bounded(_ sentences: [Range<Int>], _ tokens: [Token], limit: Int = maxTokens) -> [Range<Int>] {
        guard limit > 1, sentences.contains(where: { $0.count > limit }) else { return sentences }
        var result: [Range<Int>] = []
        for sentence in sentences {
            var start = sentence.lowerBound
            while sentence.upperBound - start > limit {
                var cut = start + limit
                var best = 0
                for index in (start + limit / 2)..<(start + limit) {
                    let token = tokens[index]
                    var rank = 0
                    if token.kind == .punct {
                        if token.text == ";" || token.text == ":" { rank = 3 } else if token.text == "," { rank = 2 }
                    } else if token.kind == .word, index > start, pieceBreakWords.contains(token.text.lowercased()) {
                        rank = 1
                    }
                    guard rank > 0 else { continue }
                    let end = rank == 1 ? index : index + 1
                    if rank >= best { best = rank; cut = end }
                }
                result.append(start..<cut)
                start = cut
            }
            result.append(start..<sentence.upperBound)
        }
        return result
    }

    /// `up to 2. 7GHz`: a full stop written against one or two digits, before digits written
    /// against a unit's letters, is a decimal point the source broke with a space (no sentence
    /// opens with a figure glued to its unit).
    static func brokenDecimal(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, !tokens[index].spaceBefore, tokens[index - 1].kind == .number, tokens[index + 1].kind == .number,
              tokens[index + 1].spaceBefore, tokens[index - 1].text.count <= 2, tokens[index - 1].text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let next = tokens[index + 1].text
        guard let cut = next.firstIndex(where: { !($0.isASCII && $0.isNumber) }), cut > next.startIndex else { return false }
        return next[cut...].allSatisfy { $0.isASCII && $0.isLetter }
    }

    static func isCloser(_ text: String) -> Bool { closers.contains(text) }
    static func isOpener(_ text: String) -> Bool { openers.contains(text) }
}

extension Document {
    /// The tokens of the line (between line breaks) holding `range`, reaching at most `reach`
    /// tokens either side of it. Callers that ask once per sentence or per date stay linear on
    /// one long line (an unbounded walk made a one-line article quadratic).
    public func line(around range: Range<Int>, reach: Int) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start > 0, tokens[start - 1].kind != .newline, range.lowerBound - start < reach { start -= 1 }
        while end < tokens.count, tokens[end].kind != .newline, end - range.upperBound < reach { end += 1 }
        return start..<end
    }
}
