import ClaimModel

/// One person's given name spelled two ways across articles (`Jon Owen` / `John Owen`).
extension NameConflictRule {
    /// A `variant` for two people of one surname, each the only one of that surname in the
    /// articles naming them, no article naming both, whose first given names are spelled one
    /// letter apart (and are no initial), when no fact, description or word of kinship sets
    /// them apart: likely one person whose given name an article misspelled. The entities stay
    /// apart (`Mark` / `Mary` may be two people); the finding asks a reader to check.
    func spellingFinding(_ a: GlobalEntity, _ b: GlobalEntity, facts: [String: Facts], in context: ComparisonContext) -> Finding? {
        guard a.key.count == b.key.count, let x = a.key.first, let y = b.key.first, x != y, x.count >= 2, y.count >= 2,
              EntityResolver.editDistance(x, y) <= 1, Array(a.key.dropFirst()) == Array(b.key.dropFirst()) else { return nil }
        let factsA = facts[a.id] ?? Facts(), factsB = facts[b.id] ?? Facts()
        guard !factsA.separates(from: factsB), !describedApart(a, b, in: context),
              kinship(a, in: context).isEmpty, kinship(b, in: context).isEmpty else { return nil }
        let (values, evidence) = namesAndFirstMentions(a, b, in: context)
        let articlesA = a.locals.keys.sorted().map(context.outlet).joinedAsList()
        let articlesB = b.locals.keys.sorted().map(context.outlet).joinedAsList()
        return Finding(
            kind: .other, status: .variant, severity: context.configuration.severity(.other, .variant, default: .info),
            subject: "\(a.name) / \(b.name)", subjectKey: "name-spelling:" + a.id + "|" + b.id, entity: nil,
            summary: "Sources spell a given name differently: \(a.name) (\(articlesA)) and \(b.name) (\(articlesB)), likely one person",
            reason: "same surname, given names \(x) and \(y) one letter apart, no article names both, and no fact sets them apart",
            values: values, evidence: evidence)
    }
}
