/// Text from input (paths, outlets, titles, quotes, baseline entries) made safe to print on
/// one line of a terminal, a log or a CI runner.
///
/// Input must never steer what reads the output: an escape sequence (`ESC [ 2 J`, an OSC
/// title or hyperlink) would drive the terminal, and a line break followed by
/// `::stop-commands::token` would switch off GitHub's annotations for the rest of the job.
/// So every C0 and C1 control character (ESC, BEL, CR, LF, NEL, …), DEL, the Unicode line and
/// paragraph separators and the bidirectional controls are removed; line breaks and tabs
/// become one space. What remains of an escape sequence (`[31m`) prints as plain text.
public enum Printable {
    /// One printable line.
    public static func line(_ text: String) -> String {
        // Fast path: plain ASCII text without control characters is returned as is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isBreak(scalar) {
                if out.last != " " { out.append(" ") }
            } else if !isControl(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Line breaks and tabs: shown as a space.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Control characters removed from printed text: C0, DEL, C1, and the bidirectional
    /// embeddings, overrides, isolates and marks (they reorder what a reader sees).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
