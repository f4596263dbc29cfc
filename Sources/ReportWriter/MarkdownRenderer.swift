import ClaimModel
import Foundation

/// The report a fact-checker reads first. Its first screen holds the summary, the
/// discrepancies in one line each, the titles each article uses for each person, and who
/// took part according to each article. Then one section per finding kind, in
/// `FindingKind` order: discrepancies as diff blocks with quoted evidence and line numbers,
/// then variants, then agreements. Kinds are rendered generically, so a new kind needs no
/// change here.
public struct MarkdownRenderer: ReportRenderer {
    /// At most this many one-line discrepancies in the summary list.
    public var glanceLimit = 12
    /// At most this many quoted evidence passages per article in a diff block.
    public var evidenceLimit = 3

    public init() {}

    public func render(_ report: Report) -> String {
        var out: [String] = []
        let ids = report.articles.map(\.id)
        out.append("# crosscheck: \(ReportText.markdown(report.set))")
        out.append("")
        out.append(summaryLine(report))
        out.append("")
        // Files that could not be read, or were skipped, belong on the first screen.
        // A bad line of a JSON Lines file loses that line only: the file's other lines are compared.
        let unread = report.diagnostics.filter { $0.level == .error && $0.code != "unreadable-record" }
        let badLines = report.diagnostics.filter { $0.code == "unreadable-record" }
        let skipped = report.diagnostics.filter { $0.code == "skipped-file" }
        if !unread.isEmpty || !skipped.isEmpty || !badLines.isEmpty {
            var parts: [String] = []
            if !unread.isEmpty { parts.append("**\(ReportText.plural(unread.count, "file")) could not be read** (\(ReportText.listing(unread.map { ($0.path as NSString).lastPathComponent }, limit: 10) { "`\(ReportText.code($0))`" }))") }
            if !badLines.isEmpty { parts.append("**\(ReportText.plural(badLines.count, "line")) could not be read** (\(ReportText.listing(badLines.map { "\(($0.path as NSString).lastPathComponent):\($0.line ?? 1)" }, limit: 10) { "`\(ReportText.code($0))`" }); the other lines of \(badLines.count == 1 ? "its file were" : "their files were") read)") }
            if !skipped.isEmpty { parts.append("\(ReportText.plural(skipped.count, "file")) skipped as not an article format") }
            out.append("> " + parts.joined(separator: "; ") + ". Their claims are not compared; see Input notes at the end.")
            out.append("")
        }
        out.append("| article | outlet | published | title | words |")
        out.append("|---|---|---|---|---:|")
        for article in report.articles {
            let how = article.inferred?["published"]
            // The date is input (escaped); the note is ours (its code span kept).
            let published = article.published.map { date in
                let shown = ReportText.cell(date)
                guard let how else { return shown }
                return how.contains("ambiguous") ? "\(shown) (day and month ambiguous in the dateline; set `published`)" : "\(shown) (inferred from the \(how.hasPrefix("date line") ? "date line" : how.hasPrefix("dateline") ? "dateline" : ReportText.cell(how)))"
            } ?? "unknown"
            let outlet = ReportText.cell(article.outlet ?? "unknown") + (StoryText.outletClue(article).map { " (\($0))" } ?? "")
            out.append("| `\(ReportText.codeCell(article.id))` | \(outlet) | \(published) | \(ReportText.cell(article.title ?? "")) | \(article.words) |")
        }
        out.append("")
        let single = report.articles.count == 1
        if single {
            out.append("> " + StoryText.oneArticle)
            out.append("")
        }
        storySection(report, ids: ids, into: &out)
        let discrepancies = StoryText.glanceList(report)
        if !discrepancies.isEmpty {
            out.append("## Discrepancies at a glance")
            out.append("")
            out.append("Most important first: a slot of the story, the headline or lede, how many articles say it, how far apart the values are.")
            out.append("")
            for finding in discrepancies.prefix(glanceLimit) {
                out.append("- **\(finding.severity.rawValue)** \(finding.kind.rawValue) · \(ReportText.statusWord(finding.status)) · [\(ReportText.markdown(finding.summary))](#\(finding.id))")
            }
            if discrepancies.count > glanceLimit { out.append("- … and \(discrepancies.count - glanceLimit) more below") }
            out.append("")
        }
        titlesTable(report, ids: ids, into: &out)
        participantsMatrix(report, ids: ids, into: &out)
        for kind in FindingKind.allCases {
            // A lone article's only-in findings compare nothing; minor ones go to the appendix.
            let findings = report.findings.filter { $0.kind == kind && !StoryText.isMinor($0, report) && !(single && $0.status == .onlyIn) }
            guard !findings.isEmpty else { continue }
            kindSection(kind, findings, report, into: &out)
        }
        if !single { minorAppendix(report, into: &out) }
        if !report.diagnostics.isEmpty {
            out.append("## Input notes")
            out.append("")
            for diagnostic in report.diagnostics.sorted() {
                out.append("- \(diagnostic.level.rawValue): `\(ReportText.code(diagnostic.path))\(diagnostic.line.map { ":\($0)" } ?? "")` \(ReportText.markdown(diagnostic.message))")
            }
            out.append("")
        }
        out.append("---")
        out.append("Generated by \(report.tool.name) \(report.tool.version). Line numbers are 1-based lines of each article's body; offsets are Unicode scalars.")
        return out.joined(separator: "\n") + "\n"
    }

    /// Articles, outlets, dates and counts by status.
    func summaryLine(_ report: Report) -> String {
        let outlets = Array(Set(report.articles.compactMap(\.outlet))).sorted()
        let dates = Array(Set(report.articles.compactMap(\.published))).sorted()
        var parts: [String] = []
        var articles = ReportText.plural(report.articles.count, "article")
        if !outlets.isEmpty { articles += " from " + ReportText.plural(outlets.count, "outlet") + " (" + ReportText.markdown(outlets.joined(separator: ", ")) + ")" }
        parts.append(articles)
        if let first = dates.first, let last = dates.last { parts.append(first == last ? "published \(first)" : "published \(first) to \(last)") }
        return parts.joined(separator: ", ") + ". Findings: " + ReportText.statusCounts(report, bold: true) + "."
    }

    /// Person × article → titles used, with the status of the title finding.
    func titlesTable(_ report: Report, ids: [String], into out: inout [String]) {
        var rows: [(name: String, id: String, perArticle: [String: [String]], status: String)] = []
        for entity in report.entities where entity.type == .person {
            var perArticle: [String: [String]] = [:]
            for (article, mentions) in entity.mentions {
                let titles = Array(Set(mentions.filter { $0.form != .role }.compactMap(\.title))).sorted()
                if !titles.isEmpty { perArticle[article] = titles }
            }
            guard !perArticle.isEmpty else { continue }
            let finding = report.findings.filter { $0.kind == .title && $0.entity == entity.id }.min { $0.status < $1.status }
            let status = finding.map { ReportText.statusWord($0.status) } ?? (perArticle.count == 1 ? "one article" : "")
            rows.append((entity.name, entity.id, perArticle, status))
        }
        guard !rows.isEmpty else { return }
        out.append("## People and the titles each article uses")
        out.append("")
        out.append("| person | " + ids.map { "`\(ReportText.codeCell($0))`" }.joined(separator: " | ") + " | status |")
        out.append("|---|" + ids.map { _ in "---" }.joined(separator: "|") + "|---|")
        for row in rows.sorted(by: { (Folding.fold($0.name), $0.name, $0.id) < (Folding.fold($1.name), $1.name, $1.id) }) {
            let cells = ids.map { id in row.perArticle[id].map { ReportText.cell($0.joined(separator: "; ")) } ?? "—" }
            let status = row.status == "conflict" ? "**conflict**" : row.status
            out.append("| \(ReportText.cell(row.name)) | " + cells.joined(separator: " | ") + " | \(status) |")
        }
        out.append("")
    }

    /// Person × article → how the article has them take part, reported absent, or not mentioned.
    func participantsMatrix(_ report: Report, ids: [String], into out: inout [String]) {
        let relevant = report.findings.filter { $0.kind == .participant || $0.kind == .absence }
        guard !relevant.isEmpty else { return }
        var bySubject: [String: [Finding]] = [:]
        for finding in relevant { bySubject[finding.entity ?? finding.subject, default: []].append(finding) }
        struct Row { var key: String; var subject: String; var findings: [Finding]; var absent: Bool; var status: FindingStatus }
        let rows = bySubject.map { key, findings -> Row in
            let sorted = findings.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
            return Row(
                key: key, subject: sorted[0].subject, findings: sorted, absent: sorted.contains { $0.kind == .absence },
                status: sorted.map(\.status).min() ?? .agree)
        }.sorted {
            ($0.absent ? 0 : 1, Folding.fold($0.subject), $0.subject, $0.key) < ($1.absent ? 0 : 1, Folding.fold($1.subject), $1.subject, $1.key)
        }
        out.append("## Who took part, per article")
        out.append("")
        out.append("| person | " + ids.map { "`\(ReportText.codeCell($0))`" }.joined(separator: " | ") + " | status |")
        out.append("|---|" + ids.map { _ in "---" }.joined(separator: "|") + "|---|")
        for row in rows {
            let cells = ids.map { id -> String in
                // An absence finding also carries what the other articles say (met, hosted):
                // only the value `absent` marks the person absent in this article.
                let values = row.findings.filter { $0.kind == .participant || $0.kind == .absence }.flatMap { $0.values[id] ?? [] }
                if values.isEmpty { return "not mentioned" }
                // Each value escaped as a cell first, so the bold marks stay Markdown.
                let shown = Array(Set(values)).sorted().map { $0.hasPrefix("absent") ? "**\(ReportText.cell($0))**" : ReportText.cell($0) }
                return shown.joined(separator: ", ")
            }
            let status = row.status == .conflict ? "**conflict**" : ReportText.statusWord(row.status)
            out.append("| \(ReportText.cell(row.subject)) | " + cells.joined(separator: " | ") + " | \(status) |")
        }
        out.append("")
    }

    /// One kind: discrepancies, then variants, then agreements.
    func kindSection(_ kind: FindingKind, _ findings: [Finding], _ report: Report, into out: inout [String]) {
        let ordered = ReportText.ordered(findings)
        out.append("## \(ReportText.kindPlural(kind))")
        out.append("")
        let counts = FindingStatus.allCases.compactMap { status -> String? in
            let count = findings.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(ReportText.statusWord(status))"
        }
        out.append(counts.joined(separator: " · "))
        out.append("")
        for finding in ordered where finding.status != .agree { detail(finding, report, into: &out) }
        let agreements = ordered.filter { $0.status == .agree }
        if !agreements.isEmpty {
            out.append("Agreements:")
            out.append("")
            for finding in agreements {
                let values = report.articles.map(\.id).compactMap { id in
                    finding.values[id].map { "\(report.label(id)): \($0.joined(separator: "; "))" }
                }.joined(separator: " · ")
                out.append("- \(ReportText.markdown(finding.summary)) (\(ReportText.markdown(ReportText.clip(values, 160)))) <sub>`\(finding.id)`</sub>")
            }
            out.append("")
        }
    }

    /// A heading, the summary and reason, and a diff block: one line per article with its
    /// values, then its quoted evidence with line numbers.
    func detail(_ finding: Finding, _ report: Report, into out: inout [String]) {
        out.append("<a id=\"\(finding.id)\"></a>")
        out.append("")
        out.append("### \(ReportText.markdown(finding.subject)) · \(ReportText.statusWord(finding.status)) (\(finding.severity.rawValue))")
        out.append("")
        var text = ReportText.markdown(finding.summary)
        if let reason = finding.reason, !reason.isEmpty {
            text += ". " + ReportText.markdown(reason.prefix(1).uppercased() + reason.dropFirst())
        }
        out.append(text.hasSuffix(".") ? text : text + ".")
        out.append("")
        out.append("```diff")
        out.append(contentsOf: diffLines(finding, report))
        out.append("```")
        out.append("")
        out.append("<sub>`\(finding.id)`</sub>")
        out.append("")
    }

    /// Conflicts: the first article `-`, the others `+`. Only-in: the articles that say it
    /// `+`, the silent ones `-`. Variants: context lines. Articles that do not mention the
    /// fact say so, so every article of the set is accounted for (except for consistency
    /// findings, which are about one article).
    func diffLines(_ finding: Finding, _ report: Report) -> [String] {
        var lines: [String] = []
        let cited = finding.articles
        var first = true
        var order = report.articles.map(\.id).filter { cited.contains($0) }
        order += cited.filter { !order.contains($0) }
        for article in order {
            let sign: String
            switch finding.status {
            case .conflict: sign = first ? "-" : "+"
            case .onlyIn: sign = "+"
            case .variant, .agree: sign = " "
            }
            first = false
            let values = (finding.values[article] ?? []).joined(separator: "; ")
            lines.append("\(sign) \(ReportText.oneLine(report.label(article))): \(values.isEmpty ? "(no value)" : ReportText.oneLine(values))")
            let evidence = (finding.evidence[article] ?? []).sorted()
            for item in evidence.prefix(evidenceLimit) {
                lines.append("\(sign)     body line \(item.span.line): “\(ReportText.clip(item.text, 180))”")
            }
            if evidence.count > evidenceLimit { lines.append("\(sign)     … \(evidence.count - evidenceLimit) more") }
        }
        // A problem inside one article says nothing about the others.
        for article in report.articles.map(\.id) where !cited.contains(article) && finding.kind != .consistency {
            let sign = finding.status == .onlyIn ? "-" : " "
            lines.append("\(sign) \(ReportText.oneLine(report.label(article))): not mentioned")
        }
        return lines
    }
}
