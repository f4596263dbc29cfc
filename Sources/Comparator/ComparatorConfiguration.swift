import ClaimModel

/// What a set's `crosscheck.json` tells the comparator.
public struct ComparatorConfiguration: Sendable, Hashable {
    /// Canonical name → other names of the same person (`"Volodymyr Zelensky": ["Zelenskyy"]`).
    public var aliases: [String: [String]]
    /// Groups of titles to treat as one office (`["Secretary of Defense", "Secretary of War"]`):
    /// they then compare as a variant, with the reason shown.
    public var equivalentTitles: [[String]]
    /// `kind` or `kind/status` → severity (`"title/conflict": "error"`).
    public var severities: [String: Severity]
    /// Finding ids to leave out of reports.
    public var ignore: Set<String>
    /// Near copies of one story count as one source (`Syndication`): their agreement is shown
    /// as said by one source. `diff` turns it off: two versions of one article are near copies
    /// by nature, and what they agree on is exactly what the user wants told apart.
    public var copiesAsOneSource = true

    public init(aliases: [String: [String]] = [:], equivalentTitles: [[String]] = [], severities: [String: Severity] = [:], ignore: Set<String> = []) {
        self.aliases = aliases
        self.equivalentTitles = equivalentTitles
        self.severities = severities
        self.ignore = ignore
    }

    /// The severity for a finding: configuration first (`kind/status`, then `kind`), else the rule's.
    public func severity(_ kind: FindingKind, _ status: FindingStatus, default value: Severity) -> Severity {
        severities["\(kind.rawValue)/\(status.rawValue)"] ?? severities[kind.rawValue] ?? value
    }
}
