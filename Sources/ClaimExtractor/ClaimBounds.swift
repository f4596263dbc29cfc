import ClaimModel

/// Bounds on what one article can put into a report, so that input cannot amplify: a 20 MB
/// line made 1.4 GB resident and a 92 MB report, and a 7 MB repeated sentence 648 MB.
///
/// - Evidence is at most `maxEvidenceScalars` long: a longer span is cut to its start (the
///   text is still exactly the text at the span), and a quote or text value to as many
///   scalars and `…`.
/// - The same claim (kind, polarity, hedge, source and values) is kept at most `maxRepeats`
///   times per article: a sentence repeated ten thousand times is one fact, said often.
/// - A person keeps at most `maxMentions` mentions per article.
///
/// Each limit that is reached adds one warning diagnostic saying what was dropped.
public enum ClaimBounds {
    public static let maxEvidenceScalars = 600
    public static let maxRepeats = 20
    public static let maxMentions = 500

    public static func apply(claims: [Claim], entities: [LocalEntity], article: Article) -> (claims: [Claim], entities: [LocalEntity], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        struct Key: Hashable {
            var kind: ClaimKind
            var polarity: Polarity
            var hedged: Bool?
            var attribution: String?
            var slots: Slots
        }
        var counts: [Key: Int] = [:]
        var repeated = 0
        var clipped = 0
        var kept: [Claim] = []
        kept.reserveCapacity(claims.count)
        for var claim in claims {
            let key = Key(kind: claim.kind, polarity: claim.polarity, hedged: claim.hedged, attribution: claim.attribution, slots: claim.slots)
            let seen = counts[key, default: 0]
            counts[key] = seen + 1
            if seen >= maxRepeats { repeated += 1; continue }
            let span = claim.evidence.span
            if span.end - span.start > maxEvidenceScalars {
                var shorter = article.evidence(span.start, span.start + maxEvidenceScalars)
                shorter.span.article = span.article
                claim.evidence = shorter
                clipped += 1
            }
            if let quote = claim.slots.quote { claim.slots.quote = clip(quote) }
            if let text = claim.slots.text { claim.slots.text = clip(text) }
            kept.append(claim)
        }
        if repeated > 0 {
            diagnostics.append(Diagnostic(level: .warning, code: "repeat-limit", path: article.path, message: "\(repeated) repeated claims dropped: the same claim is kept at most \(maxRepeats) times per article"))
        }
        if clipped > 0 {
            diagnostics.append(Diagnostic(level: .warning, code: "evidence-limit", path: article.path, message: "\(clipped) pieces of evidence longer than \(maxEvidenceScalars) characters were cut to their first \(maxEvidenceScalars)"))
        }
        var dropped = 0
        let bounded = entities.map { entity -> LocalEntity in
            guard entity.mentions.count > maxMentions else { return entity }
            var copy = entity
            dropped += entity.mentions.count - maxMentions
            copy.mentions = Array(entity.mentions.prefix(maxMentions))
            return copy
        }
        if dropped > 0 {
            diagnostics.append(Diagnostic(level: .warning, code: "mention-limit", path: article.path, message: "\(dropped) mentions dropped: a person keeps at most \(maxMentions) mentions per article"))
        }
        return (kept, bounded, diagnostics)
    }

    static func clip(_ text: String) -> String {
        guard text.unicodeScalars.count > maxEvidenceScalars else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(maxEvidenceScalars))) + "…"
    }
}
