import ClaimModel

/// `.number` claims: every figure (`QuantityScanner`) that counts something (`MeasureAttacher`).
///
/// Slots: `value` the normalized value or interval in the base unit (`12`, `[12,∞)`,
/// `[30,40]`, `420`); `unit` the base unit (`m`, `km/h`, `%`, `USD`, `ordinal`; absent for a
/// count); `measure` what it counts (`deaths`, `patrol boats`, `magnitude`, `votes for` and
/// `votes against` for the sides of a tally, `age` for an age no named person carries,
/// `AgeFigures`); `event` the occasion when it is not the story's own (`NumberOccasion`: a year,
/// `earlier`, `period`); `quantity` and `text` the words as written. Figures inside dates and times are not read.
struct NumberClaimRecognizer: ClaimRecognizer {
    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        var excluded = Set<Int>()
        let expressions = context.temporalExpressions(dateOrder: nil)
        for expression in expressions { excluded.formUnion(expression.tokens) }
        // Datelines of publication (`Outlet (03/11/2025):`) make no date claim but are no figures either.
        let dates = DateRecognizer.scan(doc.tokens, in: 0..<doc.tokens.count)
        for date in dates { excluded.formUnion(date.tokens) }
        let occasions = NumberOccasion(doc, expressions: expressions, dates: dates)
        let personAges = AgeFigures.personAges(context)
        var claims: [Claim] = []
        for (index, sentence) in doc.sentences.enumerated() {
            // Tallies first: their figures are read as two counts, never as a range.
            var measured: [(Quantity, String)] = []
            for age in AgeFigures.scan(doc, in: sentence, excluded: excluded.union(personAges)) where !excluded.contains(age.tokens.lowerBound) {
                measured.append((age, AgeFigures.measure))
                excluded.formUnion(age.tokens)
            }
            for side in TallyScanner.scan(doc, in: sentence, excluded: excluded) {
                measured.append((side.quantity, side.measure))
                excluded.formUnion(side.quantity.tokens)
            }
            for quantity in QuantityScanner.scan(doc, in: sentence, excluded: excluded) {
                // The tree is parsed only when a count of people needs it.
                let participant = { context.grammar?.tree(sentence: index).flatMap { MeasureAttacher.participant(quantity, in: doc, tree: $0) } }
                let partitive = { context.grammar?.tree(sentence: index).flatMap { MeasureAttacher.partitive(quantity, in: doc, tree: $0) } }
                let governor = { context.grammar?.tree(sentence: index).flatMap { MeasureAttacher.governor(quantity, in: doc, tree: $0) } }
                guard let measure = MeasureAttacher.measure(quantity, in: doc, sentence: sentence, participant: participant, partitive: partitive,
                                                            governor: governor) else { continue }
                measured.append((quantity, measure))
            }
            // In text order; the two sides of a one-token tally (`98-0`) keep theirs.
            let ordered = measured.enumerated().sorted { ($0.element.0.tokens.lowerBound, $0.offset) < ($1.element.0.tokens.lowerBound, $1.offset) }
            for (quantity, measure) in ordered.map(\.element) {
                let text = doc.text(quantity.tokens)
                let months = quantity.unit == "month" ? quantity.low : nil
                let event = occasions.occasion(of: quantity.tokens, months: months, in: sentence, doc, tree: { context.grammar?.tree(sentence: index) })
                let slots = Slots(event: event, quantity: text, value: quantity.normalized, unit: quantity.unit, measure: measure, text: text)
                claims.append(Claim(
                    article: doc.article.id, kind: .number, attribution: context.attribution(for: sentence),
                    slots: slots, evidence: doc.evidence(quantity.tokens)))
            }
        }
        return claims
    }
}
