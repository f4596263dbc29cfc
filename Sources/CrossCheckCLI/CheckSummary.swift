import ClaimModel
import CrossCheck
import ReportWriter

/// The JSON that `check --json FILE` writes: the gate's verdict per set.
///
/// `schema` is `crosscheck.check/1`; fields are added, never renamed or dropped, without
/// bumping it. Sets are in path order, findings in report order: the same corpus, baseline
/// and cache state give the same bytes (only `extracted`/`cached` depend on the cache).
struct CheckSummary: Encodable {
    var schema = "crosscheck.check/1"
    var tool: Report.Tool
    var failOn: String
    var strict: Bool
    var changedSince: String?
    /// The exit status of the run.
    var status: Int32
    var passed: Bool
    var articles: Counts
    var sets: [SetSummary]

    struct Counts: Encodable {
        var total: Int
        /// Articles extracted in this run.
        var extracted: Int
        /// Articles whose claims came from the cache.
        var cached: Int
    }

    struct SetSummary: Encodable {
        var set: String
        var path: String
        var baseline: String
        var passed: Bool
        var articles: Counts
        var discrepancies: Int
        var acknowledged: Int
        var new: [NewFinding]
        var stale: [Stale]
        var errors: [String]
    }

    struct NewFinding: Encodable {
        var id: String
        var kind: String
        var status: String
        var severity: String
        var subject: String
        var summary: String
        /// At or above `failOn`: fails the gate.
        var blocking: Bool
        var locations: [Place]
    }

    struct Place: Encodable {
        var path: String
        /// File line (`.txt`, `.md`); absent for formats whose body is extracted text.
        var line: Int?
        var bodyLine: Int
        var text: String
    }

    struct Stale: Encodable {
        var id: String
        var kind: String?
        var subject: String?
        var reason: String?
    }

    static func set(_ checked: CheckedSet, path: String, extracted: Int, cached: Int) -> SetSummary {
        let new = checked.newFindings.map { finding in
            NewFinding(id: finding.id, kind: finding.kind.rawValue, status: finding.status.rawValue, severity: finding.severity.rawValue,
                       subject: finding.subject, summary: finding.summary, blocking: checked.blocks(finding),
                       locations: EvidenceLocation.all(finding, in: checked.report).map {
                           Place(path: $0.path, line: $0.fileLine, bodyLine: $0.bodyLine, text: $0.text)
                       })
        }
        return SetSummary(
            set: checked.report.set, path: path, baseline: checked.baselinePath, passed: !checked.fails && checked.errors.isEmpty,
            articles: Counts(total: checked.report.articles.count, extracted: extracted, cached: cached),
            discrepancies: checked.discrepancies.count, acknowledged: checked.discrepancies.count - new.count, new: new,
            stale: checked.stale.map { Stale(id: $0.id, kind: $0.kind, subject: $0.subject, reason: $0.reason) }, errors: checked.errors)
    }
}
