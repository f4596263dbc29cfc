import ClaimModel

/// Splits a body into tokens in one pass over its Unicode scalars. Offsets are scalar
/// indices into `Article.scalars`, so every span is exact outside ASCII too.
public enum Tokenizer {
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        let count = scalars.count
        var space = false

        func text(_ start: Int, _ end: Int) -> String { String(scalars: scalars[start..<end]) }

        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" {
                tokens.append(Token(kind: .newline, start: index, end: index + 1, text: "\n", spaceBefore: space))
                space = false
                index += 1
                continue
            }
            if isSpace(scalar) {
                space = true
                index += 1
                continue
            }
            let start = index
            if isLetter(scalar) {
                // Dotted abbreviation: U.S., D.C., a.m.
                if index + 3 < count, scalars[index + 1] == ".", isLetter(scalars[index + 2]), scalars[index + 3] == "." {
                    var end = index + 4
                    while end + 1 < count && isLetter(scalars[end]) && scalars[end + 1] == "." { end += 2 }
                    tokens.append(Token(kind: .word, start: start, end: end, text: text(start, end), spaceBefore: space))
                    space = false
                    index = end
                    continue
                }
                var end = index + 1
                while end < count {
                    let c = scalars[end]
                    if isLetter(c) || isDigit(c) || Folding.isCombiningMark(c) { end += 1; continue }
                    if (c == "-" || c == "\u{2011}") && end + 1 < count && (isLetter(scalars[end + 1]) || isDigit(scalars[end + 1])) {
                        end += 2
                        continue
                    }
                    if (c == "'" || c == "\u{2019}") && end + 1 < count && isLetter(scalars[end + 1]) {
                        // Possessive 's ends the word; O'Brien and don't continue.
                        let next = scalars[end + 1]
                        let after = end + 2 < count ? scalars[end + 2] : " "
                        if (next == "s" || next == "S") && !isLetter(after) { break }
                        end += 2
                        continue
                    }
                    break
                }
                tokens.append(Token(kind: .word, start: start, end: end, text: text(start, end), spaceBefore: space))
                space = false
                index = end
                if index + 1 < count, scalars[index] == "'" || scalars[index] == "\u{2019}",
                   scalars[index + 1] == "s" || scalars[index + 1] == "S",
                   index + 2 >= count || !isLetter(scalars[index + 2]) {
                    tokens.append(Token(kind: .possessive, start: index, end: index + 2, text: text(index, index + 2), spaceBefore: false))
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
                while end < count && isLetter(scalars[end]) && end - start < 40 { end += 1 }
                tokens.append(Token(kind: .number, start: start, end: end, text: text(start, end), spaceBefore: space))
                space = false
                index = end
                continue
            }
            tokens.append(Token(kind: .punct, start: start, end: start + 1, text: String(scalars: scalars[start..<start + 1]), spaceBefore: space))
            space = false
            index += 1
        }
        return tokens
    }

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
