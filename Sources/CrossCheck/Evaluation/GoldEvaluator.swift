import ClaimModel
import Foundation

/// Compares a report's findings with a labelled file of expected findings.
///
/// Gold format (`gold.json` in a set folder, or any file given with `--gold`):
/// ```json
/// {"version": 1,
///  "findings": [
///    {"kind": "title", "subject": "Anna Kowalska", "status": "conflict",
///     "values": {"a": ["Secretary of Defense"]}, "note": "free text"}
///  ]}
/// ```
/// `kind` and `status` as in the report contract; `subject` the person's name (plain ASCII
/// is fine), what is counted, the item, the source; `values` and `note` are optional and
/// ignored by the scoring.
///
/// A predicted finding matches a gold finding of the same kind and status whose subject
/// names the same thing: folded words equal, one contained in the other, or (for people)
/// the same surname; a quotation, whose label names its speaker, by the label's cue (a few
/// words of the quotation, in `values`) found in the finding's quotation, whoever is named as
/// speaker; a fact labelled by what it is (`winner of caucus vice chair race`), when no finding
/// has its subject, by the values every labelled article gives (`FirstScreenCheck.sameValues`).
/// Each gold finding matches at most one predicted finding. Precision is
/// over predicted findings of the kinds the gold file labels (a kind it never mentions is
/// not scored); recall is over all gold findings.
public struct GoldEvaluator: Sendable {
    public struct Expected: Sendable, Hashable {
        public var kind: String
        public var subject: String
        public var status: String
        /// Article id → the labelled values (optional in the gold file).
        public var values: [String: [String]] = [:]

        public init(kind: String, subject: String, status: String, values: [String: [String]] = [:]) {
            self.kind = kind
            self.subject = subject
            self.status = status
            self.values = values
        }
    }

    /// Treat `agree` and `variant` as one status: labellers often call compatible values
    /// worded differently an agreement, which the contract calls a variant.
    public var lenient: Bool

    public init(lenient: Bool = false) {
        self.lenient = lenient
    }

    func sameStatus(_ gold: String, _ predicted: FindingStatus) -> Bool {
        if gold == predicted.rawValue { return true }
        return lenient && [gold, predicted.rawValue].allSatisfy { $0 == "agree" || $0 == "variant" }
    }

    public static func load(_ path: String) throws -> [Expected] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CrossCheckError.notFound(path: path) }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CrossCheckError.json(path: path, line: 1, message: "not valid JSON; a gold file is {\"version\": 1, \"findings\": [...]}")
        }
        guard let findings = object["findings"] as? [[String: Any]] else {
            throw CrossCheckError.json(path: path, line: 1, message: "missing `findings` list")
        }
        return try findings.enumerated().map { index, entry in
            guard let kind = entry["kind"] as? String, FindingKind(rawValue: kind) != nil,
                  let subject = entry["subject"] as? String,
                  let status = entry["status"] as? String, FindingStatus(rawValue: status) != nil else {
                throw CrossCheckError.configuration(path: path, keyPath: "findings[\(index)]", message: "needs kind, subject and status (kinds and statuses as in the report)")
            }
            let values = (entry["values"] as? [String: Any] ?? [:]).compactMapValues { $0 as? [String] }
            return Expected(kind: kind, subject: subject, status: status, values: values)
        }
    }

    /// Scores by kind, with notes on every miss and every extra finding.
    public func evaluate(_ report: Report, gold: [Expected]) -> ScoreTable {
        let labelledKinds = Set(gold.map(\.kind))
        var scores: [String: Score] = [:]
        var byStatus: [String: Score] = [:]
        var notes: [String] = []
        for expected in gold {
            scores[expected.kind, default: Score()].expected += 1
            byStatus[statusKey(expected.status), default: Score()].expected += 1
        }
        var used = Set<Int>()
        var onlyIn = 0, falseOnlyIn = 0
        let predicted = report.findings.filter { labelledKinds.contains($0.kind.rawValue) }
        // Two passes: by subject first (a quotation by its cue, `sameFact`), then a gold entry that names a fact rather than the
        // people or the value (`winner of caucus vice chair race`, `Pelosi began leading House
        // Democrats`) by the values every labelled article gives (`FirstScreenCheck.sameValues`),
        // so a finding named by what differs still meets the entry naming the fact.
        var matched: [Int: Int] = [:]
        for (position, finding) in predicted.enumerated() {
            if let index = gold.indices.first(where: { !used.contains($0) && gold[$0].kind == finding.kind.rawValue && sameStatus(gold[$0].status, finding.status) && GoldEvaluator.sameFact(gold[$0], finding) }) {
                used.insert(index)
                matched[position] = index
            }
        }
        for (position, finding) in predicted.enumerated() where matched[position] == nil && GoldEvaluator.factKinds.contains(finding.kind) {
            if let index = gold.indices.first(where: { !used.contains($0) && gold[$0].kind == finding.kind.rawValue && sameStatus(gold[$0].status, finding.status) && FirstScreenCheck.sameValues(gold[$0], finding) }) {
                used.insert(index)
                matched[position] = index
            }
        }
        for (position, finding) in predicted.enumerated() {
            let kind = finding.kind.rawValue
            let status = statusKey(finding.status.rawValue)
            scores[kind, default: Score()].predicted += 1
            byStatus[status, default: Score()].predicted += 1
            if finding.status == .onlyIn {
                onlyIn += 1
                // The labellers found the fact in two or more articles.
                if gold.contains(where: { $0.kind == kind && $0.status != "only-in" && GoldEvaluator.sameFact($0, finding) }) { falseOnlyIn += 1 }
            }
            if matched[position] != nil {
                scores[kind, default: Score()].truePositives += 1
                byStatus[status, default: Score()].truePositives += 1
            } else {
                let near = gold.first { $0.kind == kind && GoldEvaluator.sameFact($0, finding) }
                notes.append("extra \(kind) \(finding.status.rawValue): \(finding.subject)" + (near.map { " (gold says \($0.status))" } ?? ""))
            }
        }
        for (index, expected) in gold.enumerated() where !used.contains(index) {
            notes.append("missed \(expected.kind) \(expected.status): \(expected.subject)")
        }
        return ScoreTable(
            rows: scores.keys.sorted().map { ($0, scores[$0]!) }, notes: notes.sorted(),
            statuses: FindingStatus.allCases.map { statusKey($0.rawValue) }.uniqued().compactMap { key in byStatus[key].map { (key, $0) } },
            onlyIn: onlyIn, falseOnlyIn: falseOnlyIn)
    }

    /// Kinds whose labels may name the fact instead of a person or source: matched by values
    /// when the subjects differ.
    static let factKinds: Set<FindingKind> = [.number, .date, .other, .place, .item]

    /// The same fact as a gold entry: the same subject, except for quotations, which the labels
    /// tell apart by a short cue from the quotation (`values`), since one speaker has several:
    /// a quotation is the labelled one when its text holds the cue's words in order.
    public static func sameFact(_ gold: Expected, _ finding: Finding) -> Bool {
        let cues = gold.values.values.flatMap { $0 }.map(Folding.words).filter { !$0.isEmpty }
        guard gold.kind == FindingKind.quote.rawValue, !cues.isEmpty else { return sameSubject(gold.subject, finding.subject) }
        let texts = finding.values.values.flatMap { $0 }.map(Folding.words)
        return cues.contains { cue in texts.contains { containsRun($0, cue) } }
    }

    /// `words` holds `run` as consecutive words.
    static func containsRun(_ words: [String], _ run: [String]) -> Bool {
        guard !run.isEmpty, words.count >= run.count else { return false }
        return (0...(words.count - run.count)).contains { Array(words[$0..<($0 + run.count)]) == run }
    }

    /// The status a row counts: agree and variant are one row when lenient.
    func statusKey(_ status: String) -> String {
        lenient && (status == "agree" || status == "variant") ? "agree+variant" : status
    }

    /// Folded words equal; one set of words inside the other; or the same last word for
    /// two-word-or-longer names (a surname).
    public static func sameSubject(_ a: String, _ b: String) -> Bool {
        let x = Folding.words(a), y = Folding.words(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x == y { return true }
        let (small, large) = x.count <= y.count ? (Set(x), Set(y)) : (Set(y), Set(x))
        if small.isSubset(of: large) { return true }
        // Singular and plural: `patrol boat` ~ `patrol boats`.
        let stem = { (words: [String]) in words.map { $0.hasSuffix("s") && $0.count > 3 ? String($0.dropLast()) : $0 } }
        if Set(stem(x)).isSubset(of: Set(stem(y))) || Set(stem(y)).isSubset(of: Set(stem(x))) { return true }
        if x.count >= 2, y.count >= 2, x.last == y.last, x.first == y.first { return true }
        return false
    }
}
