import ClaimModel

/// What happened at a place: the word the place phrase attaches to in the sentence tree.
extension PlaceRecognizer {
    /// Relations that keep a name together or join it to a descriptor: climbing through them
    /// stays inside the place phrase.
    static let nameRelations: Set<String> = ["flat", "compound", "appos", "nmod", "obl", "amod", "conj"]

    /// The event of the place named by tokens `place`: from the tree when there is one (see the
    /// type's comment), else the nearest event word. Nil: the place is only mentioned.
    static func event(_ doc: Document, tree: SentenceTree?, place: Range<Int>, preposition: Int, sentence: Range<Int>, lead: Bool) -> String? {
        let nearest = { EventWords.event(near: place, in: sentence, document: doc, lead: lead) }
        guard let tree, let head = phraseHead(tree, place) else { return nearest() }
        var word = head
        var steps = 0
        // Climb through the descriptor (`province of X`), a venue noun (`the plant in X`) and
        // the name's own parts to the word the phrase hangs on.
        while let up = tree.heads[word], steps < 6 {
            steps += 1
            let token = tree.tokens[up]
            let folded = doc.folded[token]
            let before = ((place.lowerBound - 4)..<place.lowerBound).contains(token)
            if place.contains(token) || before && (descriptors[folded] != nil || directions.contains(folded)) {
                word = up
                continue
            }
            // `died on Thursday in X`: a date the parser hung the place on stands for its verb.
            let isDate = CalendarWords.weekdays[folded] != nil || CalendarWords.months[folded] != nil
            if isDate || venueHeads.contains(folded) || descriptors[folded] != nil, nameRelations.contains(tree.base(word)) {
                word = up
                continue
            }
            return attachment(doc, tree, up, nearest: nearest, closeBy: { eventBefore(doc, preposition: preposition, sentence: sentence) })
        }
        return nearest()
    }

    /// The event a place attached to word `word` belongs to.
    static func attachment(_ doc: Document, _ tree: SentenceTree, _ word: Int, nearest: () -> String?, closeBy: () -> String?) -> String? {
        let folded = doc.folded[tree.tokens[word]]
        switch tree.upos[word] {
        case "VERB", "AUX":
            return EventWords.lookup(doc, at: tree.tokens[word]) ?? tree.lemmas[word]
        case "NOUN":
            // `the summit in X` names an event; `the arms market in X`, `his home in X` do not,
            // unless an event word stands just before in the clause (`the quake struck in X`,
            // where the tagger takes `struck` for a noun).
            // The object of a verb shares its place (`held a rally in X`, `killed 40 people in
            // X`): a place after an object is read as the verb's as well as the object's.
            if EventWords.lookup(folded) == nil, tree.base(word) == "obj", let verb = tree.heads[word], tree.upos[verb] == "VERB" {
                return EventWords.lookup(doc, at: tree.tokens[verb]) ?? tree.lemmas[verb]
            }
            return EventWords.lookup(folded) ?? closeBy()
        case "PROPN", "PRON":
            // `Smith in Ohio`, `those in Texas`: about who, not about what happened.
            return nil
        default:
            return EventWords.lookup(folded) ?? nearest()
        }
    }

    /// Event words this close before a place's preposition, within its clause, are its event.
    static let eventReach = 6

    /// The event word nearest before the place phrase starting at `start`, at most
    /// `eventReach` words back and not across punctuation.
    static func eventBefore(_ doc: Document, preposition start: Int, sentence: Range<Int>) -> String? {
        var index = start - 1
        var words = 0
        while index >= sentence.lowerBound, words <= eventReach {
            let token = doc.tokens[index]
            if token.kind == .punct { return nil }
            if token.kind == .word, let event = EventWords.lookup(doc, at: index) { return event }
            words += 1
            index -= 1
        }
        return nil
    }

    /// The name qualifies a noun after it (`the Iran deal`, `a Texas prison`): the grammar
    /// makes it a compound or modifier of a later word, so it names no place of an event.
    static func isModifier(_ tree: SentenceTree?, place: Range<Int>) -> Bool {
        guard let tree, let head = phraseHead(tree, place), let up = tree.heads[head] else { return false }
        return ["compound", "amod"].contains(tree.base(head)) && tree.tokens[up] >= place.upperBound
    }

    /// The word of the place phrase whose head lies outside it.
    static func phraseHead(_ tree: SentenceTree, _ place: Range<Int>) -> Int? {
        let words = tree.tokens.indices.filter { place.contains(tree.tokens[$0]) }
        return words.first { word in tree.heads[word].map { !place.contains(tree.tokens[$0]) } ?? true }
    }
}
