import ClaimModel
import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file beside the target,
/// which is then renamed over it. A reader never sees half a report, and a failed write
/// leaves the previous file as it was.
///
/// A path that names something other than a regular file (`/dev/stdout`, a named pipe, a
/// terminal, also through a symbolic link) is written directly: renaming over it would
/// replace the device or pipe with a regular file.
///
/// The bytes are written by a `Writer`; tests pass one that fails part-way (a full disk) to
/// check that the previous file survives and the temporary file is removed.
public enum AtomicFile {
    /// Writes all of `data` to an open file, or throws.
    public typealias Writer = @Sendable (FileHandle, Data) throws -> Void

    public static let fileHandleWriter: Writer = { handle, data in try handle.write(contentsOf: data) }

    public static func write(_ text: String, to path: String, writer: Writer = fileHandleWriter) throws {
        try write(Data(text.utf8), to: path, writer: writer)
    }

    /// The same, with the writer as a trailing closure (`fill`).
    public static func write(_ data: Data, to path: String, fill: @escaping @Sendable (FileHandle, Data) throws -> Void) throws {
        try write(data, to: path, writer: fill)
    }

    public static func write(_ data: Data, to path: String, writer: Writer = fileHandleWriter) throws {
        if isSpecialFile(path) { return try writeDirectly(data, to: path, writer: writer) }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw CrossCheckError.write(path: path, reason: "cannot create folder \(directory)")
            }
        } else if !isDirectory.boolValue {
            throw CrossCheckError.write(path: path, reason: "\(directory) is a file, not a folder")
        }
        TemporaryFiles.pruneOnce(in: directory)
        let temporary = directory + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max))" + TemporaryFiles.suffix
        TemporaryFiles.live.insert(temporary)
        defer { TemporaryFiles.live.remove(temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw CrossCheckError.write(path: path, reason: "cannot create a file in \(directory)")
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            do {
                try writer(handle, data)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            if rename(temporary, path) != 0 {
                throw CrossCheckError.write(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as CrossCheckError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CrossCheckError.write(path: path, reason: reason(error))
        }
    }

    /// On `SIGTERM` or `SIGINT`, removes the temporary files of writes in progress, then ends
    /// the process as the signal would. Called once by the `crosscheck` command.
    public static func removeTemporaryFilesOnSignals() { TemporaryFiles.removeOnSignals() }

    /// The temporary files of writes in progress (in `folder`, or all), sorted.
    public static func writesInProgress(in folder: String? = nil) -> [String] {
        TemporaryFiles.live.registered.filter { path in folder.map { path.hasPrefix($0 + "/") } ?? true }
    }

    /// What the signal handler does: unlinks the temporary files of writes in progress (in
    /// `folder`, or all); returns those removed.
    @discardableResult
    public static func removeWritesInProgress(in folder: String? = nil) -> [String] {
        TemporaryFiles.live.removeAll(in: folder)
    }

    /// The path exists and is, after following links, neither a regular file nor a folder.
    public static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    static func writeDirectly(_ data: Data, to path: String, writer: Writer) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CrossCheckError.write(path: path, reason: String(cString: strerror(errno)))
        }
        do {
            try writer(handle, data)
            try handle.close()
        } catch {
            try? handle.close()
            throw CrossCheckError.write(path: path, reason: reason(error))
        }
    }

    /// `No space left on device` rather than "The operation could not be completed".
    static func reason(_ error: Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
