/// The tool's name and version, as reports and `--version` print them.
public enum CrossCheckVersion {
    public static let name = "crosscheck"
    public static let version = "0.1.0"
}
