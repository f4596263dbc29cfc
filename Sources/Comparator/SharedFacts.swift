import ClaimModel

/// One alignment decides both: a quantity that a number or item finding aligns across two or
/// more articles is shared, so no other finding may say that only one article gives it.
///
/// A delivery (`given two extra life sentences`) and a counted noun (`two extra life
/// sentences`) are read from the same words by two rules. When the number rule aligns that
/// figure with another article's, an `only-in` item or number finding whose every piece of
/// evidence overlaps the aligned figure in its article is dropped: the story table and the
/// glance list then tell one story. Quotes, dates and people are left alone: a quote may hold
/// a shared figure and still be quoted by one article only.
enum SharedFacts {
    static let quantityKinds: Set<FindingKind> = [.number, .item]

    static func apply(_ findings: [Finding]) -> [Finding] {
        // Article → spans of figures aligned across two or more articles.
        var shared: [String: [SourceSpan]] = [:]
        for finding in findings where quantityKinds.contains(finding.kind) && finding.status != .onlyIn {
            guard Set(finding.evidence.filter { !$0.value.isEmpty }.keys).count >= 2 else { continue }
            for article in finding.evidence.keys.sorted() {
                shared[article, default: []].append(contentsOf: finding.evidence[article]!.map(\.span))
            }
        }
        guard !shared.isEmpty else { return findings }
        return findings.filter { finding in
            guard finding.status == .onlyIn, quantityKinds.contains(finding.kind) else { return true }
            let pieces = finding.evidence.flatMap { article, list in list.map { (article, $0.span) } }
            guard !pieces.isEmpty else { return true }
            let covered = pieces.allSatisfy { article, span in
                (shared[article] ?? []).contains { $0.start < span.end && span.start < $0.end }
            }
            return !covered
        }
    }
}
