/// Precision and recall counts for one kind of label.
public struct Score: Sendable, Hashable, Codable {
    public var truePositives = 0
    public var predicted = 0
    public var expected = 0

    public init(truePositives: Int = 0, predicted: Int = 0, expected: Int = 0) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.expected = expected
    }

    public var precision: Double { predicted == 0 ? (expected == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    public var recall: Double { expected == 0 ? 1 : Double(min(truePositives, expected)) / Double(expected) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(truePositives: lhs.truePositives + rhs.truePositives, predicted: lhs.predicted + rhs.predicted, expected: lhs.expected + rhs.expected)
    }

    /// `P 0.93 (42/45)  R 0.91 (42/46)`; `P — (0/0)` when nothing was predicted.
    public var line: String {
        func f(_ value: Double) -> String {
            let scaled = Int((value * 100).rounded())
            return "\(scaled / 100).\(scaled % 100 < 10 ? "0" : "")\(scaled % 100)"
        }
        // Nothing to divide by: a dash, not a vacuous 1.00 or 0.00.
        let p = predicted == 0 ? "—" : f(precision)
        let r = expected == 0 ? "—" : f(recall)
        return "P \(p) (\(truePositives)/\(predicted))  R \(r) (\(min(truePositives, expected))/\(expected))"
    }
}

/// A table of scores by label kind, printed the same way by every scoring command.
public struct ScoreTable: Sendable {
    public var rows: [(String, Score)]
    /// Mismatches worth reading: `article: missed …` / `article: extra …`.
    public var notes: [String]
    /// The same matches counted by finding status (`conflict`, `only-in`, …), when scored by status.
    public var statuses: [(String, Score)]
    /// Predicted `only-in` findings, and how many of them the labels give as stated by two or
    /// more articles (same kind and subject, another status): a lower bound of false only-in.
    public var onlyIn: Int
    public var falseOnlyIn: Int

    public init(rows: [(String, Score)], notes: [String], statuses: [(String, Score)] = [], onlyIn: Int = 0, falseOnlyIn: Int = 0) {
        self.rows = rows
        self.notes = notes
        self.statuses = statuses
        self.onlyIn = onlyIn
        self.falseOnlyIn = falseOnlyIn
    }

    public var total: Score { rows.reduce(Score()) { $0 + $1.1 } }

    /// Two tables summed row by row.
    public static func + (lhs: ScoreTable, rhs: ScoreTable) -> ScoreTable {
        func merge(_ a: [(String, Score)], _ b: [(String, Score)]) -> [(String, Score)] {
            var order = a.map(\.0)
            for (key, _) in b where !order.contains(key) { order.append(key) }
            return order.map { key in (key, (a.first { $0.0 == key }?.1 ?? Score()) + (b.first { $0.0 == key }?.1 ?? Score())) }
        }
        return ScoreTable(
            rows: merge(lhs.rows, rhs.rows).sorted { $0.0 < $1.0 }, notes: lhs.notes + rhs.notes, statuses: merge(lhs.statuses, rhs.statuses),
            onlyIn: lhs.onlyIn + rhs.onlyIn, falseOnlyIn: lhs.falseOnlyIn + rhs.falseOnlyIn)
    }

    public func rendered(title: String) -> String {
        var lines = [title]
        for (kind, score) in rows { lines.append("  " + kind.padding(toLength: 14) + score.line) }
        lines.append("  " + "all".padding(toLength: 14) + total.line)
        if !statuses.isEmpty {
            lines.append("  by status")
            let order = ["conflict", "only-in", "variant", "agree", "agree+variant"]
            for (status, score) in statuses.sorted(by: { (order.firstIndex(of: $0.0) ?? 9) < (order.firstIndex(of: $1.0) ?? 9) }) {
                lines.append("    " + status.padding(toLength: 14) + score.line)
            }
            let share = onlyIn == 0 ? 0 : (falseOnlyIn * 100 + onlyIn / 2) / onlyIn
            lines.append("    false only-in \(falseOnlyIn) of \(onlyIn) (\(share)%): labelled as stated by two or more articles")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    func padding(toLength width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
