import ClaimModel
import CrossCheck
import Foundation
import ReportWriter

/// `crosscheck diff A B`: two articles side by side, finding by finding.
struct DiffCommand: Command {
    let name = "diff"
    let summary = "compare two articles side by side, claim by claim"
    let help = """
        Usage: crosscheck diff <article-A> <article-B> [--all] [--no-color]

        Compares two article files as a set of two and prints each finding as a row:
        what A says, what B says, and the status. Discrepancies first; --all adds agreements.

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: [], flags: ["--all", "--no-color", "--color"])
        guard args.positionals.count == 2 else { throw CrossCheckError.usage("diff needs exactly two article files") }
        let reader = CorpusReader()
        var articles: [Article] = []
        for (index, path) in args.positionals.enumerated() {
            let parsed = try reader.readFile(path)
            guard var article = parsed.articles.first else { throw CrossCheckError.emptyFile(path: path) }
            // Distinct ids even for files of the same name.
            article.id = index == 0 ? "A" : "B"
            articles.append(article)
        }
        let checker = CrossChecker()
        let report = checker.makeReport(set: "diff", analyses: checker.analyze(articles), diagnostics: [])
        let color = console.colorEnabled(forced: args.has("--no-color") ? false : args.has("--color") ? true : nil)
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        console.out("A: \(args.positionals[0])" + (articles[0].outlet.map { " (\($0))" } ?? "") + "\n")
        console.out("B: \(args.positionals[1])" + (articles[1].outlet.map { " (\($0))" } ?? "") + "\n\n")
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
            console.out("\(status) \(finding.kind.rawValue): \(finding.subject)\n")
            for id in ["A", "B"] {
                let values = finding.values[id].map { $0.joined(separator: "; ") } ?? "—"
                let line = finding.evidence[id]?.first.map { " (line \($0.span.line))" } ?? ""
                console.out("  \(id): \(values)\(line)\n")
            }
        }
        return ExitStatus.success
    }
}
