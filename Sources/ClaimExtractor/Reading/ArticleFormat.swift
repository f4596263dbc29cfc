/// The file formats an article may come in, chosen by file extension.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case html
    case json
    case jsonl

    /// `txt`, `text` → text; `md`, `markdown` → markdown; `html`, `htm` → html; `json`; `jsonl`, `ndjson`.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }
}
