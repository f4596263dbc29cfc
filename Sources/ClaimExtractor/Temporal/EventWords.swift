/// Words that name what a date belongs to when no sentence tree says which verb the date
/// modifies: a date takes the nearest one in its sentence (see `EventWords.event(near:in:)`).
public enum EventWords {
    /// The event a word names by itself, read by word order alone: a predicate class
    /// (`PredicateClasses`) that is one fact whoever takes part. Classes that need a
    /// participant (`statement`) are left to the grammar reading (`DateAttachment`), which
    /// knows who the subject is.
    public static func lookup(_ word: String) -> String? {
        guard let found = PredicateClasses.lookup(word), !PredicateClasses.needsParticipant(found) else { return nil }
        return found
    }

    /// The event the word at token `index` names, a verb and its particle read together
    /// (`gave way`).
    public static func lookup(_ document: Document, at index: Int) -> String? {
        guard let found = PredicateClasses.lookup(document, at: index), !PredicateClasses.needsParticipant(found) else { return nil }
        return found
    }

    /// Event words farther than this many tokens from a date are not its event (twice as far for
    /// a central event).
    public static let reach = 10

    /// The event nearest to `range` in `sentence`: distance in tokens (after the date counts
    /// double), plus a penalty for each clause boundary (a comma or semicolon followed by a
    /// clause opener, a bracket) between them. With `lead`, a central event of the sentence is
    /// taken first, at any distance, and the article's main event when the sentence has none
    /// and `orMainEvent` allows it (a dateline's date: it stands in no clause of its own).
    public static func event(near range: Range<Int>, in sentence: Range<Int>, document: Document, lead: Bool = false, orMainEvent: Bool = true) -> String? {
        var best: (score: Int, event: String)? = nil
        var bestCentral: (score: Int, event: String)? = nil
        for index in sentence where !range.contains(index) {
            let token = document.tokens[index]
            guard token.kind == .word, let event = lookup(document, at: index) else { continue }
            let lower = min(index, range.lowerBound), upper = max(index, range.upperBound - 1)
            let distance = index < range.lowerBound ? range.lowerBound - index : index - range.upperBound + 1
            var score = index < range.lowerBound ? distance : distance * 2
            var k = lower
            var subordinate = false
            while k < upper {
                let t = document.tokens[k]
                if k > lower, subordinators.contains(document.folded[k]) { subordinate = true }
                if t.isPunct(";") || t.isPunct("(") || t.isPunct(")") { score += 100 }
                if t.isPunct(","), k + 1 < document.tokens.count, clauseOpeners.contains(document.folded[k + 1]) { score += 100 }
                k += 1
            }
            // `The summit comes as forecasters expect growth next year`: another clause's date.
            if subordinate { continue }
            if central.contains(event), bestCentral == nil || score < bestCentral!.score { bestCentral = (score, event) }
            guard distance <= (central.contains(event) ? 2 * reach : reach) else { continue }
            if best == nil || score < best!.score { best = (score, event) }
        }
        if lead { return bestCentral?.event ?? best?.event ?? (orMainEvent ? mainEvent(document) : nil) }
        return best?.event
    }

    /// The central event named most often in the article (ties: alphabetical).
    public static func mainEvent(_ document: Document) -> String? {
        var counts: [String: Int] = [:]
        for (index, token) in document.tokens.enumerated() where token.kind == .word {
            if let event = lookup(document, at: index), central.contains(event) { counts[event, default: 0] += 1 }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key
    }
}
