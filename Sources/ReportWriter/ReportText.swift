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
        .title: "Titles", .participant: "Participants", .absence: "Absences", .status: "Statuses", .date: "Dates", .number: "Numbers",
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

    /// White space runs (line ends included) as one space; control characters (escape
    /// sequences, bidirectional controls) removed, so input cannot drive a terminal.
    static func oneLine(_ text: String) -> String {
        Printable.line(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Text for Markdown prose: one line, `<` as `&lt;` so article text never becomes HTML,
    /// and the characters that open links, images, emphasis and code spans backslash-escaped
    /// (`![t](https://…)` and `[x](javascript:…)` stay text).
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in oneLine(text) {
            switch character {
            case "<": out += "&lt;"
            case "\\", "`", "*", "_", "[", "]": out.append("\\"); out.append(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// Text inside a code span: backticks cannot close it early.
    static func code(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: "`", with: "'")
    }

    /// A code span inside a table cell: a pipe would end the cell (and free what follows from
    /// the code span), so it is escaped as GitHub's tables want.
    static func codeCell(_ text: String) -> String {
        code(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Markdown table cell: one line, clipped, pipes escaped.
    static func cell(_ text: String) -> String {
        markdown(clip(text, 80)).replacingOccurrences(of: "|", with: "\\|")
    }

    /// A list for one line of a terminal: at most `limit` items, each clipped, then how many
    /// more (`a, b, c, … 199,997 more`), so a set of 200,000 articles stays one short line.
    static func listing(_ items: [String], limit: Int = 6, wrap: (String) -> String = { $0 }) -> String {
        let shown = items.prefix(limit).map { wrap(clip($0, 40)) }
        let more = items.count - shown.count
        return shown.joined(separator: ", ") + (more > 0 ? ", … \(more) more" : "")
    }

    static func plural(_ count: Int, _ word: String) -> String { count == 1 ? "1 \(word)" : "\(count) \(word)s" }
}
