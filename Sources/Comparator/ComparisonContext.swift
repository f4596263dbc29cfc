import ClaimModel

/// What every finding rule sees: the set's articles, its people resolved across articles,
/// and every claim with entity ids made global.
public struct ComparisonContext: Sendable {
    public let articles: [Article]
    public let entities: [GlobalEntity]
    /// Claims with `person:` slots pointing at global entities.
    public let claims: [Claim]
    public let configuration: ComparatorConfiguration
    /// Global entity id → article id → mentions there.
    public let mentions: [String: [String: [Mention]]]

    public var articleIDs: [String] { articles.map(\.id) }

    public func entity(_ id: String) -> GlobalEntity? { entities.first { $0.id == id } }

    public func name(_ id: String?) -> String {
        guard let id else { return "someone" }
        return entity(id)?.name ?? id
    }

    public func claims(_ kind: ClaimKind) -> [Claim] { claims.filter { $0.kind == kind } }

    public func outlet(_ article: String) -> String {
        articles.first { $0.id == article }?.outlet ?? article
    }
}

/// A rule that turns aligned claims into findings of one or more kinds. Rules are listed
/// in `SetComparator.rules`, in order.
public protocol FindingRule: Sendable {
    func findings(in context: ComparisonContext) -> [Finding]
}

extension Array where Element == String {
    /// `a`, `a and b`, `a, b and c`.
    func joinedAsList() -> String {
        switch count {
        case 0: return ""
        case 1: return self[0]
        default: return dropLast().joined(separator: ", ") + " and " + last!
        }
    }
}
