import ClaimExtractor
import ClaimModel
import Foundation

/// What a file's metadata says, as the result cache keys a set: taken once per file when the
/// set is listed, so a warm `check` asks the file system once per file, not three times.
struct FileStamp: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var mode: UInt32
    var size: Int64
    var modified: (seconds: Int, nanoseconds: Int)
    var changed: (seconds: Int, nanoseconds: Int)

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        mode = UInt32(info.st_mode)
        size = Int64(info.st_size)
        modified = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        changed = (Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec))
    }

    static func == (a: FileStamp, b: FileStamp) -> Bool {
        a.device == b.device && a.inode == b.inode && a.mode == b.mode && a.size == b.size
            && a.modified == b.modified && a.changed == b.changed
    }

    var isLink: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFLNK) }
    var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }

    /// The file's own metadata (`lstat`) and, for a symbolic link, its target's (`stat`; nil
    /// when the link cannot be followed). nil when the path cannot be read at all.
    static func of(_ path: String) -> (link: FileStamp, target: FileStamp?)? {
        var link = stat()
        guard lstat(path, &link) == 0 else { return nil }
        let own = FileStamp(link)
        guard own.isLink else { return (own, own) }
        var info = stat()
        return (own, stat(path, &info) == 0 ? FileStamp(info) : nil)
    }
}

extension CorpusReader {
    /// The files of a set that may be articles, with their metadata, sorted by name, and
    /// diagnostics for the rest. One `lstat` per name (and a `stat` for a symbolic link).
    static func listing(in folder: String) throws -> (files: [(path: String, stamp: (link: FileStamp, target: FileStamp?)?)], diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { throw CrossCheckError.notFound(path: folder) }
        guard isDirectory.boolValue else { throw CrossCheckError.notADirectory(path: folder) }
        let names = try CorpusReader.names(in: folder)
        var files: [(path: String, stamp: (link: FileStamp, target: FileStamp?)?)] = []
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() {
            guard let kind = candidate(name) else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            if kind == .readme {
                diagnostics.append(Diagnostic(level: .note, code: "skipped-file", path: path, message: "not read: a README describes the set and is not an article"))
                continue
            }
            let stamp = FileStamp.of(path)
            if let stamp, stamp.target?.isDirectory == true {
                // Said, not silently ignored: a folder named `x.txt`, a link to a folder.
                diagnostics.append(Diagnostic(level: .note, code: "skipped-folder", path: path, message: "not read: \(stamp.link.isLink ? "a symbolic link to a folder" : "a folder") inside a set (a set's articles are the files directly in it)"))
                continue
            }
            let ext = (name as NSString).pathExtension
            if ArticleFormat(fileExtension: ext) == nil {
                diagnostics.append(Diagnostic(level: .note, code: "skipped-file", path: path, message: "not read: .\(ext.isEmpty ? "(none)" : ext) is not an article format (.txt, .md, .html, .json, .jsonl)"))
                continue
            }
            files.append((path, stamp))
        }
        return (files, diagnostics)
    }

    enum Candidate { case readme, other }

    /// nil for a name the listing passes over without a word (hidden, reserved, gold).
    static func candidate(_ name: String) -> Candidate? {
        if name.hasPrefix(".") { return nil }
        let lower = name.lowercased()
        if lower.hasPrefix("readme") && reservedNames.contains(lower) { return .readme }
        if reservedNames.contains(lower) || lower.hasSuffix(".gold.json") { return nil }
        return .other
    }

    /// Whether the folder holds at least one article file (what `sets(in:)` asks of every
    /// folder): stops at the first, and looks at the metadata only of names with an article
    /// extension.
    static func hasArticleFile(in folder: String) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        for name in names where candidate(name) == .other && ArticleFormat(fileExtension: (name as NSString).pathExtension) != nil {
            let stamp = FileStamp.of((folder as NSString).appendingPathComponent(name))
            if stamp?.target?.isDirectory != true { return true }
        }
        return false
    }

    /// The names in a folder, or an `unreadable` error naming the folder and, when the system
    /// refused it, "permission denied" (a folder without read or search permission).
    public static func names(in folder: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw listingError(error, folder: folder)
        }
    }

    /// The error for a folder that could not be listed: `permission denied` for EACCES or EPERM
    /// (however Foundation wraps it), else what the system said.
    public static func listingError(_ error: Error, folder: String) -> CrossCheckError {
        var current: NSError? = error as NSError
        var denied = false
        while let nsError = current {
            if nsError.domain == NSPOSIXErrorDomain && (nsError.code == Int(EACCES) || nsError.code == Int(EPERM)) { denied = true }
            if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoPermissionError { denied = true }
            current = nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        }
        return .unreadable(path: folder, reason: denied ? "permission denied; cannot list the folder" : "cannot list the folder")
    }

    /// Sub-folders of `folder` (not hidden) that cannot be listed: a corpus run names each as
    /// an error rather than passing it over as a folder without articles.
    public static func unlistableFolders(in folder: String) -> [CrossCheckError] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.sorted().filter { !$0.hasPrefix(".") }.map { (folder as NSString).appendingPathComponent($0) }.compactMap { path -> CrossCheckError? in
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return nil }
            do {
                _ = try names(in: path)
                return nil
            } catch let error as CrossCheckError {
                return error
            } catch {
                return listingError(error, folder: path)
            }
        }
    }
}
