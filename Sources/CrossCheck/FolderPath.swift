/// Path arithmetic on folder names as the user typed them, without Foundation's
/// `NSString.deletingLastPathComponent`, which traps on Linux for `.`, `./`, `x` and `x/`
/// (the natural way to run crosscheck inside a set).
///
/// Works on the text only: `.` and `..` are kept as written, so messages still show the
/// paths the user gave.
public enum FolderPath {
    /// The folder holding `folder`: `corpus/set` → `corpus`, `set` and `set/` → `.`,
    /// `.` and `./` → `..`, `..` → `../..`, `/set` → `/`, `/` → `/`.
    public static func parent(of folder: String) -> String {
        let trimmed = trimmingTrailingSlashes(folder)
        if trimmed.isEmpty { return "." }
        if trimmed == "/" { return "/" }
        // `a/.` is `a`; `.` is the working directory.
        if trimmed == "." { return ".." }
        if trimmed.hasSuffix("/.") { return parent(of: String(trimmed.dropLast(2))) }
        if trimmed == ".." || trimmed.hasSuffix("/..") { return trimmed + "/.." }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let head = trimmingTrailingSlashes(String(trimmed[..<slash]))
        return head.isEmpty ? "/" : head
    }

    /// `folder` and `name` joined with one slash.
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `x//` → `x`; `/` and `//` stay `/`.
    static func trimmingTrailingSlashes(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1 && text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
