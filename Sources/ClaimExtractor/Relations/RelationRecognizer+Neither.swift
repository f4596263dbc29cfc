import ClaimModel

/// Meetings denied by coordination: `X met neither Y nor Z` and `Neither Y nor Z met X` name
/// Y and Z absent (not met, as the verb alone would read), and `X did not meet Y or Z` names
/// both absent (not Y alone).
extension RelationRecognizer {
    /// The people a `neither … nor` or a denied verb with `or`/`nor` names absent, and the
    /// other side of the meeting; nil when the sentence has no such coordination.
    func deniedByCoordination(
        _ doc: Document, _ people: PeopleIndex, pattern: MeetingVocabulary.Pattern, position: Int, objectStart: Int,
        subject: String?, objects: [String], sentence: Range<Int>, grammar: GrammarLayer? = nil
    ) -> (absent: [String], actor: String?)? {
        if pattern.kind == .absence {
            // `did not meet Y or Z`: every person joined to the first object.
            guard let first = objects.first else { return nil }
            let joined = joinedPeople(doc, people, from: objectStart, sentence: sentence)
            guard joined.count > 1, joined.first == first else { return nil }
            return (joined.filter { $0 != subject }, subject)
        }
        guard pattern.kind == .meeting || pattern.kind == .hosting, pattern.voice == .active else { return nil }
        // `met neither Y nor Z`.
        if objectStart < sentence.upperBound, doc.folded[objectStart] == "neither" {
            let joined = joinedPeople(doc, people, from: objectStart + 1, sentence: sentence)
            return joined.isEmpty ? nil : (joined.filter { $0 != subject }, subject)
        }
        // `Neither Y nor Z met X`: `neither` opens the subject, right before the people.
        let start = sentence.lowerBound
        guard let neither = (start..<position).first(where: { doc.folded[$0] == "neither" }), neither <= start + 1,
              (neither..<position).contains(where: { doc.folded[$0] == "nor" }) else {
            // A meeting the tree denies (`had never met him`, `had neither met X nor …`,
            // `refused to meet`, `no intention of meeting`) is no meeting, and says nothing
            // of the event (a life-long `never met` is no absence from it): no claim.
            if let tree = grammar?.tree(containing: position), let word = tree.word(atToken: position), ClauseNegation.isDenied(tree, word) {
                return ([], subject)
            }
            return nil
        }
        let joined = joinedPeople(doc, people, from: neither + 1, sentence: start..<position)
        return joined.isEmpty ? nil : (joined, objects.first)
    }

    /// One absence claim for each person denied, beside the other side of the meeting.
    func absences(_ doc: Document, _ denied: (absent: [String], actor: String?), pattern: MeetingVocabulary.Pattern, hedged: Bool, attribution: String?, evidence: Evidence) -> [Claim] {
        denied.absent.map { person in
            Claim(article: doc.article.id, kind: .absence, polarity: .negative, hedged: hedged, attribution: attribution,
                  slots: Slots(actor: denied.actor, person: person, verb: pattern.kind == .absence ? pattern.verb : "did not meet"), evidence: evidence)
        }
    }

    /// The people from `start` joined by `or`, `nor`, `and` or commas, until another word
    /// comes between two of them.
    func joinedPeople(_ doc: Document, _ people: PeopleIndex, from start: Int, sentence: Range<Int>) -> [String] {
        var result: [String] = []
        var cursor = start
        while cursor < sentence.upperBound, let mention = people.mentions(in: cursor..<sentence.upperBound).first {
            let gap = cursor..<mention.range.lowerBound
            // Titles before a name are part of it; anything else but a joining word ends the list.
            let joining = gap.allSatisfy { doc.tokens[$0].isPunct(",") || RelationRecognizer.negativeCoordinators.contains(doc.folded[$0]) || doc.folded[$0] == "and" || doc.tokens[$0].isCapitalized }
            guard joining || result.isEmpty && gap.count <= 4 else { break }
            if !result.contains(mention.entity) { result.append(mention.entity) }
            cursor = mention.range.upperBound
            guard cursor < sentence.upperBound, RelationRecognizer.negativeCoordinators.contains(doc.folded[cursor]) || doc.folded[cursor] == "and" || doc.tokens[cursor].isPunct(",") else { break }
        }
        return result
    }
}
