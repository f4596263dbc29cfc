import ClaimModel
import CrossCheck
import Foundation

/// The sets that folder arguments name, for `compare`, `check`, `baseline` and `eval`: a set
/// folder is one set, a corpus folder every set in it. One bad argument does not stop the
/// others: a file (a shell glob such as `corpus/*` picks up `corpus/README.md`) is skipped
/// with a note, as is a corpus's sub-folder holding no article file, and a missing or empty
/// folder is an error line that makes the run exit 3 once the other sets are done.
struct SetArguments {
    var sets: [String] = []
    /// An argument could not be used (exit 3 at the end).
    var failed = false

    init(_ paths: [String], command: String, console: Console) {
        var seen: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path == "-" {
                // Standard input is one article, not a set: `extract -` and `diff` read it.
                console.err("crosscheck: -: \(command) takes set folders and corpus folders, not standard input; to read one article from standard input use `crosscheck extract -` (or `crosscheck diff - FILE`), or put the articles in a folder\n")
                failed = true
                continue
            }
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                console.err("crosscheck: \(CrossCheckError.notFound(path: path).message)\n")
                failed = true
                continue
            }
            guard isDirectory.boolValue else {
                console.err("crosscheck: note: \(path) is a file, not a folder; skipped (\(command) takes set folders and corpus folders)\n")
                continue
            }
            do {
                let found = try CrossChecker.sets(in: path)
                if found.isEmpty { throw CrossCheckError.emptySet(path: path) }
                // A sub-folder that cannot be listed is an error (exit 3), never "no article file".
                for error in CorpusReader.unlistableFolders(in: path) where found != [path] {
                    console.err("crosscheck: \(error.message)\n")
                    failed = true
                }
                for folder in CrossChecker.foldersWithoutArticles(in: path) {
                    console.err("crosscheck: note: \(Printable.line(folder)): holds no article file (.txt, .md, .html, .json, .jsonl); skipped (a set's articles are the files directly in its folder)\n")
                }
                for set in found where seen.insert(URL(fileURLWithPath: set).standardizedFileURL.path).inserted { sets.append(set) }
            } catch let error as CrossCheckError {
                console.err("crosscheck: \(error.message)\n")
                failed = true
            } catch {
                console.err("crosscheck: \(path): \(error)\n")
                failed = true
            }
        }
    }

    /// No set to work on: exit 3 when an argument was unreadable (already said), else a
    /// usage error saying what the command takes.
    func nothingToDo(command: String) throws -> Int32 { try SetArguments.nothingToDo(failed: failed, command: command) }

    static func nothingToDo(failed: Bool, command: String) throws -> Int32 {
        if failed { return ExitStatus.input }
        throw CrossCheckError.usage("no folder among the arguments: \(command) takes set folders and corpus folders, for example `crosscheck \(command) corpus`")
    }
}
