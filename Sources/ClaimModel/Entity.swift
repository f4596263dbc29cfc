public enum EntityType: String, Codable, Sendable {
    case person
    case organization
    case place
}

/// How a mention names its entity.
public enum MentionForm: String, Codable, Sendable {
    /// The full name, with or without a title.
    case name
    /// The surname alone ("Kowalska", "Mr. Mattis").
    case surname
    /// A role that stands for the person ("the Defense Minister").
    case role
}

/// One place an article names a person (or other entity).
public struct Mention: Hashable, Codable, Sendable {
    public var entity: String
    /// The words of the whole mention, title included.
    public var text: String
    /// The name as written, without title.
    public var name: String
    /// The title or role used with the name in this mention, as written.
    public var title: String?
    public var form: MentionForm
    public var span: SourceSpan

    public init(entity: String, text: String, name: String, title: String?, form: MentionForm, span: SourceSpan) {
        self.entity = entity
        self.text = text
        self.name = name
        self.title = title
        self.form = form
        self.span = span
    }
}

/// A person (or organisation) as one article names it.
public struct LocalEntity: Hashable, Codable, Sendable {
    /// `person:<folded-name-slug>`; unique within the article.
    public var id: String
    public var type: EntityType
    /// The fullest name the article gives, as written.
    public var name: String
    public var mentions: [Mention]

    public init(id: String, type: EntityType, name: String, mentions: [Mention]) {
        self.id = id
        self.type = type
        self.name = name
        self.mentions = mentions
    }
}

/// A problem in the input that the run survives: reported, never silent.
public struct Diagnostic: Hashable, Codable, Sendable, Comparable {
    public enum Level: String, Codable, Sendable { case note, warning, error }
    public var level: Level
    public var code: String
    public var path: String
    public var line: Int?
    public var message: String

    public init(level: Level, code: String, path: String, line: Int? = nil, message: String) {
        self.level = level
        self.code = code
        self.path = path
        self.line = line
        self.message = message
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.code, lhs.message) < (rhs.path, rhs.line ?? 0, rhs.code, rhs.message)
    }

    /// `path:line: level: message`, the form editors and CI logs understand.
    public var rendered: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(level.rawValue): \(message)"
    }
}

/// Everything the extractor found in one article.
public struct ArticleAnalysis: Sendable {
    public var article: Article
    public var entities: [LocalEntity]
    public var claims: [Claim]
    public var diagnostics: [Diagnostic]

    public init(article: Article, entities: [LocalEntity], claims: [Claim], diagnostics: [Diagnostic] = []) {
        self.article = article
        self.entities = entities
        self.claims = claims
        self.diagnostics = diagnostics
    }
}
