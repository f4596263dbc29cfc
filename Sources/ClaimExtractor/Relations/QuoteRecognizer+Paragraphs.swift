import ClaimModel

/// The quotations of each paragraph (line), including those that run over paragraphs.
struct LineQuotations {
    /// The quotations of the line in order (`open..<close`, marks at both ends). A piece that
    /// continues an earlier line's quotation starts at the line break before the line
    /// (`lineStart - 1`), and a piece left open runs to the line's end.
    var pairs: [Range<Int>] = []
    /// For each piece of a quotation running over paragraphs, its run (the index of the run in
    /// `runs`).
    var run: [Range<Int>: Int] = [:]
}

/// A quotation opened in one paragraph and closed in a later one without being reopened
/// (`“It is official: I am hosting! ⏎ I thank my family,” she wrote.`): its pieces, one a line.
struct QuotationRun {
    var pieces: [Range<Int>]
}

extension QuoteRecognizer {
    /// Lines a quotation left open may run over before it must close.
    static let maximumRunLines = 3

    /// The quotations of every line of `lines`: the marks paired within the line, a tail left
    /// open that the next line reopens (`openTail`), and quotations running over paragraphs: an
    /// opening mark left open at a line's end whose quotation closes within the next few lines,
    /// where no line between holds a quotation mark and the first mark of the closing line
    /// closes (it follows `.`, `,`, `!`, `?` or stands before punctuation or the line's end).
    static func paragraphQuotations(_ doc: Document, _ lines: [Range<Int>]) -> (lines: [LineQuotations], runs: [QuotationRun]) {
        var result = Array(repeating: LineQuotations(), count: lines.count)
        var runs: [QuotationRun] = []
        for (index, line) in lines.enumerated() {
            // A piece continuing an earlier line's quotation comes first; pairing starts after it.
            let head = result[index].pairs.first
            let start = head.map { $0.upperBound + 1 } ?? line.lowerBound
            let rest = start < line.upperBound ? start..<line.upperBound : line.upperBound..<line.upperBound
            var pairs = QuoteSpans.quotations(doc, rest)
            if let tail = openTail(doc, line, pairs.isEmpty ? (head.map { [$0] } ?? []) : pairs) {
                if tail.lowerBound >= start { pairs.append(tail) }
            } else if let run = runningQuotation(doc, lines, from: index, after: pairs.last.map { $0.upperBound + 1 } ?? start) {
                pairs.append(run.pieces[0])
                let number = runs.count
                runs.append(run)
                result[index].run[run.pieces[0]] = number
                for (offset, piece) in run.pieces.dropFirst().enumerated() {
                    result[index + 1 + offset].pairs.append(piece)
                    result[index + 1 + offset].run[piece] = number
                }
            }
            result[index].pairs += pairs
        }
        return (result, runs)
    }

    /// The quotation opened after `from` in line `index` and closed in a later line (see
    /// `paragraphQuotations`), or nil.
    static func runningQuotation(_ doc: Document, _ lines: [Range<Int>], from index: Int, after start: Int) -> QuotationRun? {
        let line = lines[index]
        guard start < line.upperBound, line.upperBound < doc.tokens.count,
              let open = (start..<line.upperBound).first(where: { isMark(doc, $0) }),
              QuoteSpans.openers.contains(doc.tokens[open].text),
              ((open + 1)..<line.upperBound).contains(where: { doc.tokens[$0].kind == .word }),
              !((open + 1)..<line.upperBound).contains(where: { isMark(doc, $0) }) else { return nil }
        var pieces = [open..<line.upperBound]
        var next = index + 1
        while next < lines.count, next <= index + maximumRunLines {
            let following = lines[next]
            guard following.lowerBound > 0 else { return nil }
            if let mark = following.first(where: { isMark(doc, $0) }) {
                guard QuoteSpans.closers.contains(doc.tokens[mark].text), closes(doc, mark, line: following),
                      (following.lowerBound..<mark).contains(where: { doc.tokens[$0].kind == .word }) else { return nil }
                pieces.append((following.lowerBound - 1)..<mark)
                return QuotationRun(pieces: pieces)
            }
            pieces.append((following.lowerBound - 1)..<following.upperBound)
            next += 1
        }
        return nil
    }

    static func isMark(_ doc: Document, _ index: Int) -> Bool {
        let token = doc.tokens[index]
        return token.kind == .punct && (QuoteSpans.openers.contains(token.text) || QuoteSpans.closers.contains(token.text))
    }

    /// A mark that closes: after `.`, `,`, `!` or `?`, or before punctuation or the line's end.
    static func closes(_ doc: Document, _ mark: Int, line: Range<Int>) -> Bool {
        if mark > line.lowerBound, doc.tokens[mark - 1].kind == .punct, [".", ",", "!", "?"].contains(doc.tokens[mark - 1].text) { return true }
        return mark + 1 >= line.upperBound || doc.tokens[mark + 1].kind == .punct
    }

    /// The person a quotation standing alone with no attribution continues: the speaker of
    /// the sentence before it when that sentence reports speech (`X said the talks were hard.
    /// “We are like a family.”`): its main verb a speech verb whose subject is a person.
    func reportedSpeaker(before token: Int, reader: QuoteSpeakerReader) -> String? {
        guard let current = reader.doc.sentenceIndex(containing: token), current > 0 else { return nil }
        var index = current - 1
        // Skip a sentence that is nothing but a line break's remainder.
        while index >= 0, !reader.doc.sentences[index].contains(where: { reader.doc.tokens[$0].kind == .word }) {
            index -= 1
        }
        guard index >= 0 else { return nil }
        return reader.reportingSubject(sentence: index)
    }

    /// `“…,” he said. He called the plan “…”`: words of a new sentence between two quotations
    /// make the second one a quotation of its own, not the first one's continuation.
    static func startsNewSentence(_ doc: Document, after previous: Range<Int>, before next: Range<Int>) -> Bool {
        let gap = (previous.upperBound + 1)..<next.lowerBound
        // `“… government.” It said the plan could “…”`: a quotation closed with a full stop and
        // a capitalized clause after it; the clause is a sentence of its own, not an aside.
        if previous.upperBound - 1 > previous.lowerBound, doc.tokens[previous.upperBound - 1].isPunct("."),
           let first = gap.first(where: { doc.tokens[$0].kind == .word }), doc.tokens[first].isCapitalized,
           gap.contains(where: { doc.tokens[$0].kind == .word && $0 > first }) { return true }
        guard let end = gap.last(where: { doc.tokens[$0].kind == .punct && [".", "!", "?"].contains(doc.tokens[$0].text) }) else { return false }
        return ((end + 1)..<next.lowerBound).contains { doc.tokens[$0].kind == .word }
    }
}

extension QuoteSpeakerReader {
    /// The person whose speech sentence `index` reports: its root a speech verb whose subject is
    /// a named person (or `he`/`she` standing for one).
    func reportingSubject(sentence index: Int) -> String? {
        guard let tree = layer.tree(sentence: index),
              let root = tree.tokens.indices.first(where: { tree.heads[$0] == nil }),
              isSpeech(tree, root) else { return nil }
        let sentence = doc.sentences[index]
        let quoted = QuoteSpans.quotedTokens(doc, paragraph(of: sentence.lowerBound))
        let outside: (Int) -> Bool = { !quoted.contains(tree.tokens[$0]) }
        guard let subject = subject(tree, of: root, outside: outside) else { return nil }
        switch resolve(tree, subject, sentence: sentence) {
        case .person(let id): return id
        case .pronoun(let token): return salientSubject(before: token, quoted: quoted)
        default: return nil
        }
    }
}
