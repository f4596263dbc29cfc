import ClaimModel

/// `[3/40] corpus/set` on standard error while sets are compared, only when standard error
/// is a terminal and there is more than one set; erased before anything else is printed, so
/// it never mixes with output or ends up in a log.
struct Progress {
    let console: Console
    let total: Int
    let enabled: Bool

    init(console: Console, total: Int, enabled: Bool) {
        self.console = console
        self.total = total
        self.enabled = enabled && console.stderrIsTTY && total > 1
    }

    func show(_ index: Int, _ what: String) {
        guard enabled else { return }
        console.err("\r[\(index + 1)/\(total)] \(Printable.line(what))\u{1B}[K")
    }

    func clear() {
        guard enabled else { return }
        console.err("\r\u{1B}[K")
    }
}
