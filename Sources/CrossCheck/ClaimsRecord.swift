import ClaimModel
import Foundation

/// One line of `crosscheck extract --format jsonl`: an article's record, entities, claims and
/// diagnostics, and (`source`) what the reduce step needs to rebuild the article exactly, so
/// `compare --claims FILE.jsonl` gives the report that comparing the set folder gives.
public struct ClaimsRecord: Codable, Sendable {
    public var article: ArticleRecord
    public var entities: [LocalEntity]
    public var claims: [Claim]
    /// The file's reading diagnostics (`source.readDiagnostics` of them, first), then the article's.
    public var diagnostics: [Diagnostic]
    /// Absent in `--format json`; always written by `--format jsonl`.
    public var source: Source?

    public struct Source: Codable, Sendable {
        public var body: String
        public var bodyLineOffset: Int
        public var language: String?
        public var metadata: [String: String]
        public var provenance: [String: String]
        /// How many of `diagnostics`, from the start, came from reading the file: the same for
        /// every article of a `.jsonl` file, so the reduce step keeps them once per file.
        public var readDiagnostics: Int
    }

    public init(analysis: ArticleAnalysis, readDiagnostics: [Diagnostic], includeSource: Bool) {
        let article = analysis.article
        self.article = ArticleRecord(article: article, includeBody: false)
        entities = analysis.entities
        claims = analysis.claims
        diagnostics = readDiagnostics + analysis.diagnostics
        source = includeSource
            ? Source(body: article.body, bodyLineOffset: article.bodyLineOffset, language: article.language, metadata: article.metadata,
                     provenance: article.provenance, readDiagnostics: readDiagnostics.count)
            : nil
    }

    /// The analysis this record was written from. Nil when the record has no `source`.
    public func analysis(includingReadDiagnostics: Bool = true) -> ArticleAnalysis? {
        guard let source else { return nil }
        let article = Article(
            id: self.article.id, path: self.article.path, body: source.body, sha256: self.article.sha256, outlet: self.article.outlet,
            published: self.article.published, title: self.article.title, url: self.article.url, language: source.language,
            metadata: source.metadata, provenance: source.provenance, bodyLineOffset: source.bodyLineOffset)
        // Evidence is encoded without its article id (as in the report); put it back.
        let claims = self.claims.map { claim -> Claim in
            var copy = claim
            copy.evidence.span.article = claim.article
            return copy
        }
        let skipped = includingReadDiagnostics ? 0 : min(source.readDiagnostics, diagnostics.count)
        return ArticleAnalysis(article: article, entities: entities, claims: claims, diagnostics: Array(diagnostics.dropFirst(skipped)))
    }

    /// A regular file's bytes; anything else the user names (a pipe: `/dev/stdin`, a shell's
    /// `<(crosscheck extract …)`) has no size to read by, so it is read through a handle to
    /// its end (`contents(atPath:)` gave nothing, and the error blamed permissions).
    static func contents(of path: String) -> Data? {
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        if type == .typeRegular { return FileManager.default.contents(atPath: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.readToEnd()) ?? nil
    }

    /// Reads a claims file (JSON Lines of records) into analyses, in file order; reading
    /// diagnostics are kept once per article file. Throws `CrossCheckError` naming the line
    /// that is not JSON (and the column where it stops), is not a record (and the field), or
    /// has no `source` (written by an older `extract`). Lines are read from the file's bytes
    /// by `JSONReader` (Foundation's decoder was a sixth of comparing a 1,000-article set).
    public static func read(path: String) throws -> [ArticleAnalysis] {
        var analyses: [ArticleAnalysis] = []
        var files = Set<String>()
        var lines: [String: Int] = [:]
        try forEachLine(path: path) { line, lineNumber in
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
            let record = try decode(line, path: path, line: lineNumber)
            guard let analysis = record.analysis(includingReadDiagnostics: files.insert(record.article.path).inserted) else {
                throw CrossCheckError.json(path: path, line: lineNumber, message: "the record has no source text; extract it again with `crosscheck extract --format jsonl`")
            }
            // The comparison keys articles by id: a second record of one id (two map outputs
            // concatenated, or two sets in one file) crashed it.
            if let first = lines[analysis.article.id] {
                throw CrossCheckError.json(path: path, line: lineNumber, message: "article '\(Printable.line(analysis.article.id))' is given again (first on line \(first)); a claims file holds each article of one set once (extract each set into its own file)")
            }
            lines[analysis.article.id] = lineNumber
            analyses.append(analysis)
        }
        return analyses
    }

    /// Each line of the file (without its newline) and its number from 1, read 4 MB at a
    /// time, so a large claims file is never held whole; a file or a pipe alike.
    static func forEachLine(path: String, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CrossCheckError.notFound(path: path) }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw CrossCheckError.unreadable(path: path, reason: "cannot read the claims file")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var lineNumber = 0
        var ended = false
        while !ended {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 22) ?? Data()
            } catch {
                throw CrossCheckError.unreadable(path: path, reason: "cannot read the claims file")
            }
            ended = chunk.isEmpty
            pending.append(contentsOf: chunk)
            let consumed = try pending.withUnsafeBufferPointer { all in
                var start = 0
                while true {
                    var end = start
                    while end < all.count && all[end] != 0x0A { end += 1 }
                    // The last line without a newline waits for the next chunk, or the end.
                    if end == all.count && !ended { break }
                    lineNumber += 1
                    try body(UnsafeBufferPointer(rebasing: all[start..<end]), lineNumber)
                    start = end + 1
                    if start > all.count { break }
                }
                return start
            }
            pending.removeFirst(min(consumed, pending.count))
        }
    }

    /// One line's record, or an error naming the column where the line stops being JSON or
    /// the field that does not fit a record.
    static func decode(_ line: UnsafeBufferPointer<UInt8>, path: String, line lineNumber: Int) throws -> ClaimsRecord {
        let node: JSONNode
        do {
            node = try JSONReader.parse(line)
        } catch {
            throw CrossCheckError.json(path: path, line: lineNumber, message: "not JSON at column \(error.offset + 1): expected \(error.message)")
        }
        do {
            return try TreeDecoding.decode(ClaimsRecord.self, from: node)
        } catch let error as DecodingError {
            throw CrossCheckError.json(path: path, line: lineNumber, message: "not a record of `crosscheck extract --format jsonl` (\(describe(error)))")
        }
    }

    /// `article.id: expected a string, found a number`.
    static func describe(_ error: DecodingError) -> String {
        func field(_ path: [any CodingKey]) -> String {
            guard !path.isEmpty else { return "the line" }
            var text = ""
            for key in path {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(field(context.codingPath + [key])): missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(field(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
