import ClaimExtractor
import ClaimModel
import Foundation

/// A set folder on disk to articles. The only module (with the CLI) that touches files.
///
/// Every file is accounted for: an article, a reserved file (`crosscheck.json`,
/// `baseline.json`, `gold.json`, `*.gold.json`), or a diagnostic saying why it was not read.
public struct CorpusReader: Sendable {
    public static let reservedNames: Set<String> = ["crosscheck.json", "baseline.json", "gold.json", "readme.md", "readme.txt", "readme"]

    public var maxArticleBytes: Int

    public init(maxArticleBytes: Int = 16 * 1024 * 1024) {
        self.maxArticleBytes = maxArticleBytes
    }

    public struct SetContents: Sendable {
        public var articles: [Article]
        public var diagnostics: [Diagnostic]
        /// Files that could not be read; each also has an error diagnostic.
        public var failures: [CrossCheckError]
    }

    /// The files of a set that may be articles, sorted by name, and diagnostics for the rest.
    public static func articleFiles(in folder: String) throws -> (files: [String], diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { throw CrossCheckError.notFound(path: folder) }
        guard isDirectory.boolValue else { throw CrossCheckError.notADirectory(path: folder) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw CrossCheckError.unreadable(path: folder, reason: "cannot list the folder")
        }
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() {
            if name.hasPrefix(".") { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            let lower = name.lowercased()
            if reservedNames.contains(lower) || lower.hasSuffix(".gold.json") { continue }
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            if isDir.boolValue { continue }
            let ext = (name as NSString).pathExtension
            if ArticleFormat(fileExtension: ext) == nil {
                diagnostics.append(Diagnostic(level: .note, code: "skipped-file", path: path, message: "not read: .\(ext.isEmpty ? "(none)" : ext) is not an article format (.txt, .md, .html, .json, .jsonl)"))
                continue
            }
            files.append(path)
        }
        return (files, diagnostics)
    }

    /// Reads every article of a set folder. Unreadable files become error diagnostics (and
    /// failures) while the other articles are still read. Article ids are file names without
    /// extension; a clash keeps the extension on the later file, with a warning.
    public func read(set folder: String) throws -> SetContents {
        let (files, listed) = try CorpusReader.articleFiles(in: folder)
        var diagnostics = listed
        if files.isEmpty { throw CrossCheckError.emptySet(path: folder) }
        let results = ParallelMap.map(files) { path in Result { try readFile(path) } }
        var articles: [Article] = []
        var failures: [CrossCheckError] = []
        var ids: [String: String] = [:]
        for (path, result) in zip(files, results) {
            switch result {
            case .success(let parsed):
                diagnostics.append(contentsOf: parsed.diagnostics)
                for var article in parsed.articles {
                    if let other = ids[article.id] {
                        let name = (path as NSString).lastPathComponent
                        diagnostics.append(Diagnostic(level: .warning, code: "duplicate-id", path: path, message: "article id '\(article.id)' is also used by \(other); this one is named '\(name)'"))
                        article.id = article.path == path && !name.isEmpty && ids[name] == nil ? name : article.id + "-\(articles.count + 1)"
                    }
                    ids[article.id] = article.path
                    articles.append(article)
                }
            case .failure(let error):
                let crossCheckError = error as? CrossCheckError ?? .unreadable(path: path, reason: "\(error)")
                failures.append(crossCheckError)
                diagnostics.append(Diagnostic(level: .error, code: "unreadable-article", path: crossCheckError.path ?? path, line: line(of: crossCheckError), message: crossCheckError.message))
            }
        }
        return SetContents(articles: articles, diagnostics: diagnostics.sorted(), failures: failures)
    }

    func line(of error: CrossCheckError) -> Int? {
        switch error {
        case .invalidUTF8(_, let line, _), .binary(_, let line), .frontMatter(_, let line, _), .json(_, let line, _): return line
        default: return nil
        }
    }

    /// Reads one file into its articles.
    public func readFile(_ path: String, id: String? = nil) throws -> ArticleParser.Result {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw FileManager.default.fileExists(atPath: path) ? CrossCheckError.unreadable(path: path, reason: "cannot read its attributes") : CrossCheckError.notFound(path: path)
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maxArticleBytes { throw CrossCheckError.tooLarge(path: path, bytes: size, limit: maxArticleBytes) }
        if size == 0 { throw CrossCheckError.emptyFile(path: path) }
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            throw CrossCheckError.unreadable(path: path, reason: "permission denied")
        }
        let name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension
        guard let format = ArticleFormat(fileExtension: ext) else {
            throw CrossCheckError.usage("\(path): .\(ext) is not an article format (.txt, .md, .html, .json, .jsonl)")
        }
        let articleID = id ?? (name as NSString).deletingPathExtension
        return try ArticleParser.parse(bytes: [UInt8](data), path: path, id: articleID, format: format)
    }
}

/// Runs a transform over an array on all cores, keeping the order.
public enum ParallelMap {
    public static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let box = Box<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            box.set(index, transform(items[index]))
        }
        return box.values()
    }

    final class Box<U>: @unchecked Sendable {
        private var storage: [U?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: U) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }
        func values() -> [U] { storage.map { $0! } }
    }
}
