/// Unicode scalar classes the tokenizer needs, read straight from UTF-8 bytes. Invalid bytes
/// decode as one U+FFFD each, so every boundary falls on a byte the input really has.
enum Scalars {
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let lead = b[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let need: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: need = 1; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: need = 2; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: need = 3; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard i + need < b.count else { return (0xFFFD, 1) }
        for k in 1...need {
            let c = b[i + k]
            guard c & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(c & 0x3F)
        }
        let minimum: UInt32 = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return (0xFFFD, 1) }
        return (value, need + 1)
    }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0...0x20, 0x7F, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always)
    static func isNewline(_ v: UInt32) -> Bool { v == 0x0A || v == 0x2028 || v == 0x2029 || v == 0x85 }

    /// Punctuation and symbols: each stands as its own token (runs of one kind together).
    @inline(__always)
    static func isPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x5E, 0x60, 0x7B...0x7E: return true
        case 0xA1...0xBF, 0xD7, 0xF7: return v != 0xAA && v != 0xB2 && v != 0xB3 && v != 0xB5 && v != 0xB9 && v != 0xBA
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0x2100...0x214F, 0x2190...0x23FF, 0x2500...0x27BF: return true
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0x1F000...0x1FAFF: return true
        default: return false
        }
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
    @inline(__always) static func isLetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0xC0 && !isPunctuation(v) && !isSpace(v)) }
    @inline(__always) static func isUpper(_ v: UInt32) -> Bool { v >= 0x41 && v <= 0x5A || (v >= 0xC0 && v <= 0xDE && v != 0xD7) }
    @inline(__always) static func isLower(_ v: UInt32) -> Bool { v >= 0x61 && v <= 0x7A || (v >= 0xDF && v <= 0xFF && v != 0xF7) }
}
