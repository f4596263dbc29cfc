import ClaimModel
import ReportWriter

/// The first lines of a report's discrepancy list judged against a gold file: each of the
/// top `count` discrepancies (the Markdown glance list's own lines, `GlanceList`) is
/// `true` (the gold labels the same kind, subject and status), `false` (the gold labels the
/// same kind and subject with another status: a wrong conflict or a wrong only-in) or
/// `unlabelled` (the gold does not list it: for only-in findings, not important enough).
/// A gold entry whose subject is worded as a role (`winner of the vote`) while the finding
/// names the people still matches when every article the gold lists gives the same values
/// (folded words) in the finding: labellers name a fact, the tool names what differs.
public struct FirstScreenCheck: Sendable {
    public var count: Int

    public init(count: Int = 5) {
        self.count = count
    }

    public struct Line: Sendable {
        public var verdict: String
        public var finding: Finding
    }

    public func judge(_ report: Report, gold: [GoldEvaluator.Expected], lenient: Bool = false) -> [Line] {
        let top = GlanceList.findings(report)
        let evaluator = GoldEvaluator(lenient: lenient)
        var used = Set<Int>()
        return top.prefix(count).map { finding in
            let kind = finding.kind.rawValue
            if let index = gold.indices.first(where: { !used.contains($0) && gold[$0].kind == kind && evaluator.sameStatus(gold[$0].status, finding.status) && (GoldEvaluator.sameSubject(gold[$0].subject, finding.subject) || Self.sameValues(gold[$0], finding)) }) {
                used.insert(index)
                return Line(verdict: "true", finding: finding)
            }
            if gold.contains(where: { $0.kind == kind && (GoldEvaluator.sameSubject($0.subject, finding.subject) || Self.sameValues($0, finding)) }) {
                return Line(verdict: "false", finding: finding)
            }
            return Line(verdict: "unlabelled", finding: finding)
        }
    }

    /// The gold lists values for two or more articles and the finding gives each of them the
    /// same values: folded words of every labelled value inside one of the finding's or the
    /// other way round (`Linda T. Sanchez` ~ `Linda T. Sánchez`).
    static func sameValues(_ gold: GoldEvaluator.Expected, _ finding: Finding) -> Bool {
        guard gold.values.count >= 2 else { return false }
        return gold.values.allSatisfy { article, labelled in
            guard let given = finding.values[article], !given.isEmpty, !labelled.isEmpty else { return false }
            return labelled.allSatisfy { value in
                let words = Set(Folding.words(value))
                return !words.isEmpty && given.contains { other in
                    let found = Set(Folding.words(other))
                    return !found.isEmpty && (words.isSubset(of: found) || found.isSubset(of: words))
                }
            }
        }
    }
}
