import Foundation

/// Everything one benchmark run measured. Deterministic: the same sets, seed and bound give
/// the same value and the same JSON bytes (no timings, no machine, no dates inside).
public struct FactEditResult: Codable, Sendable {
    public var schema = "crosscheck.factedit/1"
    public var seed: UInt64
    /// At most this many edits per kind per set.
    public var perKind: Int
    public var sets: [String]
    public var articles: Int
    /// Every run, in set, kind, article and position order.
    public var runs: [EditRun]
    /// The kinds whose runs were labelled (`EditLabels`), in kind order; empty without labels.
    public var labelledKinds: [EditKind] = []

    public init(seed: UInt64, perKind: Int, sets: [String], articles: Int, runs: [EditRun]) {
        self.seed = seed
        self.perKind = perKind
        self.sets = sets
        self.articles = articles
        self.runs = runs
    }

    /// Per edit kind: edits and how many were caught.
    public var edits: [KindScore] { scores(EditKind.edits) }

    /// Per control kind: runs and how many raised a false alarm.
    public var controls: [KindScore] { scores(EditKind.controls) }

    func scores(_ kinds: [EditKind]) -> [KindScore] {
        kinds.map { kind in
            let runs = self.runs.filter { $0.kind == kind }
            var score = KindScore(kind: kind, runs: runs.count, flagged: runs.filter(\.flagged).count)
            if labelledKinds.contains(kind) {
                let shared = runs.filter { $0.label == .shared }
                score.shared = shared.count
                score.sharedCaught = shared.filter(\.flagged).count
            }
            return score
        }
    }

    /// The runs labelled from `labels`, and the kinds it labels among those run.
    public mutating func apply(_ labels: EditLabels) {
        runs = labels.label(runs)
        let run = Set(runs.map(\.kind))
        labelledKinds = labels.kinds.filter { run.contains($0) && !$0.isControl }.sorted()
    }

    /// Over the labelled edit kinds: the runs labelled `shared` and how many were caught
    /// (nil without labels).
    public var shared: Int? { labelledKinds.isEmpty ? nil : edits.reduce(0) { $0 + ($1.shared ?? 0) } }
    public var sharedCaught: Int? { labelledKinds.isEmpty ? nil : edits.reduce(0) { $0 + ($1.sharedCaught ?? 0) } }
    /// Over the labelled edit kinds: all their runs, and the runs of each label.
    public var labelledRuns: [EditRun] { runs.filter { labelledKinds.contains($0.kind) } }

    public var editRuns: Int { edits.reduce(0) { $0 + $1.runs } }
    public var caught: Int { edits.reduce(0) { $0 + $1.flagged } }
    public var controlRuns: Int { controls.reduce(0) { $0 + $1.runs } }
    public var falseAlarms: Int { controls.reduce(0) { $0 + $1.flagged } }

    /// Edits not caught, in run order.
    public var misses: [EditRun] { runs.filter { !$0.kind.isControl && !$0.flagged } }

    /// Controls that raised a new conflict or variant.
    public var alarms: [EditRun] { runs.filter { $0.kind.isControl && $0.flagged } }

    /// The goals the benchmark measures later work against.
    public static let caughtGoal = 0.80
    public static let cleanGoal = 0.98

    /// Two decimals, computed in integers so that every platform prints the same digits.
    public static func rate(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "—" }
        let hundredths = (part * 100 * 2 + whole) / (whole * 2)
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    // MARK: JSON

    private enum CodingKeys: String, CodingKey {
        case schema, seed, perKind, sets, articles, summary, edits, controls, rules, runs, labelledKinds
    }

    struct Summary: Codable {
        var edits: Int
        var caught: Int
        var caughtRate: String
        var caughtGoal: String
        var controls: Int
        var falseAlarms: Int
        var falseAlarmRate: String
        var cleanRate: String
        var cleanGoal: String
        /// Over the labelled kinds (absent without labels): their runs, the runs of each
        /// label, and the shared ones caught.
        var labelled: Int?
        var shared: Int?
        var alone: Int?
        var unclear: Int?
        var sharedCaught: Int?
        var sharedCaughtRate: String?
    }

    struct Row: Codable {
        var kind: EditKind
        var runs: Int
        var flagged: Int
        var rate: String
        var shared: Int?
        var sharedCaught: Int?
        var sharedRate: String?

        init(_ score: KindScore) {
            kind = score.kind
            runs = score.runs
            flagged = score.flagged
            rate = score.rate
            shared = score.shared
            sharedCaught = score.sharedCaught
            sharedRate = score.shared.map { FactEditResult.rate(score.sharedCaught ?? 0, $0) }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(seed, forKey: .seed)
        try container.encode(perKind, forKey: .perKind)
        try container.encode(sets, forKey: .sets)
        try container.encode(articles, forKey: .articles)
        var summary = Summary(
            edits: editRuns, caught: caught, caughtRate: FactEditResult.rate(caught, editRuns), caughtGoal: "0.80",
            controls: controlRuns, falseAlarms: falseAlarms, falseAlarmRate: FactEditResult.rate(falseAlarms, controlRuns),
            cleanRate: FactEditResult.rate(controlRuns - falseAlarms, controlRuns), cleanGoal: "0.98")
        if let shared, let sharedCaught {
            let labelled = labelledRuns
            summary.labelled = labelled.count
            summary.shared = shared
            summary.alone = labelled.filter { $0.label == .alone }.count
            summary.unclear = labelled.filter { $0.label == .unclear }.count
            summary.sharedCaught = sharedCaught
            summary.sharedCaughtRate = FactEditResult.rate(sharedCaught, shared)
        }
        try container.encode(summary, forKey: .summary)
        try container.encode(edits.map(Row.init), forKey: .edits)
        try container.encode(controls.map(Row.init), forKey: .controls)
        if !labelledKinds.isEmpty { try container.encode(labelledKinds, forKey: .labelledKinds) }
        try container.encode(rules, forKey: .rules)
        try container.encode(runs, forKey: .runs)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seed = try container.decode(UInt64.self, forKey: .seed)
        perKind = try container.decode(Int.self, forKey: .perKind)
        sets = try container.decode([String].self, forKey: .sets)
        articles = try container.decode(Int.self, forKey: .articles)
        runs = try container.decode([EditRun].self, forKey: .runs)
        labelledKinds = try container.decodeIfPresent([EditKind].self, forKey: .labelledKinds) ?? []
    }

    /// The JSON: keys sorted, pretty, no escaped slashes; the same bytes for the same result.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
