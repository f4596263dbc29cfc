import ClaimModel

/// `other` findings, status `variant`: one person written differently across articles (with
/// and without diacritics, with and without a middle initial, a nickname, a one-letter
/// spelling difference). The entity's merge record says which rule joined the names.
struct NameVariantRule: FindingRule {
    func findings(in context: ComparisonContext) -> [Finding] {
        var findings: [Finding] = []
        for entity in context.entities where entity.type == .person {
            guard let perArticle = context.mentions[entity.id], perArticle.count >= 2 else { continue }
            // The fullest written name per article.
            var names: [String: String] = [:]
            var evidence: [String: [Evidence]] = [:]
            for (article, mentions) in perArticle {
                guard let best = mentions.filter({ $0.form == .name }).max(by: { ($0.name.count, $1.span) < ($1.name.count, $0.span) }) else { continue }
                names[article] = best.name
                evidence[article] = [Evidence(text: best.text, span: best.span)]
            }
            // A surname alone (an article that never gives the full name) is the same name cut
            // short, no variant: only forms of two words or more, or a lone word no fuller form
            // ends with, are compared.
            let full = names.values.map { Folding.words($0) }.filter { $0.count >= 2 }
            let forms = Set(names.values.filter { name in
                let words = Folding.words(name)
                return words.count >= 2 || !full.contains { $0.last == words.last }
            })
            guard forms.count >= 2 else { continue }
            let rules = Array(Set(entity.merges.map(\.rule).filter { $0 != "first seen" && $0 != "same name" && $0 != "surname only" })).sorted()
            findings.append(Finding(
                kind: .other, status: .variant, severity: context.configuration.severity(.other, .variant, default: .info),
                subject: entity.name, subjectKey: "name:" + entity.id, entity: entity.id,
                summary: "Sources write \(entity.name)'s name differently: \(Array(Set(names.values)).sorted().joinedAsList())",
                reason: rules.isEmpty ? "the same person" : "judged the same person: " + rules.joined(separator: "; "),
                values: names.mapValues { [$0] }, evidence: evidence))
        }
        return findings
    }
}
