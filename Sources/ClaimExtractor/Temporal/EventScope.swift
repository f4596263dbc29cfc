import ClaimModel

/// Which event of a class a date names, when the sentence says it: a scope word just before
/// the event word (`the general election`, `the leadership election`, `a presidential
/// primary`; `EventWords.scopes`), or the event word itself when it is one (`the primary`).
///
/// Event identity: two dated events of one class are one event only when what identifies them
/// agrees. The scope joins the date's event (`leadership election`), so the date rule compares
/// a leadership election's date only with another leadership election's, never with the general
/// election of the same month; an event without a scope word is compared only with another
/// without one.
enum EventScope {
    /// Scope words are read this many words back from the event word.
    static let reach = 2

    /// The scoped event (`general election`), or `event` unchanged when the sentence gives the
    /// event word no scope. `date` is the date's tokens, `sentence` its sentence.
    static func scoped(_ event: String, date: Range<Int>, sentence: Range<Int>, document doc: Document) -> String {
        // The word of the event's class nearest the date.
        let candidates = sentence.filter { index in
            !date.contains(index) && doc.tokens[index].kind == .word && PredicateClasses.lookup(doc, at: index) == event
        }
        let distance = { (index: Int) in index < date.lowerBound ? date.lowerBound - index : index - date.upperBound + 1 }
        guard let word = candidates.min(by: { (distance($0), $0) < (distance($1), $1) }) else { return event }
        if EventWords.scopes.contains(doc.folded[word]) { return doc.folded[word] == event ? event : doc.folded[word] + " " + event }
        var index = word - 1
        var steps = 0
        while index >= sentence.lowerBound, steps < reach {
            let token = doc.tokens[index]
            // The date itself (`the Nov. 8 elections`) and a possessive (`Tuesday's`) are passed over.
            if date.contains(index) || token.text.hasPrefix("'") || token.text.hasPrefix("’") { index -= 1; continue }
            guard token.kind == .word else { break }
            let folded = doc.folded[index]
            if EventWords.scopes.contains(folded) { return folded + " " + event }
            steps += 1
            index -= 1
        }
        return event
    }
}
