import Foundation

/// Labels a person gave to the benchmark's edit sites by reading the articles: whether another
/// article of the set states the same fact, so that the edit could be caught by comparing them.
///
/// One file per kind, `<kind>.tsv`, UTF-8: a header line
/// `set\tarticle\tline\toriginal\tedited\tlabel\tnote`, then one row per run of that kind.
/// A run matches a row by set, article, line, original and edited words; two runs with the
/// same five fields take the rows with those fields in file order.
public struct EditLabels: Sendable {
    public enum Label: String, Codable, Sendable, CaseIterable {
        /// Another article of the set states the same fact: the edit makes a contradiction.
        case shared
        /// No other article states this fact: comparing cannot catch the edit.
        case alone
        /// The labeller could not tell.
        case unclear
    }

    struct Key: Hashable {
        var kind: EditKind
        var set: String
        var article: String
        var line: Int
        var original: String
        var edited: String
    }

    /// The kinds that have a labels file: their runs are counted against the labels.
    public private(set) var kinds: Set<EditKind> = []
    private var rows: [Key: [Label]] = [:]

    public init() {}

    public static let header = "set\tarticle\tline\toriginal\tedited\tlabel\tnote"

    /// Reads one kind's file text; throws on a bad header, a short row, a bad line or label.
    public mutating func add(kind: EditKind, text: String, source: String = "labels") throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard lines.first.map(String.init) == EditLabels.header else {
            throw LabelError("\(source): the first line must be the header “\(EditLabels.header.replacingOccurrences(of: "\t", with: "⇥"))”")
        }
        kinds.insert(kind)
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 6, let number = Int(fields[2]), let label = Label(rawValue: fields[5]) else {
                throw LabelError("\(source):\(index + 1): expected set, article, line, original, edited, label (shared, alone or unclear), note")
            }
            let key = Key(kind: kind, set: fields[0], article: fields[1], line: number, original: fields[3], edited: fields[4])
            rows[key, default: []].append(label)
        }
    }

    /// Every `<kind>.tsv` in the folder (other files are left alone); an unknown kind throws.
    public static func load(directory: String) throws -> EditLabels {
        var labels = EditLabels()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tsv") }.sorted()
        for name in names {
            let kindName = String(name.dropLast(4))
            guard let kind = EditKind(rawValue: kindName) else { throw LabelError("\(directory)/\(name): no edit kind named \(kindName)") }
            let path = (directory as NSString).appendingPathComponent(name)
            try labels.add(kind: kind, text: String(contentsOfFile: path, encoding: .utf8), source: path)
        }
        return labels
    }

    /// The runs with their labels set (nil where the kind is labelled but no row matches, or
    /// the kind has no labels).
    public func label(_ runs: [EditRun]) -> [EditRun] {
        var used: [Key: Int] = [:]
        return runs.map { run in
            var run = run
            let key = Key(kind: run.kind, set: run.set, article: run.article, line: run.line, original: run.original, edited: run.edited)
            let seen = used[key, default: 0]
            used[key] = seen + 1
            run.label = rows[key].flatMap { seen < $0.count ? $0[seen] : nil }
            return run
        }
    }

    public struct LabelError: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
