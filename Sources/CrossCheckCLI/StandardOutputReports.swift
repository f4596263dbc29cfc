import ClaimModel
import Foundation
import ReportWriter

/// What `compare --output -` prints for one format and any number of sets, so that standard
/// output is always one thing a reader can take apart:
/// - json: one set as the pretty document a file holds; several as JSON Lines, one compact
///   report a line (`crosscheck.report/1` each), in set order;
/// - sarif, junit: one document for all the sets (one SARIF run, one `<testsuites>`);
/// - md, line: the sets one after another (`line` is line-oriented anyway);
/// - html: one set (the CLI refuses several).
enum StandardOutputReports {
    static func render(_ reports: [Report], as format: ReportFormat) -> String {
        switch format {
        case .json where reports.count > 1:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return reports.map { report in
                (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            }.map { $0 + "\n" }.joined()
        case .sarif where reports.count > 1:
            return SARIFRenderer().render(sets: reports.map { CheckedSet(report: $0) }, baseline: false)
        case .junit where reports.count > 1:
            return JUnitRenderer().render(sets: reports.map { CheckedSet(report: $0, errors: $0.diagnostics.filter { $0.level == .error }.map(\.rendered)) })
        default:
            return reports.map { ReportWriter.render($0, as: format) }.joined()
        }
    }
}
