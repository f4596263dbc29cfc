import ClaimModel

/// Whose clause an absence verb is in.
extension RelationRecognizer {
    /// Whether the person `subject`, named before the absence verb at token `trigger`, is the
    /// subject of another clause than the verb's: the verb their `nsubj` hangs on neither is
    /// nor governs the absence verb (`issued weeks before X left office, made it easier for
    /// agencies to skip consultations`: X left, the agencies skip). A temporal clause
    /// (`before X left`) is never X's absence from the event. False without a tree.
    static func subjectOfOtherClause(_ people: PeopleIndex, subject: String, trigger: Int, sentence: Range<Int>, grammar: GrammarLayer?) -> Bool {
        guard let tree = grammar?.tree(containing: trigger), let verb = tree.word(atToken: trigger),
              let mention = people.mentions(in: sentence.lowerBound..<trigger).last(where: { $0.entity == subject }) else { return false }
        let words = mention.range.compactMap { tree.word(atToken: $0) }
        // The mention's head word: the one whose head lies outside the mention.
        guard let top = words.first(where: { word in tree.heads[word].map { !mention.range.contains(tree.tokens[$0]) } ?? true }),
              tree.base(top) == "nsubj", let governor = tree.heads[top] else { return false }
        // A subordinate clause of its own (`before X left`, with a `mark`) whose verb is not the
        // absence verb: X's clause, whatever the parser hung below it.
        return !tree.dominates(governor, verb) || (governor != verb && tree.child(of: governor, ["mark"]) != nil)
    }
}
