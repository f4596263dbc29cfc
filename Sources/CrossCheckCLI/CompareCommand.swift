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
          --follow-links    read symbolic links whose target lies outside the set (refused by default)

        After the reports, the folder gets crosscheck-manifest.json: the files of this run and
        their SHA-256, so reports of different runs are never mistaken for one. A folder holding
        it is never read as a set; an output folder inside an input folder is refused.

        Exit status: 0 done; 1 findings at or above --fail-on; 2 usage; 3 unreadable input
        (the other articles and sets are still compared); 4 a report could not be written.

        Example:
          crosscheck compare corpus/hanoi-defense-visit-2025 --format md,json,html --output reports

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--format", "--output", "--fail-on"], flags: ["--quiet", "--no-color", "--color", "--follow-links"])
        guard !args.positionals.isEmpty else { throw CrossCheckError.usage("compare needs a set folder, for example `crosscheck compare corpus/my-set`") }
        let formats = try parseFormats(args.values("--format"), given: args.value("--format") != nil, default: [.markdown, .json, .html])
        let failOn = try args.value("--fail-on").map(parseSeverity)
        let output = try OutputGuard.value("--output", args.value("--output")) ?? "reports"
        let color = console.colorEnabled(forced: args.has("--no-color") ? false : args.has("--color") ? true : nil)
        var sets: [String] = []
        for folder in args.positionals { sets.append(contentsOf: try CrossCheck.sets(in: folder)) }
        if sets.isEmpty { throw CrossCheckError.emptySet(path: args.positionals.joined(separator: ", ")) }
        if output != "-" { try OutputGuard.check(output, option: "--output", isFile: false, inputs: args.positionals, sets: sets) }
        var manifest: [ReportManifest.File] = []

        var status = ExitStatus.success
        var inputFailed = false
        for (index, folder) in sets.enumerated() {
            if console.stderrIsTTY && sets.count > 3 && !args.has("--quiet") {
                console.err("\r[\(index + 1)/\(sets.count)] \(Printable.line(folder))\u{1B}[K")
            }
            let configuration = try Configuration.load(folders: [FolderPath.parent(of: folder), folder])
            let result: CrossCheck.SetResult
            do {
                result = try CrossCheck(configuration: configuration, followLinks: args.has("--follow-links")).compare(setFolder: folder)
            } catch let error as CrossCheckError where error.exitCode == ExitStatus.input {
                console.error(error.message)
                inputFailed = true
                continue
            }
            for failure in result.failures { console.error(failure.message) }
            if !result.failures.isEmpty { inputFailed = true }
            var written: [String] = []
            for format in formats {
                let text = ReportWriter.render(result.report, as: format)
                if output == "-" {
                    console.out(text)
                    break
                }
                let name = "\(result.report.set).\(format.fileExtension)"
                let path = FolderPath.join(output, name)
                try AtomicFile.write(text, to: path)
                written.append(path)
                manifest.append(ReportManifest.File(path: name, sha256: SHA256.hex(text), set: result.report.set))
            }
            if !args.has("--quiet") && output != "-" {
                console.out(TerminalRenderer(color: color).render(result.report, written: written))
            }
            if let threshold = failOn, result.report.findings.contains(where: { $0.status.isDiscrepancy && $0.severity >= threshold }) {
                status = ExitStatus.findings
            }
        }
        if console.stderrIsTTY && sets.count > 3 && !args.has("--quiet") { console.err("\r\u{1B}[K") }
        // Last: the manifest says which files this run wrote, so a run killed half-way is seen.
        if output != "-" && !manifest.isEmpty {
            let file = ReportManifest(tool: "\(CrossCheckVersion.name) \(CrossCheckVersion.version)", files: manifest)
            try AtomicFile.write(try file.encoded(), to: FolderPath.join(output, ReportManifest.fileName))
        }
        return inputFailed ? ExitStatus.input : status
    }
}

func parseFormats(_ names: [String], given: Bool = false, default defaults: [ReportFormat]) throws -> [ReportFormat] {
    // `--format ,` (or `--format ""`) names no format: an error, not the defaults.
    if names.filter({ !$0.isEmpty }).isEmpty && given {
        throw CrossCheckError.usage("--format names no format; formats are md, json, html, sarif, junit")
    }
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
