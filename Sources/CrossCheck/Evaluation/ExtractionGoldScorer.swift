import ClaimExtractor
import ClaimModel
import Foundation

/// Scores the extractor against hand-labelled real articles: a gold folder of
/// `<set>/<article>.json` files (format in Tests/Fixtures/realnews-extraction-gold/README.md)
/// beside a folder holding the articles themselves as `<set>/<article>.md`.
///
/// Rows:
/// - `people`: every person named, matched by name (initials and middle names may differ; a
///   lone surname matches the full name that ends with it);
/// - `person+title`: the titles given to each matched person;
/// - `quote found`: a gold quotation has a predicted quote on its line starting with its cue;
/// - `quote speaker`: precision over predicted quotes, recall over gold quotes: a quote counts
///   when it is found *and* its speaker is right (an unknown speaker is right only where the
///   gold has none; a quotation the article gives to an institution or a document, `the
///   statement`, is scored by the claim's `source`);
/// - `number found`: a predicted number (or age) on the gold line with the same value, or an
///   interval bounded by it or, closed, holding it (`at least 12`, `about 7,000`);
/// - `number counted`: found, and what it counts matches (head words overlap; the unit as
///   written counts, `13-inch` → inch);
/// - `number event`: counted right, and main or background as labelled: a number claim whose
///   `event` slot names another occasion is background, one without is the main event's; ages
///   are not judged on event (the labellers disagreed on them).
public struct ExtractionGoldScorer: Sendable {
    public init() {}

    public func score(gold goldFolder: String, articles articleFolder: String) throws -> ScoreTable {
        let manager = FileManager.default
        guard manager.fileExists(atPath: goldFolder) else { throw CrossCheckError.notFound(path: goldFolder) }
        guard manager.fileExists(atPath: articleFolder) else { throw CrossCheckError.notFound(path: articleFolder) }
        var rows: [String: Score] = [:]
        var notes: [String] = []
        let sets = try manager.contentsOfDirectory(atPath: goldFolder).filter { name in
            var isDir: ObjCBool = false
            return manager.fileExists(atPath: (goldFolder as NSString).appendingPathComponent(name), isDirectory: &isDir) && isDir.boolValue
        }.sorted()
        for set in sets {
            let setGold = (goldFolder as NSString).appendingPathComponent(set)
            for file in try manager.contentsOfDirectory(atPath: setGold).filter({ $0.hasSuffix(".json") }).sorted() {
                let id = String(file.dropLast(".json".count))
                let goldPath = (setGold as NSString).appendingPathComponent(file)
                let articlePath = ((articleFolder as NSString).appendingPathComponent(set) as NSString).appendingPathComponent(id + ".md")
                guard let data = manager.contents(atPath: goldPath) else { throw CrossCheckError.notFound(path: goldPath) }
                let gold: Gold
                do {
                    gold = try JSONDecoder().decode(Gold.self, from: data)
                } catch {
                    throw CrossCheckError.json(path: goldPath, line: 1, message: "not an extraction gold file: \(error)")
                }
                guard let article = try CorpusReader().readFile(articlePath, id: id).articles.first else { continue }
                let analysis = ClaimExtractor().analyze(article)
                let label = "\(set)/\(id)"
                score(gold, analysis, article: article, label: label, into: &rows, notes: &notes)
            }
        }
        let order = ["people", "person+title", "quote found", "quote speaker", "number found", "number counted", "number event"]
        return ScoreTable(rows: order.compactMap { key in rows[key].map { (key, $0) } }, notes: notes)
    }

    // MARK: gold

    struct Gold: Decodable {
        struct Person: Decodable {
            var name: String
            var titles: [String]
        }
        struct Quote: Decodable {
            var line: Int
            var cue: String
            var speaker: String?
        }
        struct Number: Decodable {
            var line: Int
            var value: Double
            var counted: String
            var event: String
        }
        var people: [Person]
        var quotes: [Quote]
        var numbers: [Number]
    }

    // MARK: scoring

    func score(_ gold: Gold, _ analysis: ArticleAnalysis, article: Article, label: String, into rows: inout [String: Score], notes: inout [String]) {
        let fileLine = { (claim: Claim) in article.bodyLineOffset + claim.evidence.span.line }
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

        // People and their titles.
        let predicted = analysis.entities.filter { $0.type == .person }.map { entity in
            (entity.name, ExtractionGoldScorer.judgedTitles(entity.mentions.compactMap(\.title)))
        }
        let goldPeople = gold.people.map { ($0.name, ExtractionGoldScorer.judgedTitles($0.titles)) }
        var people = Score(predicted: predicted.count, expected: goldPeople.count)
        var titles = Score(predicted: predicted.reduce(0) { $0 + $1.1.count }, expected: goldPeople.reduce(0) { $0 + $1.1.count })
        var used = Set<Int>()
        for (name, predictedTitles) in predicted {
            guard let index = goldPeople.indices.first(where: { !used.contains($0) && ExtractionGoldScorer.sameName(goldPeople[$0].0, name) }) else {
                notes.append("\(label): extra person \(name)")
                continue
            }
            used.insert(index)
            people.truePositives += 1
            // Titles written alike pair first, then a title inside another (`employee` inside
            // `15-year employee`), so a short title does not take the gold title another matches whole.
            var usedTitles = Set<Int>()
            var matched = Set<Int>()
            let goldTitles = goldPeople[index].1
            for exact in [true, false] {
                for (p, title) in predictedTitles.enumerated() where !matched.contains(p) {
                    let same = { (gold: String) in exact ? Folding.words(gold) == Folding.words(title) : DevSetScorer.sameText(gold, title) }
                    if let t = goldTitles.indices.first(where: { !usedTitles.contains($0) && same(goldTitles[$0]) }) {
                        usedTitles.insert(t)
                        matched.insert(p)
                        titles.truePositives += 1
                    }
                }
            }
            for (p, title) in predictedTitles.enumerated() where !matched.contains(p) {
                notes.append("\(label): extra title '\(title)' for \(name)")
            }
            for (t, title) in goldPeople[index].1.enumerated() where !usedTitles.contains(t) {
                notes.append("\(label): missed title '\(title)' for \(name)")
            }
        }
        for (index, person) in goldPeople.enumerated() where !used.contains(index) {
            notes.append("\(label): missed person \(person.0)")
        }
        rows["people", default: Score()] = rows["people", default: Score()] + people
        rows["person+title", default: Score()] = rows["person+title", default: Score()] + titles

        // Quotes and their speakers.
        let quotes = analysis.claims.filter { $0.kind == .quote }
        var found = Score(predicted: quotes.count, expected: gold.quotes.count)
        var speakers = Score(predicted: quotes.count, expected: gold.quotes.count)
        var usedQuotes = Set<Int>()
        for quote in gold.quotes {
            let cue = Folding.words(quote.cue)
            let candidates = quotes.indices.filter { !usedQuotes.contains($0) && fileLine(quotes[$0]) == quote.line }
            let match = candidates.first { Array(Folding.words(quotes[$0].slots.quote ?? "").prefix(cue.count)) == cue } ?? candidates.first
            guard let match else {
                notes.append("\(label):\(quote.line): missed quote '\(quote.cue)…' (\(quote.speaker ?? "no speaker"))")
                continue
            }
            usedQuotes.insert(match)
            found.truePositives += 1
            // A quotation given to an institution or a document names it as its source.
            let said = quotes[match].slots.speaker.map { names[$0] ?? $0 } ?? quotes[match].slots.source
            let right: Bool
            switch (quote.speaker, said) {
            case (nil, nil): right = true
            case (let expected?, let given?): right = ExtractionGoldScorer.sameName(expected, given) || DevSetScorer.sameText(expected, given)
                || DevSetScorer.sameText(ExtractionGoldScorer.singularHead(expected), ExtractionGoldScorer.singularHead(given))
            default: right = false
            }
            if right {
                speakers.truePositives += 1
            } else {
                notes.append("\(label):\(quote.line): quote '\(quote.cue)…' given to \(said ?? "no one"), not \(quote.speaker ?? "no one")")
            }
        }
        for index in quotes.indices where !usedQuotes.contains(index) {
            let cue = Folding.words(quotes[index].slots.quote ?? "").prefix(3).joined(separator: " ")
            let said = quotes[index].slots.speaker.map { names[$0] ?? $0 }
            notes.append("\(label):\(fileLine(quotes[index])): extra quote '\(cue)…' (\(said ?? "no speaker"))")
        }
        rows["quote found", default: Score()] = rows["quote found", default: Score()] + found
        rows["quote speaker", default: Score()] = rows["quote speaker", default: Score()] + speakers

        // Numbers: value on the line, then what they count, then their event.
        // An age is a number the gold labels as such (`counted: age`); the extractor states it
        // as an attribute of its person.
        let numbers = analysis.claims.filter { $0.kind == .number || $0.kind == .age }
        var numberFound = Score(predicted: numbers.count, expected: gold.numbers.count)
        var counted = numberFound
        var event = numberFound
        var usedNumbers = Set<Int>()
        for number in gold.numbers {
            guard let match = numbers.indices.first(where: { index in
                guard !usedNumbers.contains(index), fileLine(numbers[index]) == number.line,
                      let value = numbers[index].slots.value else { return false }
                // Units are stored in their base (`four days` → 0.131 months, `13-inch` → 0.33 m);
                // the gold keeps the figure as written.
                // An age is in years as written (`11-year-old` → 11), whatever its unit word.
                let factor = numbers[index].slots.measure == "age" ? 1 : ExtractionGoldScorer.writtenUnitFactor(numbers[index].slots.quantity ?? "")
                return ExtractionGoldScorer.sameValue(number.value * factor, value)
                    || ExtractionGoldScorer.isShareWord(numbers[index]) && ExtractionGoldScorer.sameValue(number.value * 100, value)
            }) else {
                notes.append("\(label):\(number.line): missed number \(ExtractionGoldScorer.format(number.value)) (\(number.counted))")
                continue
            }
            usedNumbers.insert(match)
            numberFound.truePositives += 1
            // The unit as written counts too: the claim stores its base (`13-inch` → `m`), the
            // gold the word of the text (`inches`), as for the value above.
            let measure = numbers[match].kind == .age ? "age"
                : [numbers[match].slots.measure, numbers[match].slots.unit, ExtractionGoldScorer.writtenUnit(numbers[match].slots.quantity ?? ""),
                   ExtractionGoldScorer.currencyNames(numbers[match].slots.unit)]
                    .compactMap { $0 }.joined(separator: " ")
            guard ExtractionGoldScorer.sameThing(number.counted, measure) else {
                notes.append("\(label):\(number.line): number \(ExtractionGoldScorer.format(number.value)) counts '\(number.counted)', read as '\(measure)'")
                continue
            }
            counted.truePositives += 1
            // A number's `event` slot names another occasion (a year, `earlier`, `hypothetical`):
            // background; none: the story's own. Ages carry none and count as the story's.
            let background = numbers[match].kind == .number && numbers[match].slots.event != nil
            if (number.event == "main") != background || number.counted.lowercased().hasPrefix("age") {
                event.truePositives += 1
            } else {
                notes.append("\(label):\(number.line): number \(ExtractionGoldScorer.format(number.value)) (\(number.counted)) is \(number.event), read as \(background ? "background" : "the main event's")")
            }
        }
        rows["number found", default: Score()] = rows["number found", default: Score()] + numberFound
        rows["number counted", default: Score()] = rows["number counted", default: Score()] + counted
        rows["number event", default: Score()] = rows["number event", default: Score()] + event
    }

    /// A source with its last word in the singular (`the statements` → `the statement`): the
    /// gold names a document in the singular where the article writes several copies of it.
    public static func singularHead(_ source: String) -> String {
        var words = Folding.words(source)
        if let last = words.last, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss") { words[words.count - 1] = String(last.dropLast()) }
        return words.joined(separator: " ")
    }

    /// Names match as in the dev scorer, and a lone surname matches a full name ending with it.
    public static func sameName(_ a: String, _ b: String) -> Bool {
        if DevSetScorer.sameName(a, b) { return true }
        let x = Folding.words(a), y = Folding.words(b)
        guard let xl = x.last, let yl = y.last, xl == yl else { return false }
        return x.count == 1 || y.count == 1
    }

    /// A predicted value states the gold figure: the same number, or an interval (`[12,∞)` for
    /// `at least 12`, `[6650,7350]` for `about 7,000`) with the figure as a bound or, for a
    /// closed interval, inside it.
    public static func sameValue(_ gold: Double, _ predicted: String) -> Bool {
        func near(_ x: Double) -> Bool { abs(x - gold) <= max(0.005 * abs(gold), 0.001) }
        if let single = Double(predicted) { return near(single) }
        guard predicted.hasPrefix("["), predicted.count > 2 else { return false }
        let parts = predicted.dropFirst().dropLast().split(separator: ",").map(String.init)
        guard parts.count == 2, let low = Double(parts[0]) else { return false }
        if near(low) { return true }
        guard let high = Double(parts[1]) else { return false }
        return near(high) || (low < gold && gold < high)
    }

    /// The factor from the unit a figure is written in to its base unit (`four days` → 1/30.4375
    /// months), 1 without a unit word.
    public static func writtenUnitFactor(_ quantity: String) -> Double {
        let words = Folding.words(quantity.replacingOccurrences(of: "-", with: " "))
        return words.reversed().lazy.compactMap { NumberWords.units[$0]?.factor }.first ?? 1
    }

    /// A share written as a fraction word (`two-thirds of the vote`): the claim states it in
    /// percent (66.667), the gold as the fraction (0.667); one value either way.
    public static func isShareWord(_ claim: Claim) -> Bool {
        claim.slots.unit == "%" && !(claim.slots.quantity ?? "").contains(where: \.isNumber)
    }

    /// The names of a currency code (`USD` → `dollar dollars`): a sum written with its sign
    /// (`$999`) is in dollars as surely as one written `999 dollars`, and the gold names money
    /// so (`dollars raised by …`). Nil for another unit.
    public static func currencyNames(_ unit: String?) -> String? {
        guard let unit else { return nil }
        let names = NumberWords.currencies.filter { $0.value == unit && $0.key.count > 3 && $0.key.allSatisfy(\.isLetter) }.keys.sorted()
        return names.isEmpty ? nil : names.joined(separator: " ")
    }

    /// The unit word as written in a figure (`13-inch` → `inch`, `6 miles` → `miles`), nil
    /// without one.
    public static func writtenUnit(_ quantity: String) -> String? {
        let words = Folding.words(quantity.replacingOccurrences(of: "-", with: " "))
        return words.reversed().first { NumberWords.units[$0] != nil }
    }

    /// What a number counts: some content word of the gold phrase (plural `s` ignored) is in
    /// the predicted measure. An age matches a measure of years; an outcome word of the gold
    /// (`killed`, `wounded`) matches its class (`deaths`, `injured`).
    public static func sameThing(_ gold: String, _ predicted: String) -> Bool {
        func stems(_ text: String) -> Set<String> {
            let skip: Set<String> = ["of", "the", "a", "an", "in", "for", "to", "and", "on", "per"]
            return Set(Folding.words(text).filter { !skip.contains($0) && $0.count > 1 }.map { word in
                // `inches` and `inch`, `votes` and `vote`.
                if word.count > 4, ["ches", "shes", "xes", "sses"].contains(where: { word.hasSuffix($0) }) { return String(word.dropLast(2)) }
                return word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
            })
        }
        let g = stems(gold), p = stems(predicted)
        if !g.isDisjoint(with: p) { return true }
        if g.contains("age") && (p.contains("year") || p.contains("age")) { return true }
        // A count the gold names by its people and their outcome (`co-workers killed`, `others
        // wounded`) is the outcome's predicate class (`deaths`, `injured`), as the claim names it.
        let outcomes = Set(Folding.words(gold).compactMap(NumberWords.outcome))
        return !outcomes.isDisjoint(with: Folding.words(predicted))
    }

    /// `R-Tenn.`, `D-Mo.`: a party and state tag, labelled one way in some files and not in others.
    /// Also a bare state or party tag: `(Calif.)`, `, Maryland,`, `of South Dakota`, `(R)`. The
    /// gold labels these in some files and not in others, as it does `R-Tenn.`; they are where a
    /// member sits or which party they belong to, not an office, and are left out of both sides.
    /// The titles that are scored, predicted or gold: party and state tags left out, duplicates
    /// folded ignoring case as the labelling conventions say (`Judge` and `the judge` are one).
    public static func judgedTitles(_ titles: [String]) -> [String] {
        var seen = Set<String>()
        return titles.filter { !isPartyTag($0) && seen.insert(Folding.fold($0)).inserted }
    }

    public static func isPartyTag(_ title: String) -> Bool {
        let t = title.trimmingCharacters(in: .whitespaces)
        if t.count == 1, "RDI".contains(t) { return true }
        if isStateTag(t) { return true }
        guard t.count >= 3, let first = t.first, "RDI".contains(first) else { return false }
        return t.dropFirst().first == "-"
    }

    /// A state's name or its agency abbreviation alone, or after `of` (`S.C.`, `Texas`, `of Ohio`).
    static func isStateTag(_ title: String) -> Bool {
        var words = Folding.words(title)
        if words.first == "of" { words.removeFirst() }
        guard !words.isEmpty, words.count <= 3 else { return false }
        let lexicons = Lexicons.shared
        return lexicons.states[words.joined(separator: " ")] != nil || lexicons.stateAbbreviations[words.joined()] != nil
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
