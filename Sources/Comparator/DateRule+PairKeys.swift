import ClaimModel

/// The per-claim parts of the date rule's pair tests (`DateRule.comparedByKey`,
/// `DateRule.otherScope`, `DateRule.sameParticipant`), each string numbered once (equal
/// strings, equal numbers; -1 for none), so the alignment tests a pair of claims without
/// building a key or splitting an event at every pair it scores.
struct DatePairKeys {
    /// `DateRule.factKey`, the event, its last word (the class a scope word narrows), the actor.
    private var fact: [Int] = [], event: [Int] = [], scope: [Int] = [], actor: [Int] = []

    init(_ claims: [Claim]) {
        var numbers: [String: Int] = [:]
        func number(_ text: String?) -> Int {
            guard let text else { return -1 }
            if let known = numbers[text] { return known }
            numbers[text] = numbers.count
            return numbers.count - 1
        }
        for claim in claims {
            fact.append(number(DateRule.factKey(claim)))
            event.append(number(claim.slots.event))
            // The last word, or a mark of its own for an event without words (two such
            // events have equal last words, both none).
            scope.append(number(claim.slots.event.map { $0.split(separator: " ").last.map { "w" + $0 } ?? "none" }))
            actor.append(number(claim.slots.actor))
        }
    }

    /// See `DateRule.comparedByKey`.
    func comparedByKey(_ a: Int, _ b: Int) -> Bool {
        guard fact[a] >= 0, fact[b] >= 0 else { return false }
        // Keyed by its own event (`isParticipantKeyed` of the one claim is false).
        if fact[a] == fact[b] { return !(actor[a] >= 0 || event[a] < 0) }
        // One event class, one date naming the person it happens to and one naming none
        // (`Okafor was re-elected Wednesday`, `the March 3 elections`): a person's event and a
        // country's or party's, never aligned.
        if event[a] >= 0, event[a] == event[b], (actor[a] < 0) != (actor[b] < 0) { return true }
        return actor[a] >= 0 && actor[b] >= 0 && actor[a] != actor[b]
    }

    /// See `DateRule.otherScope`.
    func otherScope(_ a: Int, _ b: Int) -> Bool {
        guard event[a] >= 0, event[b] >= 0, event[a] != event[b] else { return false }
        return scope[a] == scope[b]
    }

    /// See `DateRule.sameParticipant`.
    func sameParticipant(_ a: Int, _ b: Int) -> Bool {
        actor[a] >= 0 && actor[a] == actor[b]
    }
}
