import ClaimExtractor
import ClaimModel

/// An article given as a value rather than a file: its text in one of the article formats,
/// read exactly as a file of that format would be (front matter, HTML, JSON, datelines).
/// Metadata given here wins over what the text says.
public struct ArticleText: Sendable, Hashable {
    /// The formats a text can be in; a closed set, as for files.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case text, markdown, html, json

        var articleFormat: ArticleFormat {
            switch self {
            case .text: return .text
            case .markdown: return .markdown
            case .html: return .html
            case .json: return .json
            }
        }

        var fileExtension: String {
            switch self {
            case .text: return "txt"
            case .markdown: return "md"
            case .html: return "html"
            case .json: return "json"
            }
        }
    }

    /// Unique among the articles compared together; reports cite articles by it.
    public var id: String
    public var text: String
    public var format: Format
    public var outlet: String?
    /// `YYYY-MM-DD` (other date forms are normalized as in front matter).
    public var published: String?
    public var title: String?
    public var url: String?
    /// The path that reports and messages show; `<id>.<extension>` when nil.
    public var path: String?

    public init(
        id: String, text: String, format: Format = .text, outlet: String? = nil, published: String? = nil,
        title: String? = nil, url: String? = nil, path: String? = nil
    ) {
        self.id = id
        self.text = text
        self.format = format
        self.outlet = outlet
        self.published = published
        self.title = title
        self.url = url
        self.path = path
    }

    /// Parses the text into an article. Throws `CrossCheckError` as reading a file would
    /// (empty text, bad front matter, JSON that is not an article).
    public func parsed() throws -> (article: Article, diagnostics: [Diagnostic]) {
        let shownPath = path ?? "\(id).\(format.fileExtension)"
        let result = try ArticleParser.parse(bytes: Array(text.utf8), path: shownPath, id: id, format: format.articleFormat)
        guard var article = result.articles.first else { throw CrossCheckError.emptyFile(path: shownPath) }
        article.id = id
        if let outlet { article.outlet = outlet; article.provenance["outlet"] = "given" }
        if let published {
            article.published = ArticleParser.normalizePublished(published) ?? published
            article.provenance["published"] = "given"
        }
        if let title { article.title = title; article.provenance["title"] = "given" }
        if let url { article.url = url; article.provenance["url"] = "given" }
        return (article, result.diagnostics)
    }
}

extension CrossChecker {
    /// Compares articles given as values, in memory: no file is read or written. The same
    /// pipeline as `compare(setFolder:)` (extraction in parallel, then comparison), so the
    /// same texts give the same report as files would, byte for byte in JSON.
    ///
    /// ```swift
    /// let report = try CrossChecker().compare([
    ///     ArticleText(id: "wire", text: "Defense Minister Anna Kowalska met Tomas Berg on Monday."),
    ///     ArticleText(id: "daily", text: "Foreign Minister Anna Kowalska met Tomas Berg on Monday."),
    /// ], set: "visit")
    /// for finding in report.findings where finding.status == .conflict { print(finding.summary) }
    /// ```
    public func compare(_ articles: [ArticleText], set: String = "articles") throws -> Report {
        var seen: Set<String> = []
        for article in articles where !seen.insert(article.id).inserted {
            throw CrossCheckError.usage("two articles have the id '\(article.id)'; give each article its own id")
        }
        var parsed: [Article] = []
        var diagnostics: [Diagnostic] = []
        for text in articles {
            let (article, found) = try text.parsed()
            parsed.append(article)
            diagnostics.append(contentsOf: found)
        }
        return makeReport(set: set, analyses: analyze(parsed), diagnostics: diagnostics)
    }
}
