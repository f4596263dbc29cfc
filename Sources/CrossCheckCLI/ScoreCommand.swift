import ClaimModel
import CrossCheck
import Foundation

/// `crosscheck score <dev-folder>…`: precision and recall of the extractor on labelled articles.
struct ScoreCommand: Command {
    let name = "score"
    let summary = "score extraction on labelled articles (precision and recall)"
    let help = """
        Usage: crosscheck score <dev-folder>... [--verbose]
               crosscheck score --gold <gold-folder> --articles <sets-folder> [--verbose]

        Runs the extractor on each NN-style.txt with a NN-style.gold.json beside it and prints
        precision and recall: people and (person, title) pairs for people gold; meetings,
        absences, visits, deliveries, items, attributions and quotes for relations gold.
        The labelled sets are in Tests/Fixtures/dev/people and Tests/Fixtures/dev/relations.
          --gold DIR      hand-labelled real articles, <set>/<article>.json (people, titles,
                          quote speakers, numbers; Tests/Fixtures/realnews-extraction-gold)
          --articles DIR  the folder holding those sets' articles (<set>/<article>.md)
          --verbose       list every missed and extra label

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--gold", "--articles"], flags: ["--verbose"])
        if let gold = args.value("--gold") {
            guard let articles = args.value("--articles") else { throw CrossCheckError.usage("--gold needs --articles, the folder holding the labelled sets' articles") }
            let table = try ExtractionGoldScorer().score(gold: gold, articles: articles)
            console.out(table.rendered(title: "\(gold): people, titles, quote speakers, numbers"))
            if args.has("--verbose") { console.out(table.notes.map { "    " + $0 }.joined(separator: "\n") + "\n") }
            return ExitStatus.success
        }
        guard !args.positionals.isEmpty else { throw CrossCheckError.usage("score needs a folder of labelled articles, for example Tests/Fixtures/dev/people") }
        for folder in args.positionals {
            let result = try DevSetScorer().score(folder: folder)
            if let table = result.people {
                console.out(table.rendered(title: "\(folder): \(result.articles) articles, people and titles"))
                if args.has("--verbose") { console.out(table.notes.map { "    " + $0 }.joined(separator: "\n") + "\n") }
            }
            if let table = result.relations {
                console.out(table.rendered(title: "\(folder): \(result.articles) articles, relations"))
                if args.has("--verbose") { console.out(table.notes.map { "    " + $0 }.joined(separator: "\n") + "\n") }
            }
        }
        return ExitStatus.success
    }
}
