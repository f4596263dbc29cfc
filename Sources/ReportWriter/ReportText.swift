import ClaimModel
import Foundation

/// Small text helpers shared by the renderers.
enum ReportText {
    static func statusWord(_ status: FindingStatus) -> String {
        switch status {
        case .conflict: return "conflict"
        case .onlyIn: return "only in"
        case .variant: return "variant"
        case .agree: return "agree"
        }
    }

    /// Section headings by kind. A lookup, not a switch, so a kind added to the model
    /// renders (as its capitalised name) before anyone writes its heading.
    static let kindHeadings: [FindingKind: String] = [
        .title: "Titles", .participant: "Participants", .absence: "Absences", .date: "Dates", .number: "Numbers",
        .place: "Places", .item: "Items", .attribution: "Attributions", .quote: "Quotes",
        .consistency: "Consistency within one article", .other: "Other findings",
    ]

    static func kindPlural(_ kind: FindingKind) -> String {
        kindHeadings[kind] ?? kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// Report order: status (discrepancies first), then severity (worst first), kind, subject, id.
    static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.sorted {
            ($0.status, -$0.severity.rank, $0.kind, Folding.fold($0.subject), $0.id)
                < ($1.status, -$1.severity.rank, $1.kind, Folding.fold($1.subject), $1.id)
        }
    }

    /// "1 conflict, 4 only in, 1 variant, 2 agree"; discrepancies in bold when asked.
    static func statusCounts(_ report: Report, bold: Bool) -> String {
        FindingStatus.allCases.map { status in
            let text = "\(report.count(status)) \(statusWord(status))"
            return bold && status.isDiscrepancy && report.count(status) > 0 ? "**\(text)**" : text
        }.joined(separator: ", ")
    }

    /// Collapses white space and cuts long text at a word boundary.
    static func clip(_ text: String, _ limit: Int = 160) -> String {
        let flat = oneLine(text)
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + " …" }
        return String(cut) + "…"
    }

    /// White space runs (line ends included) as one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Text for Markdown prose: one line, and `<` escaped so article text never becomes HTML.
    static func markdown(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: "<", with: "&lt;")
    }

    /// Text inside a code span: backticks cannot close it early.
    static func code(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: "`", with: "'")
    }

    /// Markdown table cell: one line, clipped, pipes escaped.
    static func cell(_ text: String) -> String {
        markdown(clip(text, 80)).replacingOccurrences(of: "|", with: "\\|")
    }

    static func plural(_ count: Int, _ word: String) -> String { count == 1 ? "1 \(word)" : "\(count) \(word)s" }
}
