import ClaimModel

/// The place of a dateline (`WASHINGTON —`, `KALMAR, Sweden (AP) —`): where the article says it
/// was filed. It is a claim of its own (`verb` `dateline`, no event): the reporter's place is
/// not where the event happened, so it is never aligned with places of events; `PlaceRule`
/// compares the datelines of a set with each other (`PlaceRule+Dateline.swift`).
extension PlaceRecognizer {
    /// Sentences read for the dateline: it opens the body, perhaps after a headline line.
    static let datelineSentences = 3

    /// The dateline's place claim, when the first lines open with one and the gazetteer knows
    /// it (a name it does not know may be a byline or a label).
    static func datelineClaim(_ doc: Document) -> Claim? {
        let head = OutletClues.datelinePlace(doc.article).map(Folding.words)
        for sentence in doc.sentences.prefix(datelineSentences) {
            let start = sentence.lowerBound
            // The name opens its line: the words OutletClues read, or up to four words in
            // capitals (`WASHINGTON --`, `NEW MEXICO —`); then a comma, a bracket or a dash.
            var end = start
            if let head, !head.isEmpty, start + head.count <= sentence.upperBound,
               (start..<(start + head.count)).map({ doc.folded[$0] }) == head {
                end = start + head.count
            } else {
                while end < min(sentence.upperBound, start + 4), doc.tokens[end].kind == .word, doc.tokens[end].isAllCaps,
                      doc.tokens[end].text.count >= 2 { end += 1 }
            }
            guard end > start, (start..<end).allSatisfy({ doc.tokens[$0].kind == .word }),
                  end < sentence.upperBound, doc.tokens[end].kind == .punct,
                  datelineMarks.contains(where: { doc.tokens[end].text.hasPrefix($0) }) else { continue }
            guard let place = PlaceName.read(doc, start..<end), [.city, .state, .country, .district].contains(place.kind) else { continue }
            return Claim(
                article: doc.article.id, kind: .place, hedged: false, attribution: nil,
                slots: Slots(verb: PlaceLevels.datelineVerb, place: place.name, value: place.levels.isEmpty ? nil : place.levels.encoded,
                             unit: place.kind.rawValue, text: doc.text(start..<end)),
                evidence: doc.evidence(start..<end))
        }
        return nil
    }

    /// What closes a dateline's place: a comma before a date or a state, a bracket before an
    /// agency, a dash or two hyphens before the text.
    static let datelineMarks = [",", "(", "-", "\u{2014}", "\u{2013}", "\u{2015}"]
}
