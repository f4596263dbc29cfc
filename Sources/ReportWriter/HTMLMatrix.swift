import ClaimModel

/// The agreement matrix as inline SVG: one row per article (source), one column per
/// finding, each cell coloured by the finding's status where the article states it and
/// grey where it does not. Each column links to its finding.
struct HTMLMatrix {
    var articles: [(id: String, label: String)]
    var findings: [(anchor: String, number: Int, finding: Finding)]

    static let cell = 16
    static let gap = 3
    static let labelWidth = 190
    static let headerHeight = 22

    static func fill(_ status: FindingStatus?) -> String {
        switch status {
        case .conflict: return "#e57373"
        case .onlyIn: return "#f0b429"
        case .variant: return "#7aa7e6"
        case .agree: return "#6fbf73"
        case nil: return "#e6e6e6"
        }
    }

    func render() -> String {
        let step = Self.cell + Self.gap
        let width = Self.labelWidth + max(1, findings.count) * step
        let height = Self.headerHeight + max(1, articles.count) * step
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"matrix-title\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"system-ui,sans-serif\" font-size=\"11\">\n"
        out += "<title id=\"matrix-title\">Agreement matrix: articles by findings, coloured by status</title>\n"
        for (row, article) in articles.enumerated() {
            let y = Self.headerHeight + row * step + Self.cell - 4
            out += "<text x=\"\(Self.labelWidth - 6)\" y=\"\(y)\" text-anchor=\"end\" fill=\"#333\">\(Escaping.xml(ReportText.clip(article.label, 30)))</text>\n"
        }
        for (column, item) in findings.enumerated() {
            let x = Self.labelWidth + column * step
            out += "<a href=\"#\(Escaping.xml(item.anchor))\"><g data-f=\"\(Escaping.xml(item.anchor))\">"
            out += "<text x=\"\(x + Self.cell / 2)\" y=\"\(Self.headerHeight - 7)\" text-anchor=\"middle\" fill=\"#555\" font-size=\"9\">\(item.number)</text>"
            // Clipped once per column: a summary can name every article, and it repeats in every cell.
            let summary = Escaping.xml("\(item.number). \(ReportText.clip(item.finding.summary, 140))")
            for (row, article) in articles.enumerated() {
                let y = Self.headerHeight + row * step
                let cited = item.finding.values[article.id] != nil || item.finding.evidence[article.id] != nil
                let values = (item.finding.values[article.id] ?? []).joined(separator: "; ")
                let state = cited ? ReportText.statusWord(item.finding.status) + (values.isEmpty ? "" : ": " + values) : "not mentioned"
                let tip = summary + "&#10;" + Escaping.xml("\(article.label): \(state)")
                out += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(Self.cell)\" height=\"\(Self.cell)\" rx=\"2\" fill=\"\(Self.fill(cited ? item.finding.status : nil))\"><title>\(tip)</title></rect>"
            }
            out += "</g></a>\n"
        }
        out += "</svg>"
        return out
    }
}
