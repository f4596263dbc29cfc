/// What a finding is about. The contract in REPORT-FORMAT.md lists these.
public enum FindingKind: String, Codable, Sendable, CaseIterable, Comparable {
    case title
    case participant
    case absence
    /// Where a legal or political process stands for someone: charged or not, a plea, a
    /// verdict, a sentence, a resignation done or planned.
    case status
    case date
    case number
    case place
    case item
    case attribution
    case quote
    case consistency
    case other

    /// Report order: people first, then facts, then sources.
    public var order: Int { FindingKind.allCases.firstIndex(of: self)! }

    public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool { lhs.order < rhs.order }
}

public enum FindingStatus: String, Codable, Sendable, CaseIterable, Comparable {
    case conflict
    case onlyIn = "only-in"
    case variant
    case agree

    /// Discrepancies first.
    public var order: Int { FindingStatus.allCases.firstIndex(of: self)! }

    public static func < (lhs: FindingStatus, rhs: FindingStatus) -> Bool { lhs.order < rhs.order }

    public var isDiscrepancy: Bool { self == .conflict || self == .onlyIn }
}

extension Finding {
    /// What a reader must review and a gate counts: a conflict, an only-in finding, or a
    /// variant at warning or above (a plan told differently by articles of different days, a
    /// quotation worded differently). Variants at info (a title or name written differently)
    /// stay in their sections.
    public var isDiscrepancy: Bool { status.isDiscrepancy || (status == .variant && severity >= .warning) }
}

public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info
    case warning
    case error

    public var rank: Int { Severity.allCases.firstIndex(of: self)! }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One result of comparing a set: a fact, how the articles treat it, and the words they use.
public struct Finding: Codable, Hashable, Sendable {
    /// Stable: a hash of kind, subject key and normalized values; never of positions.
    public var id: String
    public var kind: FindingKind
    public var status: FindingStatus
    public var severity: Severity
    /// What the finding is about, for a reader ("Anna Kowalska", "patrol boats").
    public var subject: String
    /// The entity id when the subject is an entity.
    public var entity: String?
    public var summary: String
    /// Why a variant is a variant, or how a conflict was decided.
    public var reason: String?
    /// Article id → normalized values.
    public var values: [String: [String]]
    /// Article id → the words each value came from.
    public var evidence: [String: [Evidence]]

    public init(
        kind: FindingKind, status: FindingStatus, severity: Severity, subject: String, subjectKey: String,
        entity: String?, summary: String, reason: String? = nil,
        values: [String: [String]], evidence: [String: [Evidence]], identity: [String]? = nil
    ) {
        self.kind = kind
        self.status = status
        self.severity = severity
        self.subject = subject
        self.entity = entity
        self.summary = summary
        self.reason = reason
        self.values = values.mapValues { Array(Set($0)).sorted() }
        self.evidence = evidence.mapValues { Array(Set($0)).sorted() }
        self.id = Finding.makeID(kind: kind, subjectKey: subjectKey, values: identity.map { ["": $0] } ?? self.values)
    }

    /// `f-` and 16 hex digits of SHA-256 over kind, subject key and the distinct values,
    /// folded and sorted (or, where a rule gives them, the distinct `identity` values: the
    /// normalized forms it compares, so `Rep.` → `Representative` in one article keeps the id). Which article states a value does not enter the id: an article that
    /// repeats a value already reported keeps the id (and its baseline entry); a new value
    /// makes a new finding.
    public static func makeID(kind: FindingKind, subjectKey: String, values: [String: [String]]) -> String {
        let valuePart = Set(values.values.flatMap { $0 }.map(Folding.fold)).sorted().joined(separator: "|")
        return "f-" + String(SHA256.hex([kind.rawValue, subjectKey, valuePart].joined(separator: "\u{1F}")).prefix(16))
    }

    /// The articles that the finding cites, in id order.
    public var articles: [String] { Array(Set(values.keys).union(evidence.keys)).sorted() }
}
