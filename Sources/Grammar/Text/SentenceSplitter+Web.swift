/// Sentence ends that web text writes without a full stop. Mail, forums and reviews end a
/// line with a timestamp, a link, an emoticon or a letter's closing word, and once lines are
/// joined nothing else marks the end. Each rule asks for a capitalised word or another such
/// item after it, so running prose is left alone.
extension SentenceSplitter {
    /// A sentence ends between tokens `i` and `i + 1` (same line, no terminator at `i`).
    static func endsWithoutStop(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int, sentenceStart: Int) -> Bool {
        let next = i + 1
        guard next < tokens.count else { return false }
        // "…on 03/02/2026 10:15 AM" ends its header line; a sender's name or address before one
        // ends the line before ("Ana Lorne 03/02/2026 10:15 AM"), a word like "Posted" does not.
        // A time zone after it belongs to it ("10:15 AM ET").
        if timestampEnds(b, tokens, at: i) && !continues(b, tokens, next) && !isZone(b, tokens, next) { return true }
        if isZone(b, tokens, i) && timestampEnds(b, tokens, at: i - 1) && !continues(b, tokens, next) { return true }
        if timestampEnds(b, tokens, at: next + 2) && signsHeader(b, tokens, i) { return true }
        let capitalisedNext = startsUppercase(b, tokens, next)
        // A link or an address, then another or a capitalised word: a list of links, a signature.
        // A bracket closing round a link counts as the link ("<ana@example.org> Thanks").
        // So does `>` closing an address the tokenizer cut ("<ana...@example.org>").
        let link = isLink(b, tokens, i) || (i > 0 && isBracketCloser(b, tokens, i) && tokens.starts[i] == tokens.ends[i - 1] && isLink(b, tokens, i - 1))
            || closesAddress(b, tokens, i)
        if link && (capitalisedNext || isLink(b, tokens, next)) { return true }
        // ":)" or ";-(" closing a remark before a capitalised word.
        if capitalisedNext && endsEmoticon(b, tokens, i) { return true }
        // A word that opens a letter's sentences ("…the files Please call"), after a word.
        if capitalisedNext && isAlphanumeric(b[Int(tokens.starts[i])]) && terminal(b, tokens, i) == nil && isLetterOpener(b, tokens, next) { return true }
        // "Thanks, Ana" or "Regards, Ana" opening a sentence: a letter's sign-off and the name after it.
        // Also after one capitalised word before it ("Best regards, Ana"); not when the name
        // closes the sentence itself ("Thanks, Ana.").
        let nameCloses = next + 1 < tokens.count && terminal(b, tokens, next + 1) == .stop && tokens.newlinesBefore[next + 1] == 0
        if capitalisedNext && !nameCloses && i >= sentenceStart + 1 && i <= sentenceStart + 2 && text(b, tokens, i).elementsEqual([0x2C]),
            isSignOff(b, tokens, i - 1), i == sentenceStart + 1 || startsUppercase(b, tokens, sentenceStart) { return true }
        // A separator line written inline ("***", "=====", "_____") before a capitalised word,
        // a quote or a bracket: the text after it is a new part (EWT train 12 of 15 such runs
        // end a sentence, dev 7 of 7).
        if isSeparatorRun(b, tokens, i) && tokens.starts[next] > tokens.ends[i] && (capitalisedNext || opensNext(b, tokens, next)) { return true }
        // `>>` closing an attachment's name ("<< File: notes.doc >>") before a capitalised word
        // (EWT train 14 of 14 end a sentence, dev 3 of 3).
        if capitalisedNext && closesDoubleAngle(b, tokens, i) && tokens.starts[next] > tokens.ends[i] { return true }
        // A source or stage note in brackets opening a sentence, a few capitalised words only,
        // then a capitalised word: "(Science Desk) On Monday …", "(Applause) The …".
        if capitalisedNext || opensNext(b, tokens, next), let open = bracketNoteStart(b, tokens, closing: i), open == sentenceStart { return true }
        return false
    }

    /// Token `i` is `>` closing a `<` a few tokens back on the same line, with an `@` between.
    static func closesAddress(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        guard text(b, tokens, i).elementsEqual([0x3E]) else { return false }
        var sawAt = false
        var j = i - 1
        while j >= 0 && i - j <= 8 && tokens.newlinesBefore[j + 1] == 0 {
            let t = text(b, tokens, j)
            if t.elementsEqual([0x3C]) { return sawAt }
            if t.contains(0x40) { sawAt = true }
            j -= 1
        }
        return false
    }

    /// The text up to the end of token `i` ends in `>>`.
    static func closesDoubleAngle(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let end = Int(tokens.ends[i])
        return end >= 2 && b[end - 1] == 0x3E && b[end - 2] == 0x3E
    }

    /// Token `i` is a run of three or more of one separator character (`*`, `=`, `_`, `~`, `#`).
    static func isSeparatorRun(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        guard t.count >= 3, let c = t.first, c == 0x2A || c == 0x3D || c == 0x5F || c == 0x7E || c == 0x23 else { return false }
        return t.allSatisfy { $0 == c }
    }

    /// Token `i` opens a quote or a bracket (`"`, `“`, `(`).
    static func opensNext(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        return t.elementsEqual([0x22]) || t.elementsEqual([0x28]) || t.elementsEqual([0xE2, 0x80, 0x9C])
    }

    /// When token `closing` is `)` closing a bracket of one to four capitalised words on one
    /// line, the index of its `(`.
    static func bracketNoteStart(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, closing: Int) -> Int? {
        guard text(b, tokens, closing).elementsEqual([0x29]) else { return nil }
        var j = closing - 1
        while j >= 0 && closing - j <= 5 {
            if text(b, tokens, j).elementsEqual([0x28]) { return j < closing - 1 ? j : nil }
            guard startsUppercase(b, tokens, j), tokens.newlinesBefore[j + 1] == 0 else { return nil }
            j -= 1
        }
        return nil
    }

    /// Tokens `i - 2 ... i` read as date, clock time, AM/PM ("03/02/2026 10:15 AM").
    static func timestampEnds(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, at i: Int) -> Bool {
        guard i >= 2, i < tokens.count else { return false }
        let meridiem = text(b, tokens, i)
        guard meridiem.count == 2, (meridiem[1] | 0x20) == 0x6D, (meridiem[0] | 0x20) == 0x61 || (meridiem[0] | 0x20) == 0x70 else { return false }
        return isNumeric(text(b, tokens, i - 1), separator: 0x3A) && isNumeric(text(b, tokens, i - 2), separator: 0x2F)
    }

    /// Token `i` ends a sender: a name of two capitalised words, an address, or `>` closing one.
    static func signsHeader(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        if isLink(b, tokens, i) || text(b, tokens, i).elementsEqual([0x3E]) { return true }
        return i > 0 && startsUppercase(b, tokens, i) && startsUppercase(b, tokens, i - 1) && tokens.newlinesBefore[i] == 0
    }

    /// Two to four capital letters, as a time zone is written ("ET", "GMT", "AEST").
    static func isZone(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        return t.count >= 2 && t.count <= 4 && t.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Digits in two or three groups joined by `separator` ("10:15", "03/02/2026").
    static func isNumeric(_ t: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
        var groups = 1
        var digits = 0
        for c in t {
            if c == separator {
                guard digits > 0 else { return false }
                groups += 1
                digits = 0
            } else if c >= 0x30 && c <= 0x39 {
                digits += 1
            } else {
                return false
            }
        }
        return digits > 0 && (groups == 2 || groups == 3)
    }

    /// A URL or e-mail address kept whole by the tokenizer.
    static func isLink(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        guard t.count >= 5 else { return false }
        if t.starts(with: [0x68, 0x74, 0x74, 0x70]) || t.starts(with: [0x77, 0x77, 0x77, 0x2E]) { return true }  // http, www.
        guard let at = t.firstIndex(of: 0x40), at > 0 else { return false }
        return t[(at + 1)...].contains(0x2E)
    }

    /// Token `i` ends a whitespace-delimited emoticon: `:` `;` or `=`, an optional nose, then
    /// mouth characters (":)", ";-(", ":D", ":P").
    static func endsEmoticon(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let end = Int(tokens.ends[i])
        guard end >= b.count || Scalars.isSpace(UInt32(b[end])) else { return false }
        var start = end
        while start > 0 && end - start < 5 && !Scalars.isSpace(UInt32(b[start - 1])) { start -= 1 }
        guard start == 0 || Scalars.isSpace(UInt32(b[start - 1])), end - start >= 2 else { return false }
        let eyes = b[start]
        guard eyes == 0x3A || eyes == 0x3B || eyes == 0x3D else { return false }
        var k = start + 1
        if b[k] == 0x2D || b[k] == 0x6F || b[k] == 0x5E { k += 1 }
        guard k < end else { return false }
        return b[k..<end].allSatisfy { $0 == 0x29 || $0 == 0x28 || $0 == 0x44 || $0 == 0x50 || $0 == 0x70 || $0 == 0x5D || $0 == 0x5B || $0 == 0x2F || $0 == 0x7C }
    }

    static func isBracketCloser(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let t = text(b, tokens, i)
        return t.count == 1 && (t[0] == 0x3E || t[0] == 0x5D || t[0] == 0x29)
    }

    static func startsUppercase(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        let first = b[Int(tokens.starts[i])]
        return first >= 0x41 && first <= 0x5A
    }

    static func isAlphanumeric(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) }

    static func isLetterOpener(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        tokens.ends[i] - tokens.starts[i] <= 10 && TextWords.letterOpeners.contains(Tokenizer.lowered(b, Int(tokens.starts[i]), Int(tokens.ends[i])))
    }

    static func isSignOff(_ b: UnsafeBufferPointer<UInt8>, _ tokens: TokenBuffer, _ i: Int) -> Bool {
        guard tokens.ends[i] - tokens.starts[i] <= 12 else { return false }
        return TextWords.signOffs.contains(Tokenizer.lowered(b, Int(tokens.starts[i]), Int(tokens.ends[i])))
    }
}
