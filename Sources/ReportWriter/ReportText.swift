import Foundation
import ClaimModel

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

    static func kindTitle(_ kind: FindingKind) -> String {
        switch kind {
        case .title: return "Title"
        case .participant: return "Participant"
        case .absence: return "Absence"
        case .date: return "Date"
        case .number: return "Number"
        case .place: return "Place"
        case .item: return "Item"
        case .attribution: return "Attribution"
        case .quote: return "Quote"
        case .consistency: return "Consistency"
        case .other: return "Other"
        }
    }

    /// Collapses white space and cuts long text at a word boundary.
    static func clip(_ text: String, _ limit: Int = 160) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == " " }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + " …" }
        return String(cut) + "…"
    }

    /// Markdown table cell: pipes escaped, one line.
    static func cell(_ text: String) -> String {
        clip(text, 80).replacingOccurrences(of: "|", with: "\\|")
    }

    static func plural(_ count: Int, _ word: String) -> String { count == 1 ? "1 \(word)" : "\(count) \(word)s" }
}

