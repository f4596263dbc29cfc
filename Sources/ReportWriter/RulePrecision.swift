/// Measured precision of each SARIF rule (`kind/status`), as GitHub code scanning reads the
/// rule property `precision`: `very-high`, `high`, `medium` or `low`.
///
/// From the fact-edit benchmark (`crosscheck-bench factedit`, 32 real-news sets, seed 17,
/// 2026-11-30; README, Quality): of the new results a rule raised when one fact was edited in
/// one article, the share that was the edit itself (rules with at least 5 results):
///
/// | rule | raised | right | precision |
/// |---|---|---|---|
/// | `consistency/conflict` | 19 | 19 | 1.00 |
/// | `date/conflict` | 6 | 6 | 1.00 |
/// | `number/conflict` | 10 | 10 | 1.00 |
/// | `other/conflict` | 33 | 29 | 0.88 |
/// | `quote/conflict` | 43 | 37 | 0.86 |
/// | `title/conflict` | 20 | 18 | 0.90 |
///
/// Planted edits are the easy case: on unedited real-news sets, judged by hand, 3 of 12
/// conflicts were real (README, Findings against labelled sets). So no rule is declared above
/// `medium` until conflict precision on labelled real news reaches 0.80. `only-in` rules are
/// not measured and carry no `precision` (GitHub then treats it as unknown).
public enum RulePrecision {
    public static let measured: [String: String] = [
        "consistency/conflict": "medium",
        "date/conflict": "medium",
        "number/conflict": "medium",
        "other/conflict": "medium",
        "quote/conflict": "medium",
        "title/conflict": "medium",
    ]
}
