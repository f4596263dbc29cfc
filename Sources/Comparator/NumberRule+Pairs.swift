import ClaimModel

/// The worst pair of articles for one measure, found without walking every pair.
///
/// Articles whose figures compare alike (the same values, intervals, occasions and modifiers)
/// form one class, and two classes are compared once. Pairs are visited in the order the
/// named pair is chosen by (the earliest publication date of the pair, then the latest, then
/// ids), so the first conflict met is the one reported and the walk stops there; a measure
/// with no conflict is walked whole, at the cost of one look-up per pair of articles.
extension NumberRule {
    /// What `closest` compares of a figure, without its claim (copying a claim per pair cost
    /// more than the comparison).
    struct Bound {
        var value: String
        var low: Double
        var high: Double
        var time: String?
        var modifiers: [String]
    }

    /// The figure as compared: a physical measure in its base unit, whatever it is shown as.
    static func compared(_ figure: Figure) -> String {
        guard let unit = figure.claim.slots.unit, physical.contains(unit), let value = figure.claim.slots.value else { return figure.value }
        if unit == "month" { return duration(value) }
        return "\(value) \(unit)"
    }

    /// `verdict` on bounds.
    static func verdict(_ x: [Bound], _ y: [Bound], _ tolerance: Double) -> Verdict {
        var loose: Verdict? = nil
        for a in x { for b in y { loose = min(loose ?? .conflict, pairVerdict((a.value, a.low, a.high), (b.value, b.low, b.high), tolerance)) } }
        guard let found = loose, found >= .update else { return loose ?? .otherOccasion }
        var strict: Verdict? = nil
        for a in x { for b in y where a.time == b.time && nested(a.modifiers, b.modifiers) {
            strict = min(strict ?? .conflict, pairVerdict((a.value, a.low, a.high), (b.value, b.low, b.high), tolerance))
        } }
        return strict ?? .otherOccasion
    }

    /// The pair of `representatives` (ids in sorted order) whose figures compare worst; among
    /// pairs equally bad at `update` or worse, the one `precedes` puts first.
    func worstPair(_ representatives: [String], _ perArticle: [String: [Figure]], first: (String, String), _ tolerance: Double,
                   grows: Bool, _ context: ComparisonContext) -> (verdict: Verdict, a: String, b: String) {
        var worst: (verdict: Verdict, a: String, b: String) = (.same, first.0, first.1)
        guard representatives.count > 1 else { return worst }
        var classNumber: [[String]: Int] = [:]
        var classes: [[Bound]] = []
        let classOf = representatives.map { article -> Int in
            let figures = perArticle[article]!
            let signature = figures.map { "\($0.value)\u{1F}\($0.low)\u{1F}\($0.high)\u{1F}\($0.time.map { "+" + $0 } ?? "-")\u{1F}\($0.modifiers)" }.sorted()
            if let known = classNumber[signature] { return known }
            classNumber[signature] = classes.count
            classes.append(figures.map { Bound(value: $0.value, low: $0.low, high: $0.high, time: $0.time, modifiers: $0.modifiers) })
            return classes.count - 1
        }
        // A flat table of class verdicts when it is small enough to hold (255: not yet compared).
        let count = classes.count
        var table = count <= 2048 ? [UInt8](repeating: 255, count: count * count) : []
        func classVerdict(_ p: Int, _ q: Int) -> Verdict {
            guard !table.isEmpty else { return NumberRule.verdict(classes[p], classes[q], tolerance) }
            if table[p * count + q] != 255 { return Verdict(rawValue: Int(table[p * count + q]))! }
            let verdict = NumberRule.verdict(classes[p], classes[q], tolerance)
            table[p * count + q] = UInt8(verdict.rawValue)
            table[q * count + p] = UInt8(verdict.rawValue)
            return verdict
        }
        /// Judges one pair (i < k); true when it is a conflict, the worst there is.
        func judge(_ i: Int, _ k: Int) -> Bool {
            let (a, b) = (representatives[i], representatives[k])
            var verdict = classVerdict(classOf[i], classOf[k])
            if verdict == .conflict, grows, let update = isUpdate(a, b, perArticle, context) { verdict = update ? .update : .conflict }
            if verdict > worst.verdict { worst = (verdict, a, b) }
            return verdict == .conflict
        }
        let dates = representatives.map { published($0, context) ?? "" }
        var members: [String: [Int]] = [:]
        for (index, date) in dates.enumerated() { members[date, default: []].append(index) }
        let days = members.keys.sorted()
        search: for (m, early) in days.enumerated() {
            for late in days[m...].reversed() {
                let own = members[early]!
                if late == early {
                    for (p, i) in own.enumerated() { for k in own[(p + 1)...] where judge(i, k) { break search } }
                    continue
                }
                let other = members[late]!
                // Pairs (x, y), x < y, in order of x then y: each x meets the later members of the other day.
                for x in (own + other).sorted() {
                    let partners = dates[x] == early ? other : own
                    var start = partners.startIndex, end = partners.endIndex
                    while start < end { let mid = (start + end) / 2; if partners[mid] <= x { start = mid + 1 } else { end = mid } }
                    for y in partners[start...] where judge(x, y) { break search }
                }
            }
        }
        return worst
    }
}
