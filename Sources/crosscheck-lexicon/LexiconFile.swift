import Foundation

/// One word list as data: `Sources/ClaimExtractor/Lexicon/Data/<language>/<type>/<name>.txt`.
///
/// ```
/// # Verbs of speech that follow a speaker: `… , Smith said.`   ← doc comment lines
/// # swift: CommonWords.speechVerbs Set<String> public          ← where the list lives
///                                   (a fifth word names another target: `… internal Comparator`)
/// said                                                         ← one entry a line
/// Ho Chi Minh City = Vietnam                                   ← maps: key = value
/// ```
/// An entry with outer spaces, a leading `#` or `"`, or ` = ` inside a key is written as a
/// JSON string (`" "`). Blank lines and other `#` lines are ignored.
struct LexiconFile: Equatable {
    enum Kind: String, CaseIterable {
        case set = "Set<String>"
        case list = "[String]"
        case stringMap = "[String:String]"
        case intMap = "[String:Int]"
        case doubleMap = "[String:Double]"

        var swiftType: String {
            switch self {
            case .set, .list: return rawValue
            case .stringMap: return "[String: String]"
            case .intMap: return "[String: Int]"
            case .doubleMap: return "[String: Double]"
            }
        }
    }

    var path: String
    var doc: [String]
    /// `CommonWords.speechVerbs`: the type the generated extension extends, and the name.
    var owner: String
    var name: String
    var kind: Kind
    var access: String
    /// The module the list is compiled into: `ClaimExtractor` unless the directive names another.
    var target = LexiconFile.defaultTarget
    var entries: [(key: String, value: String?)]

    static func == (lhs: LexiconFile, rhs: LexiconFile) -> Bool { lhs.path == rhs.path }

    static let defaultTarget = "ClaimExtractor"

    /// Where the generated Swift of a target's lists goes.
    static func output(for target: String) -> String { "Sources/\(target)/Lexicon/Lexicon+Generated.swift" }

    struct Failure: Error, CustomStringConvertible {
        var path: String
        var line: Int
        var message: String
        var description: String { "\(path):\(line): \(message)" }
    }

    init(path: String, text: String) throws {
        self.path = path
        var doc: [String] = []
        var directive: (owner: String, name: String, kind: Kind, access: String)?
        var entries: [(key: String, value: String?)] = []
        var keys = Set<String>()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let number = index + 1
            if line.hasPrefix("# swift: ") {
                let parts = line.dropFirst("# swift: ".count).split(separator: " ").map(String.init)
                guard parts.count == 3 || parts.count == 4, let dot = parts[0].lastIndex(of: "."), let kind = Kind(rawValue: parts[1]),
                      ["public", "internal"].contains(parts[2]) else {
                    throw Failure(path: path, line: number, message: "expected `# swift: Type.name Kind access [Target]` with Kind one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                directive = (String(parts[0][..<dot]), String(parts[0][parts[0].index(after: dot)...]), kind, parts[2])
                if parts.count == 4 { target = parts[3] }
                continue
            }
            if line.hasPrefix("#") {
                if directive == nil { doc.append(line == "#" ? "" : String(line.dropFirst(2))) }
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let directive else { throw Failure(path: path, line: number, message: "an entry before the `# swift:` line") }
            if directive.kind == .set || directive.kind == .list {
                let entry = try LexiconFile.entry(line, path: path, line: number)
                if directive.kind == .set, !keys.insert(entry).inserted { continue }
                entries.append((entry, nil))
            } else {
                guard let separator = LexiconFile.separator(in: line) else {
                    throw Failure(path: path, line: number, message: "a map entry needs `key = value`")
                }
                let key = try LexiconFile.entry(String(line[..<separator.lowerBound]), path: path, line: number)
                let value = try LexiconFile.entry(String(line[separator.upperBound...]), path: path, line: number)
                guard keys.insert(key).inserted else { throw Failure(path: path, line: number, message: "duplicate key \(key)") }
                switch directive.kind {
                case .intMap where Int(value) == nil: throw Failure(path: path, line: number, message: "\(value) is not a whole number")
                case .doubleMap where Double(value) == nil: throw Failure(path: path, line: number, message: "\(value) is not a number")
                default: break
                }
                entries.append((key, value))
            }
        }
        guard let directive else { throw Failure(path: path, line: 1, message: "no `# swift: Type.name Kind access` line") }
        (owner, name, kind, access) = directive
        self.doc = doc
        self.entries = entries
    }

    /// ` = ` outside a leading JSON string.
    static func separator(in line: String) -> Range<String.Index>? {
        if line.hasPrefix("\""), let close = closingQuote(line) {
            return line.range(of: " = ", range: close..<line.endIndex)
        }
        return line.range(of: " = ")
    }

    static func closingQuote(_ text: String) -> String.Index? {
        var escaped = false
        for index in text.indices.dropFirst() {
            let c = text[index]
            if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { return text.index(after: index) }
        }
        return nil
    }

    static func entry(_ text: String, path: String, line: Int) throws -> String {
        guard text.hasPrefix("\"") else { return text }
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? String else {
            throw Failure(path: path, line: line, message: "\(text) is not a JSON string")
        }
        return value
    }
}
