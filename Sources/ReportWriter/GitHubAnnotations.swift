import ClaimModel

/// GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` line per new
/// discrepancy, at its first cited place, and one per stale baseline entry.
/// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
///
/// GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and
/// drops the rest silently, so past `limit` of a kind the last one shown says how many more
/// there are and where to find them.
public struct GitHubAnnotations: Sendable {
    public var limit: Int

    public init(limit: Int = 10) { self.limit = limit }

    public func render(sets: [CheckedSet]) -> String {
        let all = annotations(sets)
        var lines: [String] = []
        for kind in ["error", "warning", "notice"] {
            let ofKind = all.filter { $0.hasPrefix("::\(kind) ") }
            if ofKind.count <= limit {
                lines.append(contentsOf: ofKind)
            } else {
                lines.append(contentsOf: ofKind.prefix(limit - 1))
                let more = ofKind.count - (limit - 1)
                lines.append("::\(kind) title=\(property("crosscheck: \(more) more"))::\(data("\(more) more \(kind) annotations are not shown (GitHub shows \(limit) per kind); every finding is in the job log, the SARIF and the JUnit report"))")
            }
        }
        // Kinds grouped, each in the order found.
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Every annotation, uncapped.
    func annotations(_ sets: [CheckedSet]) -> [String] {
        var lines: [String] = []
        for set in sets {
            for finding in set.newFindings {
                let command: String
                if set.blocks(finding) {
                    command = finding.severity == .error ? "error" : "warning"
                } else {
                    command = "notice"
                }
                let places = EvidenceLocation.all(finding, in: set.report)
                var properties: [String] = []
                if let first = places.first {
                    properties.append("file=\(property(first.path))")
                    if let line = first.fileLine {
                        properties.append("line=\(line)")
                        if let end = first.fileEndLine, end != line { properties.append("endLine=\(end)") }
                    }
                }
                properties.append("title=\(property("crosscheck \(finding.kind.rawValue)/\(finding.status.rawValue) (new)"))")
                var seen: Set<String> = [places.first?.rendered ?? ""]
                let also = places.dropFirst().map(\.rendered).filter { seen.insert($0).inserted }
                let message = "\(set.report.set): \(finding.kind.rawValue) “\(finding.subject)”: \(finding.summary) [\(finding.id)]" + (also.isEmpty ? "" : "\nalso: " + also.joined(separator: ", "))
                    + "\nAfter review, acknowledge it with `crosscheck baseline` or fix the article."
                lines.append("::\(command) \(properties.joined(separator: ","))::\(data(message))")
            }
            for entry in set.stale {
                let command = set.strict ? "error" : "warning"
                let message = "\(set.report.set): baseline entry \(entry.id)" + (entry.subject.map { " (\($0))" } ?? "") + " matches no finding any more; run `crosscheck baseline` to drop it"
                lines.append("::\(command) file=\(property(set.baselinePath)),title=\(property("crosscheck stale baseline entry"))::\(data(message))")
            }
        }
        return lines
    }

    /// The message part: `%`, CR and LF escaped; other control characters (escape
    /// sequences, bidirectional controls) removed.
    func data(_ text: String) -> String {
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" || !Printable.isControl($0) }))
        return kept.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: also `:` and `,` escaped.
    func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
