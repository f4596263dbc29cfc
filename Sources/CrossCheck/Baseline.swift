import ClaimModel
import Foundation

/// `baseline.json` in a set folder: the discrepancies a person has reviewed and accepted, so
/// that `crosscheck check` fails only on new ones.
///
/// ```json
/// {
///   "version": 1,
///   "set": "hanoi-defense-visit-2025",
///   "findings": [
///     {
///       "id": "f-3c9a0d1e2b4f5a67",
///       "kind": "title",
///       "status": "conflict",
///       "severity": "warning",
///       "subject": "Anna Kowalska",
///       "summary": "Sources give Anna Kowalska different titles",
///       "reason": "The department was renamed in 2025; both titles are in use",
///       "author": "desk@example.org",
///       "date": "2026-11-23"
///     }
///   ]
/// }
/// ```
///
/// Only `id` is required in an entry; crosscheck matches on it alone. `reason`, `author` and
/// `date` are the reviewer's and are kept when the baseline is updated. `kind`, `status`,
/// `severity`, `subject` and `summary` describe the finding for a reader of the file and are
/// refreshed on update. Entries are sorted by id and keys are sorted, so the file diffs well.
public struct Baseline: Sendable, Hashable {
    public static let fileName = "baseline.json"
    public static let version = 1

    public var set: String?
    public var entries: [Entry]

    public struct Entry: Codable, Sendable, Hashable {
        public var id: String
        public var kind: String?
        public var status: String?
        public var severity: String?
        public var subject: String?
        public var summary: String?
        public var reason: String?
        public var author: String?
        public var date: String?

        public init(id: String, kind: String? = nil, status: String? = nil, severity: String? = nil, subject: String? = nil,
                    summary: String? = nil, reason: String? = nil, author: String? = nil, date: String? = nil) {
            self.id = id
            self.kind = kind
            self.status = status
            self.severity = severity
            self.subject = subject
            self.summary = summary
            self.reason = reason
            self.author = author
            self.date = date
        }
    }

    public init(set: String? = nil, entries: [Entry] = []) {
        self.set = set
        self.entries = entries
    }

    public static func path(inSet folder: String) -> String {
        (folder as NSString).appendingPathComponent(fileName)
    }

    /// Entry by id.
    public var byID: [String: Entry] { Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }

    /// Reads a baseline; a missing file is an empty baseline. Errors name the file and key path.
    public static func load(path: String) throws -> Baseline {
        guard FileManager.default.fileExists(atPath: path) else { return Baseline() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CrossCheckError.unreadable(path: path, reason: "permission denied or not a file")
        }
        func fail(_ keyPath: String, _ message: String) -> CrossCheckError {
            .configuration(path: path, keyPath: keyPath, message: message)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw fail("", "not valid JSON\(Baseline.place(of: error, in: data)); fix it, or delete it and run `crosscheck baseline` on the set")
        }
        guard let root = object as? [String: Any] else { throw fail("", "expected a JSON object with `version` and `findings`") }
        guard let version = root["version"] as? Int else { throw fail("version", "missing or not a number; add \"version\": 1") }
        guard version == Baseline.version else { throw fail("version", "version \(version) is not supported; this crosscheck reads version 1") }
        for key in root.keys.sorted() where !["version", "set", "findings"].contains(key) {
            throw fail(key, "unknown key; known keys are findings, set, version")
        }
        var baseline = Baseline(set: root["set"] as? String)
        guard let list = root["findings"] as? [Any] else { throw fail("findings", "missing or not a list of entries") }
        let known: Set<String> = ["id", "kind", "status", "severity", "subject", "summary", "reason", "author", "date"]
        var seen = Set<String>()
        for (index, item) in list.enumerated() {
            guard let fields = item as? [String: Any] else { throw fail("findings[\(index)]", "expected an object with an `id`") }
            for key in fields.keys.sorted() where !known.contains(key) {
                throw fail("findings[\(index)].\(key)", "unknown key; known keys are \(known.sorted().joined(separator: ", "))")
            }
            for key in fields.keys.sorted() where !(fields[key] is String) && !(fields[key] is NSNull) {
                throw fail("findings[\(index)].\(key)", "expected a string")
            }
            guard let id = fields["id"] as? String, id.hasPrefix("f-") else { throw fail("findings[\(index)].id", "missing or not a finding id (f-…)") }
            guard seen.insert(id).inserted else { throw fail("findings[\(index)].id", "\(id) is listed twice; keep one entry") }
            func text(_ key: String) -> String? { fields[key] as? String }
            baseline.entries.append(Entry(id: id, kind: text("kind"), status: text("status"), severity: text("severity"), subject: text("subject"),
                                          summary: text("summary"), reason: text("reason"), author: text("author"), date: text("date")))
        }
        return baseline
    }

    /// Where the parser stopped, as ` (line 4, column 19: Invalid value)`: the parser names a
    /// character offset (`around character 51.`), turned here into a line and column.
    static func place(of error: Error, in data: Data) -> String {
        guard let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return "" }
        let words = detail.split(separator: " ")
        guard let mark = words.firstIndex(of: "character"), mark + 1 < words.count,
              let offset = Int(words[mark + 1].filter(\.isNumber)), offset <= data.count else { return " (\(detail))" }
        let before = data.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
        let what = words[..<(words.firstIndex(of: "around") ?? words.endIndex)].joined(separator: " ")
        return " (line \(line), column \(column): \(what))"
    }

    /// The file's bytes: sorted keys, entries sorted by id, a final newline.
    public func encoded() -> Data {
        struct File: Encodable {
            var version: Int
            var set: String?
            var findings: [Entry]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let file = File(version: Baseline.version, set: set, findings: entries.sorted { $0.id < $1.id })
        return ((try? encoder.encode(file)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    /// Writes the baseline atomically: the old file stays whole if the write fails.
    public func write(to path: String) throws {
        try AtomicFile.write(encoded(), to: path)
    }

    /// The same, with the bytes put into the temporary file by `fill` (for tests).
    public func write(to path: String, fill: @escaping @Sendable (FileHandle, Data) throws -> Void) throws {
        try AtomicFile.write(encoded(), to: path, fill: fill)
    }

    /// What an update did.
    public struct Update: Sendable, Hashable {
        public var added: [String] = []
        public var kept: [String] = []
        public var dropped: [String] = []
        public var keptStale: [String] = []
    }

    /// The baseline for today's findings: an entry for every discrepancy. Existing entries
    /// keep their reason, author and date; new ones get the given ones. Entries no finding
    /// matches any more are dropped, or kept with `keepStale`.
    public func updated(set: String, findings: [Finding], reason: String?, author: String?, date: String?, keepStale: Bool) -> (Baseline, Update) {
        let existing = byID
        var update = Update()
        var entries: [Entry] = []
        let current = findings.filter { $0.isDiscrepancy }
        let currentIDs = Set(current.map(\.id))
        var listed = Set<String>()
        for finding in current.sorted(by: { $0.id < $1.id }) where listed.insert(finding.id).inserted {
            var entry = existing[finding.id] ?? Entry(id: finding.id, reason: reason, author: author, date: date)
            if existing[finding.id] == nil { update.added.append(finding.id) } else { update.kept.append(finding.id) }
            entry.kind = finding.kind.rawValue
            entry.status = finding.status.rawValue
            entry.severity = finding.severity.rawValue
            entry.subject = finding.subject
            entry.summary = finding.summary
            entries.append(entry)
        }
        for entry in self.entries where !currentIDs.contains(entry.id) {
            if keepStale {
                entries.append(entry)
                update.keptStale.append(entry.id)
            } else {
                update.dropped.append(entry.id)
            }
        }
        return (Baseline(set: set, entries: entries.sorted { $0.id < $1.id }), update)
    }

    /// Today's date in UTC, `YYYY-MM-DD`.
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
