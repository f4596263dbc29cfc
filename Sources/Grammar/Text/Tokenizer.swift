/// Tokenization in the style of UD English EWT over a UTF-8 buffer: punctuation split off,
/// `n't` and clitics (`'s`, `'ll`, …) split, hyphenated words split except after prefixes EWT
/// keeps ("non-stop"), numbers, URLs, e-mail addresses and abbreviations ("U.S.", "Gen.")
/// kept whole. Every token is a byte range of the input; any byte string is accepted.
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> TokenBuffer {
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    public static func tokenize(_ b: UnsafeBufferPointer<UInt8>) -> TokenBuffer {
        var tokens = TokenBuffer()
        tokens.starts.reserveCapacity(b.count / 5)
        tokens.ends.reserveCapacity(b.count / 5)
        tokens.newlinesBefore.reserveCapacity(b.count / 5)
        var i = 0
        var newlines = 0
        var pieces: [Piece] = []
        while i < b.count {
            let (v, length) = Scalars.decode(b, i)
            if Scalars.isSpace(v) {
                if Scalars.isNewline(v) || (v == 0x0D && (i + 1 >= b.count || b[i + 1] != 0x0A)) { newlines += 1 }
                i += length
                continue
            }
            var end = i + length
            while end < b.count {
                let (w, l) = Scalars.decode(b, end)
                if Scalars.isSpace(w) { break }
                end += l
            }
            pieces.removeAll(keepingCapacity: true)
            split(b, i, end, into: &pieces)
            for piece in pieces {
                tokens.append(piece.start, piece.end, newlines: newlines)
                newlines = 0
            }
            i = end
        }
        return tokens
    }

    struct Piece {
        var start: Int
        var end: Int
        var word: Bool
    }

    /// Splits one whitespace-free chunk into tokens.
    static func split(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into pieces: inout [Piece]) {
        if let url = urlRange(b, start, end) {
            if url.lowerBound > start { scan(b, start, url.lowerBound, into: &pieces) }
            pieces.append(Piece(start: url.lowerBound, end: url.upperBound, word: true))
            if url.upperBound < end { scan(b, url.upperBound, end, into: &pieces) }
            return
        }
        scan(b, start, end, into: &pieces)
    }

    /// Words and punctuation runs, with connectors kept inside words.
    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into pieces: inout [Piece]) {
        let first = pieces.count
        var i = start
        var wordStart = -1
        var previous: UInt32 = 0
        while i < end {
            let (v, length) = Scalars.decode(b, i)
            let next: UInt32 = i + length < end ? Scalars.decode(b, i + length).value : 0
            if !Scalars.isPunctuation(v) {
                if wordStart < 0 { wordStart = i }
            } else if wordStart >= 0 && next != 0 && !Scalars.isPunctuation(next) && joins(v, previous: previous, next: next, b, wordStart, i) {
                // a connector inside a word
            } else {
                if wordStart >= 0 { pieces.append(Piece(start: wordStart, end: i, word: true)); wordStart = -1 }
                var runEnd = i + length
                while runEnd < end && groups(v), Scalars.decode(b, runEnd) == (v, length) { runEnd += length }
                pieces.append(Piece(start: i, end: runEnd, word: false))
                previous = v
                i = runEnd
                continue
            }
            previous = v
            i += length
        }
        if wordStart >= 0 { pieces.append(Piece(start: wordStart, end: end, word: true)) }
        refine(b, &pieces, from: first)
    }

    /// Punctuation that forms one token when repeated ("...", "!!", "--").
    @inline(__always)
    static func groups(_ v: UInt32) -> Bool { v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2D || v == 0x2A || v == 0x3D || v == 0x5F || v == 0x7E || v == 0x2022 }

    /// Whether punctuation `v` between word characters stays inside the word.
    static func joins(_ v: UInt32, previous: UInt32, next: UInt32, _ b: UnsafeBufferPointer<UInt8>, _ wordStart: Int, _ i: Int) -> Bool {
        switch v {
        case 0x2E: return true  // U.S, 3.5, e.g
        case 0x2C, 0x3A, 0x2F: return Scalars.isDigit(previous) && Scalars.isDigit(next)  // 1,000  10:30  1/2
        case 0x2D:
            if Scalars.isDigit(previous) && Scalars.isDigit(next) { return true }
            guard Scalars.isLetter(next), i - wordStart <= 6 else { return false }
            var word = ""
            for k in wordStart..<i { word.unicodeScalars.append(Unicode.Scalar(b[k] | (b[k] >= 65 && b[k] <= 90 ? 0x20 : 0))) }
            return TextWords.hyphenPrefixes.contains(word)
        case 0x27, 0x2019: return Scalars.isLetter(previous) && Scalars.isLetter(next)  // don't, O'Neill
        case 0x26: return Scalars.isUpper(previous) && Scalars.isUpper(next)  // AT&T
        case 0x40: return true
        default: return false
        }
    }

    /// Abbreviation full stops, clitics and contractions.
    static func refine(_ b: UnsafeBufferPointer<UInt8>, _ pieces: inout [Piece], from first: Int) {
        var index = first
        while index < pieces.count {
            let piece = pieces[index]
            if piece.word {
                // "Gen." "U.S." "J.": the full stop stays with the word.
                if index + 1 < pieces.count, !pieces[index + 1].word, pieces[index + 1].end - pieces[index + 1].start == 1,
                    b[pieces[index + 1].start] == 0x2E, pieces[index + 1].start == piece.end, keepsFullStop(b, piece) {
                    pieces[index].end += 1
                    pieces.remove(at: index + 1)
                    index += 1
                    continue
                }
                if let cut = contractionSplit(b, piece) {
                    pieces[index].end = cut
                    pieces.insert(Piece(start: cut, end: piece.end, word: true), at: index + 1)
                    index += 2
                    continue
                }
            } else if index + 1 < pieces.count, pieces[index + 1].word, pieces[index + 1].start == piece.end, isApostrophe(b, piece),
                clitic(b, pieces[index + 1].start, pieces[index + 1].end) {
                // "'s" standing alone: one token.
                pieces[index].end = pieces[index + 1].end
                pieces[index].word = true
                pieces.remove(at: index + 1)
            }
            index += 1
        }
    }

    static func lowered(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var bytes = Array(b[start..<end])
        for k in bytes.indices where bytes[k] >= 65 && bytes[k] <= 90 { bytes[k] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func keepsFullStop(_ b: UnsafeBufferPointer<UInt8>, _ piece: Piece) -> Bool {
        let length = piece.end - piece.start
        if length == 1 { return Scalars.isLetter(UInt32(b[piece.start])) }
        guard length <= 6 else { return false }
        let word = lowered(b, piece.start, piece.end)
        if TextWords.titles.contains(word) || TextWords.others.contains(word) { return true }
        // Initialisms with inner full stops: "U.S", "a.m"
        return word.contains(".") && word.split(separator: ".").allSatisfy { $0.count == 1 }
    }

    static func isApostrophe(_ b: UnsafeBufferPointer<UInt8>, _ piece: Piece) -> Bool {
        let length = piece.end - piece.start
        return (length == 1 && b[piece.start] == 0x27) || (length == 3 && b[piece.start] == 0xE2 && b[piece.start + 1] == 0x80 && b[piece.start + 2] == 0x99)
    }

    static func clitic(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end - start <= 2 && TextWords.clitics.contains(lowered(b, start, end))
    }

    /// Where a word splits into host and clitic ("do|n't", "she|'s", "gon|na"), or nil.
    static func contractionSplit(_ b: UnsafeBufferPointer<UInt8>, _ piece: Piece) -> Int? {
        let start = piece.start
        let end = piece.end
        // Find the last apostrophe.
        var k = end - 1
        while k > start {
            if b[k] == 0x27 { break }
            if b[k] == 0x99 && k >= start + 2 && b[k - 1] == 0x80 && b[k - 2] == 0xE2 { k -= 2; break }
            k -= 1
        }
        if k > start && (b[k] == 0x27 || b[k] == 0xE2) {
            let apostropheEnd = b[k] == 0x27 ? k + 1 : k + 3
            let rest = lowered(b, apostropheEnd, end)
            if rest == "t" && k - 1 > start && (b[k - 1] | 0x20) == 0x6E { return k - 1 }
            if TextWords.clitics.contains(rest) { return k }
            return nil
        }
        guard end - start <= 8 else { return nil }
        if let offset = TextWords.fusedContractions[lowered(b, start, end)] { return start + offset }
        return nil
    }

    /// A URL or e-mail address inside the chunk, without its surrounding punctuation.
    static func urlRange(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int>? {
        var s = start
        while s < end, [0x28, 0x22, 0x27, 0x3C, 0x5B].contains(b[s]) { s += 1 }
        var e = end
        while e > s, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x22, 0x27, 0x3E, 0x5D].contains(b[e - 1]) { e -= 1 }
        guard e - s >= 5 else { return nil }
        let head = lowered(b, s, min(e, s + 8))
        if head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.") { return s..<e }
        // name@host.tld
        var at = -1
        var dotAfter = false
        for k in s..<e {
            let c = b[k]
            if c == 0x40 { if at >= 0 { return nil }; at = k } else if c == 0x2E && at >= 0 && k > at + 1 { dotAfter = true }
            else if !(c >= 0x30 && c <= 0x39 || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x2D || c == 0x5F || c == 0x2B || c == 0x2E) { return nil }
        }
        return at > s && dotAfter ? s..<e : nil
    }
}
