import ClaimModel

/// Splits a body into tokens in one pass over its Unicode scalars. Offsets are scalar
/// indices into `Article.scalars`, so every span is exact outside ASCII too.
public enum Tokenizer {
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        tokenize(scalars, folding: false).tokens
    }

    /// The tokens and, when `folding`, each word's and number's folded text
    /// (`Folding.fold` of its text; other tokens get their text). A token's text is made once,
    /// from its scalars; an ASCII word without capitals is its own folded text (the same
    /// string, not a copy), an ASCII one with capitals is lowercased from its scalars, and only
    /// a word outside ASCII goes through `Folding.fold`.
    static func tokenize(_ scalars: [Unicode.Scalar], folding: Bool) -> (tokens: [Token], folded: [String]) {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var folded: [String] = []
        if folding { folded.reserveCapacity(scalars.count / 5) }
        var index = 0
        let count = scalars.count
        var space = false
        let punctuation = asciiStrings
        let table = classes
        // Letters, white space and combining marks below U+3000 from a table made once;
        // the Unicode property look-ups only above it.
        func letter(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
            return v < tableLimit ? table[Int(v)] & letterBit != 0 : scalar.properties.isAlphabetic
        }
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            if v < 0x80 { return v == 32 || (v >= 9 && v <= 13) }
            return v < tableLimit ? table[Int(v)] & spaceBit != 0 : isSpace(scalar)
        }
        func mark(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            return v < tableLimit ? table[Int(v)] & markBit != 0 : Folding.isCombiningMark(scalar)
        }

        func text(_ start: Int, _ end: Int) -> String { String(scalars: scalars[start..<end]) }

        /// A word's or number's token, with its folded text when asked.
        func append(_ kind: Token.Kind, _ start: Int, _ end: Int) {
            var ascii = true
            var capitals = false
            for offset in start..<end {
                let value = scalars[offset].value
                if value >= 0x80 { ascii = false; break }
                if value >= 65 && value <= 90 { capitals = true }
            }
            guard ascii else {
                let string = text(start, end)
                tokens.append(Token(kind: kind, start: start, end: end, text: string, spaceBefore: space))
                if folding { folded.append(Folding.fold(string)) }
                return
            }
            let length = end - start
            let string = String(unsafeUninitializedCapacity: length) { buffer in
                for offset in 0..<length { buffer[offset] = UInt8(truncatingIfNeeded: scalars[start + offset].value) }
                return length
            }
            tokens.append(Token(kind: kind, start: start, end: end, text: string, spaceBefore: space))
            guard folding else { return }
            if !capitals { folded.append(string); return }
            folded.append(String(unsafeUninitializedCapacity: length) { buffer in
                for offset in 0..<length {
                    let byte = UInt8(truncatingIfNeeded: scalars[start + offset].value)
                    buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                return length
            })
        }

        /// A token whose folded text is its text.
        func appendPlain(_ token: Token) {
            tokens.append(token)
            if folding { folded.append(token.text) }
        }

        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" {
                appendPlain(Token(kind: .newline, start: index, end: index + 1, text: "\n", spaceBefore: space))
                space = false
                index += 1
                continue
            }
            if isBlank(scalar) {
                space = true
                index += 1
                continue
            }
            let start = index
            if letter(scalar) {
                // Dotted abbreviation: U.S., D.C., a.m.
                if index + 3 < count, scalars[index + 1] == ".", letter(scalars[index + 2]), scalars[index + 3] == "." {
                    var end = index + 4
                    while end + 1 < count && letter(scalars[end]) && scalars[end + 1] == "." { end += 2 }
                    append(.word, start, end)
                    space = false
                    index = end
                    continue
                }
                var end = index + 1
                while end < count {
                    let c = scalars[end]
                    if letter(c) || isDigit(c) || mark(c) { end += 1; continue }
                    if (c == "-" || c == "\u{2011}") && end + 1 < count && (letter(scalars[end + 1]) || isDigit(scalars[end + 1])) {
                        end += 2
                        continue
                    }
                    if (c == "'" || c == "\u{2019}") && end + 1 < count && letter(scalars[end + 1]) {
                        // Possessive 's ends the word; O'Brien and don't continue.
                        let next = scalars[end + 1]
                        let after = end + 2 < count ? scalars[end + 2] : " "
                        if (next == "s" || next == "S") && !letter(after) { break }
                        end += 2
                        continue
                    }
                    break
                }
                append(.word, start, end)
                space = false
                index = end
                if index + 1 < count, scalars[index] == "'" || scalars[index] == "\u{2019}",
                   scalars[index + 1] == "s" || scalars[index + 1] == "S",
                   index + 2 >= count || !letter(scalars[index + 2]) {
                    appendPlain(Token(kind: .possessive, start: index, end: index + 2, text: text(index, index + 2), spaceBefore: false))
                    index += 2
                }
                continue
            }
            if isDigit(scalar) {
                var end = index + 1
                while end < count {
                    let c = scalars[end]
                    if isDigit(c) { end += 1; continue }
                    if (c == "," || c == ".") && end + 1 < count && isDigit(scalars[end + 1]) { end += 2; continue }
                    if c == "½" || c == "¼" || c == "¾" { end += 1; continue }
                    break
                }
                // Suffix letters: 30th, 300m, 2bn, 5km.
                while end < count && letter(scalars[end]) && end - start < 40 { end += 1 }
                append(.number, start, end)
                space = false
                index = end
                continue
            }
            let value = scalar.value
            appendPlain(Token(kind: .punct, start: start, end: start + 1, text: value < 0x80 ? punctuation[Int(value)] : text(start, start + 1), spaceBefore: space))
            space = false
            index += 1
        }
        return (tokens, folded)
    }

    static let tableLimit: UInt32 = 0x3000
    static let letterBit: UInt8 = 1
    static let spaceBit: UInt8 = 2
    static let markBit: UInt8 = 4

    /// `isLetter`, `isSpace` and `Folding.isCombiningMark` of every scalar below U+3000
    /// (Latin, Greek, Cyrillic, the general punctuation of news text), answered once.
    static let classes: [UInt8] = (0..<Int(tableLimit)).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return (isLetter(scalar) ? letterBit : 0) | (isSpace(scalar) ? spaceBit : 0) | (Folding.isCombiningMark(scalar) ? markBit : 0)
    }

    /// The string of each ASCII scalar, made once: most punctuation tokens are ASCII.
    static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// White space, zero-width space and BOM; ASCII answered without the property tables.
    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 32 || (v >= 9 && v <= 13) }
        return scalar.properties.isWhitespace || v == 0x200B || v == 0xFEFF
    }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return scalar.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }
}
