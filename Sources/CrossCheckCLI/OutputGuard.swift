import ClaimModel
import CrossCheck
import Foundation

/// Refuses output paths that would damage or pollute the input: a report folder inside a
/// folder being read (the next run would read the reports as articles), an output file that
/// is one of the run's inputs (`baseline.json`, `crosscheck.json`, an article), an empty path,
/// or an option's value that is really the next option (`--output --quiet`).
enum OutputGuard {
    /// A path option's value: not empty, not an option.
    static func value(_ option: String, _ value: String?) throws -> String? {
        guard let value else { return nil }
        if value.isEmpty {
            throw CrossCheckError.usage("\(option) needs a path, not an empty value")
        }
        if value.hasPrefix("-") && value != "-" {
            throw CrossCheckError.usage("\(option) needs a path, not the option '\(Printable.line(value))'; give the path first (or write ./\(Printable.line(value)) for a file of that name)")
        }
        return value
    }

    /// Refuses `output` (a report folder, or a file when `isFile`) when it is one of the
    /// input folders or lies inside one, or is a file the run reads.
    static func check(_ output: String, option: String, isFile: Bool, inputs: [String], sets: [String]) throws {
        let target = absolute(output)
        for folder in inputs + sets {
            let input = absolute(folder)
            if target == input || target.hasPrefix(input.hasSuffix("/") ? input : input + "/") {
                throw CrossCheckError.usage("\(option) \(Printable.line(output)) is inside \(Printable.line(folder)), which is read as input: the next run would read \(isFile ? "the file" : "the reports") as articles; choose a path outside it")
            }
        }
        guard isFile else { return }
        // Files the run reads beside the sets: the corpus root's configuration.
        for set in sets {
            let config = absolute(FolderPath.join(FolderPath.parent(of: set), Configuration.fileName))
            if target == config {
                throw CrossCheckError.usage("\(option) \(Printable.line(output)) is \(Configuration.fileName), an input of this run; choose another file")
            }
        }
    }

    /// An absolute path with symbolic links resolved as far as the path exists, so that
    /// `./reports`, `set/../set/reports` and a link to the set compare equal.
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FolderPath.join(FileManager.default.currentDirectoryPath, path)
        var existing = URL(fileURLWithPath: full).standardizedFileURL.path
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing) && existing != "/" {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            let parent = FolderPath.parent(of: existing)
            if parent == existing { break }
            existing = parent
        }
        let resolved = CorpusReader.resolved(existing)
        return rest.reduce(resolved) { FolderPath.join($0, $1) }
    }
}
