import ClaimModel

/// Earlier occasions of one event word are many (a resignation in 1980, another last February):
/// two articles' early dates keyed to the word (`resignation (earlier occasion)`) are one fact
/// only when their sentences say so too, aligned as `DateRule+Context` aligns dates (a shared
/// word in the dates' own clauses and sentence similarity at `alignmentThreshold`). Dates that
/// cannot overlap in sentences that do not align are two occasions: no conflict.
extension DateRule {
    static func isEarlierKey(_ key: String) -> Bool { key.hasSuffix(BackgroundEvents.subjectSuffix) }

    /// Some date of `a` and some date of `b` state one fact by their sentences.
    static func sentencesAlign(_ a: [Claim], _ b: [Claim], _ alignment: FactAlignment) -> Bool {
        sentencesAlign(a.compactMap { alignment.item($0, background: true) }, b.compactMap { alignment.item($0, background: true) }, alignment)
    }

    /// `sentencesAlign` of items made once per article (a key's pairs of articles share them).
    static func sentencesAlign(_ first: [FactAlignment.Item], _ second: [FactAlignment.Item], _ alignment: FactAlignment) -> Bool {
        first.contains { x in
            second.contains { y in !x.near.isDisjoint(with: y.near) && alignment.similarity(x, y) >= DateRule.alignmentThreshold }
        }
    }
}
