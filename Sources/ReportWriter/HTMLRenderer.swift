import ClaimModel

/// One self-contained HTML page a fact-checker can open offline: the findings beside the
/// articles, each piece of evidence highlighted in its article and linked both ways, an
/// agreement matrix in inline SVG, filters by kind and status (the page reads the same
/// with script off), and print styles.
///
/// Safety: every piece of report text goes through `Escaping.xml`; no report text reaches
/// the style sheet, the script, a URL or an element name; article URLs are shown as text,
/// never as links; the Content-Security-Policy forbids every remote load and allows only
/// the page's own style sheet and script, by hash.
public struct HTMLRenderer: ReportRenderer {
    /// Up to this many articles, every finding lists every article (the ones that do not
    /// mention it as "not mentioned") and all articles stand side by side. Beyond it a
    /// finding lists only the articles it involves and the rest of the articles open on
    /// demand, so the page grows linearly with the set (4,000 articles made it quadratic).
    public var sideBySideLimit = 12
    /// The agreement matrix is drawn up to this many cells (articles × findings); beyond it a
    /// note says so, since a larger one is neither readable nor linear in size.
    public var matrixCellLimit = 20_000

    public init() {}

    public func render(_ report: Report) -> String {
        let findings = ReportText.ordered(report.findings).enumerated().map { (anchor: Self.anchor($0.element.id), number: $0.offset + 1, finding: $0.element) }
        let articleAnchors = Dictionary(report.articles.enumerated().map { ($0.element.id, "a\($0.offset + 1)") }, uniquingKeysWith: { first, _ in first })
        let positions = Dictionary(report.articles.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        // Every piece of evidence gets one anchor in its article, numbered per finding.
        var highlights: [String: [HTMLArticleView.Highlight]] = [:]
        var evidenceAnchors: [String: [String: [String]]] = [:]
        for item in findings {
            // Clipped once per finding: the title repeats at every piece of evidence, and a
            // summary can name every article of the set (quadratic in a large set).
            let summary = ReportText.clip(item.finding.summary, 140)
            for article in item.finding.articles {
                guard let prefix = articleAnchors[article] else { continue }
                for (index, evidence) in (item.finding.evidence[article] ?? []).sorted().enumerated() {
                    let anchor = "\(item.anchor)-\(prefix)-\(index + 1)"
                    evidenceAnchors[item.anchor, default: [:]][article, default: []].append(anchor)
                    highlights[article, default: []].append(
                        HTMLArticleView.Highlight(
                            finding: item.anchor, number: item.number, anchor: anchor, status: item.finding.status,
                            summary: summary, start: evidence.span.start, end: evidence.span.end))
                }
            }
        }

        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"en\">")
        html.append("<head>")
        html.append("<meta charset=\"utf-8\">")
        html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLAssets.contentSecurityPolicy)\">")
        html.append("<meta name=\"referrer\" content=\"no-referrer\">")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<meta name=\"generator\" content=\"\(Escaping.xml(report.tool.name)) \(Escaping.xml(report.tool.version))\">")
        html.append("<title>crosscheck: \(Escaping.xml(report.set))</title>")
        html.append("<style>\(HTMLAssets.style)</style>")
        html.append("</head>")
        html.append("<body>")
        html.append("<header>")
        html.append("<h1>crosscheck: \(Escaping.xml(report.set))</h1>")
        html.append("<p class=\"summary\">\(summary(report))</p>")
        let story = storyHTML(report)
        if !story.isEmpty { html.append(story) }
        html.append("<div class=\"top\">")
        html.append("<figure class=\"matrix\" id=\"matrix\"><figcaption class=\"legend\">Agreement matrix (articles × findings; a column links to its finding)"
            + FindingStatus.allCases.map { "<span class=\"sw s-\($0.rawValue)\"></span>\(ReportText.statusWord($0))" }.joined()
            + "<span class=\"sw s-none\"></span>not mentioned</figcaption>")
        if report.articles.count * findings.count <= matrixCellLimit {
            let matrixArticles = report.articles.map { (id: $0.id, label: $0.label) }
            html.append(HTMLMatrix(articles: matrixArticles, findings: findings).render())
        } else {
            html.append("<p class=\"none\">Not drawn: \(report.articles.count) articles × \(findings.count) findings is over \(matrixCellLimit) cells. Each finding below lists the articles it involves.</p>")
        }
        html.append("</figure>")
        html.append(filters(report))
        html.append("</div>")
        html.append("</header>")
        html.append("<main class=\"layout\">")
        html.append("<section id=\"findings\" aria-label=\"Findings\">")
        html.append("<h2>Findings (\(findings.count))</h2>")
        if findings.isEmpty { html.append("<p class=\"none\">No findings.</p>") }
        for item in findings {
            html.append(card(item.finding, anchor: item.anchor, number: item.number, report: report, articleAnchors: articleAnchors, evidenceAnchors: evidenceAnchors[item.anchor] ?? [:], positions: positions))
        }
        if !report.diagnostics.isEmpty {
            html.append("<h2>Input notes</h2><ul>")
            for diagnostic in report.diagnostics.sorted() { html.append("<li>\(Escaping.xml(diagnostic.rendered))</li>") }
            html.append("</ul>")
        }
        html.append("</section>")
        html.append("<section id=\"articles\" aria-label=\"Articles\">")
        html.append("<h2>Articles side by side</h2>")
        html.append("<div class=\"cols\">")
        for (position, article) in report.articles.enumerated() {
            if position == sideBySideLimit {
                html.append("<details class=\"more\"><summary>\(report.articles.count - sideBySideLimit) more articles</summary>")
            }
            let prefix = articleAnchors[article.id] ?? "a"
            html.append("<article class=\"col\" id=\"\(prefix)\">")
            html.append("<h3>\(Escaping.xml(article.label))</h3>")
            var meta = ["<code>\(Escaping.xml(article.id))</code>" + (article.outlet == nil ? " (outlet unknown)" : "")]
            if let published = article.published {
                meta.append(Escaping.xml(published) + (article.inferred?["published"] != nil ? " (inferred)" : ""))
            }
            meta.append("\(article.words) words")
            if let title = article.title, !title.isEmpty { meta.append("<strong>\(Escaping.xml(title))</strong>") }
            if let url = article.url, !url.isEmpty { meta.append("<span class=\"url\">\(Escaping.xml(url))</span>") }
            html.append("<p class=\"meta\">\(meta.joined(separator: " · "))</p>")
            if let body = article.body {
                html.append("<div class=\"body\">")
                let lines = HTMLArticleView(anchorPrefix: prefix, body: body, highlights: highlights[article.id] ?? []).render()
                html.append(String(lines.dropLast()))
                html.append("</div>")
            } else {
                html.append("<p class=\"none\">The article text is not part of this report.</p>")
            }
            html.append("</article>")
        }
        if report.articles.count > sideBySideLimit { html.append("</details>") }
        html.append("</div>")
        html.append("</section>")
        html.append("</main>")
        html.append("<footer>Generated by \(Escaping.xml(report.tool.name)) \(Escaping.xml(report.tool.version)). Line numbers are 1-based lines of each article's body.</footer>")
        html.append("<script>\(HTMLAssets.script)</script>")
        html.append("</body>")
        html.append("</html>")
        return html.joined(separator: "\n") + "\n"
    }

    /// An element id from a finding id: letters, digits and `-` only.
    static func anchor(_ id: String) -> String {
        let kept = String(String.UnicodeScalarView(id.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }))
        return kept.first?.isLetter == true ? kept : "f-" + kept
    }

    func summary(_ report: Report) -> String {
        let outlets = Array(Set(report.articles.compactMap(\.outlet))).sorted()
        let dates = Array(Set(report.articles.compactMap(\.published))).sorted()
        var text = ReportText.plural(report.articles.count, "article")
        if !outlets.isEmpty { text += " from " + ReportText.plural(outlets.count, "outlet") + " (" + outlets.joined(separator: ", ") + ")" }
        if let first = dates.first, let last = dates.last { text += first == last ? ", published \(first)" : ", published \(first) to \(last)" }
        var out = Escaping.xml(text) + ". Findings:"
        for status in FindingStatus.allCases {
            out += " <span class=\"badge s-\(status.rawValue)\">\(report.count(status)) \(ReportText.statusWord(status))</span>"
        }
        return out
    }

    /// Kind and status check boxes; hidden until the script shows them.
    func filters(_ report: Report) -> String {
        let kinds = FindingKind.allCases.filter { kind in report.findings.contains { $0.kind == kind } }
        let statuses = FindingStatus.allCases.filter { status in report.findings.contains { $0.status == status } }
        guard !kinds.isEmpty else { return "" }
        var out = "<form id=\"filters\" hidden>"
        out += "<fieldset><legend>Kind</legend>"
        for kind in kinds {
            let count = report.findings.filter { $0.kind == kind }.count
            out += "<label><input type=\"checkbox\" name=\"kind\" value=\"\(kind.rawValue)\" checked> \(kind.rawValue) (\(count))</label>"
        }
        out += "</fieldset><fieldset><legend>Status</legend>"
        for status in statuses {
            out += "<label><input type=\"checkbox\" name=\"status\" value=\"\(status.rawValue)\" checked> \(ReportText.statusWord(status)) (\(report.count(status)))</label>"
        }
        out += "</fieldset></form>"
        return out
    }

    /// One finding: number, status, kind, subject, summary and reason, then per article its
    /// values and links to its highlighted evidence.
    func card(
        _ finding: Finding, anchor: String, number: Int, report: Report, articleAnchors: [String: String],
        evidenceAnchors: [String: [String]], positions: [String: Int]
    ) -> String {
        var out = "<article class=\"finding s-\(finding.status.rawValue)\" id=\"\(Escaping.xml(anchor))\" data-kind=\"\(finding.kind.rawValue)\" data-status=\"\(finding.status.rawValue)\">\n"
        out += "<h3><span class=\"num\">\(number)</span> <span class=\"badge s-\(finding.status.rawValue)\">\(ReportText.statusWord(finding.status))</span> <span class=\"kind\">\(finding.kind.rawValue) · \(finding.severity.rawValue)</span><br>\(Escaping.xml(finding.subject))</h3>\n"
        out += "<p>\(Escaping.xml(finding.summary))</p>\n"
        if let reason = finding.reason, !reason.isEmpty { out += "<p class=\"reason\">\(Escaping.xml(reason))</p>\n" }
        out += "<table class=\"vals\">"
        let listAll = report.articles.count <= sideBySideLimit
        // In a large set, only the articles the finding involves (looked up, not scanned).
        let rows = listAll ? report.articles
            : Set(finding.values.keys).union(finding.evidence.keys).compactMap { positions[$0] }.sorted().map { report.articles[$0] }
        let unmentioned = listAll || finding.kind == .consistency ? 0 : report.articles.count - rows.count
        for article in rows {
            let cited = finding.values[article.id] != nil || finding.evidence[article.id] != nil
            // A problem inside one article says nothing about the others.
            if !cited && finding.kind == .consistency { continue }
            out += "<tr><th>\(Escaping.xml(article.label))</th><td>"
            if !cited {
                out += "<span class=\"none\">not mentioned</span>"
            } else {
                let values = (finding.values[article.id] ?? []).joined(separator: "; ")
                out += values.isEmpty ? "<span class=\"none\">(no value)</span>" : Escaping.xml(values)
                let evidence = (finding.evidence[article.id] ?? []).sorted()
                let anchors = evidenceAnchors[article.id] ?? []
                for (index, item) in evidence.enumerated() {
                    let target = article.body != nil && index < anchors.count ? anchors[index] : (articleAnchors[article.id].map { "\($0)-L\(item.span.line)" } ?? "")
                    out += "<a class=\"ev\" href=\"#\(Escaping.xml(target))\">body line \(item.span.line): “\(Escaping.xml(ReportText.clip(item.text, 110)))”</a>"
                }
            }
            out += "</td></tr>"
        }
        if unmentioned > 0 {
            out += "<tr><th>\(unmentioned) other articles</th><td><span class=\"none\">not mentioned</span></td></tr>"
        }
        out += "</table>\n"
        out += "<p class=\"fid\">\(Escaping.xml(finding.id))</p>\n"
        out += "</article>"
        return out
    }
}
