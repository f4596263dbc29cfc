import ClaimModel
import Foundation

/// The sets of a corpus that changed since a git revision, for `check --changed-since REV`.
public enum ChangedSets {
    /// Runs `git diff --name-only -z --relative REV -- .` (and lists untracked files) in the
    /// corpus folder and returns the sets, among `sets`, that hold a changed path. A change to
    /// a file directly in the corpus folder (such as its `crosscheck.json`) selects every set.
    /// Throws a usage error naming the problem when git is missing or fails.
    public static func sets(in corpus: String, among sets: [String], since revision: String) throws -> [String] {
        guard !revision.hasPrefix("-") else { throw CrossCheckError.usage("--changed-since takes a git revision, not '\(revision)'") }
        // `-z`: paths NUL-separated and never quoted. Without it git quotes a path with
        // non-ASCII letters, quote marks or tabs ("H\303\240 N\341\273\231i/a.md"), which then
        // matches no set, and the gate passes having checked nothing.
        let changed = try git(["diff", "--name-only", "-z", "--relative", revision, "--", "."], in: corpus, revision: revision)
            + git(["ls-files", "-z", "--others", "--exclude-standard", "--", "."], in: corpus, revision: revision)
        let corpusPath = URL(fileURLWithPath: corpus).standardizedFileURL.path
        var selected = Set<String>()
        // Hidden paths (the cache, .git) are not articles of any set.
        for line in changed where !line.isEmpty && !line.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let absolute = URL(fileURLWithPath: corpusPath + "/" + line).standardizedFileURL.path
            for set in sets {
                let setPath = URL(fileURLWithPath: set).standardizedFileURL.path
                if setPath == corpusPath {
                    // The corpus folder is itself the set.
                    selected.insert(set)
                } else if absolute.hasPrefix(setPath + "/") {
                    selected.insert(set)
                } else if !line.contains("/") {
                    // A file of the corpus folder itself (configuration): every set.
                    selected.insert(set)
                }
            }
        }
        return sets.filter(selected.contains)
    }

    static func git(_ arguments: [String], in folder: String, revision: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotePath=false"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CrossCheckError.usage("--changed-since needs git, which could not be started (\(error.localizedDescription)); install git or check every set without --changed-since")
        }
        // Read both pipes before waiting, so a large diff cannot fill a pipe and block git.
        let errorData = ReadBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.set(errors.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let message = String(decoding: errorData.get(), as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        if process.terminationStatus == 127 || message.contains("No such file or directory") && message.contains("git") {
            throw CrossCheckError.usage("--changed-since needs git, which is not installed or not on PATH; install git or check every set without --changed-since")
        }
        guard process.terminationStatus == 0 else {
            throw CrossCheckError.usage("--changed-since \(revision): git \(arguments[0]) failed in \(folder): \(message.isEmpty ? "exit status \(process.terminationStatus)" : message) (is it a git checkout, and is the revision fetched? in GitHub Actions use `fetch-depth: 0`)")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\0").map(String.init)
    }

    final class ReadBox: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
        func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
    }
}
