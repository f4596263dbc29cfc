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
            let object = try jsonObject(text, path: path, line: 1)
            return Result(articles: [try article(fromJSON: object, path: path, id: id, sha: sha, line: 1)], diagnostics: [])
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
            return Result(articles: [try build(id: id, path: path, body: html.text, fields: fields, provenance: provenance, sha: sha, bodyLineOffset: 0)], diagnostics: diagnostics)
        case .text, .markdown:
            let text = try TextDecoding.decode(bytes, path: path)
            let (front, body) = try FrontMatter.split(text, path: path)
            var provenance: [String: String] = [:]
            for key in front.fields.keys { provenance[key] = "front matter" }
            return Result(articles: [try build(id: id, path: path, body: body, fields: front.fields, provenance: provenance, sha: sha, bodyLineOffset: front.lineCount)], diagnostics: [])
        }
    }

    static func parseJSONLines(bytes: [UInt8], path: String, id: String) throws -> Result {
        let text = try TextDecoding.decode(bytes, path: path)
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            do {
                let object = try jsonObject(trimmed, path: path, line: lineNumber)
                let sha = SHA256.hex(Array(trimmed.utf8))
                let recordID = (object["id"] as? String).map(Folding.slug).flatMap { $0.isEmpty ? nil : $0 } ?? "\(id)-\(lineNumber)"
                articles.append(try article(fromJSON: object, path: path, id: recordID, sha: sha, line: lineNumber))
            } catch let error as CrossCheckError {
                diagnostics.append(Diagnostic(level: .error, code: "unreadable-record", path: path, line: lineNumber, message: error.message))
            }
        }
        if articles.isEmpty {
            if let first = diagnostics.first, case .error = first.level {
                throw CrossCheckError.json(path: path, line: first.line ?? 1, message: "no line holds a readable article; \(first.message)")
            }
            throw CrossCheckError.emptyFile(path: path)
        }
        return Result(articles: articles, diagnostics: diagnostics)
    }

    static func jsonObject(_ text: String, path: String, line: Int) throws -> [String: Any] {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw CrossCheckError.json(path: path, line: line, message: "not valid JSON; an article is one object with `text` or `body` (\(describe(error)))")
        }
        guard let object = value as? [String: Any] else {
            throw CrossCheckError.json(path: path, line: line, message: "expected one article object with `text` or `body`; for several articles use a .jsonl file, one object a line")
        }
        return object
    }

    static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(120))
    }

    static func article(fromJSON object: [String: Any], path: String, id: String, sha: String, line: Int) throws -> Article {
        let bodyValue = object["text"] ?? object["body"] ?? object["content"]
        guard let body = bodyValue as? String else {
            throw CrossCheckError.json(path: path, line: line, message: bodyValue == nil ? "the object has no `text` or `body` string; add the article text under `text`" : "`text` must be a string")
        }
        var fields: [String: String] = [:]
        var provenance: [String: String] = [:]
        for (key, value) in object where key != "text" && key != "body" && key != "content" {
            let text: String
            switch value {
            case let string as String: text = string
            case let number as NSNumber: text = number.stringValue
            case is NSNull: continue
            default: text = String(describing: value)
            }
            fields[key.lowercased()] = text
            provenance[key.lowercased()] = "json"
        }
        let normalizedBody = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return try build(id: id, path: path, body: normalizedBody, fields: fields, provenance: provenance, sha: sha, bodyLineOffset: 0)
    }

    static func build(id: String, path: String, body: String, fields: [String: String], provenance: [String: String], sha: String, bodyLineOffset: Int) throws -> Article {
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
