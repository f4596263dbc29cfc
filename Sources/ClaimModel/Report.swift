/// The JSON report, version 1: the public contract in REPORT-FORMAT.md.
/// Add fields freely; never rename or drop one without bumping `schema`.
public struct Report: Codable, Sendable {
    public static let schemaName = "crosscheck.report/1"

    public var schema: String
    public var tool: Tool
    public var set: String
    public var articles: [ArticleRecord]
    public var entities: [EntityRecord]
    public var claims: [Claim]
    public var findings: [Finding]
    public var diagnostics: [Diagnostic]
    /// The main event, its frame and the salience of each finding; nil in reports that were
    /// not compared (an empty set). Additive: readers of version 1 ignore it.
    public var story: Story?

    public init(
        tool: Tool, set: String, articles: [ArticleRecord], entities: [EntityRecord], claims: [Claim],
        findings: [Finding], diagnostics: [Diagnostic], story: Story? = nil
    ) {
        self.schema = Report.schemaName
        self.tool = tool
        self.set = set
        let labels = OutletLabels.labels(articles.map { (id: $0.id, outlet: $0.outlet) })
        // Only articles whose outlet another article shares get a label of their own.
        self.articles = articles.map { record in
            var record = record
            record.uniqueLabel = labels[record.id].flatMap { $0 == (record.outlet ?? record.id) ? nil : $0 }
            return record
        }
        self.entities = entities
        self.claims = claims
        self.findings = findings
        self.diagnostics = diagnostics
        self.story = story
    }

    public struct Tool: Codable, Sendable, Hashable {
        public var name: String
        public var version: String
        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    public func count(_ status: FindingStatus) -> Int { findings.filter { $0.status == status }.count }

    public func article(_ id: String) -> ArticleRecord? { articles.first { $0.id == id } }

    /// The article's outlet, unique within the set (`OutletLabels`), or its id.
    public func outletLabel(_ articleID: String) -> String { article(articleID)?.label ?? articleID }

    /// "Outlet (id)" or the id alone.
    public func label(_ articleID: String) -> String {
        guard let outlet = article(articleID)?.outlet, !outlet.isEmpty else { return articleID }
        return "\(outlet) (\(articleID))"
    }
}

public struct ArticleRecord: Codable, Sendable, Hashable {
    public var id: String
    public var path: String
    public var outlet: String?
    public var published: String?
    public var title: String?
    public var url: String?
    public var sha256: String
    public var words: Int
    /// Where inferred metadata came from (`published: dateline`).
    public var inferred: [String: String]?
    /// The body text as read, so offline reports (HTML) can show it. Not encoded in JSON.
    public var body: String?
    /// Lines of front matter before the body in the file: body line N is file line
    /// `bodyLineOffset + N` in a `.txt` or `.md` file. Not encoded in JSON.
    public var bodyLineOffset: Int = 0
    /// The outlet made unique within the set (`OutletLabels`) when another article of the set
    /// shares it; set by `Report`'s initializer, nil otherwise. Not encoded in JSON.
    public var uniqueLabel: String?

    /// What a report calls this article: its outlet, unique within the set, or its id.
    public var label: String { uniqueLabel ?? outlet ?? id }

    private enum CodingKeys: String, CodingKey { case id, path, outlet, published, title, url, sha256, words, inferred }

    public init(article: Article, includeBody: Bool = true) {
        id = article.id
        path = article.path
        outlet = article.outlet
        published = article.published
        title = article.title
        url = article.url
        sha256 = article.sha256
        words = article.wordCount
        let inferred = article.provenance.filter { $0.value != "front matter" && $0.value != "json" }
        self.inferred = inferred.isEmpty ? nil : inferred
        body = includeBody ? article.body : nil
        bodyLineOffset = article.bodyLineOffset
    }
}

public struct EntityRecord: Codable, Sendable, Hashable {
    public var id: String
    public var type: EntityType
    public var name: String
    /// Article id → mentions in that article.
    public var mentions: [String: [MentionRecord]]
    /// Names merged into this entity and the rule that merged each.
    public var merged: [Merge]?

    public init(id: String, type: EntityType, name: String, mentions: [String: [MentionRecord]], merged: [Merge]?) {
        self.id = id
        self.type = type
        self.name = name
        self.mentions = mentions
        self.merged = merged
    }

    public struct Merge: Codable, Sendable, Hashable, Comparable {
        public var article: String
        public var name: String
        public var rule: String
        public init(article: String, name: String, rule: String) {
            self.article = article
            self.name = name
            self.rule = rule
        }
        public static func < (lhs: Merge, rhs: Merge) -> Bool {
            (lhs.article, lhs.name, lhs.rule) < (rhs.article, rhs.name, rhs.rule)
        }
    }
}

public struct MentionRecord: Codable, Sendable, Hashable, Comparable {
    public var text: String
    public var title: String?
    public var form: MentionForm
    public var line: Int
    public var span: [Int]

    public init(_ mention: Mention) {
        text = mention.text
        title = mention.title
        form = mention.form
        line = mention.span.line
        span = [mention.span.start, mention.span.end]
    }

    public static func < (lhs: MentionRecord, rhs: MentionRecord) -> Bool {
        (lhs.span.first ?? 0, lhs.span.last ?? 0) < (rhs.span.first ?? 0, rhs.span.last ?? 0)
    }
}
