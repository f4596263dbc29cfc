import ClaimModel
import Foundation

/// The binary form of a `SetResultCache` entry's payload: what the gate reads of a report,
/// as length-prefixed UTF-8 strings and variable-length integers. Decoding a set's findings
/// through `JSONDecoder` was two thirds of a warm `check` (a dictionary of evidence lists per
/// finding); this reads the same values several times faster. Dictionaries are written in key
/// order, so the same report gives the same bytes. A new stored property of a type written
/// here must be added here too: `SetResultCacheTests` counts them.
enum SetResultCodec {
    struct Malformed: Error {}

    struct Writer {
        var bytes: [UInt8] = []

        mutating func int(_ value: Int) {
            var rest = UInt64(bitPattern: Int64(value)) << 1 ^ UInt64(bitPattern: Int64(value) >> 63)
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func string(_ text: String) {
            int(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func optional(_ text: String?) {
            int(text == nil ? 0 : 1)
            if let text { string(text) }
        }

        mutating func optional(_ value: Int?) {
            int(value == nil ? 0 : 1)
            if let value { int(value) }
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func int() throws -> Int {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard offset < bytes.count, shift < 64 else { throw Malformed() }
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            return Int(Int64(bitPattern: value >> 1 ^ (0 &- (value & 1))))
        }

        mutating func count() throws -> Int {
            let value = try int()
            guard value >= 0, value <= bytes.count - offset else { throw Malformed() }
            return value
        }

        mutating func string() throws -> String {
            let length = try count()
            defer { offset += length }
            return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        }

        mutating func optionalString() throws -> String? { try int() == 0 ? nil : try string() }
        mutating func optionalInt() throws -> Int? { try int() == 0 ? nil : try int() }
    }

    // MARK: report

    static func encode(_ report: Report) -> [UInt8] {
        var out = Writer()
        for text in [report.schema, report.tool.name, report.tool.version, report.set] { out.string(text) }
        out.int(report.articles.count)
        for article in report.articles { write(article, to: &out) }
        out.int(report.findings.count)
        for finding in report.findings { write(finding, to: &out) }
        out.int(report.diagnostics.count)
        for diagnostic in report.diagnostics { write(diagnostic, to: &out) }
        return out.bytes
    }

    /// The report as written, with no claims or entities; throws `Malformed` on bytes that do
    /// not read to the end exactly.
    static func decode(_ bytes: [UInt8]) throws -> Report {
        var input = Reader(bytes: bytes)
        let schema = try input.string()
        let tool = Report.Tool(name: try input.string(), version: try input.string())
        let set = try input.string()
        let articles = try (0..<input.count()).map { _ in try readArticle(&input) }
        let findings = try (0..<input.count()).map { _ in try readFinding(&input) }
        let diagnostics = try (0..<input.count()).map { _ in try readDiagnostic(&input) }
        guard input.offset == bytes.count else { throw Malformed() }
        var report = Report(tool: tool, set: set, articles: articles, entities: [], claims: [], findings: findings, diagnostics: diagnostics)
        report.schema = schema
        return report
    }

    static func write(_ article: ArticleRecord, to out: inout Writer) {
        out.string(article.id)
        out.string(article.path)
        for text in [article.outlet, article.published, article.title, article.url] { out.optional(text) }
        out.string(article.sha256)
        out.int(article.words)
        out.int(article.inferred == nil ? 0 : 1)
        if let inferred = article.inferred { writeMap(inferred, to: &out) { $0.string($1) } }
        out.optional(article.body)
        out.int(article.bodyLineOffset)
    }

    static func readArticle(_ input: inout Reader) throws -> ArticleRecord {
        var record = ArticleRecord(article: Article(id: "", path: "", body: "", sha256: ""))
        record.id = try input.string()
        record.path = try input.string()
        record.outlet = try input.optionalString()
        record.published = try input.optionalString()
        record.title = try input.optionalString()
        record.url = try input.optionalString()
        record.sha256 = try input.string()
        record.words = try input.int()
        record.inferred = try input.int() == 0 ? nil : try readMap(&input) { try $0.string() }
        record.body = try input.optionalString()
        record.bodyLineOffset = try input.int()
        return record
    }

    static func write(_ finding: Finding, to out: inout Writer) {
        for text in [finding.id, finding.kind.rawValue, finding.status.rawValue, finding.severity.rawValue, finding.subject] { out.string(text) }
        out.optional(finding.entity)
        out.string(finding.summary)
        out.optional(finding.reason)
        writeMap(finding.values, to: &out) { out, values in
            out.int(values.count)
            for value in values { out.string(value) }
        }
        writeMap(finding.evidence, to: &out) { out, list in
            out.int(list.count)
            for evidence in list {
                // The span's article is the key it is filed under.
                out.string(evidence.text)
                out.int(evidence.span.start)
                out.int(evidence.span.end)
                out.int(evidence.span.line)
            }
        }
    }

    static func readFinding(_ input: inout Reader) throws -> Finding {
        let id = try input.string()
        guard let kind = FindingKind(rawValue: try input.string()), let status = FindingStatus(rawValue: try input.string()),
              let severity = Severity(rawValue: try input.string()) else { throw Malformed() }
        let subject = try input.string()
        let entity = try input.optionalString()
        let summary = try input.string()
        let reason = try input.optionalString()
        let values = try readMap(&input) { input in try (0..<input.count()).map { _ in try input.string() } }
        var evidence: [String: [Evidence]] = [:]
        for _ in 0..<(try input.count()) {
            let article = try input.string()
            evidence[article] = try (0..<input.count()).map { _ in
                let text = try input.string()
                return Evidence(text: text, span: SourceSpan(article: article, start: try input.int(), end: try input.int(), line: try input.int()))
            }
        }
        // Written from a finding made by its rule: id, values and evidence are already final.
        return Finding(storedID: id, kind: kind, status: status, severity: severity, subject: subject, entity: entity,
                       summary: summary, reason: reason, values: values, evidence: evidence)
    }

    static func write(_ diagnostic: Diagnostic, to out: inout Writer) {
        for text in [diagnostic.level.rawValue, diagnostic.code, diagnostic.path] { out.string(text) }
        out.optional(diagnostic.line)
        out.string(diagnostic.message)
    }

    static func readDiagnostic(_ input: inout Reader) throws -> Diagnostic {
        guard let level = Diagnostic.Level(rawValue: try input.string()) else { throw Malformed() }
        let code = try input.string()
        let path = try input.string()
        let line = try input.optionalInt()
        return Diagnostic(level: level, code: code, path: path, line: line, message: try input.string())
    }

    static func writeMap<V>(_ map: [String: V], to out: inout Writer, _ value: (inout Writer, V) -> Void) {
        out.int(map.count)
        for key in map.keys.sorted() {
            out.string(key)
            value(&out, map[key]!)
        }
    }

    static func readMap<V>(_ input: inout Reader, _ value: (inout Reader) throws -> V) throws -> [String: V] {
        var map: [String: V] = [:]
        for _ in 0..<(try input.count()) {
            let key = try input.string()
            map[key] = try value(&input)
        }
        return map
    }
}
