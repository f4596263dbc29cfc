import ClaimModel

/// The story section of the Markdown report (the frame table, then updates over time) and
/// the appendix of minor only-in findings.
extension MarkdownRenderer {
    func storySection(_ report: Report, ids: [String], into out: inout [String]) {
        guard let story = report.story, !story.frame.isEmpty else { return }
        out.append("## The story")
        out.append("")
        var lead = "The frame of the main event"
        if let event = story.event { lead += " (\(ReportText.markdown(event)))" }
        lead += ", one row per slot, as each article gives it. Rows marked **conflict** disagree."
        if !story.background.isEmpty { lead += " \(ReportText.plural(story.background.count, "finding")) about earlier occasions \(story.background.count == 1 ? "is" : "are") kept out of it." }
        out.append(lead)
        out.append("")
        out.append("| slot | about | " + ids.map { "`\(ReportText.codeCell($0))`" }.joined(separator: " | ") + " | status |")
        out.append("|---|---|" + ids.map { _ in "---" }.joined(separator: "|") + "|---|")
        for row in story.frame {
            let cells = ids.map { id in row.values[id].map { ReportText.cell($0.joined(separator: "; ")) } ?? StoryText.missing(row) }
            let word = StoryText.statusWord(row)
            let status = word == "conflict" ? "**conflict**" : word
            let about = row.finding.map { "[\(ReportText.cell(row.label))](#\($0))" } ?? ReportText.cell(row.label)
            out.append("| \(StoryText.slotWord(row.slot)) | \(about) | " + cells.joined(separator: " | ") + " | \(status) |")
        }
        out.append("")
        for update in story.updates {
            out.append("**By publication time: \(ReportText.markdown(update.subject))** (\(update.trend)): " + update.steps.map { step in
                "\(step.published) \(ReportText.markdown(report.outletLabel(step.article))): \(ReportText.markdown(step.values.joined(separator: "; ")))"
            }.joined(separator: " → "))
            out.append("")
        }
    }

    /// Minor only-in findings, folded: one line each.
    func minorAppendix(_ report: Report, into out: inout [String]) {
        let minor = StoryText.minorFindings(report)
        guard !minor.isEmpty else { return }
        out.append("## Minor only-in findings")
        out.append("")
        out.append("<details><summary>\(ReportText.plural(minor.count, "finding")) that fill no slot of the story: sources, items, side dates and places</summary>")
        out.append("")
        for finding in minor {
            let values = finding.values.keys.sorted().map { id in "\(report.label(id)): \((finding.values[id] ?? []).joined(separator: "; "))" }.joined(separator: " · ")
            out.append("- \(finding.kind.rawValue) · \(ReportText.markdown(finding.summary)) (\(ReportText.markdown(ReportText.clip(values, 160)))) <sub>`\(finding.id)`</sub>")
        }
        out.append("")
        out.append("</details>")
        out.append("")
    }
}
