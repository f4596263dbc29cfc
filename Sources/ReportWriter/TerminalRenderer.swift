import ClaimModel

/// The short summary printed after a run: counts, the top discrepancies (worst first) with
/// what each article says, and where the full reports are. Colour only when asked: the CLI
/// decides (`Console.colorEnabled`: a terminal and `NO_COLOR` unset).
public struct TerminalRenderer: Sendable {
    public var color: Bool
    public var limit: Int

    public init(color: Bool, limit: Int = 8) {
        self.color = color
        self.limit = limit
    }

    func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    public func render(_ report: Report, written: [String]) -> String {
        var lines: [String] = []
        lines.append(paint(ReportText.clip(report.set, 80), "1") + ": \(ReportText.plural(report.articles.count, "article")) (\(TerminalRenderer.outletList(report)))")
        let counts = [
            paint("\(report.count(.conflict)) conflict", report.count(.conflict) > 0 ? "31" : "0"),
            paint("\(report.count(.onlyIn)) only-in", report.count(.onlyIn) > 0 ? "33" : "0"),
            "\(report.count(.variant)) variant", "\(report.count(.agree)) agree",
        ]
        lines.append("  findings: " + counts.joined(separator: " · "))
        if report.articles.count == 1 { lines.append("  " + StoryText.oneArticle) }
        lines.append(contentsOf: storyLines(report))
        // Most salient first (the story's ranking); minor only-in findings stay in the report.
        let discrepancies = report.articles.count == 1 ? [] : StoryText.topDiscrepancies(report)
        var top = Array(discrepancies.prefix(limit))
        // A conflict below the first screen's salience still fails a gate: never leave the
        // terminal silent about it while there is room.
        let shown = Set(top.map(\.id))
        let conflicts = report.articles.count == 1 ? [] : ReportText.ordered(report.findings.filter { $0.status == .conflict && !shown.contains($0.id) })
        top.append(contentsOf: conflicts.prefix(max(0, limit - top.count)))
        for finding in top {
            let marker: String
            switch finding.severity {
            case .error: marker = paint("error  ", "31;1")
            case .warning: marker = paint("warning", "33")
            case .info: marker = paint("info   ", "36")
            }
            let kind = finding.kind.rawValue.padding(12)
            lines.append("  \(marker) \(kind) \(ReportText.clip(finding.summary, 110))")
            lines.append(String(repeating: " ", count: 23) + paint(ReportText.clip(values(finding, report), 110), "2"))
        }
        // The rest of the discrepancies (minor ones and those below the first screen's salience too).
        let more = report.articles.count == 1 ? 0 : report.findings.filter(\.isDiscrepancy).count - top.count
        if more > 0 { lines.append("  … \(more) more discrepancies in the full report") }
        // Unreadable and skipped files are said here too, not only in the report.
        for diagnostic in report.diagnostics.prefix(5) {
            let text = diagnostic.message.hasPrefix(diagnostic.path) ? "\(diagnostic.level.rawValue): \(diagnostic.message)" : diagnostic.rendered
            lines.append("  " + paint(ReportText.oneLine(text), diagnostic.level == .note ? "0" : "33"))
        }
        if report.diagnostics.count > 5 { lines.append("  … \(report.diagnostics.count - 5) more input notes in the report") }
        if !written.isEmpty { lines.append("  full reports: " + written.map(Printable.line).joined(separator: ", ")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The frame in a few lines: `story: the visit · when 2025-11-02 · where Hanoi`, then each
    /// row of the frame that is in conflict.
    func storyLines(_ report: Report) -> [String] {
        guard let story = report.story else { return [] }
        func distinct(_ row: FrameRow?) -> String? {
            guard let row else { return nil }
            var seen = Set<String>()
            let values = row.values.keys.sorted().flatMap { row.values[$0] ?? [] }.filter { seen.insert(Folding.fold($0)).inserted }
            return values.isEmpty ? nil : ReportText.clip(values.joined(separator: " / "), 50)
        }
        var parts: [String] = []
        if let event = story.event { parts.append(ReportText.clip(event, 40)) }
        if let when = distinct(story.frame.first { $0.slot == .when }) { parts.append("when " + when) }
        if let place = distinct(story.frame.first { $0.slot == .where }) { parts.append("where " + place) }
        var lines: [String] = []
        if !parts.isEmpty { lines.append("  story: " + parts.joined(separator: " · ")) }
        for row in story.frame where row.status == .conflict {
            let values = report.articles.compactMap { article in
                row.values[article.id].map { "\(article.label): \($0.joined(separator: "; "))" }
            }.joined(separator: " · ")
            lines.append("  " + paint("conflict", "31") + " \(StoryText.slotWord(row.slot)) · \(ReportText.clip(row.label, 40)): " + ReportText.clip(values, 100))
        }
        return lines
    }

    /// At most this many outlets are named in the header line.
    public static let maxOutletsShown = 10

    /// `A, B, C` or, past `maxOutletsShown`, `A, …, J and 290 more`.
    static func outletList(_ report: Report) -> String {
        let outlets = report.articles.map { ReportText.clip(ReportText.oneLine($0.label), 60) }
        let shown = outlets.prefix(maxOutletsShown).joined(separator: ", ")
        return outlets.count > maxOutletsShown ? "\(shown) and \(outlets.count - maxOutletsShown) more" : shown
    }

    /// What each article says: `Outlet: value; value · Other: not mentioned`.
    func values(_ finding: Finding, _ report: Report) -> String {
        report.articles.filter { finding.kind != .consistency || finding.articles.contains($0.id) }.map { article in
            let label = article.label
            guard let values = finding.values[article.id], !values.isEmpty else {
                return "\(label): " + (finding.evidence[article.id] != nil ? "(no value)" : "not mentioned")
            }
            return "\(label): " + values.joined(separator: "; ")
        }.joined(separator: " · ")
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
