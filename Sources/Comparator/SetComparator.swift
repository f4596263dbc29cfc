import ClaimModel

/// The comparison of one set: people resolved across articles, claims aligned, findings.
public struct Comparison: Sendable {
    public var entities: [EntityRecord]
    public var claims: [Claim]
    public var findings: [Finding]
    /// Ids of findings about earlier occasions (`BackgroundEvents`): kept out of the story.
    public var background: [String] = []
}

/// Claims of a set in, findings out. Never calls the extractor.
public struct SetComparator: Sendable {
    /// Finding rules, in order. Order only affects nothing but evaluation cost: every rule
    /// sees the same context and findings are sorted afterwards.
    public static let rules: [any FindingRule] = [
        TitleRule(),
        ParticipationRule(),
        StatusRule(),
        DateRule(),
        NumberRule(),
        PlaceRule(),
        ItemRule(),
        AttributionRule(),
        QuoteRule(),
        AcronymTypoRule(),
        NameVariantRule(),
        NameConflictRule(),
        PersonAttributeRule(),
    ]

    public var configuration: ComparatorConfiguration
    public var rules: [any FindingRule]

    public init(configuration: ComparatorConfiguration = ComparatorConfiguration(), rules: [any FindingRule] = SetComparator.rules) {
        self.configuration = configuration
        self.rules = rules
    }

    public func compare(_ analyses: [ArticleAnalysis]) -> Comparison {
        let analyses = analyses.sorted { $0.article.id < $1.article.id }
        let globals = EntityResolver.resolve(analyses, configuration: configuration)
        // Article id + local id → global id.
        var mapping: [String: String] = [:]
        for global in globals {
            for (article, local) in global.locals { mapping[article + "\u{1F}" + local] = global.id }
        }
        var claims: [Claim] = []
        var mentions: [String: [String: [Mention]]] = [:]
        for analysis in analyses {
            let article = analysis.article.id
            for claim in analysis.claims {
                var copy = claim
                copy.slots = claim.slots.mappingEntities { mapping[article + "\u{1F}" + $0] ?? $0 }
                claims.append(copy)
            }
            for entity in analysis.entities {
                guard let global = mapping[article + "\u{1F}" + entity.id] else { continue }
                mentions[global, default: [:]][article, default: []].append(contentsOf: entity.mentions)
            }
        }
        // Pre-pass: figures and dates about an earlier occasion are compared only with those
        // about the same occasion (the same year).
        let split = BackgroundEvents.split(claims, articles: analyses.map(\.article))
        let context = ComparisonContext(
            articles: analyses.map(\.article), entities: globals, claims: split.main, configuration: configuration, mentions: mentions)
        var findings: [Finding] = []
        for rule in rules { findings.append(contentsOf: rule.findings(in: context)) }
        var background = Set<String>()
        for occasion in split.background {
            let earlier = ComparisonContext(context, claims: occasion)
            for rule in rules where BackgroundEvents.comparesBackground(rule) {
                let marked = rule.findings(in: earlier).map(BackgroundEvents.mark)
                background.formUnion(marked.map(\.id))
                findings.append(contentsOf: marked)
            }
        }
        findings = SharedFacts.apply(findings)
        findings = Syndication.apply(findings, articles: context.articles, configuration: configuration)
        findings = findings.filter { !configuration.ignore.contains($0.id) }
        findings = SetComparator.uniqueIDs(findings)
        findings.sort(by: SetComparator.reportOrder)

        let records = globals.map { global in
            EntityRecord(
                id: global.id, type: global.type, name: global.name,
                mentions: (mentions[global.id] ?? [:]).mapValues { $0.map(MentionRecord.init).sorted() },
                merged: global.merges.count > 1 ? global.merges : nil)
        }
        claims.sort { ($0.article, $0.evidence.span.start, $0.kind, $0.id) < ($1.article, $1.evidence.span.start, $1.kind, $1.id) }
        return Comparison(entities: records, claims: claims, findings: findings, background: findings.map(\.id).filter(background.contains))
    }

    /// Unique ids. Two rules may, rarely, state the same finding (same id, same values in the
    /// same articles): the first is kept. Ids rest on the fact's key and values, not on which
    /// articles state them, so two different findings may share one: the later one's id is
    /// hashed again with its subject and articles, in report order, so it stays deterministic.
    static func uniqueIDs(_ findings: [Finding]) -> [Finding] {
        var seen: [String: [String: [String]]] = [:]
        var kept: [Finding] = []
        for var finding in findings.sorted(by: reportOrder) {
            if let values = seen[finding.id] {
                if values == finding.values { continue }
                finding.id = Finding.makeID(kind: finding.kind, subjectKey: finding.id + "\u{1F}" + Folding.fold(finding.subject),
                                            values: ["": finding.articles])
                guard seen[finding.id] == nil else { continue }
            }
            seen[finding.id] = finding.values
            kept.append(finding)
        }
        return kept
    }

    /// Discrepancies first, then by severity, kind, subject and id.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.status.order, -a.severity.rank, a.kind.order, Folding.fold(a.subject), a.id)
            < (b.status.order, -b.severity.rank, b.kind.order, Folding.fold(b.subject), b.id)
    }
}
