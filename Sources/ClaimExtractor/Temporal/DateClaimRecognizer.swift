import ClaimModel

/// `.date` claims: every date expression (`TemporalScanner`) with the event it belongs to.
///
/// Slots: `date` the normalized value (`2025-11-02`, `2025-11`, `2025`, an interval
/// `2025-10-27/2025-11-02`, or candidates `2025-03-11|2025-11-03` when day and month could be
/// swapped and nothing decides); `event` the predicate class of the clause the date modifies
/// (`sinking` for `capsized on Tuesday`; see `fill`), else the nearest event word of the
/// sentence (`visit`, `collapse`), absent when none; `verb` the lemma of that clause's verb
/// (absent when the event is a nearby word's);
/// `actor` its subject's person where the fact depends on who (`statement`); `text` the words
/// as written; `value` is `weekday-mismatch:
/// Wednesday:Tuesday` when the written weekday is not the calendar's, `ambiguous` for candidates,
/// `planned` for a plan (`will meet on Friday`);
/// `quantity` says how a value not written out was reached (`relative to publication date …`).
/// Relative dates inside quotation marks are left out: they count from when the words were said.
struct DateClaimRecognizer: ClaimRecognizer {
    var dateOrder: DateOrder? = nil

    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        var claims: [Claim] = []
        var leadClaims: [Int] = []
        var sentenceStarts: [Int] = []
        var places: [(date: Range<Int>, sentence: Range<Int>)] = []
        let quoted = QuoteSpans.quotedTokens(doc, 0..<doc.tokens.count)
        let expressions = context.temporalExpressions(dateOrder: dateOrder)
        for expression in expressions {
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
            // An undated article's weekday has no day: no `date`, the weekday in the note.
            var slots = Slots(date: expression.value.isEmpty ? nil : expression.value, quantity: expression.note, value: value, text: doc.text(expression.tokens))
            let attachment = context.grammar.flatMap { DateAttachment.read(expression.tokens, document: doc, people: context.people, layer: $0) }
            // Only a dateline's date (`HANOI, Nov 2 (Wire) -`) stands in no clause: it may take the
            // article's main event. A lede date in a clause of its own (`Democrats on Wednesday
            // rejected ...`) names no event when its sentence has none: it is not pinned on the main
            // event for standing in the lede.
            let dateline = lead && DateClaimRecognizer.isDateline(expression.tokens, sentence: sentence, document: doc)
            let fallback = { EventWords.event(near: expression.tokens, in: sentence, document: doc, lead: lead, orMainEvent: dateline) }
            if let occasion = OccasionYears.naming(expression.tokens, in: context) {
                // `aide to 2016 election rival Ito`: the year names which election, no clause's date.
                slots.event = occasion
                slots.quantity = OccasionYears.note
            } else if DateClaimRecognizer.isStampLine(doc, expression.tokens) {
                // A line holding only a date (and a label or clock time) is a publication
                // stamp: when the article was filed, not when anything in it happened.
            } else if attachment?.modifiesNoun == true && !dateline {
                // A date before the noun it modifies (`pulling out of his Dec. 27 debate`) dates
                // that thing: neither the lead's event nor its clause's verb.
            } else if lead, let event = fallback() {
                // A dateline's or lead's date is the article's event (word order decides); its
                // clause still tells a plan from what happened.
                slots.event = event
                if attachment?.planned == true, slots.value == nil { slots.value = "planned" }
            } else if lead && dateline {
                if attachment?.planned == true, slots.value == nil { slots.value = "planned" }
            } else {
                DateClaimRecognizer.fill(&slots, attachment, fallback: fallback)
            }
            // A month named with the progressive of a plan (`is leaving in February`) is the next such month, planned.
            if attachment?.progressive == true, let date = slots.date,
               let forward = ProgressivePlan.forward(date, note: expression.note, published: doc.article.published) {
                slots.date = forward
                if slots.value == nil { slots.value = "planned" }
            }
            // A span of years in a sentence that names one person only is that person's period
            // (`her tenure, which lasted from 2009 to 2013`): its ends are compared for that person.
            if expression.note == TemporalScanner.spanNote, slots.actor == nil, slots.event == nil {
                let named = Set(context.people.mentions(in: sentence).map(\.entity))
                if named.count == 1 { slots.actor = named.first }
            }
            claims.append(Claim(
                article: doc.article.id, kind: .date, attribution: context.attribution(for: sentence),
                slots: slots, evidence: doc.evidence(expression.tokens)))
            sentenceStarts.append(sentence.lowerBound)
            places.append((expression.tokens, sentence))
            if lead { leadClaims.append(claims.count - 1) }
        }
        DateClaimRecognizer.yieldToOwnClause(&claims, lead: leadClaims, sentenceStarts: sentenceStarts)
        // Which event of its class the date names (`the general election`): `EventScope`.
        for index in claims.indices where claims[index].slots.actor == nil && claims[index].slots.quantity != OccasionYears.note {
            guard let event = claims[index].slots.event else { continue }
            claims[index].slots.event = EventScope.scoped(event, date: places[index].date, sentence: places[index].sentence, document: doc)
        }
        return claims + OccasionYears.claims(in: context, covered: expressions.map(\.tokens))
    }

    /// Whether the date stands on a line of its own, with at most a label, a weekday or a
    /// clock time beside it (`January 5, 2011 at 12:19 PM`, `Published: March 4, 2026`).
    /// The line is read at most `maxStampTail + 1` tokens either side (`Document.line`).
    static func isStampLine(_ doc: Document, _ range: Range<Int>) -> Bool {
        let limit = DatelineInference.maxStampTail
        let line = doc.line(around: range, reach: limit + 1)
        let outside = Array(line.lowerBound..<range.lowerBound) + Array(range.upperBound..<line.upperBound)
        guard outside.count <= limit else { return false }
        return outside.allSatisfy { index in
            doc.tokens[index].kind != .word || CalendarWords.weekdays[doc.folded[index]] != nil
                || DatelineInference.stampWords.contains(doc.folded[index])
        }
    }

    /// A dateline at most this many tokens long.
    static let datelineTokens = 12

    /// The date stands before the dash or colon that ends a dateline (`HANOI, Nov 2 (Wire) -`,
    /// `Daily (03/11/2025):`), within the sentence's first `datelineTokens` tokens.
    static func isDateline(_ date: Range<Int>, sentence: Range<Int>, document doc: Document) -> Bool {
        let head = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + datelineTokens)
        guard let end = head.first(where: { doc.tokens[$0].kind == .punct && ["-", "—", "–", ":"].contains(doc.tokens[$0].text) }) else { return false }
        return date.upperBound <= end
    }

    /// A dateline's date (`RIVERTON, March 10 -`) is when the story was filed; it stands for
    /// the event only while the lead says nothing more precise. When the lead sentence dates
    /// the same event in its own clause (`... died on Wednesday`), that date is the claim
    /// and the dateline's keeps no event: otherwise the filing day would make an article that
    /// gives another day for the event agree with every other article.
    static func yieldToOwnClause(_ claims: inout [Claim], lead: [Int], sentenceStarts: [Int]) {
        for index in lead {
            guard let event = claims[index].slots.event else { continue }
            let dated = claims.indices.contains { other in
                other != index && !lead.contains(other) && sentenceStarts[other] == sentenceStarts[index]
                    && claims[other].slots.event == event && claims[other].slots.verb != nil && claims[other].slots.date != nil
                    && claims[other].slots.value != "planned"
            }
            if dated { claims[index].slots.event = nil }
        }
    }

    /// The event, predicate and participant of a date: the predicate class of the clause it
    /// modifies (`DateAttachment`); for a class that is one fact only for one participant
    /// (`statement`), that participant too, or no event without one. A clause of no class
    /// keeps the nearest event word (`fallback`, the word-order reading) unless that word stands
    /// only inside another phrase of the clause, and otherwise its verb and participant: `Ito urged lawmakers on Monday` dates Ito's urging.
    /// A planned date (`will meet on Friday`) says so in `value` unless `value` already
    /// reports a weekday mismatch or an ambiguity.
    static func fill(_ slots: inout Slots, _ attachment: DateAttachment?, fallback: () -> String?) {
        guard let attachment else {
            slots.event = fallback()
            return
        }
        slots.verb = attachment.lemma
        if attachment.planned, slots.value == nil { slots.value = "planned" }
        if let predicateClass = attachment.predicateClass {
            if PredicateClasses.needsParticipant(predicateClass) {
                guard let participant = attachment.participant else { return }
                slots.actor = participant
            } else if PredicateClasses.happensToPerson(predicateClass) {
                slots.actor = attachment.participant
            }
            slots.event = predicateClass
            return
        }
        // A nearby event word inside another phrase of the clause (`posted a photo of her visit
        // last week`, `Democrats in the session were told Wednesday`) is not what the date dates;
        // the clause's own argument is (`the collapse happened on Tuesday`, `held a vote on Monday`).
        if let event = fallback(), !attachment.nestedClasses.contains(event) {
            // The event is a nearby word's, not the clause's: no verb is kept, so the comparator
            // knows the date was not read from its own clause.
            slots.verb = nil
            slots.event = event
        } else if let participant = attachment.participant {
            slots.actor = participant
        }
    }
}
