import ClaimModel

/// `place` claims: where an event happened, read from a place preposition and a place name
/// (`met in Hanoi`, `struck in the northern province of X`, `was held at the Grand Hotel`,
/// `a rally in Ohio`, `in Ashland, Va.`).
///
/// Slots: `place` the name as the gazetteer spells it (`United States` for `the U.S.`), `text`
/// the words as written, `unit` the kind of place (`country`, `state`, `city`, `district`,
/// `part`, `region`, `venue`), `value` the levels it lies in (`PlaceLevels.encoded`), `verb`
/// how the preposition places it (`in`, `at`, `near`), `event` what happened there.
///
/// A place is claimed only when it is where something happened: the grammar layer gives the
/// word the place attaches to (through `province of`, a venue noun, `flat` names), and the
/// place counts when that word is a verb (`met`, `struck`: the event is its event word, else
/// its lemma) or an event noun (`the summit in Geneva`). A place on a noun that names no event
/// (`his home in Ohio`, `the arms market in Asia`) or on a name (`Smith in Ohio`) is only
/// mentioned and left out. Without a grammar model the nearest event word decides. A city or
/// state set before an event noun (`the Connecticut shooting`) is that event's place too
/// (`PlaceRecognizer+Modifier.swift`). Places inside quotations are left out: they are the speaker's, not the story's.
struct PlaceRecognizer: ClaimRecognizer {
    /// At most this many capitalized words make one place name.
    static let maxWords = 5

    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        var claims: [Claim] = []
        let dateline = PlaceRecognizer.datelineClaim(doc)
        if let dateline { claims.append(dateline) }
        for (sentenceIndex, sentence) in doc.sentences.enumerated() {
            let quoted = QuoteSpans.quotedTokens(doc, sentence)
            let tree = context.grammar?.tree(sentence: sentenceIndex)
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                defer { index += 1 }
                guard doc.tokens[index].kind == .word, !quoted.contains(index) else { continue }
                guard let relation = PlaceRecognizer.prepositions[doc.folded[index]] else {
                    // `the Connecticut shooting`: a city or state before an event noun.
                    guard let found = PlaceRecognizer.modifierPlace(doc, at: index, sentence: sentence, tree: tree),
                          !found.name.contains(where: { context.people.mention(at: $0) != nil }) else {
                        // `Russia said`, `Ohio's governor`, `the Russia investigation`: a place in the fact's frame.
                        if let mention = PlaceRecognizer.mentionPlace(doc, at: index, sentence: sentence),
                           !mention.name.contains(where: { context.people.mention(at: $0) != nil || quoted.contains($0) }),
                           doc.evidence(mention.name).span.start != dateline?.evidence.span.start {
                            claims.append(Claim(
                                article: doc.article.id, kind: .place, hedged: false, attribution: context.attribution(for: sentence),
                                slots: Slots(verb: PlaceRecognizer.mentionVerb, place: mention.place.name, value: mention.place.levels.encoded,
                                             unit: mention.place.kind.rawValue, text: doc.text(mention.name)),
                                evidence: doc.evidence(mention.name)))
                        }
                        continue
                    }
                    let span = found.name.lowerBound..<(found.eventWord + 1)
                    claims.append(Claim(
                        article: doc.article.id, kind: .place, hedged: Hedging.isHedged(doc, sentence: sentence, trigger: span, quoted: quoted),
                        attribution: context.attribution(for: sentence),
                        slots: Slots(verb: "in", place: found.place.name, event: found.event, value: found.place.levels.isEmpty ? nil : found.place.levels.encoded,
                                     unit: found.place.kind.rawValue, text: doc.text(found.name)),
                        evidence: doc.evidence(span)))
                    index = found.eventWord
                    continue
                }
                guard let found = PlaceRecognizer.phrase(doc, after: index, sentence: sentence) else { continue }
                guard !(found.name.lowerBound..<found.name.upperBound).contains(where: { context.people.mention(at: $0) != nil }) else { continue }
                if PlaceRecognizer.isModifier(tree, place: found.name) { continue }
                guard let event = PlaceRecognizer.event(doc, tree: tree, place: found.name, preposition: index, sentence: sentence, lead: sentenceIndex == 0) else { continue }
                let span = index..<found.end
                let hedged = PlaceRecognizer.isHedged(doc, tree: tree, sentence: sentence, preposition: index, quoted: quoted)
                claims.append(Claim(
                    article: doc.article.id, kind: .place, hedged: hedged, attribution: context.attribution(for: sentence),
                    slots: Slots(verb: relation, place: found.place.name, event: event, value: found.place.levels.isEmpty ? nil : found.place.levels.encoded,
                                 unit: found.place.kind.rawValue, text: doc.text(found.written)),
                    evidence: doc.evidence(span)))
                index = found.end - 1
            }
        }
        return claims
    }

    /// A place phrase after the preposition at `index`.
    struct Phrase {
        var place: PlaceName
        /// The capitalized words of the name.
        var name: Range<Int>
        /// The words as written (`northern Syria`, `Ashland, Va.`, `the Kraft Foods plant`).
        var written: Range<Int>
        /// Where the phrase ends (exclusive).
        var end: Int
    }

    /// `[the] [direction words] [descriptor of [the]] Name [, State]`, or a venue
    /// `[the] Name venue-word`.
    static func phrase(_ doc: Document, after preposition: Int, sentence: Range<Int>) -> Phrase? {
        var cursor = preposition + 1
        guard cursor < sentence.upperBound else { return nil }
        if doc.folded[cursor] == "the" { cursor += 1 }
        let writtenStart = cursor
        var directionWords = 0
        while cursor < sentence.upperBound, !doc.tokens[cursor].isCapitalized, directions.contains(doc.folded[cursor]) {
            cursor += 1
            directionWords += 1
        }
        // `the northern province of X`, `the town of X`.
        var described: PlaceLevels.Level? = nil
        if cursor + 1 < sentence.upperBound, let level = descriptors[doc.folded[cursor]], doc.folded[cursor + 1] == "of" {
            described = PlaceLevels.Level(rawValue: level)
            cursor += 2
            if cursor < sentence.upperBound, doc.folded[cursor] == "the" { cursor += 1 }
            directionWords = 0
        }
        let nameStart = cursor
        while cursor < sentence.upperBound, cursor - nameStart < maxWords, doc.tokens[cursor].isCapitalized {
            cursor += 1
            // `St. Louis`: a short word, its period, a capitalized word.
            if cursor + 1 < sentence.upperBound, doc.tokens[cursor].isPunct("."), !doc.tokens[cursor].spaceBefore,
               doc.tokens[cursor - 1].text.count <= 2, doc.tokens[cursor + 1].isCapitalized { cursor += 1 }
        }
        var name = nameStart..<cursor
        guard !name.isEmpty else { return nil }
        // `Ohio's 13th district`, `Apple's campus`: the name qualifies something else.
        if cursor < sentence.upperBound, doc.tokens[cursor].kind == .possessive { return nil }
        var place: PlaceName
        if let read = PlaceName.read(doc, name) {
            place = read
        } else if cursor < sentence.upperBound, !doc.tokens[cursor].isCapitalized, venueHeads.contains(doc.folded[cursor]) {
            // `the Kraft Foods plant`: a name and a lowercase venue word.
            cursor += 1
            name = nameStart..<cursor
            place = PlaceName(kind: .venue, name: doc.text(name), levels: PlaceLevels())
        } else if let described {
            // `the town of Castel Morra`: the descriptor gives a name the gazetteer lacks its level.
            let written = doc.text(name)
            place = PlaceName(kind: described == .state ? .state : .city, name: written, levels: PlaceLevels([described: written]))
        } else if let state = trailingState(doc, after: cursor, sentence: sentence) {
            // `Ashland, Va.`: a town the gazetteer does not know, placed by its state.
            var levels = PlaceLevels([.city: doc.text(name), .state: state.name])
            levels[.country] = Lexicons.shared.states[Folding.fold(state.name)]
            return Phrase(place: PlaceName(kind: .city, name: doc.text(name), levels: levels), name: name,
                          written: writtenStart..<state.end, end: state.end)
        } else if let country = trailingCountry(doc, after: cursor, sentence: sentence) {
            // `Misrata, Libya`: a town the gazetteer does not know, placed by its country.
            let levels = PlaceLevels([.city: doc.text(name), .country: country.name])
            return Phrase(place: PlaceName(kind: .city, name: doc.text(name), levels: levels), name: name,
                          written: writtenStart..<country.end, end: country.end)
        } else {
            return nil
        }
        if directionWords > 0, place.kind != .venue {
            place = PlaceName.part(of: place, written: doc.text(writtenStart..<name.upperBound))
        }
        var end = name.upperBound
        // `Beverly Hills, California`, `Ashland, Va.`: the state fills a level the name lacks.
        if [.city, .district, .part].contains(place.kind), place.levels[.state] == nil,
           let state = trailingState(doc, after: end, sentence: sentence) {
            place.levels[.state] = state.name
            // `Paris, Texas`: the state written beside the town outranks the gazetteer's namesake.
            place.levels[.country] = Lexicons.shared.states[Folding.fold(state.name)] ?? place.levels[.country]
            end = state.end
        } else if [.city, .district, .part].contains(place.kind), let country = trailingCountry(doc, after: end, sentence: sentence) {
            // `Benghazi, Libya`: the country written beside a known town is part of the phrase,
            // and outranks the gazetteer's (as a state does).
            place.levels[.country] = country.name
            end = country.end
        }
        return Phrase(place: place, name: name, written: writtenStart..<end, end: end)
    }

    /// `, Libya` after a town, closing the phrase: the country and where its words end.
    static func trailingCountry(_ doc: Document, after index: Int, sentence: Range<Int>) -> (name: String, end: Int)? {
        guard index + 1 < sentence.upperBound, doc.tokens[index].isPunct(","), doc.tokens[index + 1].isCapitalized else { return nil }
        for length in stride(from: 3, through: 1, by: -1) where index + 1 + length <= sentence.upperBound {
            let words = (index + 1)..<(index + 1 + length)
            guard words.allSatisfy({ doc.tokens[$0].isCapitalized }),
                  let country = Lexicons.shared.countries[words.map { doc.folded[$0] }.joined(separator: " ")] else { continue }
            // `in Paris, France` ends there; `in Paris, France said` does not place a town.
            if words.upperBound < sentence.upperBound, doc.tokens[words.upperBound].kind == .word { return nil }
            return (country, words.upperBound)
        }
        return nil
    }

    /// `, Va.` or `, California` after a town: the state and where its words end.
    static func trailingState(_ doc: Document, after index: Int, sentence: Range<Int>) -> (name: String, end: Int)? {
        guard index + 1 < sentence.upperBound, doc.tokens[index].isPunct(","), doc.tokens[index + 1].isCapitalized else { return nil }
        for length in stride(from: 3, through: 1, by: -1) where index + 1 + length <= sentence.upperBound {
            let words = (index + 1)..<(index + 1 + length)
            guard words.allSatisfy({ doc.tokens[$0].isCapitalized }) else { continue }
            guard let state = PlaceName.state(words.map { doc.folded[$0] }.joined(separator: " ")) else { continue }
            var end = words.upperBound
            if end < sentence.upperBound, doc.tokens[end].isPunct("."), !doc.tokens[end].spaceBefore, length == 1,
               Lexicons.shared.stateAbbreviations[doc.folded[words.lowerBound].replacingOccurrences(of: ".", with: "")] != nil {
                end += 1
            }
            return (state, end)
        }
        return nil
    }
}
