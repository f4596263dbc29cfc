import ClaimModel
import CrossCheck
import Foundation

/// `crosscheck baseline <set-folder>`: acknowledge today's discrepancies in `baseline.json`.
struct BaselineCommand: Command {
    let name = "baseline"
    let summary = "write or update a set's baseline.json (acknowledge today's findings)"
    let help = """
        Usage: crosscheck baseline <set-folder | corpus-folder>... [options]

        Compares the set and writes <set>/baseline.json with an entry for every discrepancy
        (conflict or only-in), so that `crosscheck check` fails only on new ones. Entries already
        in the file keep their reason, author and date; new entries get --reason, --author and
        --date. Entries that no finding matches any more are dropped (kept with --keep-stale).
        The file is written whole or not at all; it is not written when an article cannot be read.
        A corpus folder updates the baseline of every set in it.

        Options:
          --reason TEXT     why the new findings are acceptable (recorded in each new entry)
          --author NAME     who acknowledged them
          --date YYYY-MM-DD the date recorded in new entries (default: today, UTC)
          --keep-stale      keep entries that no finding matches any more
          --follow-links    read symbolic links whose target lies outside the set (refused by default)
          --cache DIR       the claims cache (default: .crosscheck-cache beside the sets, in the corpus folder)
          --no-cache        extract every article, read and write no cache
          --config FILE     configuration applied over the discovered crosscheck.json files
                            (also: CROSSCHECK_CONFIG=FILE)

        Exit status: 0 written; 2 usage or a malformed baseline.json; 3 unreadable input
        (that set's baseline is not written); 4 the baseline could not be written (the old one is intact).

        Example:
          crosscheck baseline corpus/hanoi-defense-visit-2025 --author "desk" --reason "reviewed"

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--reason", "--author", "--date", "--cache", "--config"], flags: ["--keep-stale", "--no-cache", "--follow-links"])
        guard !args.positionals.isEmpty else { throw CrossCheckError.usage("baseline needs a set folder, for example `crosscheck baseline corpus/my-set`") }
        if args.has("--no-cache") && args.value("--cache") != nil { throw CrossCheckError.usage("--cache and --no-cache exclude each other") }
        let date = args.value("--date") ?? Baseline.today()
        guard BaselineCommand.isDate(date) else { throw CrossCheckError.usage("--date takes a calendar date YYYY-MM-DD, not '\(Printable.line(date))'") }
        let named = SetArguments(args.positionals, command: "baseline", console: console)
        let sets = named.sets
        if sets.isEmpty { return try named.nothingToDo(command: "baseline") }
        var inputFailed = named.failed
        let explicitConfig = args.value("--config") ?? console.environment[Configuration.environmentVariable]
        // What sets share (the walk to the repository root, the corpus's crosscheck.json) is looked up once.
        let discovery = ConfigurationDiscovery(explicit: explicitConfig)
        for folder in sets {
            let parent = FolderPath.parent(of: folder)
            let configuration = try discovery.configuration(forSet: folder)
            let cache = args.has("--no-cache") ? nil : AnalysisCache(folder: args.value("--cache") ?? FolderPath.join(parent, AnalysisCache.folderName))
            cache?.ignoreInGit()
            let path = Baseline.path(inSet: folder)
            let existing = try Baseline.load(path: path)
            let result: CrossChecker.SetResult
            do {
                result = try CrossChecker(configuration: configuration, followLinks: args.has("--follow-links")).compare(setFolder: folder, cache: cache)
            } catch let error as CrossCheckError where error.exitCode == ExitStatus.input {
                console.error(error.message)
                console.error("\(path): not written")
                inputFailed = true
                continue
            }
            guard result.failures.isEmpty else {
                for failure in result.failures { console.error(failure.message) }
                console.error("\(path): not written, because an article could not be read; fix it and run again")
                inputFailed = true
                continue
            }
            let (baseline, update) = existing.updated(
                set: result.report.set, findings: result.report.findings, reason: args.value("--reason"), author: args.value("--author"),
                date: date, keepStale: args.has("--keep-stale"))
            try baseline.write(to: path)
            var parts = ["\(update.added.count) added", "\(update.kept.count) kept"]
            if !update.dropped.isEmpty { parts.append("\(update.dropped.count) stale dropped") }
            if !update.keptStale.isEmpty { parts.append("\(update.keptStale.count) stale kept") }
            console.out("\(Printable.line(path)): \(ReportTextCLI.plural(baseline.entries.count, "entry", plural: "entries")) (\(parts.joined(separator: ", ")))\n")
            for id in update.added {
                if let finding = result.report.findings.first(where: { $0.id == id }) {
                    console.out("  + \(id) \(finding.kind.rawValue)/\(finding.status.rawValue) “\(Printable.line(finding.subject))”: \(Printable.line(finding.summary))\n")
                }
            }
            for id in update.dropped { console.out("  - \(id) (no longer found)\n") }
        }
        return inputFailed ? ExitStatus.input : ExitStatus.success
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        guard let year = Int(parts[0]), (1...12).contains(month), day >= 1 else { return false }
        // The month's real length: 2025-02-30 and 2025-04-31 are not dates.
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
