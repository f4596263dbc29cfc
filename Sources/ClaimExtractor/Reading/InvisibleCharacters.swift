/// Characters that change nothing a reader sees but split or disguise a word: zero-width
/// spaces, the word joiner, a byte order mark inside the text, soft hyphens and the
/// bidirectional controls. `Kowal\u{200B}ska` would be a different person from `Kowalska`,
/// and `\u{202E}` reverses what follows. They are removed from an article's body and
/// fields when it is read, before anything is recognised. (The zero-width joiner and
/// non-joiner stay: emoji sequences and some scripts need them.)
public enum InvisibleCharacters {
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` without invisible characters (the same string when it has none).
    public static func removed(from text: String) -> String {
        // Every invisible character is outside ASCII: a text whose UTF-8 holds none of their
        // encodings is returned as is, without decoding its scalars.
        if let found = text.utf8.withContiguousStorageIfAvailable(containsInvisible), !found { return text }
        if !text.unicodeScalars.contains(where: isInvisible) { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isInvisible(scalar) { view.append(scalar) }
        return String(view)
    }

    /// Whether UTF-8 bytes hold the encoding of an invisible character: C2 AD (U+00AD), D8 9C
    /// (U+061C), E2 80 8B/8E/8F/AA–AE (U+200B, U+200E, U+200F, U+202A–U+202E), E2 81 A0/A6–A9
    /// (U+2060, U+2066–U+2069), EF BB BF (U+FEFF). Those lead bytes never occur inside another
    /// character's encoding.
    public static func containsInvisible(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0xC2 { index += 1; continue }
            let second: UInt8 = index + 1 < count ? bytes[index + 1] : 0
            let third: UInt8 = index + 2 < count ? bytes[index + 2] : 0
            switch byte {
            case 0xC2: if second == 0xAD { return true }
            case 0xD8: if second == 0x9C { return true }
            case 0xE2:
                if second == 0x80 && (third == 0x8B || third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) { return true }
                if second == 0x81 && (third == 0xA0 || (0xA6...0xA9).contains(third)) { return true }
            case 0xEF: if second == 0xBB && third == 0xBF { return true }
            default: break
            }
            index += 1
        }
        return false
    }
}
