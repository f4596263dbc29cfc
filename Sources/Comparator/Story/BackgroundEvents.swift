import ClaimModel

/// The set-level pre-pass that keeps an earlier occasion apart from the main event: a
/// figure or date a sentence sets on another occasion (`In 1998, a quake there killed 412
/// people`; `the disaster of March 3, 1998`) is compared only with other articles' figures
/// and dates about earlier occasions, never with the main event's (`killed at least 31`).
///
/// - a number claim is background when its sentence names a year other than the article's
///   own or points back (`FactContext.time`, not a supposition);
/// - a date claim is background when the date lies `StoryBackground.daysBeforePublication`
///   days or more before the article's publication.
///
/// The rules that compare figures and dates run a second time over the background claims
/// alone; their findings say `earlier occasion` in subject and summary and get ids of their
/// own, so a background agreement never shares an id (or a baseline entry) with the main one.
enum BackgroundEvents {
    static let subjectSuffix = " (earlier occasion)"

    /// Claims of the main event, then claims about earlier occasions.
    static func split(_ claims: [Claim], articles: [Article]) -> (main: [Claim], background: [Claim]) {
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var main: [Claim] = []
        var background: [Claim] = []
        for claim in claims {
            if isBackground(claim, article: byID[claim.article]) { background.append(claim) } else { main.append(claim) }
        }
        return (main, background)
    }

    static func isBackground(_ claim: Claim, article: Article?) -> Bool {
        guard let article else { return false }
        switch claim.kind {
        case .number:
            guard claim.slots.unit != "month", let time = FactContext.of(claim, in: article).time else { return false }
            return time != "hypothetical"
        case .date:
            guard let date = claim.slots.date.flatMap(StoryDay.init(iso:)),
                  let published = article.published.flatMap(StoryDay.init(iso:)) else { return false }
            return published.days(since: date) >= StoryBackground.daysBeforePublication
        default:
            return false
        }
    }

    /// The rules that compare figures and dates: the only ones run over background claims.
    static func comparesBackground(_ rule: any FindingRule) -> Bool { rule is NumberRule || rule is DateRule }

    /// A finding about earlier occasions, said so and given its own id.
    static func mark(_ finding: Finding) -> Finding {
        var copy = finding
        copy.subject += subjectSuffix
        copy.summary = "Earlier occasion: " + finding.summary
        copy.id = Finding.makeID(kind: finding.kind, subjectKey: "background:" + finding.id, values: [:])
        return copy
    }
}
