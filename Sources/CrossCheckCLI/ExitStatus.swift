/// Documented exit statuses.
public enum ExitStatus {
    /// Nothing at or above the `--fail-on` threshold (or no threshold given).
    public static let success: Int32 = 0
    /// Findings at or above the threshold (`check`, or `compare --fail-on`).
    public static let findings: Int32 = 1
    /// Bad arguments or configuration.
    public static let usage: Int32 = 2
    /// Input that could not be read: a missing folder, an empty set, a file that is not UTF-8…
    public static let input: Int32 = 3
    /// A report, baseline or cache file could not be written.
    public static let output: Int32 = 4
}
