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
    /// Look-ups made once, so rules ask for an article, an entity or a kind's claims in
    /// constant time rather than by a walk over the set (a set of 10,000 articles).
    private let articleIndex: [String: Int]
    private let entityIndex: [String: Int]
    private let claimsByKind: [ClaimKind: [Claim]]
    /// Article id → its outlet made unique within the set (`OutletLabels`).
    private let outletLabels: [String: String]
    /// The sentence words and their weights over the set's articles, which the rules that
    /// align claims by their sentences share (made once, not once per rule).
    let alignment: FactAlignment

    public init(articles: [Article], entities: [GlobalEntity], claims: [Claim], configuration: ComparatorConfiguration,
                mentions: [String: [String: [Mention]]]) {
        self.init(articles: articles, entities: entities, claims: claims, configuration: configuration, mentions: mentions,
                  alignment: FactAlignment(articles: articles))
    }

    /// A context over the same articles as another (an earlier occasion's claims), sharing its alignment.
    init(_ other: ComparisonContext, claims: [Claim]) {
        self.init(articles: other.articles, entities: other.entities, claims: claims, configuration: other.configuration,
                  mentions: other.mentions, alignment: other.alignment)
    }

    private init(articles: [Article], entities: [GlobalEntity], claims: [Claim], configuration: ComparatorConfiguration,
                 mentions: [String: [String: [Mention]]], alignment: FactAlignment) {
        self.alignment = alignment
        self.articles = articles
        self.entities = entities
        self.claims = claims
        self.configuration = configuration
        self.mentions = mentions
        // The first of equal ids wins, as `first { $0.id == id }` found it.
        var articleIndex: [String: Int] = [:]
        for (index, article) in articles.enumerated() where articleIndex[article.id] == nil { articleIndex[article.id] = index }
        var entityIndex: [String: Int] = [:]
        for (index, entity) in entities.enumerated() where entityIndex[entity.id] == nil { entityIndex[entity.id] = index }
        var claimsByKind: [ClaimKind: [Claim]] = [:]
        for claim in claims { claimsByKind[claim.kind, default: []].append(claim) }
        self.articleIndex = articleIndex
        self.entityIndex = entityIndex
        self.claimsByKind = claimsByKind
        self.outletLabels = OutletLabels.labels(articles.map { (id: $0.id, outlet: $0.outlet) })
    }

    public var articleIDs: [String] { articles.map(\.id) }

    /// The article with this id.
    public func article(_ id: String) -> Article? { articleIndex[id].map { articles[$0] } }

    public func entity(_ id: String) -> GlobalEntity? { entityIndex[id].map { entities[$0] } }

    public func name(_ id: String?) -> String {
        guard let id else { return "someone" }
        return entity(id)?.name ?? id
    }

    public func claims(_ kind: ClaimKind) -> [Claim] { claimsByKind[kind] ?? [] }

    /// The article's outlet, unique within the set (`paper.com (12_1)` when two articles
    /// share one), or its id.
    public func outlet(_ article: String) -> String {
        outletLabels[article] ?? article
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
