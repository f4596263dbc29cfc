/// How often a finding rule (`kind/status`, as SARIF names it) was right when the benchmark
/// made it raise something new.
///
/// Every new `conflict` or `variant` in a run counts as raised. It is right when it is the
/// finding that caught an edit; wrong when a control raised it (the meaning was kept) or when
/// it came beside another finding in an edit run. A lower bound: a second finding that also
/// points at the edit counts as wrong.
public struct RuleScore: Codable, Sendable, Hashable {
    public var rule: String
    public var raised: Int
    public var right: Int

    public init(rule: String, raised: Int, right: Int) {
        self.rule = rule
        self.raised = raised
        self.right = right
    }

    public var precision: String { FactEditResult.rate(right, raised) }

    /// GitHub code scanning's `precision` levels; nil below `minimumRaised` results.
    public var level: String? {
        guard raised >= RuleScore.minimumRaised else { return nil }
        let hundredths = (right * 100) / raised
        switch hundredths {
        case 90...: return "very-high"
        case 75..<90: return "high"
        case 50..<75: return "medium"
        default: return "low"
        }
    }

    /// Fewer results than this say nothing about a rule.
    public static let minimumRaised = 5

    /// `conflict title “Jane Doe”` → `title/conflict`; nil for other statuses.
    static func rule(ofFinding description: String) -> String? {
        let words = description.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0] == "conflict" || words[0] == "variant" else { return nil }
        return "\(words[1])/\(words[0])"
    }
}

extension FactEditResult {
    /// Per rule, in name order: results raised and right.
    public var rules: [RuleScore] {
        var raised: [String: Int] = [:]
        var right: [String: Int] = [:]
        for run in runs {
            for finding in run.newFindings {
                guard let rule = RuleScore.rule(ofFinding: finding) else { continue }
                raised[rule, default: 0] += 1
                if !run.kind.isControl && run.flagged && finding == run.by { right[rule, default: 0] += 1 }
            }
        }
        return raised.keys.sorted().map { RuleScore(rule: $0, raised: raised[$0]!, right: right[$0] ?? 0) }
    }
}
