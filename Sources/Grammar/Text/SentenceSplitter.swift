/// Sentence boundaries over tokens, for news: a sentence ends at `.`, `!` or `?` (before a
/// lower-case word only when no closing quote follows) and at an ellipsis before upper case,
/// taking closing quotes and brackets with it ("“We will win.” He left." is two sentences,
/// "“Stop!” he said." one). Titles, months and
/// initials keep their full stop inside the sentence ("Gen. J. Smith", "Nov. 2"); other
/// abbreviations end one only before a typical sentence opener ("Acme Inc. The firm…").
/// A blank line always ends a sentence; so does a line break unless the next line starts in
/// lower case, which keeps headlines and datelines without a full stop apart from the body.
/// Web text that ends a sentence with no full stop at all (a timestamp, a link, an emoticon, a
/// letter's sign-off) is read by the rules in `SentenceSplitter+Web.swift`.
public enum SentenceSplitter {
    public static func split(_ bytes: [UInt8], _ tokens: TokenBuffer) -> [SentenceRange] {
        bytes.withUnsafeBufferPointer { split($0, tokens) }
    }

    public static func split(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer) -> [SentenceRange] {
        var sentences: [SentenceRange] = []
        var start = 0
        var i = 0
        let n = tokens.count
        while i < n {
            var boundary = i + 1 < n && breaksLine(b, tokens, before: i + 1)
            var next = i + 1
            // "?!" and "!!?": the last of attached terminators decides.
            // So does the last of a run of one mark set apart by spaces ("? ? ?", "so . . . Then").
            let attachedTerminator = i + 1 < n && terminal(b, tokens, i + 1) == .stop
                && (tokens.starts[i + 1] == tokens.ends[i] || spacedRun(b, tokens, i))
            if !boundary && !attachedTerminator && i + 1 < n, let kind = terminal(b, tokens, i) {
                // Closing quotes and brackets attached to the terminator stay in this sentence,
                // and so does one set off by a space when it ends the line ("law.’ ”").
                while next < n && isCloser(b, tokens, next) && tokens.newlinesBefore[next] == 0
                    && (tokens.starts[next] == tokens.ends[next - 1] || next + 1 == n || tokens.newlinesBefore[next + 1] > 0) { next += 1 }
                // A full stop written after the closing bracket or quote ends it there ("(see you then!).").
                if next > i + 1 && next < n && tokens.starts[next] == tokens.ends[next - 1] && isFullStop(b, tokens, next) { next += 1 }
                if next < n {
                    switch kind {
                    // Before lower case, a full stop, "!" or "?" with no closing quote or bracket
                    // still ends the sentence (web text writes "fine . the food", "really? where");
                    // with one it does not ("“Stop!” he said"), nor does an ellipsis ("wait... no").
                    // A full stop on a capitalised word before lower case is an abbreviation ("Glendale,
                    // Ariz. in 2015").
                    case .stop:
                        boundary = !startsLowercase(b, tokens, next)
                            || (next == i + 1 && !isEllipsis(b, tokens, i) && !(isFullStop(b, tokens, i) && followsCapitalised(b, tokens, i)))
                    case .abbreviation: boundary = tokens.newlinesBefore[next] > 0 || isStarter(b, tokens, next)
                    }
                    if boundary && tokens.newlinesBefore[next] == 0 && holds(b, tokens, kind, i, next, sentenceStart: start) { boundary = false }
                } else {
                    boundary = false
                }
                if !boundary { next = i + 1 }
            }
            if !boundary && next == i + 1 && endsWithoutStop(b, tokens, i, sentenceStart: start) { boundary = true }
            if boundary {
                sentences.append(SentenceRange(start..<next))
                start = next
                i = next
                continue
            }
            i += 1
        }
        if start < n { sentences.append(SentenceRange(start..<n)) }
        return sentences
    }

    enum Terminal { case stop, abbreviation }

    static func text(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: b[Int(tokens.starts[i])..<Int(tokens.ends[i])])
    }

    static func terminal(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Terminal? {
        let t = text(b, tokens, i)
        guard let last = t.last else { return nil }
        if t.allSatisfy({ $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }) { return .stop }
        if t.count == 3 && t[0] == 0xE2 && t[1] == 0x80 && t[2] == 0xA6 { return .stop }  // …
        guard last == 0x2E, t.count >= 2 else { return nil }
        // A word that kept its full stop: a title or initial holds; others may end a sentence.
        let word = Tokenizer.lowered(b, Int(tokens.starts[i]), Int(tokens.ends[i]) - 1)
        if TextWords.titles.contains(word) || word.count == 1 { return nil }
        return .abbreviation
    }

    /// Tokens `i` and `i + 1` are the same mark (`.`, `!`, `?`), each set off by a space on one line.
    static func spacedRun(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens.newlinesBefore[i + 1] == 0, tokens.starts[i] > tokens.ends[i - 1], tokens.starts[i + 1] > tokens.ends[i] else { return false }
        let a = text(b, tokens, i)
        return a.count == 1 && (a[0] == 0x2E || a[0] == 0x21 || a[0] == 0x3F) && text(b, tokens, i + 1).elementsEqual(a)
    }

    static func isFullStop(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        tokens.ends[i] - tokens.starts[i] == 1 && b[Int(tokens.starts[i])] == 0x2E
    }

    /// A terminator at `i` that would end a sentence before `next` (same line) and does not:
    /// never before a comma, semicolon, colon or dash ("Sen. Ada Lorne, D-Mont., the",
    /// "KANSAS CITY, Mo. — Leaders"); nor before a short attribution after a quoted question or
    /// exclamation ("“Why?” Smith asked."); nor after an ellipsis opening a sentence, which
    /// marks an omission and leads into the words after it ("act. ... Let us"); nor after the
    /// number of a list item. A dash after a bare `.`, `!` or `?` and before a capitalised word
    /// opens a line of its own (a list item or a byline: "…five years. -- Posted by Ana"),
    /// unless the full stop is written against a capitalised word, an abbreviation of a
    /// dateline ("KANSAS CITY, Mo. — Leaders").
    static func holds(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ kind: Terminal, _ i: Int, _ next: Int, sentenceStart: Int) -> Bool {
        if continues(b, tokens, next) {
            return !(kind == .stop && !isEllipsis(b, tokens, i) && !(isFullStop(b, tokens, i) && followsCapitalised(b, tokens, i)) && opensDashedLine(b, tokens, next))
        }
        if i == sentenceStart && isEllipsis(b, tokens, i) { return true }
        // "ana...@example.org": an address shortened by its site, written against its `@`.
        if next == i + 1 && tokens.starts[next] == tokens.ends[i] && text(b, tokens, next).first == 0x40 { return true }
        // "the No. 3 position": `No.` written against a number abbreviates "number".
        if isFullStop(b, tokens, i) && next == i + 1 && abbreviatesNumber(b, tokens, i) { return true }
        // "2. The pricing…": the number of a list item, not a sentence of its own.
        if i == sentenceStart + 1 && isFullStop(b, tokens, i) && isItemNumber(b, tokens, sentenceStart) { return true }
        // "up to 2. 7GHz": a decimal point the source broke with a space, not a sentence's end.
        if isFullStop(b, tokens, i) && next == i + 1 && isBrokenDecimal(b, tokens, i) { return true }
        return next > i + 1 && kind == .stop && !isFullStop(b, tokens, i) && isShortAttribution(b, tokens, next)
    }

    /// The full stop at `i` is written against one or two digits, and the next token starts
    /// with digits written against a unit's letters ("2. 7GHz", "1. 8GHz"): no sentence opens
    /// with a figure glued to its unit, so the space broke a decimal.
    static func isBrokenDecimal(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens.starts[i] == tokens.ends[i - 1], tokens.newlinesBefore[i + 1] == 0 else { return false }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        let before = text(b, tokens, i - 1)
        let after = text(b, tokens, i + 1)
        guard before.count <= 2, before.allSatisfy(isDigit), let first = after.first, isDigit(first),
              let letter = after.firstIndex(where: { !isDigit($0) }), after[letter...].allSatisfy(isLetter) else { return false }
        return true
    }

    /// The full stop at `i` is written against `No` or `Nos` and a number follows it.
    static func abbreviatesNumber(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens.starts[i] == tokens.ends[i - 1], tokens.newlinesBefore[i + 1] == 0 else { return false }
        let word = Tokenizer.lowered(b, Int(tokens.starts[i - 1]), Int(tokens.ends[i - 1]))
        let digit = b[Int(tokens.starts[i + 1])]
        return (word == "no" || word == "nos") && digit >= 0x30 && digit <= 0x39
    }

    /// Token `i` is a dash (`-`, `--`, `–`, `—`) and the next token, on the same line, a word
    /// starting in upper case.
    static func opensDashedLine(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        guard t[0] != 0x2C && t[0] != 0x3B && t[0] != 0x3A, i + 1 < tokens.count, tokens.newlinesBefore[i + 1] == 0 else { return false }
        let first = b[Int(tokens.starts[i + 1])]
        return first >= 0x41 && first <= 0x5A
    }

    /// One or two digits written against the full stop after them ("1.", "12.").
    static func isItemNumber(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        return t.count <= 2 && tokens.ends[i] == tokens.starts[i + 1] && t.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Token `i` is written against a word that starts in upper case.
    static func followsCapitalised(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        guard i > 0, tokens.starts[i] == tokens.ends[i - 1] else { return false }
        let first = b[Int(tokens.starts[i - 1])]
        return first >= 0x41 && first <= 0x5A
    }

    /// Token `i` is punctuation that continues a sentence: `,` `;` `:` or a dash (`-`, `--`, `–`, `—`).
    static func continues(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        if t.count == 1 { return t[0] == 0x2C || t[0] == 0x3B || t[0] == 0x3A || t[0] == 0x2D }
        if t.count == 2 { return t[0] == 0x2D && t[1] == 0x2D }
        return t.count == 3 && t[0] == 0xE2 && t[1] == 0x80 && (t[2] == 0x93 || t[2] == 0x94)
    }

    /// From token `i`: a capitalised word, then at most three more words, then a full stop
    /// ("Smith said.", "McCain told reporters."): the attribution of the quote before it.
    static func isShortAttribution(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let first = b[Int(tokens.starts[i])]
        guard first >= 0x41 && first <= 0x5A else { return false }
        var j = i + 1
        while j < tokens.count && j <= i + 4 && tokens.newlinesBefore[j] == 0 {
            if isFullStop(b, tokens, j) { return j > i + 1 }
            let c = b[Int(tokens.starts[j])]
            guard (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) else { return false }
            j += 1
        }
        return false
    }

    /// "..", "...", "…": a pause more often than an end.
    static func isEllipsis(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        return (t.count >= 2 && t.allSatisfy { $0 == 0x2E }) || (t.count == 3 && t[0] == 0xE2 && t[1] == 0x80 && t[2] == 0xA6)
    }

    static func isCloser(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        if t.count == 1 { return t[0] == 0x22 || t[0] == 0x27 || t[0] == 0x29 || t[0] == 0x5D }
        // ” ’ »
        return t.count <= 3 && (t.elementsEqual([0xE2, 0x80, 0x9D]) || t.elementsEqual([0xE2, 0x80, 0x99]) || t.elementsEqual([0xC2, 0xBB]))
    }

    static func startsLowercase(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let first = b[Int(tokens.starts[i])]
        return first >= 0x61 && first <= 0x7A
    }

    static func isStarter(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let first = b[Int(tokens.starts[i])]
        guard first >= 0x41 && first <= 0x5A, tokens.ends[i] - tokens.starts[i] <= 12 else { return false }
        return TextWords.sentenceStarters.contains(Tokenizer.lowered(b, Int(tokens.starts[i]), Int(tokens.ends[i])))
    }

    /// A line break before token `i` that ends the sentence.
    static func breaksLine(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, before i: Int) -> Bool {
        let newlines = tokens.newlinesBefore[i]
        if newlines >= 2 { return true }
        return newlines == 1 && !startsLowercase(b, tokens, i)
    }
}
