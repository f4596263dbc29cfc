import ClaimModel
import Foundation

/// Bytes of one file to the articles it holds. Pure: the caller reads the file.
public enum ArticleParser {
    public struct Result: Sendable {
        public var articles: [Article]
        public var diagnostics: [Diagnostic]
    }

    public static let knownKeys: Set<String> = ["outlet", "published", "url", "title", "language", "lang", "date", "source_name", "publisher", "site", "id", "text", "body", "content"]

    public static func parse(bytes: [UInt8], path: String, id: String, format: ArticleFormat) throws -> Result {
        let sha = SHA256.hex(bytes)
        switch format {
        case .jsonl:
            return try parseJSONLines(bytes: bytes, path: path, id: id)
        case .json:
            let text = try TextDecoding.decode(bytes, path: path)
            let (object, diagnostics) = try jsonObject(Array(text.utf8), path: path, line: 1)
            return Result(articles: [try article(fromJSON: object, path: path, id: id, sha: sha, line: 1)], diagnostics: diagnostics)
        case .html:
            let text = try TextDecoding.decode(bytes, path: path)
            let html = HTMLText.extract(text)
            var fields: [String: String] = [:]
            var provenance: [String: String] = [:]
            if let title = html.title { fields["title"] = title; provenance["title"] = "html title" }
            for (key, target) in [("og:site_name", "outlet"), ("author", "author"), ("article:published_time", "published"), ("date", "published"), ("og:url", "url"), ("og:title", "title")] {
                if let value = html.meta[key], fields[target] == nil {
                    fields[target] = value
                    provenance[target] = "html meta"
                }
            }
            var diagnostics: [Diagnostic] = []
            if let unclosed = html.unclosed {
                if html.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                    throw CrossCheckError.noText(path: path, line: unclosed.line, reason: "\(unclosed.what), so the page has no text")
                }
                diagnostics.append(Diagnostic(level: .warning, code: "unclosed-html", path: path, line: unclosed.line, message: "\(unclosed.what); the text after it was not read (close it to read the rest)"))
            }
            if InvisibleCharacters.removed(from: html.text).unicodeScalars.allSatisfy({ $0.properties.isWhitespace }), !text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                // Markup with no text outside it (`<title>T</title>` and an empty body): not an empty file.
                throw CrossCheckError.noBody(path: path, title: html.title.flatMap { $0.isEmpty ? nil : Printable.line($0) })
            }
            return Result(articles: [try build(id: id, path: path, body: html.text, fields: fields, provenance: provenance, sha: sha, bodyLineOffset: 0)], diagnostics: diagnostics)
        case .text, .markdown:
            let text = try TextDecoding.decode(bytes, path: path)
            let (front, body) = try FrontMatter.split(text, path: path)
            var provenance: [String: String] = [:]
            for key in front.fields.keys { provenance[key] = "front matter" }
            return Result(articles: [try build(id: id, path: path, body: body, fields: front.fields, provenance: provenance, sha: sha, bodyLineOffset: front.lineCount)], diagnostics: front.diagnostics)
        }
    }

    /// One article a line. A line that is not UTF-8, holds a NUL byte or is not an article
    /// object is skipped with a diagnostic naming its line; the others are read.
    static func parseJSONLines(bytes: [UInt8], path: String, id: String) throws -> Result {
        try TextDecoding.refuseOtherEncodings(bytes, path: path)
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            var line = Array(bytes[start..<end])
            let lineStart = start
            start = end + 1
            while let last = line.last, last == 0x0D || last == 0x20 || last == 0x09 { line.removeLast() }
            while let first = line.first, first == 0x20 || first == 0x09 { line.removeFirst() }
            if line.isEmpty { continue }
            if line.contains(0) {
                diagnostics.append(Diagnostic(level: .warning, code: "unreadable-record", path: path, line: lineNumber, message: "holds NUL bytes; this line was skipped, the other lines were read"))
                continue
            }
            if let bad = TextDecoding.firstInvalidUTF8(line) {
                let offset = lineStart + (bytes[lineStart..<end].firstIndex { $0 != 0x20 && $0 != 0x09 } ?? lineStart) - lineStart + bad
                diagnostics.append(Diagnostic(level: .warning, code: "unreadable-record", path: path, line: lineNumber, message: "not valid UTF-8 (byte \(offset)); this line was skipped, the other lines were read (re-save the file as UTF-8)"))
                continue
            }
            do {
                let (object, notes) = try jsonObject(line, path: path, line: lineNumber)
                diagnostics.append(contentsOf: notes)
                let sha = SHA256.hex(line)
                let recordID = object.first { $0.key == "id" }.flatMap { member -> String? in
                    if case .string(let text) = member.value { return Folding.slug(text) }
                    return nil
                }.flatMap { $0.isEmpty ? nil : $0 } ?? "\(id)-\(lineNumber)"
                articles.append(try article(fromJSON: object, path: path, id: recordID, sha: sha, line: lineNumber))
            } catch let error as CrossCheckError {
                diagnostics.append(Diagnostic(level: .error, code: "unreadable-record", path: path, line: lineNumber, message: error.message))
            }
        }
        if articles.isEmpty {
            if let first = diagnostics.first(where: { $0.code == "unreadable-record" }) {
                throw CrossCheckError.json(path: path, line: first.line ?? 1, message: "no line holds a readable article; \(first.message)")
            }
            throw CrossCheckError.emptyFile(path: path)
        }
        return Result(articles: articles, diagnostics: diagnostics)
    }

    /// One article object, read leniently (`LenientJSON`): keys given twice are warned about.
    static func jsonObject(_ bytes: [UInt8], path: String, line: Int) throws -> (members: [(key: String, value: LenientJSON.Value)], diagnostics: [Diagnostic]) {
        var duplicates: [String] = []
        let value: LenientJSON.Value
        do {
            value = try LenientJSON.parse(bytes, duplicates: &duplicates)
        } catch let failure as LenientJSON.Failure {
            // The line of the byte where reading failed (a pretty-printed .json spans many
            // lines; a .jsonl line has none inside), and the column within it.
            guard let offset = failure.offset else {
                throw CrossCheckError.json(path: path, line: line, message: "not valid JSON; an article is one object with `text` or `body` (\(failure.reason))")
            }
            let position = LenientJSON.Failure.position(of: offset, in: bytes)
            throw CrossCheckError.json(path: path, line: line + position.line - 1, message: "not valid JSON; an article is one object with `text` or `body` (\(failure.reason), column \(position.column))")
        }
        guard case .object(let members) = value else {
            throw CrossCheckError.json(path: path, line: line, message: "expected one article object with `text` or `body`; for several articles use a .jsonl file, one object a line")
        }
        let diagnostics = Array(Set(duplicates)).sorted().map { key in
            Diagnostic(level: .warning, code: "duplicate-key", path: path, line: line, message: "JSON: `\(Printable.line(key))` is given more than once; the last value is used")
        }
        return (members, diagnostics)
    }

    static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(120))
    }

    static func article(fromJSON object: [(key: String, value: LenientJSON.Value)], path: String, id: String, sha: String, line: Int) throws -> Article {
        let lookup = Dictionary(object.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        let bodyValue = lookup["text"] ?? lookup["body"] ?? lookup["content"]
        guard case .string(let body)? = bodyValue else {
            throw CrossCheckError.json(path: path, line: line, message: bodyValue == nil ? "the object has no `text` or `body` string; add the article text under `text`" : "`text` must be a string")
        }
        var fields: [String: String] = [:]
        var provenance: [String: String] = [:]
        // Other keys are kept as text whatever they hold; a value the reader does not use
        // (a huge number, an odd escape) never rejects the article.
        for (key, value) in object where key != "text" && key != "body" && key != "content" {
            if case .null = value { continue }
            fields[key.lowercased()] = value.text
            provenance[key.lowercased()] = "json"
        }
        let normalizedBody = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return try build(id: id, path: path, body: normalizedBody, fields: fields, provenance: provenance, sha: sha, bodyLineOffset: 0)
    }

    static func build(id: String, path: String, body rawBody: String, fields rawFields: [String: String], provenance: [String: String], sha: String, bodyLineOffset: Int) throws -> Article {
        // Zero-width and bidirectional controls go before anything is recognised.
        let body = InvisibleCharacters.removed(from: rawBody)
        let fields = rawFields.mapValues(InvisibleCharacters.removed(from:))
        if body.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw CrossCheckError.emptyFile(path: path)
        }
        var provenance = provenance
        var metadata: [String: String] = [:]
        for (key, value) in fields where !knownKeys.contains(key) { metadata[key] = value }
        func field(_ keys: String...) -> String? {
            for key in keys { if let value = fields[key], !value.isEmpty { return value } }
            return nil
        }
        var published = field("published", "date").flatMap(normalizePublished)
        if field("published", "date") != nil && published == nil {
            metadata["published_raw"] = field("published", "date")
        }
        var outlet = field("outlet", "source_name", "publisher", "site")
        var title = field("title")
        var article = Article(
            id: id, path: path, body: body, sha256: sha, outlet: outlet, published: published, title: title,
            url: field("url"), language: field("language", "lang"), metadata: metadata, provenance: provenance,
            bodyLineOffset: bodyLineOffset)
        if outlet == nil || published == nil || title == nil {
            let inferred = DatelineInference.infer(article)
            if outlet == nil, let value = inferred.outlet { outlet = value; provenance["outlet"] = "dateline" }
            if published == nil, let value = inferred.published { published = value; provenance["published"] = inferred.publishedSource ?? "dateline" }
            if title == nil, let value = inferred.title { title = value; provenance["title"] = "first line" }
            article.outlet = outlet
            article.published = published
            article.title = title
            article.provenance = provenance
            if let note = inferred.note { article.metadata["published_note"] = note }
        }
        if article.outlet == nil, let clue = OutletClues.outlet(article) {
            article.outlet = clue.outlet
            article.provenance["outlet"] = clue.source
        }
        if let place = OutletClues.datelinePlace(article) { article.metadata[Article.datelinePlaceKey] = place }
        return article
    }

    /// `2025-11-02`, `2025-11-02T10:00:00Z`, `November 2, 2025`, `2 Nov 2025` → `2025-11-02`.
    public static func normalizePublished(_ text: String) -> String? {
        if let iso = CalendarDate.iso(text.trimmingCharacters(in: .whitespaces)) { return iso.description }
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        let dates = DateRecognizer.scan(tokens, in: 0..<tokens.count)
        guard let first = dates.first, let date = first.date, date.year != nil else { return nil }
        return date.description
    }
}
