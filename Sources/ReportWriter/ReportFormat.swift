import ClaimModel

/// The report formats. A closed set: each has one renderer.
public enum ReportFormat: String, Sendable, CaseIterable {
    case json
    case markdown = "md"
    case html
    case sarif
    case junit
    /// `path:line:col: severity: kind: message`, one line per discrepancy.
    case line

    /// File extension of the written report.
    public var fileExtension: String {
        switch self {
        case .json: return "json"
        case .markdown: return "md"
        case .html: return "html"
        case .sarif: return "sarif"
        case .junit: return "junit.xml"
        case .line: return "lines.txt"
        }
    }

    /// Accepts `json`, `md`, `markdown`, `html`, `sarif`, `junit`, `line`.
    public init?(name: String) {
        switch name.lowercased() {
        case "json": self = .json
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "sarif": self = .sarif
        case "junit", "xml": self = .junit
        case "line", "lines": self = .line
        default: return nil
        }
    }
}

/// Turns a report into the bytes of one format. Pure and deterministic.
public protocol ReportRenderer: Sendable {
    func render(_ report: Report) -> String
}

public enum ReportWriter {
    public static func renderer(for format: ReportFormat) -> any ReportRenderer {
        switch format {
        case .json: return JSONRenderer()
        case .markdown: return MarkdownRenderer()
        case .html: return HTMLRenderer()
        case .sarif: return SARIFRenderer()
        case .junit: return JUnitRenderer()
        case .line: return LineRenderer()
        }
    }

    public static func render(_ report: Report, as format: ReportFormat) -> String {
        renderer(for: format).render(report)
    }
}
