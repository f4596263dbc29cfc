import Foundation
import ClaimModel

/// `---` fenced `key: value` lines at the top of an article.
///
/// Matches:
/// ```
/// ---
/// outlet: Example Wire
/// published: 2025-11-02
/// ---
/// ```
/// Values may be quoted; lists and other shapes are kept as their text. An opening fence
/// with no closing one is an error naming the opening line.
public struct FrontMatter: Sendable, Equatable {
    public var fields: [String: String]
    /// Lines taken by the front matter, fences included (0 when there is none).
    public var lineCount: Int
    /// Problems the reading survives: a key given twice (the last value wins).
    public var diagnostics: [Diagnostic] = []

    public static func split(_ text: String, path: String) throws -> (FrontMatter, String) {
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("---\r") else {
            return (FrontMatter(fields: [:], lineCount: 0), text)
        }
        // The lines up to the closing fence, not the whole article's (the body after the fence
        // is taken as it stands: the same text as its lines joined again).
        var lines: [Substring] = []
        var closes = false
        var start = text.startIndex
        while true {
            let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
            lines.append(text[start..<end])
            if lines.count > 1 {
                let trimmed = lines[lines.count - 1].trimmingWhitespace
                if trimmed == "---" || trimmed == "..." { closes = true; break }
            }
            if end == text.endIndex { break }
            start = text.index(after: end)
        }
        // Never closed: said first, whatever the lines after the fence hold.
        guard closes else {
            throw CrossCheckError.frontMatter(path: path, line: 1, message: "opened with `---` but never closed; add a `---` line after the last key")
        }
        var fields: [String: String] = [:]
        var lastKey: String?
        var diagnostics: [Diagnostic] = []
        var keyLines: [String: Int] = [:]
        for index in 1..<max(1, lines.count) {
            let line = lines[index]
            let trimmed = line.trimmingWhitespace
            if trimmed == "---" || trimmed == "..." {
                let end = line.endIndex
                let body = end < text.endIndex ? String(text[text.index(after: end)...]) : ""
                return (FrontMatter(fields: fields, lineCount: index + 1, diagnostics: diagnostics), body)
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("\t"), !line.hasPrefix("-") {
                let key = line[..<colon].trimmingWhitespace.lowercased()
                guard !key.isEmpty, !key.contains(" ") else {
                    throw CrossCheckError.frontMatter(path: path, line: index + 1, message: "expected `key: value`, found '\(trimmed.prefix(40))'; fix the line or remove the front matter")
                }
                if let first = keyLines[key] {
                    diagnostics.append(Diagnostic(level: .warning, code: "duplicate-key", path: path, line: index + 1, message: "front matter: `\(key)` is given again (first on line \(first)); this later value is used"))
                }
                keyLines[key] = keyLines[key] ?? index + 1
                fields[key] = unquote(line[line.index(after: colon)...].trimmingWhitespace)
                lastKey = key
            } else if let key = lastKey, line.hasPrefix(" ") || line.hasPrefix("\t") || trimmed.hasPrefix("-") {
                // A continuation or list item: kept as text.
                let item = trimmed.hasPrefix("- ") ? String(trimmed.dropFirst(2)) : trimmed
                let previous = fields[key] ?? ""
                fields[key] = previous.isEmpty ? unquote(item) : previous + ", " + unquote(item)
            } else {
                // A line without a colon is not part of the previous value (unless indented or a
                // `- ` list item): it is a mistake, named with its line.
                throw CrossCheckError.frontMatter(path: path, line: index + 1, message: "expected `key: value`, found '\(trimmed.prefix(40))' (no colon); fix the line, indent it to continue the value above, or remove the front matter")
            }
        }
        throw CrossCheckError.frontMatter(path: path, line: 1, message: "opened with `---` but never closed; add a `---` line after the last key")
    }

    private static func unquote(_ value: String) -> String {
        var text = value
        if text.count >= 2, let first = text.first, let last = text.last,
            (first == "\"" && last == "\"") || (first == "'" && last == "'") {
            text = String(text.dropFirst().dropLast())
        }
        if text.hasPrefix("[") && text.hasSuffix("]") {
            text = String(text.dropFirst().dropLast())
        }
        return text.trimmingWhitespace
    }
}

extension String {
    var trimmingWhitespace: String { self[...].trimmingWhitespace }
}

extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`; an ASCII line (most front matter) is trimmed in
    /// its bytes, where the set holds only space and tab.
    var trimmingWhitespace: String {
        let utf8 = self.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return trimmingCharacters(in: .whitespaces) }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start = utf8.index(after: start) }
        while start < end {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x20 || utf8[before] == 0x09 else { break }
            end = before
        }
        return String(self[start..<end])
    }
}
