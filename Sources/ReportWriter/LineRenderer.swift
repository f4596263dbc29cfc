import ClaimModel

/// One line per discrepancy, `path:line:col: severity: kind: message`, the form editors,
/// `grep` and CI problem matchers read (GCC's diagnostic format): the first place the finding
/// cites, its severity, `kind/status`, and the summary with the finding id. Line and column
/// are the file's in `.txt` and `.md` articles; in `.html`, `.json` and `.jsonl` articles,
/// whose text is extracted, no file position is claimed and the line reads
/// `path: severity: …` with the body line in the message. Then input diagnostics, in the same
/// form. Deterministic, in report order.
public struct LineRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        var lines: [String] = []
        for finding in ReportText.ordered(report.findings.filter { $0.isDiscrepancy }) {
            let place = EvidenceLocation.all(finding, in: report, perArticle: 1).first
            let message = "\(finding.kind.rawValue)/\(finding.status.rawValue): \(ReportText.oneLine(finding.summary)) [\(finding.id)]"
            guard let place else {
                lines.append("\(report.set): \(finding.severity.rawValue): \(message)")
                continue
            }
            if let line = place.fileLine {
                lines.append("\(place.path):\(line):\(place.column): \(finding.severity.rawValue): \(message)")
            } else {
                lines.append("\(place.path): \(finding.severity.rawValue): \(message) (body line \(place.bodyLine))")
            }
        }
        for diagnostic in report.diagnostics {
            lines.append(ReportText.oneLine(diagnostic.rendered))
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
