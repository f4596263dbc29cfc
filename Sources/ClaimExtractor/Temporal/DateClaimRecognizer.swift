import ClaimModel

/// `.date` claims: every date expression (`TemporalScanner`) with the event it belongs to.
///
/// Slots: `date` the normalized value (`2025-11-02`, `2025-11`, `2025`, an interval
/// `2025-10-27/2025-11-02`, or candidates `2025-03-11|2025-11-03` when day and month could be
/// swapped and nothing decides); `event` the nearest event word of the sentence (`visit`,
/// `collapse`), absent when none; `text` the words as written; `value` is `weekday-mismatch:
/// Wednesday:Tuesday` when the written weekday is not the calendar's, `ambiguous` for candidates;
/// `quantity` says how a value not written out was reached (`relative to publication date …`).
/// Relative dates inside quotation marks are left out: they count from when the words were said.
struct DateClaimRecognizer: ClaimRecognizer {
    var dateOrder: DateOrder? = nil

    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        var claims: [Claim] = []
        let quoted = QuoteSpans.quotedTokens(doc, 0..<doc.tokens.count)
        for expression in TemporalScanner.scan(doc, dateOrder: dateOrder) {
            guard let sentence = doc.sentence(containing: expression.tokens.lowerBound) else { continue }
            // A relative date inside a quotation is relative to when it was said, not published.
            if expression.note?.hasPrefix("relative") == true || expression.note?.hasPrefix("the ") == true,
               quoted.contains(expression.tokens.lowerBound) { continue }
            // The lead sentence's dates (a dateline: `HANOI, Nov 2 (Wire) -`) belong to the article's event.
            let lead = sentence == doc.sentences.first && expression.tokens.lowerBound - sentence.lowerBound <= 6
            var value: String? = nil
            if expression.hasWeekdayMismatch, let written = expression.writtenWeekday, let actual = expression.actualWeekday {
                value = "weekday-mismatch:\(CalendarWords.weekdayNames[written]):\(CalendarWords.weekdayNames[actual])"
            } else if expression.isAmbiguous {
                value = "ambiguous"
            }
            let slots = Slots(
                date: expression.value, event: EventWords.event(near: expression.tokens, in: sentence, document: doc, lead: lead),
                quantity: expression.note, value: value, text: doc.text(expression.tokens))
            claims.append(Claim(
                article: doc.article.id, kind: .date, attribution: context.attribution(for: sentence),
                slots: slots, evidence: doc.evidence(expression.tokens)))
        }
        return claims
    }
}
