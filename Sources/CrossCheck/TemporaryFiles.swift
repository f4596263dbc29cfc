import Foundation

/// The temporary files `AtomicFile` writes before renaming (`.NAME.PID.RANDOM.tmp`), and the
/// pruning of those a killed process left behind.
///
/// A `SIGKILL` between creating the temporary file and renaming it leaves it in the folder.
/// Before the first write into a folder, a run removes the files of exactly this naming whose
/// process is gone (the PID no longer runs), so they do not pile up; files of a process still
/// running, and any other file, are left alone.
enum TemporaryFiles {
    static let suffix = ".tmp"
    private static let pruned = PrunedFolders()
    /// Temporary files being written now: removed if the run is stopped by `SIGTERM` or `SIGINT`.
    static let live = LiveFiles()
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let installLock = NSLock()

    /// On `SIGTERM` or `SIGINT`, removes the temporary files being written, then ends the
    /// process as that signal would (exit status 128 + signal). Installed once, by the command.
    static func removeOnSignals() {
        installLock.lock()
        defer { installLock.unlock() }
        guard sources.isEmpty else { return }
        for number in [SIGTERM, SIGINT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                live.removeAll()
                signal(number, SIG_DFL)
                kill(getpid(), number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Prunes `folder` the first time this process writes into it.
    static func pruneOnce(in folder: String) {
        guard pruned.insert(folder) else { return }
        prune(in: folder)
    }

    /// Removes stale temporary files of our naming in `folder`; returns their names.
    @discardableResult
    static func prune(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names.sorted() {
            guard let pid = owner(name), !isRunning(pid) else { continue }
            if (try? FileManager.default.removeItem(atPath: folder + "/" + name)) != nil { removed.append(name) }
        }
        return removed
    }

    /// The PID in `.NAME.PID.RANDOM.tmp`, or nil for any other name.
    static func owner(_ name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(suffix) else { return nil }
        let parts = name.dropLast(suffix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, let random = parts.last, UInt32(random) != nil, let pid = Int32(parts[parts.count - 2]), pid > 0 else { return nil }
        return pid
    }

    static func isRunning(_ pid: Int32) -> Bool {
        if pid == ProcessInfo.processInfo.processIdentifier { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Paths registered while written; `removeAll` unlinks those still registered.
    final class LiveFiles: @unchecked Sendable {
        private let lock = NSLock()
        private var paths = Set<String>()
        func insert(_ path: String) {
            lock.lock()
            defer { lock.unlock() }
            paths.insert(path)
        }
        func remove(_ path: String) {
            lock.lock()
            defer { lock.unlock() }
            paths.remove(path)
        }
        var registered: [String] {
            lock.lock()
            defer { lock.unlock() }
            return paths.sorted()
        }
        /// Unlinks the registered paths (in `folder`, or all) and forgets them; returns those removed.
        @discardableResult
        func removeAll(in folder: String? = nil) -> [String] {
            lock.lock()
            defer { lock.unlock() }
            let chosen = paths.sorted().filter { path in folder.map { path.hasPrefix($0 + "/") } ?? true }
            paths.subtract(chosen)
            return chosen.filter { unlink($0) == 0 }
        }
    }

    final class PrunedFolders: @unchecked Sendable {
        private let lock = NSLock()
        private var folders = Set<String>()
        func insert(_ folder: String) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return folders.insert(folder).inserted
        }
    }
}
