import ClaimModel

/// The first screen of the HTML report: the frame of the main event (one row per slot, one
/// column per article, conflicts marked) and the top discrepancies in salience order, each
/// linked to its finding.
extension HTMLRenderer {
    /// At most this many articles get a column in the frame table (a larger set lists the
    /// first ones; the findings below cover every article).
    static let frameColumnLimit = 12
    /// At most this many discrepancies in the top list.
    static let topLimit = 8

    func storyHTML(_ report: Report) -> String {
        var html: [String] = []
        if report.articles.count == 1 { html.append("<p class=\"none\">\(Escaping.xml(StoryText.oneArticle))</p>") }
        if let story = report.story, !story.frame.isEmpty {
            let articles = Array(report.articles.prefix(Self.frameColumnLimit))
            html.append("<section id=\"story\" aria-label=\"The story\"><h2>The story\(story.event.map { " (\(Escaping.xml($0)))" } ?? "")</h2>")
            html.append("<table class=\"vals\"><tr><th>slot</th><th>about</th>" + articles.map { "<th>\(Escaping.xml($0.label))</th>" }.joined() + "<th>status</th></tr>")
            for row in story.frame {
                let about = row.finding.map { "<a href=\"#\(Escaping.xml(Self.anchor($0)))\">\(Escaping.xml(row.label))</a>" } ?? Escaping.xml(row.label)
                let cells = articles.map { article in
                    "<td>" + (row.values[article.id].map { Escaping.xml(ReportText.clip($0.joined(separator: "; "), 120)) } ?? "<span class=\"none\">\(StoryText.missing(row))</span>") + "</td>"
                }.joined()
                let word = StoryText.statusWord(row)
                let status = row.status.map { "<span class=\"badge s-\($0.rawValue)\">\(word)</span>" } ?? Escaping.xml(word)
                html.append("<tr><th>\(StoryText.slotWord(row.slot))</th><td>\(about)</td>\(cells)<td>\(status)</td></tr>")
            }
            html.append("</table>")
            for update in story.updates {
                let steps = update.steps.map { "\(Escaping.xml($0.published)) \(Escaping.xml(report.outletLabel($0.article))): \(Escaping.xml($0.values.joined(separator: "; ")))" }
                html.append("<p>By publication time, \(Escaping.xml(update.subject)) (\(update.trend)): \(steps.joined(separator: " → "))</p>")
            }
            html.append("</section>")
        }
        let top = report.articles.count == 1 ? [] : Array(StoryText.topDiscrepancies(report).prefix(Self.topLimit))
        if !top.isEmpty {
            html.append("<section id=\"top\" aria-label=\"Top discrepancies\"><h2>Top discrepancies</h2><ol>")
            for finding in top {
                html.append("<li><span class=\"badge s-\(finding.status.rawValue)\">\(ReportText.statusWord(finding.status))</span> <span class=\"kind\">\(finding.kind.rawValue) · \(finding.severity.rawValue)</span> <a href=\"#\(Escaping.xml(Self.anchor(finding.id)))\">\(Escaping.xml(ReportText.clip(finding.summary, 160)))</a></li>")
            }
            html.append("</ol></section>")
        }
        return html.joined(separator: "\n")
    }
}
