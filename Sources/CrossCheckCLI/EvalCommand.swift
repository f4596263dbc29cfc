import ClaimModel
import CrossCheck
import Foundation

/// `crosscheck eval <set-folder> [--gold FILE] [--top N]`: findings against labelled expectations.
struct EvalCommand: Command {
    let name = "eval"
    let summary = "score a set's findings against a labelled gold file (precision, recall)"
    let help = """
        Usage: crosscheck eval <set-folder | corpus-folder>... [--gold FILE | --gold-dir DIR]
               [--lenient] [--verbose] [--top N] [--config FILE]

        Compares the findings crosscheck produces for a set with the expected findings in a
        gold file (default: <set-folder>/gold.json) and prints precision and recall per kind.
        With several sets, --gold is not allowed and each set's gold.json is used; a total
        line sums them.

        Gold format:
          {"version": 1, "findings": [
            {"kind": "title", "subject": "Anna Kowalska", "status": "conflict"}, ...]}
        A finding matches a gold entry of the same kind and status whose subject names the same
        thing (folded words equal or contained, or the same first and last name).

          --gold FILE   the labelled findings
          --gold-dir D  labelled findings as D/<set>.gold.json (sets without one are skipped)
          --lenient     count agree and variant as one status (labellers often call
                        compatible values in other words an agreement)
          --verbose     list every missed and extra finding
          --top N       judge the first N lines of the report's discrepancy list (salience
                        order): true, false (the gold gives another status) or unlabelled
          --config FILE configuration applied over the discovered crosscheck.json files

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--gold", "--gold-dir", "--config", "--top"], flags: ["--verbose", "--lenient"])
        guard !args.positionals.isEmpty else { throw CrossCheckError.usage("eval needs a set folder") }
        // Checked before any set is read: `--top x` or `--top 0` was ignored in silence.
        if let top = args.value("--top"), (Int(top) ?? 0) < 1 {
            throw CrossCheckError.usage("--top takes a whole number of lines, 1 or more, not '\(Printable.line(top))'")
        }
        let named = SetArguments(args.positionals, command: "eval", console: console)
        var sets = named.sets
        if sets.isEmpty { return try named.nothingToDo(command: "eval") }
        let explicitConfig = args.value("--config") ?? console.environment[Configuration.environmentVariable]
        if args.value("--gold") != nil && sets.count > 1 { throw CrossCheckError.usage("--gold goes with a single set folder") }
        var all = ScoreTable(rows: [], notes: [])
        if let goldDir = args.value("--gold-dir") {
            // Only the sets that have a labelled file there.
            let labelled = sets.filter { FileManager.default.fileExists(atPath: (goldDir as NSString).appendingPathComponent(($0 as NSString).lastPathComponent + ".gold.json")) }
            if labelled.isEmpty { throw CrossCheckError.usage("no set under \(args.positionals.joined(separator: ", ")) has a <set>.gold.json in \(goldDir)") }
            // Say which sets are left out, so a missing or misnamed gold file is never silent.
            let skipped = sets.filter { !labelled.contains($0) }.map { ($0 as NSString).lastPathComponent }
            if !skipped.isEmpty {
                let names = skipped.prefix(5).joined(separator: ", ") + (skipped.count > 5 ? ", …" : "")
                console.err("crosscheck: note: \(skipped.count) set\(skipped.count == 1 ? "" : "s") skipped, no <set>.gold.json in \(Printable.line(goldDir)): \(names)\n")
            }
            sets = labelled
        }
        // What sets share (the walk to the repository root, the corpus's crosscheck.json) is looked up once.
        let discovery = ConfigurationDiscovery(explicit: explicitConfig)
        for folder in sets {
            let goldPath = args.value("--gold")
                ?? args.value("--gold-dir").map { ($0 as NSString).appendingPathComponent((folder as NSString).lastPathComponent + ".gold.json") }
                ?? (folder as NSString).appendingPathComponent("gold.json")
            if args.value("--gold") == nil, args.value("--gold-dir") == nil, !FileManager.default.fileExists(atPath: goldPath) {
                // The default place holds nothing: say what eval needs rather than only that a file is missing.
                throw CrossCheckError.usage("\(Printable.line(goldPath)): no labelled findings for this set; eval scores a set against a gold file such as {\"version\": 1, \"findings\": [{\"kind\": \"number\", \"subject\": \"deaths\", \"status\": \"conflict\"}]}; `crosscheck eval --help` shows the format")
            }
            let gold = try GoldEvaluator.load(goldPath)
            let configuration = try discovery.configuration(forSet: folder)
            let result = try CrossChecker(configuration: configuration).compare(setFolder: folder)
            let table = GoldEvaluator(lenient: args.has("--lenient")).evaluate(result.report, gold: gold)
            console.out(table.rendered(title: "\(result.report.set): \(gold.count) labelled findings (\(goldPath))"))
            if args.has("--verbose") { console.out(table.notes.map { "    " + $0 }.joined(separator: "\n") + (table.notes.isEmpty ? "" : "\n")) }
            if let top = args.value("--top").flatMap(Int.init), top > 0 {
                let lines = FirstScreenCheck(count: top).judge(result.report, gold: gold, lenient: args.has("--lenient"))
                let tally = ["true", "false", "unlabelled"].map { verdict in "\(lines.filter { $0.verdict == verdict }.count) \(verdict)" }
                console.out("  top \(top) discrepancies: " + tally.joined(separator: ", ") + "\n")
                for line in lines { console.out("    \(line.verdict.padding(toLength: 10, withPad: " ", startingAt: 0)) \(line.finding.kind.rawValue)/\(line.finding.status.rawValue): \(line.finding.subject)\n") }
            }
            all = all + table
        }
        if sets.count > 1 {
            all.notes = []
            console.out(all.rendered(title: "all \(sets.count) sets"))
        }
        return named.failed ? ExitStatus.input : ExitStatus.success
    }
}
