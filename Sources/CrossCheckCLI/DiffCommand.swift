import ClaimModel
import CrossCheck
import Foundation
import ReportWriter

/// `crosscheck diff A B`: two articles side by side, finding by finding.
struct DiffCommand: Command {
    let name = "diff"
    let summary = "compare two articles side by side, claim by claim"
    let help = """
        Usage: crosscheck diff <article-A> <article-B> [--all] [--fail-on LEVEL] [--no-color] [--name NAME]

        Compares two article files as a set of two and prints each finding as a row:
        what A says, what B says (with the line of each article's body), and the status.
        Discrepancies first; --all adds agreements. Either article can be - (standard input),
        named by --name (default stdin.txt; the extension gives the format).
        --fail-on LEVEL exits 1 when a discrepancy at or above LEVEL (info, warning, error)
        is found, as in compare.

        Exit status: 0 done; 1 findings at or above --fail-on; 2 usage; 3 unreadable input

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--name", "--fail-on"], flags: ["--all", "--no-color", "--color"])
        let failOn = try args.value("--fail-on").map(parseSeverity)
        guard args.positionals.count == 2 else { throw CrossCheckError.usage("diff needs exactly two article files") }
        if args.positionals.allSatisfy({ $0 == "-" }) { throw CrossCheckError.usage("standard input (-) can be one of the two articles, not both") }
        var articles: [Article] = []
        for path in args.positionals {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw CrossCheckError.usage("\(path) is a folder: diff compares two article files; to compare a set, run `crosscheck compare \(path)`")
            }
            let parsed = try ArticleArguments.read(path, name: args.value("--name"), console: console, command: "diff")
            guard let article = parsed.first?.articles.first else { throw CrossCheckError.emptyFile(path: path) }
            articles.append(article)
        }
        // `diff A B` and `diff B A` read the same findings: the two articles are compared in an
        // order of their own (content, then path), with ids from that order; A and B only label
        // the rows. Distinct ids even for files of the same name.
        let swapped = (articles[1].sha256, articles[1].path) < (articles[0].sha256, articles[0].path)
        let labels = swapped ? ["2", "1"] : ["1", "2"]
        for index in articles.indices { articles[index].id = labels[index] }
        // Two versions of one article are near copies: compare them as two sources.
        var checker = CrossChecker()
        checker.configuration.comparator.copiesAsOneSource = false
        let report = checker.makeReport(set: "diff", analyses: checker.analyze(swapped ? articles.reversed() : articles), diagnostics: [])
        let color = console.colorEnabled(forced: args.has("--no-color") ? false : args.has("--color") ? true : nil)
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        console.out(Printable.line("A: \(args.positionals[0])" + (articles[0].outlet.map { " (\($0))" } ?? "")) + "\n")
        console.out(Printable.line("B: \(args.positionals[1])" + (articles[1].outlet.map { " (\($0))" } ?? "")) + "\n\n")
        let shown = report.findings.filter { args.has("--all") || $0.status != .agree }
        if shown.isEmpty { console.out("No discrepancies between A and B.\n") }
        for finding in shown {
            let status: String
            switch finding.status {
            case .conflict: status = paint("conflict", "31")
            case .onlyIn: status = paint("only-in ", "33")
            case .variant: status = paint("variant ", "36")
            case .agree: status = paint("agree   ", "32")
            }
            console.out("\(status) \(finding.kind.rawValue): \(Printable.line(finding.subject))\n")
            for (name, id) in zip(["A", "B"], labels) {
                let values = finding.values[id].map { $0.joined(separator: "; ") } ?? "—"
                let line = finding.evidence[id]?.first.map { " (body line \($0.span.line))" } ?? ""
                console.out("  \(name): \(Printable.line(values))\(line)\n")
            }
        }
        if let threshold = failOn, report.findings.contains(where: { $0.isDiscrepancy && $0.severity >= threshold }) {
            return ExitStatus.findings
        }
        return ExitStatus.success
    }
}
