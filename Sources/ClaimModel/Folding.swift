import Foundation

/// Case and diacritic folding for comparing names and values: "Nguyễn Văn An" and
/// "nguyen van an" fold to the same key. Letters that do not decompose (đ, ł, ø, ı, ß)
/// are mapped explicitly.
public enum Folding {
    private static let special: [Unicode.Scalar: String] = [
        "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ı": "i", "ß": "ss",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ħ": "h",
        "’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
    ]

    /// Lowercased, diacritics removed, typographic apostrophes and dashes made plain.
    public static func fold(_ text: String) -> String {
        // Most words are ASCII: lowercase the bytes in one pass, one allocation.
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiLowercased), let folded = ascii { return folded }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 65 && value <= 90 { out.append(Unicode.Scalar(value + 32)!) } else { out.append(scalar) }
                continue
            }
            if let mapped = special[scalar] {
                out.append(contentsOf: mapped.unicodeScalars)
                continue
            }
            if let folded = latin[scalar.value] {
                out.append(contentsOf: folded.unicodeScalars)
                continue
            }
            out.append(contentsOf: foldScalar(scalar).unicodeScalars)
        }
        return String(out)
    }

    /// One scalar folded: canonical decomposition, combining marks dropped, lowercased.
    static func foldScalar(_ scalar: Unicode.Scalar) -> String {
        var out = ""
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars where !isCombiningMark(part) {
            out.unicodeScalars.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
        }
        return out
    }

    /// `foldScalar` of every scalar in Latin-1, Latin Extended A/B, Greek, Cyrillic and
    /// Latin Extended Additional (Vietnamese), computed once: names in news are mostly there,
    /// and the decomposition otherwise goes through Foundation for every letter.
    private static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        // Also General Punctuation and currency signs: curly quotes and dashes are in most
        // quoted values, and decomposing each one again was most of folding them.
        for range in [0x80...0x24F, 0x370...0x4FF, 0x1E00...0x1EFF, 0x2000...0x206F, 0x20A0...0x20CF] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)), special[scalar] == nil else { continue }
                table[UInt32(value)] = foldScalar(scalar)
            }
        }
        return table
    }()

    /// The ASCII text lowercased, or nil when a byte is not ASCII.
    static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var upper = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte >= 65 && byte <= 90 { upper = true }
        }
        if !upper { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
            return bytes.count
        }
    }

    /// Folded, with every run of non-alphanumerics made one hyphen: an id part.
    public static func slug(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in fold(text).unicodeScalars {
            let value = scalar.value
            let isWordScalar = value < 0x80
                ? (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
                : scalar.properties.isAlphabetic
            if isWordScalar {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return String(out)
    }

    /// Folded words (letters and digits), for token-level comparison.
    public static func words(_ text: String) -> [String] {
        slug(text).split(separator: "-").map(String.init)
    }

    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        // No scalar below U+0300 is a mark: letters of Latin-1 and Latin Extended are answered
        // without the property tables.
        if scalar.value < 0x300 { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// True when the text carries a letter with a diacritic.
    public static func hasDiacritics(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            !scalar.isASCII && scalar.properties.isAlphabetic
                && fold(String(scalar)) != scalar.properties.lowercaseMapping
        }
    }
}
