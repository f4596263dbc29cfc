/// Failures that stop a run (or the reading of one file). Each names the path, the line
/// where one applies, and what to do next. Problems a run survives are `Diagnostic`s.
public enum CrossCheckError: Error, Equatable, Sendable {
    case usage(String)
    case notFound(path: String)
    case notADirectory(path: String)
    case emptySet(path: String)
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case invalidUTF8(path: String, line: Int, byteOffset: Int)
    case binary(path: String, line: Int)
    /// NUL bytes on standard input (`extract -`, `diff -`): named by `--name`, in no set.
    case binaryInput(path: String, line: Int)
    case utf16(path: String)
    case utf32(path: String)
    /// A symbolic link in a set whose target lies outside the set (read only with `--follow-links`).
    case linkOutside(path: String, target: String)
    case frontMatter(path: String, line: Int, message: String)
    case json(path: String, line: Int, message: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case duplicateID(path: String, id: String, other: String)
    case configuration(path: String, keyPath: String, message: String)
    case write(path: String, reason: String)
    /// A folder entry that is not a regular file: a FIFO, a device, a socket, a dangling or looping link.
    case notAFile(path: String, kind: String)
    /// A file that decodes but leaves no article text (an HTML page whose text is all inside
    /// an unclosed `<script>`, a comment or a tag).
    case noText(path: String, line: Int, reason: String)
    /// An HTML page that reads but has no text outside its markup: a `<title>` at most.
    case noBody(path: String, title: String?)

    /// The 1-based line the error points at, where one applies.
    public var line: Int? {
        switch self {
        case .invalidUTF8(_, let line, _), .binary(_, let line), .binaryInput(_, let line), .frontMatter(_, let line, _), .json(_, let line, _), .noText(_, let line, _): return line
        default: return nil
        }
    }

    /// Documented exit statuses: 2 usage, 3 unreadable input, 4 output could not be written.
    public var exitCode: Int32 {
        switch self {
        case .usage, .configuration: return 2
        case .write: return 4
        default: return 3
        }
    }

    public var path: String? {
        switch self {
        case .usage: return nil
        case .notFound(let path), .notADirectory(let path), .emptySet(let path), .emptyFile(let path),
            .utf16(let path), .utf32(let path):
            return path
        case .unreadable(let path, _), .invalidUTF8(let path, _, _), .binary(let path, _), .binaryInput(let path, _),
            .frontMatter(let path, _, _), .json(let path, _, _), .tooLarge(let path, _, _),
            .duplicateID(let path, _, _), .configuration(let path, _, _), .write(let path, _),
            .notAFile(let path, _), .noText(let path, _, _), .noBody(let path, _), .linkOutside(let path, _):
            return path
        }
    }

    /// One line: `path[:line]: what is wrong; what to do`.
    public var message: String {
        switch self {
        case .usage(let text):
            return "\(text) (run `crosscheck --help` for usage)"
        case .notFound(let path):
            return "\(path): no such file or folder; check the path"
        case .notADirectory(let path):
            return "\(path): not a folder; give the folder that holds the set's articles"
        case .emptySet(let path):
            return "\(path): no articles found (.txt, .md, .html, .json, .jsonl); add articles or point at the set's folder"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason)); check its permissions"
        case .emptyFile(let path):
            return "\(path): the file is empty (or holds only white space and front matter); add the article's text or remove the file"
        case .invalidUTF8(let path, let line, let offset):
            return "\(path):\(line): not valid UTF-8 (byte \(offset)); re-save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`)"
        case .binary(let path, let line):
            return "\(path):\(line): holds NUL bytes, so it is not a text article; remove it from the set"
        case .binaryInput(let path, let line):
            return "\(path):\(line): standard input holds NUL bytes, so it is not a text article; pipe in the article's text (a binary file cannot be read)"
        case .utf16(let path):
            return "\(path): is UTF-16; re-save it as UTF-8 (for example `iconv -f UTF-16 -t UTF-8`)"
        case .utf32(let path):
            return "\(path): is UTF-32; re-save it as UTF-8 (for example `iconv -f UTF-32 -t UTF-8`)"
        case .linkOutside(let path, let target):
            return "\(path): is a symbolic link to \(target), outside the set; not read (copy the file into the set, or pass --follow-links to read links that leave it)"
        case .frontMatter(let path, let line, let message):
            return "\(path):\(line): front matter: \(message)"
        case .json(let path, let line, let message):
            return "\(path):\(line): JSON: \(message)"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes) bytes is over the article size limit of \(limit) bytes; split the file or raise `limits.maxArticleBytes` in crosscheck.json"
        case .duplicateID(let path, let id, let other):
            return "\(path): article id '\(id)' is also used by \(other); rename one of the files"
        case .configuration(let path, let keyPath, let message):
            return "\(path): \(keyPath.isEmpty ? "" : "at \(keyPath): ")\(message)"
        case .write(let path, let reason):
            return "\(path): cannot write (\(reason)); check that the folder exists and is writable, and that the disk has space"
        case .notAFile(let path, let kind):
            return "\(path): is \(kind), not an article file; replace it with a regular file or remove it from the set"
        case .noText(let path, let line, let reason):
            return "\(path):\(line): no article text (\(reason)); close the element or remove the file"
        case .noBody(let path, let title):
            let what = title.map { "only the title '\($0)'" } ?? "only markup"
            return "\(path): the page has no body text (\(what)); put the article's text in <body> or remove the file"
        }
    }
}
