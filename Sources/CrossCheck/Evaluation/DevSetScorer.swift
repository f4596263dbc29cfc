import ClaimExtractor
import ClaimModel
import Foundation

/// Scores the extractor against hand-labelled development articles: `NN-style.txt` with
/// `NN-style.gold.json` beside it (formats in Tests/Fixtures/dev/README.md).
///
/// - people gold (`{"people": [{"name", "titles"}]}`): precision and recall of people
///   (names) and of (person, title) pairs;
/// - relations gold (`{"relations": [{"kind", …}]}`): precision and recall per relation kind.
///
/// Names match when their folded words are equal or one is the other with initials or a
/// middle name dropped; titles, items and sources match when folded, one containing the other.
public struct DevSetScorer: Sendable {
    public init() {}

    public struct Result: Sendable {
        public var people: ScoreTable?
        public var relations: ScoreTable?
        public var articles: Int
    }

    public func score(folder: String) throws -> Result {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".gold.json") }.sorted()
        guard !names.isEmpty else { throw CrossCheckError.emptySet(path: folder) }
        var people: [String: Score] = [:]
        var relations: [String: Score] = [:]
        var notes: [String] = []
        var sawPeople = false
        var sawRelations = false
        for name in names {
            let goldPath = (folder as NSString).appendingPathComponent(name)
            let base = String(name.dropLast(".gold.json".count))
            let textPath = (folder as NSString).appendingPathComponent(base + ".txt")
            guard let goldData = FileManager.default.contents(atPath: goldPath),
                  let gold = try JSONSerialization.jsonObject(with: goldData) as? [String: Any] else {
                throw CrossCheckError.json(path: goldPath, line: 1, message: "not a gold object")
            }
            let parsed = try CorpusReader().readFile(textPath, id: base)
            guard let article = parsed.articles.first else { continue }
            let analysis = ClaimExtractor().analyze(article)
            if let list = gold["people"] as? [[String: Any]] {
                sawPeople = true
                scorePeople(list, analysis, base, &people, &notes)
            }
            if let list = gold["relations"] as? [[String: Any]] {
                sawRelations = true
                scoreRelations(list, analysis, base, &relations, &notes)
            }
        }
        return Result(
            people: sawPeople ? ScoreTable(rows: people.keys.sorted().map { ($0, people[$0]!) }, notes: notes) : nil,
            relations: sawRelations ? ScoreTable(rows: relations.keys.sorted().map { ($0, relations[$0]!) }, notes: notes) : nil,
            articles: names.count)
    }

    // MARK: people

    func scorePeople(_ gold: [[String: Any]], _ analysis: ArticleAnalysis, _ article: String, _ scores: inout [String: Score], _ notes: inout [String]) {
        let goldPeople = gold.compactMap { entry -> (String, [String])? in
            guard let name = entry["name"] as? String else { return nil }
            return (name, entry["titles"] as? [String] ?? [])
        }
        let predicted = analysis.entities.filter { $0.type == .person }.map { entity in
            // Duplicates removed case-insensitively, as in the gold files (first spelling kept).
            var seen = Set<String>()
            return (entity.name, entity.mentions.compactMap(\.title).filter { seen.insert(Folding.fold($0)).inserted }.sorted())
        }
        var personScore = Score(predicted: predicted.count, expected: goldPeople.count)
        var pairScore = Score(predicted: predicted.reduce(0) { $0 + $1.1.count }, expected: goldPeople.reduce(0) { $0 + $1.1.count })
        var usedGold = Set<Int>()
        for (name, titles) in predicted {
            guard let index = goldPeople.indices.first(where: { !usedGold.contains($0) && DevSetScorer.sameName(goldPeople[$0].0, name) }) else {
                notes.append("\(article): extra person \(name)")
                continue
            }
            usedGold.insert(index)
            personScore.truePositives += 1
            var usedTitles = Set<Int>()
            for title in titles {
                if let t = goldPeople[index].1.indices.first(where: { !usedTitles.contains($0) && DevSetScorer.sameText(goldPeople[index].1[$0], title) }) {
                    usedTitles.insert(t)
                    pairScore.truePositives += 1
                } else {
                    notes.append("\(article): extra title '\(title)' for \(name)")
                }
            }
            for (t, title) in goldPeople[index].1.enumerated() where !usedTitles.contains(t) {
                notes.append("\(article): missed title '\(title)' for \(name)")
            }
        }
        for (index, person) in goldPeople.enumerated() where !usedGold.contains(index) {
            notes.append("\(article): missed person \(person.0)")
        }
        scores["people", default: Score()] = scores["people", default: Score()] + personScore
        scores["person+title", default: Score()] = scores["person+title", default: Score()] + pairScore
    }

    // MARK: relations

    /// A relation as a comparable key: kind and folded values.
    struct Key: Hashable {
        var kind: String
        var parts: [String]
    }

    func scoreRelations(_ gold: [[String: Any]], _ analysis: ArticleAnalysis, _ article: String, _ scores: inout [String: Score], _ notes: inout [String]) {
        var expected: [Key] = []
        for entry in gold {
            guard let kind = entry["kind"] as? String else { continue }
            switch kind {
            case "meeting", "accompany":
                let people = (entry["participants"] as? [String] ?? [])
                expected.append(Key(kind: kind, parts: kind == "meeting" ? people.sorted { Folding.fold($0) < Folding.fold($1) } : people))
            case "absence": expected.append(Key(kind: kind, parts: [entry["person"] as? String ?? ""]))
            case "visit": expected.append(Key(kind: kind, parts: [entry["person"] as? String ?? "", entry["place"] as? String ?? ""]))
            case "delivery": expected.append(Key(kind: kind, parts: [entry["item"] as? String ?? "", (entry["quantity"] as? Int).map(String.init) ?? ""]))
            case "item": expected.append(Key(kind: kind, parts: [entry["item"] as? String ?? ""]))
            case "attribution": expected.append(Key(kind: kind, parts: [entry["source"] as? String ?? ""]))
            case "quote": expected.append(Key(kind: kind, parts: [entry["speaker"] as? String ?? "", entry["start"] as? String ?? ""]))
            default: continue
            }
        }
        let name = { (id: String?) in analysis.entities.first { $0.id == id }?.name ?? (id ?? "") }
        var predicted: [Key] = []
        for claim in analysis.claims where claim.hedged != true {
            let slots = claim.slots
            switch claim.kind {
            case .meeting:
                predicted.append(Key(kind: "meeting", parts: [name(slots.actor), name(slots.counterpart)].sorted { Folding.fold($0) < Folding.fold($1) }))
            case .accompaniment:
                predicted.append(Key(kind: "accompany", parts: [name(slots.actor), name(slots.counterpart)]))
            case .absence: predicted.append(Key(kind: "absence", parts: [name(slots.person)]))
            case .visit: predicted.append(Key(kind: "visit", parts: [name(slots.actor), slots.place ?? ""]))
            case .delivery: predicted.append(Key(kind: "delivery", parts: [slots.item ?? "", slots.quantity.flatMap { Int($0) }.map(String.init) ?? ""]))
            case .item: predicted.append(Key(kind: "item", parts: [slots.item ?? ""]))
            case .attribution: predicted.append(Key(kind: "attribution", parts: [slots.source ?? ""]))
            case .quote:
                let start = Folding.words(slots.quote ?? "").prefix(3).joined(separator: " ")
                predicted.append(Key(kind: "quote", parts: [name(slots.speaker), start]))
            default: continue
            }
        }
        // One prediction per distinct key (the gold lists each relation once).
        var seen = Set<[String]>()
        predicted = predicted.filter { seen.insert([$0.kind] + $0.parts.map(Folding.fold)).inserted }
        var used = Set<Int>()
        for kind in Set(expected.map(\.kind)).union(predicted.map(\.kind)) {
            scores[kind, default: Score()].expected += expected.filter { $0.kind == kind }.count
            scores[kind, default: Score()].predicted += predicted.filter { $0.kind == kind }.count
        }
        for key in predicted {
            if let index = expected.indices.first(where: { !used.contains($0) && matches(expected[$0], key) }) {
                used.insert(index)
                scores[key.kind, default: Score()].truePositives += 1
            } else {
                notes.append("\(article): extra \(key.kind) \(key.parts.joined(separator: " / "))")
            }
        }
        for (index, key) in expected.enumerated() where !used.contains(index) {
            notes.append("\(article): missed \(key.kind) \(key.parts.joined(separator: " / "))")
        }
    }

    func matches(_ gold: Key, _ predicted: Key) -> Bool {
        guard gold.kind == predicted.kind, gold.parts.count == predicted.parts.count else { return false }
        switch gold.kind {
        case "meeting", "accompany", "absence":
            return zip(gold.parts, predicted.parts).allSatisfy { DevSetScorer.sameName($0, $1) }
        case "visit", "quote":
            return DevSetScorer.sameName(gold.parts[0], predicted.parts[0]) && DevSetScorer.sameText(gold.parts[1], predicted.parts[1])
        case "delivery":
            return DevSetScorer.sameText(gold.parts[0], predicted.parts[0]) && (gold.parts[1] == predicted.parts[1] || gold.parts[1].isEmpty)
        default:
            return DevSetScorer.sameText(gold.parts[0], predicted.parts[0])
        }
    }

    /// Folded words equal, or one name is the other with initials or middle names dropped.
    public static func sameName(_ a: String, _ b: String) -> Bool {
        let x = Folding.words(a), y = Folding.words(b)
        if x == y { return true }
        guard let xl = x.last, let yl = y.last, xl == yl, let xf = x.first, let yf = y.first, xf == yf else {
            return false
        }
        return true
    }

    /// Folded, ignoring a leading determiner; equal or one containing the other as whole words.
    public static func sameText(_ a: String, _ b: String) -> Bool {
        let strip: Set<String> = ["the", "a", "an"]
        let x = Folding.words(a).filter { !strip.contains($0) }, y = Folding.words(b).filter { !strip.contains($0) }
        guard !x.isEmpty, !y.isEmpty else { return x == y }
        if x == y { return true }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard short.count >= 1 else { return false }
        for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short { return true }
        return false
    }
}
