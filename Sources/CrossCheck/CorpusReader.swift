import ClaimExtractor
import ClaimModel
import Foundation

/// A set folder on disk to articles. The only module (with the CLI) that touches files.
///
/// Every file is accounted for: an article, a reserved file (`crosscheck.json`,
/// `baseline.json`, `gold.json`, `*.gold.json`), or a diagnostic saying why it was not read.
public struct CorpusReader: Sendable {
    public static let reservedNames: Set<String> = ["crosscheck.json", "baseline.json", "gold.json", "readme.md", "readme.txt", "readme", ReportManifest.fileName]

    public var maxArticleBytes: Int
    /// Read symbolic links whose target lies outside the set (`--follow-links`). Off by
    /// default: a link to `/etc/passwd` would put that file in the report and CI artifacts.
    public var followLinks: Bool

    public init(maxArticleBytes: Int = 16 * 1024 * 1024, followLinks: Bool = false) {
        self.maxArticleBytes = maxArticleBytes
        self.followLinks = followLinks
    }

    public struct SetContents: Sendable {
        public var articles: [Article]
        public var diagnostics: [Diagnostic]
        /// Files that could not be read; each also has an error diagnostic.
        public var failures: [CrossCheckError]
    }

    /// The files of a set that may be articles, sorted by name, and diagnostics for the rest.
    public static func articleFiles(in folder: String) throws -> (files: [String], diagnostics: [Diagnostic]) {
        let (files, diagnostics) = try listing(in: folder)
        return (files.map(\.path), diagnostics)
    }

    /// Reads every article of a set folder. Unreadable files become error diagnostics (and
    /// failures) while the other articles are still read. Article ids are file names without
    /// extension; a clash keeps the extension on the later file, with a warning.
    public func read(set folder: String) throws -> SetContents {
        let (files, listed) = try CorpusReader.articleFiles(in: folder)
        var diagnostics = listed
        if files.isEmpty { throw CrossCheckError.emptySet(path: folder) }
        let results = ParallelMap.map(files) { path in Result { try readFile(path, inSet: folder) } }
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

    func line(of error: CrossCheckError) -> Int? { error.line }

    /// The path with every symbolic link resolved (`realpath`), or the path as given when it
    /// cannot be resolved.
    public static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Reads one file into its articles.
    ///
    /// The size limit is checked from the file's metadata before a byte is read, and the read
    /// itself stops one byte past the limit, so a file that grows meanwhile is still refused
    /// without loading it whole. FIFOs, devices, sockets and dangling or looping links are
    /// refused before they are opened (reading a FIFO would wait forever).
    /// `inSet`, when given, is the set folder the file was listed in: a symbolic link whose
    /// target lies outside it is refused (named, with its target) unless `followLinks`.
    public func readFile(_ path: String, id: String? = nil, inSet folder: String? = nil) throws -> ArticleParser.Result {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            throw errno == ENOENT ? CrossCheckError.notFound(path: path) : CrossCheckError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        var info = stat()
        if stat(path, &info) != 0 {
            let reason = errno == ELOOP ? "a symbolic link that loops" : errno == ENOENT ? "a symbolic link to a missing file" : "a link that cannot be followed (\(String(cString: strerror(errno))))"
            throw CrossCheckError.notAFile(path: path, kind: reason)
        }
        if link.st_mode & S_IFMT == S_IFLNK, let folder, !followLinks {
            let target = CorpusReader.resolved(path)
            let setFolder = CorpusReader.resolved(folder)
            if !target.hasPrefix(setFolder.hasSuffix("/") ? setFolder : setFolder + "/") {
                throw CrossCheckError.linkOutside(path: path, target: target)
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw CrossCheckError.notAFile(path: path, kind: "a folder")
        case S_IFIFO: throw CrossCheckError.notAFile(path: path, kind: "a named pipe (FIFO)")
        case S_IFSOCK: throw CrossCheckError.notAFile(path: path, kind: "a socket")
        default: throw CrossCheckError.notAFile(path: path, kind: "a device")
        }
        let size = Int(info.st_size)
        if size > maxArticleBytes { throw CrossCheckError.tooLarge(path: path, bytes: size, limit: maxArticleBytes) }
        if size == 0 { throw CrossCheckError.emptyFile(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CrossCheckError.unreadable(path: path, reason: String(cString: strerror(errno)).lowercased())
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // Never `maxArticleBytes + 1` unchecked: a limit of Int.max would overflow.
            data = try handle.read(upToCount: min(maxArticleBytes, Configuration.limitCeiling) + 1) ?? Data()
        } catch {
            throw CrossCheckError.unreadable(path: path, reason: "read failed: \(error.localizedDescription)")
        }
        if data.count > min(maxArticleBytes, Configuration.limitCeiling) { throw CrossCheckError.tooLarge(path: path, bytes: data.count, limit: min(maxArticleBytes, Configuration.limitCeiling)) }
        if data.isEmpty { throw CrossCheckError.emptyFile(path: path) }
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
