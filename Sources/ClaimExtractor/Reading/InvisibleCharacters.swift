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
        // Every invisible character is outside ASCII: plain ASCII text is returned as is.
        if text.utf8.allSatisfy({ $0 < 0x80 }) || !text.unicodeScalars.contains(where: isInvisible) { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isInvisible(scalar) { view.append(scalar) }
        return String(view)
    }
}
