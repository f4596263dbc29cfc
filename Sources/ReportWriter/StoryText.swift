import ClaimModel

/// The story on the first screens: the frame rows, the discrepancies in salience order,
/// and which only-in findings are minor. Shared by the Markdown, HTML and terminal renderers.
enum StoryText {
    /// Discrepancies a reader should see first: most salient first (ties in report order),
    /// minor only-in findings left for the appendix. Without a story, report order.
    static func topDiscrepancies(_ report: Report) -> [Finding] {
        let discrepancies = ReportText.ordered(report.findings.filter { $0.isDiscrepancy })
        return report.story?.topDiscrepancies(discrepancies) ?? discrepancies
    }

    /// The lines of the Markdown glance list (`## Discrepancies at a glance`), in its order:
    /// none for a set of one article.
    static func glanceList(_ report: Report) -> [Finding] {
        report.articles.count == 1 ? [] : topDiscrepancies(report)
    }

    /// The minor only-in findings, in report order.
    static func minorFindings(_ report: Report) -> [Finding] {
        guard let story = report.story, !story.minor.isEmpty else { return [] }
        let minor = Set(story.minor)
        return ReportText.ordered(report.findings.filter { minor.contains($0.id) })
    }

    static func isMinor(_ finding: Finding, _ report: Report) -> Bool {
        report.story?.minor.contains(finding.id) ?? false
    }

    /// What a cell of the frame shows for an article that does not give the row's value; for
    /// the headline row, that no line of the article reads as a headline.
    static let noHeadline = "no headline found"
    static func missing(_ row: FrameRow) -> String {
        row.slot == .what && row.label == "headline" ? noHeadline : "—"
    }

    /// `when`, `where`, `who`, `how many`, `outcome`, `what`.
    static func slotWord(_ slot: FrameSlot) -> String {
        switch slot {
        case .what: return "what"
        case .when: return "when"
        case .where: return "where"
        case .who: return "who"
        case .howMany: return "how many"
        case .outcome: return "outcome"
        }
    }

    /// The row's status as a word; `differs` when the values differ without a finding.
    static func statusWord(_ row: FrameRow) -> String {
        if let status = row.status { return ReportText.statusWord(status) }
        guard row.slot != .what, row.values.count >= 2 else { return "" }
        let distinct = Set(row.values.values.map { $0.map(Folding.fold).sorted() })
        return distinct.count > 1 ? "differs" : "agree"
    }

    /// How an outlet was found, for a reader: `front matter` is not said.
    static func outletClue(_ article: ArticleRecord) -> String? {
        guard let source = article.inferred?["outlet"] else { return nil }
        return "inferred from the \(source)"
    }

    /// The sentence a set of one article gets instead of only-in findings.
    static let oneArticle = "One article only: there is nothing to compare it with, so nothing here is confirmed or contradicted. Add other articles about the same event to cross-check it."
}
