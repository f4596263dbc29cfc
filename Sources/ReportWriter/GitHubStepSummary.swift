import ClaimModel

/// The Markdown that `crosscheck check` appends to `$GITHUB_STEP_SUMMARY`: the verdict, a
/// table of sets, and the new findings (at most `limit`), each with its first place.
/// Article text goes through the Markdown report's escaping (`ReportText`).
public struct GitHubStepSummary: Sendable {
    public var limit: Int

    public init(limit: Int = 50) { self.limit = limit }

    public func render(sets: [CheckedSet], passed: Bool, failOn: Severity) -> String {
        var lines: [String] = []
        let blocking = sets.reduce(0) { $0 + $1.blocking.count }
        let stale = sets.reduce(0) { $0 + $1.stale.count }
        lines.append("## crosscheck: \(passed ? "passed" : "failed")")
        lines.append("")
        lines.append("\(ReportText.plural(sets.count, "set")), \(ReportText.plural(blocking, "new finding")) at or above `\(failOn.rawValue)`, \(stale == 1 ? "1 stale baseline entry" : "\(stale) stale baseline entries").")
        lines.append("")
        lines.append("| set | articles | discrepancies | acknowledged | new | stale | errors |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
        for set in sets {
            let discrepancies = set.discrepancies.count
            let new = set.newFindings.count
            lines.append("| \(ReportText.cell(set.report.set)) | \(set.report.articles.count) | \(discrepancies) | \(discrepancies - new) | \(new) | \(set.stale.count) | \(set.errors.count) |")
        }
        let findings = sets.flatMap { set in set.newFindings.map { (set, $0) } }
        if !findings.isEmpty {
            lines.append("")
            lines.append("### New findings")
            lines.append("")
            for (set, finding) in findings.prefix(limit) {
                let place = EvidenceLocation.all(finding, in: set.report, perArticle: 1).first.map { " — `\(ReportText.code($0.rendered))`" } ?? ""
                let marker = set.blocks(finding) ? "**\(finding.severity.rawValue)**" : finding.severity.rawValue
                lines.append("- \(marker) \(finding.kind.rawValue)/\(finding.status.rawValue) in \(ReportText.cell(set.report.set)): \(ReportText.markdown(ReportText.clip(finding.summary, 200))) (`\(finding.id)`)\(place)")
            }
            if findings.count > limit { lines.append("- … \(findings.count - limit) more: see the job log, the SARIF or the JUnit report") }
        }
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }
}
