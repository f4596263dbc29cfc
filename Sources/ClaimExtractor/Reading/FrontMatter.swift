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

    public static func split(_ text: String, path: String) throws -> (FrontMatter, String) {
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("---\r") else {
            return (FrontMatter(fields: [:], lineCount: 0), text)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fields: [String: String] = [:]
        var lastKey: String?
        for index in 1..<max(1, lines.count) {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." {
                let body = lines[(index + 1)...].joined(separator: "\n")
                return (FrontMatter(fields: fields, lineCount: index + 1), body)
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("\t"), !line.hasPrefix("-") {
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                guard !key.isEmpty, !key.contains(" ") else {
                    throw CrossCheckError.frontMatter(path: path, line: index + 1, message: "expected `key: value`, found '\(trimmed.prefix(40))'; fix the line or remove the front matter")
                }
                fields[key] = unquote(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
                lastKey = key
            } else if let key = lastKey {
                // A continuation or list item: kept as text.
                let item = trimmed.hasPrefix("- ") ? String(trimmed.dropFirst(2)) : trimmed
                let previous = fields[key] ?? ""
                fields[key] = previous.isEmpty ? unquote(item) : previous + ", " + unquote(item)
            } else {
                throw CrossCheckError.frontMatter(path: path, line: index + 1, message: "expected `key: value`, found '\(trimmed.prefix(40))'")
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
        return text.trimmingCharacters(in: .whitespaces)
    }
}
