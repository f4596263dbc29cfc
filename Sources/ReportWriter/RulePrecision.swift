/// Measured precision of each SARIF rule (`kind/status`), as GitHub code scanning reads the
/// rule property `precision`: `very-high`, `high`, `medium` or `low`.
///
/// Empty until measured: the hook for the fact-edit benchmark, which plants known edits in
/// articles and counts how many of a rule's results are true. Fill it from the benchmark's
/// figures (for example `"title/conflict": "high"`); a rule without an entry carries no
/// `precision`, and GitHub then treats it as unknown.
public enum RulePrecision {
    public static let measured: [String: String] = [:]
}
