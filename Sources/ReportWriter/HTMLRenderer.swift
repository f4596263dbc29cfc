import ClaimModel

/// One self-contained HTML page: no external assets, a Content-Security-Policy that
/// forbids remote loads, every piece of article text escaped.
public struct HTMLRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"en\"><head><meta charset=\"utf-8\">")
        html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<title>crosscheck: \(Escaping.xml(report.set))</title>")
        html.append("<style>body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}.conflict{color:#b00020}.only-in{color:#8a5a00}.cols{display:flex;gap:1rem}.col{flex:1;min-width:0;border:1px solid #ddd;padding:.5rem;white-space:pre-wrap}mark{background:#ffe08a}@media print{.cols{display:block}}</style>")
        html.append("</head><body>")
        html.append("<h1>crosscheck: \(Escaping.xml(report.set))</h1>")
        html.append("<p>\(report.articles.count) articles · \(report.count(.conflict)) conflicts · \(report.count(.onlyIn)) only-in · \(report.count(.variant)) variants · \(report.count(.agree)) agreements</p>")
        html.append("<h2>Findings</h2><table><tr><th>status</th><th>kind</th><th>subject</th><th>summary</th></tr>")
        for finding in report.findings {
            html.append("<tr class=\"\(finding.status.rawValue)\"><td>\(finding.status.rawValue)</td><td>\(finding.kind.rawValue)</td><td>\(Escaping.xml(finding.subject))</td><td>\(Escaping.xml(finding.summary))</td></tr>")
        }
        html.append("</table><h2>Articles</h2><div class=\"cols\">")
        for article in report.articles {
            html.append("<div class=\"col\"><h3>\(Escaping.xml(article.outlet ?? article.id))</h3>\(Escaping.xml(article.body ?? ""))</div>")
        }
        html.append("</div></body></html>")
        return html.joined(separator: "\n") + "\n"
    }
}
