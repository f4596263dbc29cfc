import ClaimModel

/// Figures and statuses that changed between articles published at different times: a toll
/// rising from one day's report to the next, or `no charges` one day and `charged` the next,
/// is an update, shown on a small timeline beside the frame.
enum StoryUpdates {
    static func find(findings: [Finding], articles: [Article], background: Set<String>) -> [StoryUpdate] {
        let published = Dictionary(articles.compactMap { article in article.published.map { (article.id, $0) } }, uniquingKeysWith: { first, _ in first })
        var updates: [StoryUpdate] = []
        // A conflict, or a variant of one fact (`the toll grew between publications`).
        for finding in findings where (finding.kind == .number || finding.kind == .status) && (finding.status == .conflict || finding.status == .variant) && !background.contains(finding.id) {
            guard Set(finding.values.values.map { $0.sorted() }).count >= 2 else { continue }
            // Figures the number rule holds may be different facts (`$2 trillion` proposed, `$1
            // trillion` scheduled) are two facts side by side, not one figure that changed.
            if NumberRule.namesDifferentFacts(finding) { continue }
            let steps = finding.values.compactMap { article, values -> StoryUpdate.Step? in
                guard !values.isEmpty, let date = published[article], date.count == 10 else { return nil }
                return StoryUpdate.Step(published: date, article: article, values: values)
            }.sorted { ($0.published, $0.article) < ($1.published, $1.article) }
            guard steps.count >= 2, Set(steps.map(\.published)).count >= 2 else { continue }
            // An article giving two statuses (`had no intention of resigning`, then `resigned`)
            // tells a change itself, and one giving several figures for one noun (troops here,
            // there and overall) gives several facts, of other owners or places: no step of a
            // timeline.
            if steps.contains(where: { $0.values.count > 1 }) { continue }
            let first = steps.first.flatMap { $0.values.first.flatMap(Salience.firstFigure) }
            let last = steps.last.flatMap { $0.values.first.flatMap(Salience.firstFigure) }
            let trend: String
            if let first, let last, last > first { trend = "rising" } else if let first, let last, last < first { trend = "falling" } else { trend = "changing" }
            updates.append(StoryUpdate(subject: finding.subject, finding: finding.id, steps: steps, trend: trend))
        }
        return updates.sorted { ($0.subject, $0.finding) < ($1.subject, $1.finding) }
    }
}
