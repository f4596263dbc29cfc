import ClaimModel
import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file beside the target,
/// which is then renamed over it. A reader never sees half a report, and a failed write
/// leaves the previous file as it was.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws {
        try write(data, to: path) { handle, data in try handle.write(contentsOf: data) }
    }

    /// Writes through `fill`, which puts the bytes into the temporary file. Tests pass one
    /// that fails half way, to prove the target is left as it was.
    public static func write(_ data: Data, to path: String, fill: (FileHandle, Data) throws -> Void) throws {
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
        let temporary = directory + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw CrossCheckError.write(path: path, reason: "cannot create a file in \(directory)")
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            do {
                try fill(handle, data)
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
            throw CrossCheckError.write(path: path, reason: "\(error.localizedDescription)")
        }
    }
}
