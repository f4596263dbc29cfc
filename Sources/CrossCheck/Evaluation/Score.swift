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

    /// `P 0.93 (42/45)  R 0.91 (42/46)`.
    public var line: String {
        func f(_ value: Double) -> String {
            let scaled = Int((value * 100).rounded())
            return "\(scaled / 100).\(scaled % 100 < 10 ? "0" : "")\(scaled % 100)"
        }
        return "P \(f(precision)) (\(truePositives)/\(predicted))  R \(f(recall)) (\(min(truePositives, expected))/\(expected))"
    }
}

/// A table of scores by label kind, printed the same way by every scoring command.
public struct ScoreTable: Sendable {
    public var rows: [(String, Score)]
    /// Mismatches worth reading: `article: missed …` / `article: extra …`.
    public var notes: [String]

    public init(rows: [(String, Score)], notes: [String]) {
        self.rows = rows
        self.notes = notes
    }

    public var total: Score { rows.reduce(Score()) { $0 + $1.1 } }

    public func rendered(title: String) -> String {
        var lines = [title]
        for (kind, score) in rows { lines.append("  " + kind.padding(toLength: 14) + score.line) }
        lines.append("  " + "all".padding(toLength: 14) + total.line)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(toLength width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
