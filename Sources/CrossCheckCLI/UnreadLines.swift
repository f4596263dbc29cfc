import ClaimModel

/// Lines of a JSON Lines file that could not be read (bad JSON, not UTF-8, NUL bytes): the
/// file's other lines are compared, but each bad line is an error on standard error
/// (`file:line: …`) and the run exits 3, like any other unreadable input.
enum UnreadLines {
    static func messages(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { $0.code == "unreadable-record" }.map { diagnostic in
            let place = "\(diagnostic.path):\(diagnostic.line ?? 1): "
            let text = diagnostic.message.hasPrefix(place) ? String(diagnostic.message.dropFirst(place.count)) : diagnostic.message
            return place + text + (text.contains("this line was skipped") ? "" : "; this line was skipped, the other lines were read")
        }
    }
}
