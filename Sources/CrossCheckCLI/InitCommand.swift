import ClaimModel
import CrossCheck
import Foundation

/// `crosscheck init [corpus-folder]`: a corpus folder to start from.
struct InitCommand: Command {
    let name = "init"
    let summary = "start a corpus: a folder with crosscheck.json and an example set"
    let help = """
        Usage: crosscheck init [corpus-folder]

        Creates the corpus folder (default: corpus) with a crosscheck.json holding the
        defaults, and an example set of two short articles to try the commands on. Nothing
        that exists is overwritten: an existing crosscheck.json or example set is left as it is.

        Then: put the articles about each event in a folder of their own under the corpus
        (one file an article: .txt, .md, .html, .json or .jsonl), and run
          crosscheck compare <corpus-folder>     reports in reports/
          crosscheck baseline <corpus-folder>    acknowledge today's findings after review
          crosscheck check <corpus-folder>       the CI gate: fails on new findings

        """

    static let configuration = """
        {
          "version": 1,
          "aliases": {},
          "equivalentTitles": [],
          "severity": {},
          "ignore": []
        }

        """

    static let examples: [(String, String)] = [
        ("a-wire.md", """
            ---
            outlet: Example Wire
            published: 2025-11-02
            ---
            LISBON, Nov 2 (Example Wire) - Interior Minister Ana Costa met Police Commissioner Kenji Sato in Lisbon on Sunday.

            """),
        ("b-daily.md", """
            ---
            outlet: Daily Ledger
            published: 2025-11-03
            ---
            Justice Minister Ana Costa met Police Commissioner Kenji Sato in Lisbon on Sunday, November 2, 2025.

            """),
    ]

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: [], flags: [])
        guard args.positionals.count <= 1 else { throw CrossCheckError.usage("init takes one corpus folder") }
        let corpus = args.positionals.first ?? "corpus"
        var created: [String] = []
        let configPath = (corpus as NSString).appendingPathComponent(Configuration.fileName)
        if !FileManager.default.fileExists(atPath: configPath) {
            try AtomicFile.write(Self.configuration, to: configPath)
            created.append(configPath)
        }
        let example = (corpus as NSString).appendingPathComponent("example")
        if !FileManager.default.fileExists(atPath: example) {
            for (name, text) in Self.examples {
                let path = (example as NSString).appendingPathComponent(name)
                try AtomicFile.write(text, to: path)
                created.append(path)
            }
        }
        console.out(created.isEmpty ? "\(corpus): already set up; nothing written\n" : created.map { "created \($0)\n" }.joined())
        console.out("next: crosscheck compare \(corpus)   (then `crosscheck baseline \(corpus)` and `crosscheck check \(corpus)`)\n")
        return ExitStatus.success
    }
}
