import ClaimModel

/// One set as the CI gate sees it: its report, which findings the baseline acknowledges,
/// and which baseline entries no finding matches any more. The SARIF, JUnit and annotation
/// renderers read it; `crosscheck check` builds it.
public struct CheckedSet: Sendable {
    public var report: Report
    /// Finding id → the reason recorded in the baseline (nil when none was given).
    public var acknowledged: [String: String?]
    /// Baseline entries whose id no current finding has.
    public var stale: [StaleEntry]
    /// A new discrepancy at or above this severity fails the gate.
    public var failOn: Severity
    /// Stale baseline entries fail the gate too.
    public var strict: Bool
    /// The baseline file, as a path for messages (it may not exist yet).
    public var baselinePath: String
    /// Errors that stopped part of the set (unreadable articles), one line each.
    public var errors: [String]
    /// The set folder, as a path for reports (relative to the repository root in `check`).
    public var folder: String = ""
    /// Seconds the set took to read, extract and compare, when measured.
    public var seconds: Double?

    public struct StaleEntry: Sendable, Hashable {
        public var id: String
        public var kind: String?
        public var subject: String?
        public var reason: String?
        public init(id: String, kind: String?, subject: String?, reason: String?) {
            self.id = id
            self.kind = kind
            self.subject = subject
            self.reason = reason
        }
    }

    public init(
        report: Report, acknowledged: [String: String?] = [:], stale: [StaleEntry] = [], failOn: Severity = .warning,
        strict: Bool = false, baselinePath: String = "", errors: [String] = []
    ) {
        self.report = report
        self.acknowledged = acknowledged
        self.stale = stale
        self.failOn = failOn
        self.strict = strict
        self.baselinePath = baselinePath
        self.errors = errors
    }

    /// The discrepancies (conflicts and only-in findings): what a baseline acknowledges.
    public var discrepancies: [Finding] { report.findings.filter { $0.isDiscrepancy } }

    /// A discrepancy that the baseline does not acknowledge.
    public func isNew(_ finding: Finding) -> Bool { finding.isDiscrepancy && acknowledged[finding.id] == nil }

    /// A new discrepancy at or above the threshold: the gate fails on it.
    public func blocks(_ finding: Finding) -> Bool { isNew(finding) && finding.severity >= failOn }

    public var blocking: [Finding] { report.findings.filter(blocks) }
    public var newFindings: [Finding] { report.findings.filter(isNew) }

    /// The gate fails for this set.
    public var fails: Bool { !blocking.isEmpty || (strict && !stale.isEmpty) }
}
