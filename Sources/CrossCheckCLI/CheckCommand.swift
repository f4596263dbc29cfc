import ClaimModel
import CrossCheck
import Dispatch
import Foundation
import ReportWriter

/// `crosscheck check <corpus-folder>`: the CI gate. Fails on discrepancies that the sets'
/// baselines do not acknowledge.
struct CheckCommand: Command {
    let name = "check"
    let summary = "CI gate: fail on findings not acknowledged in each set's baseline.json"
    let help = """
        Usage: crosscheck check <corpus-folder | set-folder>... [options]

        Compares every set under the folder (or only the sets changed since a git revision)
        and compares its discrepancies with the set's baseline.json. Fails when a discrepancy
        at or above --fail-on is new (not in the baseline), naming each one with its id, kind,
        subject, summary and file:line. Baseline entries that no finding matches any more are
        reported as stale. Acknowledge findings after review with `crosscheck baseline <set>`.

        Options:
          --fail-on LEVEL       a new discrepancy at or above LEVEL fails (info, warning, error; default warning)
          --strict              stale baseline entries fail too
          --changed-since REV   only the sets with files changed since the git revision REV
                                (git diff --name-only REV, plus untracked files)
          --sarif FILE          write SARIF 2.1.0 for code scanning: new findings only (GitHub would open
                                acknowledged ones as alerts: it ignores suppressions)
          --sarif-acknowledged  keep acknowledged findings in the SARIF, suppressed with the baseline's reason
          --junit FILE          write JUnit XML (a test suite per set, a failure per new finding)
          --json FILE           write the verdict as JSON (schema crosscheck.check/1)
                                FILE - for --sarif, --junit or --json writes to standard output
                                (one of them); the terminal lines then go to standard error
          --annotations         print GitHub Actions annotations (on by default when GITHUB_ACTIONS=true),
                                at most 10 of each kind, the tenth saying how many more there are
          --config FILE         configuration applied over the discovered crosscheck.json files
                                (also: CROSSCHECK_CONFIG=FILE)
          --cache DIR           the claims cache (default: .crosscheck-cache beside the sets, in the corpus folder)
          --no-cache            extract every article, read and write no cache
          --quiet               print only new findings, stale entries and errors
          --follow-links        read symbolic links whose target lies outside the set (refused by default)
          --no-color, --color   colour in the terminal output (default: when stdout is a terminal)

        Files are written whole or not at all (a temporary file renamed into place); a device
        or pipe (/dev/stdout) is written directly. When GITHUB_STEP_SUMMARY names a file, a
        Markdown summary of the check is appended to it.

        Exit status: 0 no new finding at or above --fail-on (and, with --strict, no stale entry);
        1 a new finding (or, with --strict, a stale entry); 2 usage, configuration or baseline
        error, or git unavailable for --changed-since; 3 unreadable input (the other sets are
        still checked; 3 wins over 1); 4 an output file could not be written.

        Example:
          crosscheck check corpus --sarif crosscheck.sarif --junit crosscheck.xml

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(
            arguments, options: ["--fail-on", "--changed-since", "--sarif", "--junit", "--json", "--cache", "--config"],
            flags: ["--strict", "--annotations", "--no-cache", "--quiet", "--no-color", "--color", "--sarif-acknowledged", "--follow-links"])
        guard !args.positionals.isEmpty else { throw CrossCheckError.usage("check needs a corpus folder, for example `crosscheck check corpus`") }
        let failOn = try args.value("--fail-on").map(parseSeverity) ?? .warning
        let strict = args.has("--strict")
        if args.has("--no-cache") && args.value("--cache") != nil { throw CrossCheckError.usage("--cache and --no-cache exclude each other") }
        let color = console.colorEnabled(forced: args.has("--no-color") ? false : args.has("--color") ? true : nil)
        let quiet = args.has("--quiet")
        let annotate = args.has("--annotations") || console.environment["GITHUB_ACTIONS"] == "true"
        let explicitConfig = args.value("--config") ?? console.environment[Configuration.environmentVariable]
        let toStdout = ["--sarif", "--junit", "--json"].filter { args.value($0) == "-" }
        if toStdout.count > 1 { throw CrossCheckError.usage("only one of \(toStdout.joined(separator: ", ")) can write to standard output (-)") }
        // With a machine-readable document on stdout, the lines for people go to stderr.
        let toStderr = !toStdout.isEmpty
        let say: (String) -> Void = { text in if toStderr { console.err(text) } else { console.out(text) } }

        var sets: [String] = []
        var inputFailed = false
        var folders: [String] = []
        for folder in args.positionals {
            let named = SetArguments([folder], command: "check", console: console)
            if named.failed { inputFailed = true }
            if named.sets.isEmpty { continue }
            folders.append(folder)
            if let revision = args.value("--changed-since") {
                sets.append(contentsOf: try ChangedSets.sets(in: folder, among: named.sets, since: revision))
            } else {
                sets.append(contentsOf: named.sets)
            }
        }
        if folders.isEmpty { return try SetArguments.nothingToDo(failed: inputFailed, command: "check") }
        let paths = RepositoryPaths(containing: folders[0])
        // An output file must not be an input (baseline.json, crosscheck.json) or land in a set.
        for option in ["--sarif", "--junit", "--json", "--cache"] {
            guard let file = try OutputGuard.value(option, args.value(option)), file != "-" else { continue }
            if option != "--cache" { try OutputGuard.check(file, option: option, isFile: true, inputs: folders, sets: sets) }
        }

        var checked: [CheckedSet] = []
        // Per set what --json needs, turned into its summary (places and all) only when asked.
        var summaries: [(set: CheckedSet, path: String, extracted: Int, cached: Int)] = []
        var cacheWarned = false
        // Cache folders already made (with their .gitignore) in this run.
        var ensuredCaches: Set<String> = []
        var totals = CheckSummary.Counts(total: 0, extracted: 0, cached: 0)
        let painter = Painter(color: color)
        let progress = Progress(console: console, total: sets.count, enabled: !quiet)
        // What sets share (the walk to the repository root, the corpus's crosscheck.json) is looked up once.
        let discovery = ConfigurationDiscovery(explicit: explicitConfig)
        for (index, folder) in sets.enumerated() {
            progress.show(index, folder)
            defer { progress.clear() }
            let started = DispatchTime.now().uptimeNanoseconds
            let parent = FolderPath.parent(of: folder)
            let configuration = try discovery.configuration(forSet: folder)
            let cache = args.has("--no-cache") ? nil : AnalysisCache(folder: args.value("--cache") ?? FolderPath.join(parent, AnalysisCache.folderName))
            if let cache, ensuredCaches.insert(cache.folder).inserted, cache.ignoreInGit(), !quiet {
                // Said once, where the cache went: a new folder in the corpus is never a surprise.
                progress.clear()
                console.error("note: claims cache created in \(cache.folder) (safe to delete, ignored by git; --no-cache reads and writes none)")
            }
            let baselinePath = Baseline.path(inSet: folder)
            let baseline = try Baseline.load(path: baselinePath)
            let setName = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
            var result: CrossChecker.SetResult
            do {
                result = try CrossChecker(configuration: configuration, followLinks: args.has("--follow-links"))
                    .compare(setFolder: folder, cache: cache, results: cache.map { SetResultCache(folder: $0.folder) })
            } catch let error as CrossCheckError where error.exitCode == ExitStatus.input {
                console.error(error.message)
                inputFailed = true
                let empty = Report(tool: Report.Tool(name: CrossCheckVersion.name, version: CrossCheckVersion.version), set: setName,
                                   articles: [], entities: [], claims: [], findings: [], diagnostics: [])
                var set = CheckedSet(report: empty, failOn: failOn, strict: strict, baselinePath: paths.relative(baselinePath), errors: [error.message])
                set.folder = paths.relative(folder)
                checked.append(set)
                summaries.append((set, folder, 0, 0))
                continue
            }
            for failure in result.failures { console.error(failure.message) }
            if !result.failures.isEmpty { inputFailed = true }
            let unreadLines = UnreadLines.messages(result.report.diagnostics)
            for line in unreadLines { console.error(line) }
            if !unreadLines.isEmpty { inputFailed = true }
            if let failure = result.cacheFailures.first, !cacheWarned {
                console.error("warning: the cache could not be written (\(failure.message)); the check goes on without it")
                cacheWarned = true
            }
            let current = Set(result.report.findings.filter { $0.isDiscrepancy }.map(\.id))
            var acknowledged: [String: String?] = [:]
            var stale: [CheckedSet.StaleEntry] = []
            for entry in baseline.entries {
                if current.contains(entry.id) {
                    acknowledged[entry.id] = .some(entry.reason)
                } else {
                    stale.append(CheckedSet.StaleEntry(id: entry.id, kind: entry.kind, subject: entry.subject, reason: entry.reason))
                }
            }
            // Every set's report is kept to the end, so only what the gate's outputs read.
            var set = CheckedSet(report: SetResultCache.gateView(result.report), acknowledged: acknowledged, stale: stale.sorted { $0.id < $1.id }, failOn: failOn, strict: strict,
                                 baselinePath: paths.relative(baselinePath), errors: result.failures.map(\.message))
            set.folder = paths.relative(folder)
            set.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            checked.append(set)
            summaries.append((set, folder, result.extracted, result.cached))
            totals.total += result.report.articles.count
            totals.extracted += result.extracted
            totals.cached += result.cached
            progress.clear()
            say(describe(set, extracted: result.extracted, cached: result.cached, quiet: quiet, painter: painter))
        }

        let failing = checked.filter(\.fails)
        let status = inputFailed ? ExitStatus.input : failing.isEmpty ? ExitStatus.success : ExitStatus.findings
        let blocking = checked.reduce(0) { $0 + $1.blocking.count }
        let staleCount = checked.reduce(0) { $0 + $1.stale.count }
        var verdict = "check: \(ReportTextCLI.plural(checked.count, "set")), \(ReportTextCLI.plural(totals.total, "article")) (\(totals.extracted) extracted, \(totals.cached) cached); "
        verdict += "\(ReportTextCLI.plural(blocking, "new finding")) at or above \(failOn.rawValue); \(ReportTextCLI.plural(staleCount, "stale baseline entry", plural: "stale baseline entries"))"
        if let revision = args.value("--changed-since") { verdict += "; sets changed since \(Printable.line(revision))" }
        switch status {
        case ExitStatus.success: verdict += " — " + painter.paint("passed", "32")
        case ExitStatus.findings:
            verdict += " — " + painter.paint("failed", "31;1")
            if blocking > 0 { verdict += "\n  review each new finding; fix the article or acknowledge it with `crosscheck baseline <set-folder>`" }
            if strict && staleCount > 0 { verdict += "\n  drop stale entries with `crosscheck baseline <set-folder>`" }
        default: verdict += " — " + painter.paint("unreadable input", "31;1")
        }
        say(verdict + "\n")

        if annotate {
            let annotated = checked.map { set -> CheckedSet in
                var copy = set
                copy.report.articles = copy.report.articles.map { article in
                    var record = article
                    record.path = paths.relative(article.path)
                    return record
                }
                return copy
            }
            say(GitHubAnnotations().render(sets: annotated))
        }
        if let file = console.environment["GITHUB_STEP_SUMMARY"], !file.isEmpty {
            try StepSummary.append(GitHubStepSummary().render(sets: checked, passed: status == ExitStatus.success, failOn: failOn), to: file)
        }
        if let file = args.value("--sarif") {
            let root = paths
            let renderer = SARIFRenderer(uri: { SARIFRenderer.relativeURI(root.relative($0)) }, includeAcknowledged: args.has("--sarif-acknowledged"))
            try write(renderer.render(sets: checked), to: file, console: console)
        }
        if let file = args.value("--junit") {
            try write(JUnitRenderer().render(sets: checked), to: file, console: console)
        }
        if let file = args.value("--json") {
            let summary = CheckSummary(
                tool: Report.Tool(name: CrossCheckVersion.name, version: CrossCheckVersion.version), failOn: failOn.rawValue, strict: strict,
                changedSince: args.value("--changed-since"), status: status, passed: status == ExitStatus.success, articles: totals,
                sets: summaries.map { CheckSummary.set($0.set, path: $0.path, extracted: $0.extracted, cached: $0.cached) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try write(String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n", to: file, console: console)
        }
        return status
    }

    /// `-` is standard output; anything else a file written whole (or a device, directly).
    func write(_ text: String, to file: String, console: Console) throws {
        if file == "-" { console.out(text) } else { try AtomicFile.write(text, to: file) }
    }

    /// The terminal lines for one set: a summary, then each new finding and stale entry.
    func describe(_ set: CheckedSet, extracted: Int, cached: Int, quiet: Bool, painter: Painter) -> String {
        var lines: [String] = []
        let discrepancies = set.discrepancies.count
        let new = set.newFindings
        if !quiet {
            lines.append(painter.paint(Printable.line(set.report.set), "1") + ": \(ReportTextCLI.plural(set.report.articles.count, "article")) (\(extracted) extracted, \(cached) cached) · "
                + "\(ReportTextCLI.plural(discrepancies, "discrepancy", plural: "discrepancies")): \(discrepancies - new.count) in baseline, \(new.count) new")
        }
        for finding in new {
            let blocking = set.blocks(finding)
            if quiet && !blocking { continue }
            let tag = blocking ? painter.paint("NEW \(finding.severity.rawValue)", finding.severity == .error ? "31;1" : "33") : "new \(finding.severity.rawValue) (below --fail-on)"
            var seen = Set<String>()
            let places = EvidenceLocation.all(finding, in: set.report).map { Printable.line($0.rendered) }.filter { seen.insert($0).inserted }
            lines.append("  \(tag) \(finding.id) \(finding.kind.rawValue)/\(finding.status.rawValue) “\(Printable.line(finding.subject))”: \(Printable.line(finding.summary))")
            if !places.isEmpty { lines.append("      at \(places.prefix(5).joined(separator: ", "))\(places.count > 5 ? ", … \(places.count - 5) more" : "")") }
        }
        for entry in set.stale {
            let tag = set.strict ? painter.paint("STALE", "31;1") : "stale"
            // kind and subject come from a file anyone can edit: printed on one line, controls removed.
            let about = [entry.kind.map(Printable.line), entry.subject.map { "“\(Printable.line($0))”" }].compactMap { $0 }.joined(separator: " ")
            lines.append("  \(tag) \(Printable.line(entry.id))\(about.isEmpty ? "" : " " + about): in \(Printable.line(set.baselinePath)) but no longer found")
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

struct Painter {
    var color: Bool
    func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}

enum ReportTextCLI {
    static func plural(_ count: Int, _ word: String, plural: String? = nil) -> String {
        count == 1 ? "1 \(word)" : "\(count) \(plural ?? word + "s")"
    }
}
