import ClaimModel

/// The set-level pre-pass that keeps an earlier occasion apart from the main event: a
/// figure a sentence sets on another occasion (`In 1998, a quake there killed 412 people`)
/// is compared only with other articles' figures about the same occasion, never with the
/// main event's (`killed at least 31`).
///
/// A number claim is background when a year before the article's own stands before it in
/// its sentence, at most `yearWindow` words back (`In 1998, a quake there killed 412`; `The
/// 1998 earthquake, of magnitude 6.8, killed 412`), or anywhere before it as part of a full
/// date (`the disaster of March 3, 1998, when … killed more than 400`); its occasion is that
/// year. A year after the figure (`the 420-metre bridge, which opened in 1974`) or far
/// before it says when something else happened. Words that only point back (`previously`,
/// `last year`) name no occasion: such claims stay with the main event, where the number
/// rule already tells their time apart.
///
/// Dates stay with the date rule, which keeps a date more than two months before its article
/// apart from the main event's dates of the same event word (`death (earlier occasion)`); the
/// story keeps dates well before publication out of the frame.
///
/// The number rule runs again over each occasion's claims alone (1998 with 1998, never 1980
/// with 2018); its findings there say `earlier occasion` in subject and summary and get ids
/// of their own, so a background agreement never shares an id (or a baseline entry) with
/// the main one.
enum BackgroundEvents {
    static let subjectSuffix = " (earlier occasion)"

    /// Claims of the main event, and claims about earlier occasions by occasion (a year),
    /// in year order.
    static func split(_ claims: [Claim], articles: [Article]) -> (main: [Claim], background: [[Claim]]) {
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var main: [Claim] = []
        var background: [String: [Claim]] = [:]
        for claim in claims {
            if let occasion = occasion(claim, article: byID[claim.article]) { background[occasion, default: []].append(claim) } else { main.append(claim) }
        }
        return (main, background.keys.sorted().map { background[$0]! })
    }

    /// The year of the earlier occasion a claim is about, or nil for the main event.
    static func occasion(_ claim: Claim, article: Article?) -> String? {
        guard let article else { return nil }
        switch claim.kind {
        case .number:
            guard claim.slots.unit != "month" else { return nil }
            return yearBefore(claim, in: article)
        default:
            return nil
        }
    }

    /// At most this many words between an earlier year and the figure it dates.
    static let yearWindow = 16

    /// The nearest year before the claim in its sentence, other than the article's own year and
    /// not starting a period (`since 2009`), within `yearWindow` words.
    static func yearBefore(_ claim: Claim, in article: Article) -> String? {
        guard let ownYear = article.published.flatMap({ Int($0.prefix(4)) }) else { return nil }
        let scalars = article.scalars
        let start = max(0, min(claim.evidence.span.start, scalars.count))
        let end = max(start, min(claim.evidence.span.end, scalars.count))
        let sentence = FactContext.sentenceBounds(scalars, start, end)
        let before = FactContext.words(scalars, sentence.lowerBound, start)
        for (index, word) in before.enumerated().reversed() {
            guard word.count == 4, let year = Int(word), (1900...2099).contains(year), year < ownYear else { continue }
            if index > 0, ["since", "$", "€", "£"].contains(before[index - 1]) { return nil }
            // A day before the year makes it a full date (`March 3, 1998`): the sentence is set on that day.
            let fullDate = index > 0 && before[index - 1].count <= 2 && Int(before[index - 1]).map { (1...31).contains($0) } == true
            return fullDate || before.count - index <= yearWindow ? word : nil
        }
        return nil
    }

    /// The rule that compares figures: the only one run over background claims.
    static func comparesBackground(_ rule: any FindingRule) -> Bool { rule is NumberRule }

    /// A finding about earlier occasions, said so and given its own id.
    static func mark(_ finding: Finding) -> Finding {
        var copy = finding
        copy.subject += subjectSuffix
        copy.summary = "Earlier occasion: " + finding.summary
        copy.id = Finding.makeID(kind: finding.kind, subjectKey: "background:" + finding.id, values: [:])
        return copy
    }
}
