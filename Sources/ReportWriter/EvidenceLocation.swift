import ClaimModel

/// Where a piece of evidence stands in its file, for tools that point at files (SARIF,
/// annotations, terminal messages).
///
/// Spans and lines in a report are relative to the body text as read. In a `.txt` or `.md`
/// file the body is the file's text after its front matter (line ends normalised, which keeps
/// line numbers), so body line N is file line `bodyLineOffset + N`. In `.html`, `.json` and
/// `.jsonl` files the body is extracted text (tags stripped, JSON unescaped), so no file line
/// is claimed: `fileLine` is nil and the body line is given as such.
public struct EvidenceLocation: Sendable, Hashable {
    public var article: String
    /// The article's path as the report gives it.
    public var path: String
    /// 1-based line in the file, when the format allows it.
    public var fileLine: Int?
    /// 1-based last line in the file that the evidence covers.
    public var fileEndLine: Int?
    /// 1-based line in the body text as read.
    public var bodyLine: Int
    /// 1-based column, in Unicode scalars, of the evidence's first scalar on its line (the
    /// same in the body and the file: front matter only shifts lines). 1 when the report
    /// carries no body text.
    public var column: Int = 1
    public var text: String

    /// Every piece of evidence of a finding, at most `perArticle` per article: for a conflict
    /// the articles whose value fewest others share come first (the 17 against two articles'
    /// 14), so a tool that shows the first location points at the outlier; otherwise, and
    /// among equals, in article order.
    public static func all(_ finding: Finding, in report: Report, perArticle: Int = 3) -> [EvidenceLocation] {
        var locations: [EvidenceLocation] = []
        for articleID in outliersFirst(finding) {
            guard let article = report.article(articleID) else { continue }
            let linesMatch = linesMatchFile(path: article.path)
            for evidence in (finding.evidence[articleID] ?? []).prefix(perArticle) {
                locations.append(EvidenceLocation(article: article, evidence: evidence, linesMatchFile: linesMatch))
            }
        }
        return locations
    }

    /// The finding's articles, for a conflict ordered by how many articles give the same values.
    static func outliersFirst(_ finding: Finding) -> [String] {
        // `Finding.articles` is computed (a union of two key sets, sorted): taken once.
        let articles = finding.articles
        guard finding.status == .conflict else { return articles }
        let keys = articles.map { id in (finding.values[id] ?? []).map(Folding.fold).sorted().joined(separator: "\u{1F}") }
        var shared: [String: Int] = [:]
        for key in keys { shared[key, default: 0] += 1 }
        // An article without values (evidence only) goes last.
        let rank = keys.map { $0.isEmpty ? Int.max : shared[$0] ?? 0 }
        return articles.indices
            .sorted { (rank[$0], $0) < (rank[$1], $1) }
            .map { articles[$0] }
    }

    public init(article: ArticleRecord, evidence: Evidence) {
        self.init(article: article, evidence: evidence, linesMatchFile: EvidenceLocation.linesMatchFile(path: article.path))
    }

    /// `linesMatchFile`: `linesMatchFile(path: article.path)`, asked once per article.
    init(article: ArticleRecord, evidence: Evidence, linesMatchFile: Bool) {
        self.article = article.id
        path = article.path
        bodyLine = evidence.span.line
        text = evidence.text
        if let body = article.body {
            column = EvidenceLocation.column(of: evidence.span.start, in: body)
        }
        if linesMatchFile {
            let start = article.bodyLineOffset + evidence.span.line
            fileLine = start
            fileEndLine = start + evidence.text.unicodeScalars.filter { $0 == "\n" }.count
        }
    }

    /// The 1-based column, in Unicode scalars, of the scalar at `offset` in `body`. Counted on
    /// the UTF-8 bytes (a scalar starts at every byte that is not a continuation byte): the
    /// same count as walking `unicodeScalars`, without decoding each scalar.
    static func column(of offset: Int, in body: String) -> Int {
        var text = body
        let lineStart = text.withUTF8 { bytes -> Int in
            var scalars = 0
            var lineStart = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                if scalars >= offset { break }
                scalars += 1
                if byte == 0x0A { lineStart = scalars }
            }
            return lineStart
        }
        return offset - lineStart + 1
    }

    /// `.txt` and `.md` files keep their lines in the body; other formats do not.
    public static func linesMatchFile(path: String) -> Bool {
        let lower = path.lowercased()
        return [".txt", ".text", ".md", ".markdown"].contains { lower.hasSuffix($0) }
    }

    /// `path:line` when the file line is known, else `path (body line N)`.
    public var rendered: String {
        if let fileLine { return "\(path):\(fileLine)" }
        return "\(path) (body line \(bodyLine))"
    }
}
