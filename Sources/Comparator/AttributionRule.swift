import ClaimModel

/// `attribution` findings: which sources each article cites (`according to Reuters`,
/// `a US official confirmed`). Cited by two or more articles → `agree`; by one → `only-in`.
/// A source named briefly in one article (`state officials`) and precisely in another (`state
/// emergency officials`) is one source when no third name fits it.
/// Sources are compared folded, without a leading determiner (`the Interior Ministry` ≡
/// `Interior Ministry`). Citing different sources is context, not a contradiction: `info`.
struct AttributionRule: FindingRule {
    func findings(in context: ComparisonContext) -> [Finding] {
        var cited: [String: [String: [Claim]]] = [:]
        var display: [String: String] = [:]
        for claim in context.claims(.attribution) {
            guard let source = claim.slots.source else { continue }
            let key = AttributionRule.key(source)
            guard !key.isEmpty else { continue }
            display[key] = display[key] ?? source
            cited[key, default: [:]][claim.article, default: []].append(claim)
        }
        // A source named more precisely in one article (`county fire officials`) is the
        // source another names more briefly (`state officials`): same head word, and every word
        // of the brief one in the precise one. Each brief name joins its one precise name only.
        let keys = cited.keys.sorted()
        for brief in keys {
            guard let briefArticles = cited[brief]?.keys else { continue }
            let words = Set(brief.split(separator: " "))
            let wider = keys.filter { other in
                guard other != brief, let otherArticles = cited[other]?.keys else { return false }
                return other.split(separator: " ").last == brief.split(separator: " ").last && words.isSubset(of: Set(other.split(separator: " ")))
                    && Set(otherArticles).isDisjoint(with: briefArticles)
            }
            guard wider.count == 1, let target = wider.first else { continue }
            for (article, claims) in cited[brief]! { cited[target]![article, default: []].append(contentsOf: claims) }
            cited[brief] = nil
        }
        var findings: [Finding] = []
        for key in cited.keys.sorted() {
            let perArticle = cited[key]!
            let name = display[key] ?? key
            let outlets = perArticle.keys.sorted().map(context.outlet).joinedAsList()
            let status: FindingStatus = perArticle.count >= 2 ? .agree : .onlyIn
            let summary = status == .agree ? "\(outlets) cite \(name)" : "Only \(outlets) cites \(name)"
            findings.append(Finding(
                kind: .attribution, status: status, severity: context.configuration.severity(.attribution, status, default: .info),
                subject: name, subjectKey: "source:" + key, entity: nil, summary: summary,
                values: perArticle.mapValues { $0.map { $0.slots.source ?? name } }, evidence: perArticle.mapValues { $0.map(\.evidence) }))
        }
        return findings
    }

    static func key(_ source: String) -> String {
        var words = Folding.words(source)
        while let first = words.first, ["the", "a", "an"].contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
