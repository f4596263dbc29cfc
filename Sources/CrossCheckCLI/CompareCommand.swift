import ClaimModel
import CrossCheck
import Foundation
import ReportWriter

/// `crosscheck compare <set-folder|corpus-folder>…`: reports for each set.
struct CompareCommand: Command {
    let name = "compare"
    let summary = "compare the articles of one or more sets and write reports"
    let help = """
        Usage: crosscheck compare <set-folder | corpus-folder>... [options]

        Reads every article of each set (a folder of .txt, .md, .html, .json, .jsonl files),
        extracts claims, compares them across articles and writes one report per set.
        A folder holding sets (such as corpus/) compares every set in it.

        Options:
          --format LIST     report formats, comma-separated: md, json, html, sarif, junit (default: md,json,html)
          --output DIR      where reports go (default: reports); - prints the first format to stdout
          --fail-on LEVEL   exit 1 when a discrepancy at or above LEVEL (info, warning, error) is found
          --quiet           print nothing but errors
          --no-color        no colour in the terminal summary (also: NO_COLOR=1)
          --color           colour even when stdout is not a terminal

        Exit status: 0 done; 1 findings at or above --fail-on; 2 usage; 3 unreadable input
        (the other articles and sets are still compared); 4 a report could not be written.

        Example:
          crosscheck compare corpus/hanoi-defense-visit-2025 --format md,json,html --output reports

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--format", "--output", "--fail-on"], flags: ["--quiet", "--no-color", "--color"])
        guard !args.positionals.isEmpty else { throw CrossCheckError.usage("compare needs a set folder, for example `crosscheck compare corpus/my-set`") }
        let formats = try parseFormats(args.values("--format"), default: [.markdown, .json, .html])
        let failOn = try args.value("--fail-on").map(parseSeverity)
        let output = args.value("--output") ?? "reports"
        let color = console.colorEnabled(forced: args.has("--no-color") ? false : args.has("--color") ? true : nil)
        var sets: [String] = []
        for folder in args.positionals { sets.append(contentsOf: try CrossChecker.sets(in: folder)) }
        if sets.isEmpty { throw CrossCheckError.emptySet(path: args.positionals.joined(separator: ", ")) }

        var status = ExitStatus.success
        var inputFailed = false
        for (index, folder) in sets.enumerated() {
            if console.stderrIsTTY && sets.count > 3 && !args.has("--quiet") {
                console.err("\r[\(index + 1)/\(sets.count)] \(folder)\u{1B}[K")
            }
            let configuration = try Configuration.load(folders: [(folder as NSString).deletingLastPathComponent, folder])
            let result: CrossChecker.SetResult
            do {
                result = try CrossChecker(configuration: configuration).compare(setFolder: folder)
            } catch let error as CrossCheckError where error.exitCode == ExitStatus.input {
                console.err("crosscheck: \(error.message)\n")
                inputFailed = true
                continue
            }
            for failure in result.failures { console.err("crosscheck: \(failure.message)\n") }
            if !result.failures.isEmpty { inputFailed = true }
            var written: [String] = []
            for format in formats {
                let text = ReportWriter.render(result.report, as: format)
                if output == "-" {
                    console.out(text)
                    break
                }
                let path = (output as NSString).appendingPathComponent("\(result.report.set).\(format.fileExtension)")
                try AtomicFile.write(text, to: path)
                written.append(path)
            }
            if !args.has("--quiet") && output != "-" {
                console.out(TerminalRenderer(color: color).render(result.report, written: written))
            }
            if let threshold = failOn, result.report.findings.contains(where: { $0.status.isDiscrepancy && $0.severity >= threshold }) {
                status = ExitStatus.findings
            }
        }
        if console.stderrIsTTY && sets.count > 3 && !args.has("--quiet") { console.err("\r\u{1B}[K") }
        return inputFailed ? ExitStatus.input : status
    }
}

func parseFormats(_ names: [String], default defaults: [ReportFormat]) throws -> [ReportFormat] {
    if names.isEmpty { return defaults }
    var formats: [ReportFormat] = []
    for name in names {
        guard let format = ReportFormat(name: name) else {
            throw CrossCheckError.usage("unknown format '\(name)'; formats are md, json, html, sarif, junit")
        }
        if !formats.contains(format) { formats.append(format) }
    }
    return formats
}

func parseSeverity(_ text: String) throws -> Severity {
    guard let severity = Severity(rawValue: text.lowercased()) else {
        throw CrossCheckError.usage("--fail-on takes info, warning or error, not '\(text)'")
    }
    return severity
}
