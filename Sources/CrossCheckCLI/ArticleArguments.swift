import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation

/// Article arguments of `extract` and `diff`: files, set folders (their article files) and
/// `-` (standard input, named by `--name`, whose extension gives the format: `stdin.txt` by
/// default). Files and folders can be mixed. A corpus folder (sets, no articles of its own)
/// gets advice instead of a silent nothing.
struct ArticleArguments {
    /// `--name`'s default: a text article called `stdin`.
    static let standardInputName = "stdin.txt"

    /// Reads one argument into its articles. Throws what reading a file throws.
    static func read(_ argument: String, name: String?, console: Console, command: String) throws -> [ArticleParser.Result] {
        if argument == "-" {
            let shown = name ?? standardInputName
            let ext = (shown as NSString).pathExtension
            guard let format = ArticleFormat(fileExtension: ext) else {
                throw CrossCheckError.usage("--name \(shown): .\(ext) is not an article format; name it with .txt, .md, .html, .json or .jsonl")
            }
            let data = console.readInput()
            if data.isEmpty { throw CrossCheckError.emptyFile(path: shown) }
            do {
                return [try ArticleParser.parse(bytes: [UInt8](data), path: shown, id: (shown as NSString).deletingPathExtension, format: format)]
            } catch CrossCheckError.binary(let path, let line) {
                throw CrossCheckError.binaryInput(path: path, line: line)
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
            return try files(inFolder: argument, command: command).map { try CorpusReader().readFile($0) }
        }
        return [try CorpusReader().readFile(argument)]
    }

    /// The article files of a set folder; a corpus folder (sets, no articles) gets advice.
    static func files(inFolder argument: String, command: String) throws -> [String] {
        let (files, _) = try CorpusReader.articleFiles(in: argument)
        if files.isEmpty {
            let sets = (try? CrossChecker.sets(in: argument)) ?? []
            if let first = sets.first {
                throw CrossCheckError.usage("\(argument) holds sets, not articles: \(command) takes article files or a set folder (`crosscheck \(command) \(first)`); to compare the sets, run `crosscheck compare \(argument)`")
            }
            throw CrossCheckError.emptySet(path: argument)
        }
        return files
    }
}
