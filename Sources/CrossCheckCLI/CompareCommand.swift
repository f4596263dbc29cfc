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
               crosscheck compare --claims FILE.jsonl... [options]

        Reads every article of each set (a folder of .txt, .md, .html, .json, .jsonl files),
        extracts claims, compares them across articles and writes one report per set.
        A folder holding sets (such as corpus/) compares every set in it. A file among the
        arguments (a shell glob such as corpus/* picks up corpus/README.md) is skipped with a
        note; a missing folder is reported and the other sets are still compared (exit 3).

        Options:
          --format LIST     report formats, comma-separated: md, json, html, sarif, junit, line
                            (default: md,json,html)
          --output DIR      where reports go (default: reports)
          --output -        print one format to standard output instead: json prints one set
                            pretty and several sets as JSON Lines (one report a line); sarif and
                            junit print one document for all sets; md and line print the sets
                            one after another; html prints one set (several
                            sets need a folder)
          --config FILE     configuration applied over the discovered crosscheck.json files
                            (also: CROSSCHECK_CONFIG=FILE)
          --fail-on LEVEL   exit 1 when a discrepancy at or above LEVEL (info, warning, error) is found
          --quiet           print nothing but errors
          --no-color        no colour in the terminal summary (also: NO_COLOR=1)
          --color           colour even when stdout is not a terminal
          --follow-links    read symbolic links whose target lies outside the set (refused by default)
          --claims FILE     a set from its claims file instead of its folder: the JSON Lines that
                            `crosscheck extract --format jsonl <set-folder>` prints (the reduce step
                            of a map/reduce run); the set is named after the file (set.jsonl: set);
                            only --config applies (there is no folder to discover crosscheck.json in)

        After the reports, the folder gets crosscheck-manifest.json: the files of this run and
        their SHA-256, so reports of different runs are never mistaken for one. A folder holding
        it is never read as a set; an output folder inside an input folder is refused.

        Progress ([3/40] set) is shown on standard error when it is a terminal.

        Exit status: 0 done; 1 findings at or above --fail-on; 2 usage; 3 unreadable input
        (the other articles and sets are still compared); 4 a report could not be written.

        Example:
          crosscheck compare corpus/hanoi-defense-visit-2025 --format md,json,html --output reports
          crosscheck compare corpus --format json --output - | jq -c '.findings | length'

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--format", "--output", "--fail-on", "--config", "--claims"], flags: ["--quiet", "--no-color", "--color", "--follow-links"])
        let claims = args.values("--claims")
        if !claims.isEmpty && !args.positionals.isEmpty { throw CrossCheckError.usage("compare takes set folders or --claims files, not both") }
        guard !args.positionals.isEmpty || !claims.isEmpty else { throw CrossCheckError.usage("compare needs a set folder, for example `crosscheck compare corpus/my-set`") }
        let formats = try parseFormats(args.values("--format"), given: args.value("--format") != nil, default: [.markdown, .json, .html])
        let failOn = try args.value("--fail-on").map(parseSeverity)
        let output = try OutputGuard.value("--output", args.value("--output")) ?? "reports"
        let toStdout = output == "-"
        if toStdout {
            guard formats.count == 1 else {
                throw CrossCheckError.usage("--output - prints one format, not \(formats.map(\.rawValue).joined(separator: ",")); choose one with --format (for example --format json), or give --output a folder")
            }
        }
        let color = console.colorEnabled(forced: args.has("--no-color") ? false : args.has("--color") ? true : nil)
        let explicitConfig = args.value("--config") ?? console.environment[Configuration.environmentVariable]
        let named = claims.isEmpty ? SetArguments(args.positionals, command: "compare", console: console) : nil
        let sets = named?.sets ?? claims
        if let named, sets.isEmpty { return try named.nothingToDo(command: "compare") }
        if toStdout && formats[0] == .html && sets.count > 1 {
            throw CrossCheckError.usage("--output - prints HTML for one set only (\(sets.count) sets given); give --output a folder")
        }
        if !toStdout { try OutputGuard.check(output, option: "--output", isFile: false, inputs: claims.isEmpty ? args.positionals : [], sets: claims.isEmpty ? sets : []) }
        var manifest: [ReportManifest.File] = []

        var status = ExitStatus.success
        var inputFailed = named?.failed ?? false
        var stdoutReports: [Report] = []
        let progress = Progress(console: console, total: sets.count, enabled: !args.has("--quiet"))
        // What sets share (the walk to the repository root, the corpus's crosscheck.json) is looked up once.
        let discovery = ConfigurationDiscovery(explicit: explicitConfig)
        for (index, folder) in sets.enumerated() {
            progress.show(index, folder)
            let configuration = try claims.isEmpty ? discovery.configuration(forSet: folder) : Configuration.explicit(explicitConfig)
            let result: CrossChecker.SetResult
            do {
                let checker = CrossChecker(configuration: configuration, followLinks: args.has("--follow-links"))
                result = try claims.isEmpty ? checker.compare(setFolder: folder)
                    : checker.compare(claims: folder, name: ((folder as NSString).lastPathComponent as NSString).deletingPathExtension)
            } catch let error as CrossCheckError where error.exitCode == ExitStatus.input {
                progress.clear()
                console.error(error.message)
                inputFailed = true
                continue
            }
            progress.clear()
            for failure in result.failures { console.error(failure.message) }
            if !result.failures.isEmpty { inputFailed = true }
            let unreadLines = UnreadLines.messages(result.report.diagnostics)
            for line in unreadLines { console.error(line) }
            if !unreadLines.isEmpty { inputFailed = true }
            if toStdout {
                stdoutReports.append(result.report)
            } else {
                var written: [String] = []
                for format in formats {
                    let name = "\(result.report.set).\(format.fileExtension)"
                    let path = FolderPath.join(output, name)
                    let sha256: String
                    do {
                        sha256 = try ReportFile.write(result.report, as: format, to: path)
                    } catch {
                        // The comparison is done: its summary is shown even when a report cannot be written (exit 4).
                        if !args.has("--quiet") { console.out(TerminalRenderer(color: color).render(result.report, written: written)) }
                        throw error
                    }
                    written.append(path)
                    manifest.append(ReportManifest.File(path: name, sha256: sha256, set: result.report.set))
                }
                if !args.has("--quiet") {
                    console.out(TerminalRenderer(color: color).render(result.report, written: written))
                }
            }
            if let threshold = failOn, result.report.findings.contains(where: { $0.isDiscrepancy && $0.severity >= threshold }) {
                status = ExitStatus.findings
            }
        }
        progress.clear()
        if toStdout { console.out(StandardOutputReports.render(stdoutReports, as: formats[0])) }
        // Last: the manifest says which files this run wrote, so a run killed half-way is seen.
        if !toStdout && !manifest.isEmpty {
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
            throw CrossCheckError.usage("unknown format '\(name)'; formats are md, json, html, sarif, junit, line")
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

/// Writes one report file (whole or not at all) and returns its SHA-256 for the manifest.
/// The JSON report is written to its temporary file a megabyte at a time as it is encoded and
/// hashed on the way (a 3,000-article set's report is over 100 MB); the others are made whole.
enum ReportFile {
    static func write(_ report: Report, as format: ReportFormat, to path: String) throws -> String {
        guard format == .json else {
            let text = ReportWriter.render(report, as: format)
            try AtomicFile.write(text, to: path)
            return SHA256.hex(text)
        }
        let digest = Digest()
        try AtomicFile.write(Data(), to: path) { handle, _ in
            digest.hasher = SHA256.Hasher()
            try JSONRenderer().write(report) { chunk in
                digest.hasher.update(chunk)
                try handle.write(contentsOf: Data(chunk))
            }
        }
        return digest.hasher.hex()
    }

    /// The hash of what the write closure wrote (it runs once, before `write` returns).
    final class Digest: @unchecked Sendable {
        var hasher = SHA256.Hasher()
    }
}
