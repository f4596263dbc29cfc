import ClaimModel

/// How much a finding matters to a reader of the set: a sum of small integer weights, so the
/// ranking is the same on every machine and each weight can be read and argued with.
///
/// | weight | for |
/// |---|---|
/// | +40 / +10 | a conflict / an only-in finding (variants and agreements 0) |
/// | +25 / +12 | severity error / warning |
/// | +30 | the finding fills a slot of the main event's frame (not for an only-in finding) |
/// | +15 / +6 | its evidence stands in the headline or lede (body lines 1-3), or the headline of an article stating it names it (`StoryHeadlines`; not for only-in) / the first six lines |
/// | +4 each | articles stating it (at most five counted) |
/// | up to +20 | conflicting figures far apart (ratio of the largest to the smallest) |
/// | +5 / -10 | an absence, a figure or a status (charged, resigned) / a source, an item or a problem inside one article |
/// | -60 | about an earlier occasion than the main event (background) |
/// | -25 | a date of another event word than the main event's, stated only below the lede (`in an interview Tuesday`): a side occasion, not the story's `when` |
/// | -30 | "only one article has X taking part" while the others name X too (they likely say it in other words) |
enum Salience {
    static func score(_ finding: Finding, inFrame: Bool, background: Bool, namedElsewhere: Bool = false, sideDate: Bool = false, inHeadline: Bool = false) -> Int {
        var score = 0
        switch finding.status {
        case .conflict: score += 40
        case .onlyIn: score += 10
        case .variant, .agree: break
        }
        switch finding.severity {
        case .error: score += 25
        case .warning: score += 12
        case .info: break
        }
        // An only-in figure in the frame is there for want of a shared one: no bonus.
        if inFrame && finding.status != .onlyIn { score += 30 }
        let firstLine = finding.evidence.values.flatMap { $0 }.map(\.span.line).min() ?? Int.max
        // A headline naming what one article alone says is about the person, not the fact.
        if firstLine <= 3 || (inHeadline && finding.status != .onlyIn) { score += 15 } else if firstLine <= 6 { score += 6 }
        let stating = finding.values.filter { !$0.value.isEmpty }.count
        score += 4 * min(stating, 5)
        if finding.status == .conflict, finding.kind == .number || finding.kind == .item { score += spread(finding.values) }
        switch finding.kind {
        case .absence, .number, .status: score += 5
        case .attribution, .item, .consistency, .other: score -= 10
        default: break
        }
        if background { score -= 60 }
        if sideDate && finding.kind == .date && firstLine > 3 { score -= 25 }
        if namedElsewhere && finding.kind == .participant && finding.status == .onlyIn { score -= 30 }
        return score
    }

    /// 0 to 20: how far apart the figures are (`12` vs `14` → 3; `10,000` vs `50,000` → 20).
    static func spread(_ values: [String: [String]]) -> Int {
        let figures = values.values.flatMap { $0 }.compactMap(firstFigure).filter { $0 > 0 }
        guard let low = figures.min(), let high = figures.max(), low > 0 else { return 0 }
        let ratio = high / low
        return min(20, Int(((ratio - 1) * 20).rounded(.down)))
    }

    /// The first decimal figure in a normalized value (`[12,∞)` → 12, `420 m` → 420).
    static func firstFigure(_ value: String) -> Double? {
        var digits = ""
        for character in value {
            if character.isASCII && (character.isNumber || character == ".") {
                digits.append(character)
            } else if !digits.isEmpty {
                break
            }
        }
        return Double(digits)
    }
}
