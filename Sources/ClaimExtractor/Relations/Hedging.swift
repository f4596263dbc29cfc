/// Whether a relation is stated as fact or only as expected, planned or possible.
///
/// A hedge counts only in the clause of the trigger, before it (`X is expected to meet Y`,
/// `could also visit`, `sources said X will travel`), or, for a noun trigger such as `a
/// meeting` or `talks`, right after it (`a meeting … is expected on Thursday`). Hedge words
/// inside quotation marks do not count; `reportedly` and `according to` do not hedge.
enum Hedging {
    static func isHedged(_ doc: Document, sentence: Range<Int>, trigger: Range<Int>, quoted: Set<Int>, noun: Bool = false) -> Bool {
        var index = trigger.lowerBound - 1
        var steps = 0
        while index >= sentence.lowerBound, steps < 14 {
            let token = doc.tokens[index]
            if token.kind == .punct && (clauseMarks.contains(token.text) || token.text == ",") { break }
            if token.kind == .word && !quoted.contains(index) {
                let word = doc.folded[index]
                if words.contains(word) { return true }
                if beforeTo.contains(word), index + 1 < doc.tokens.count, doc.folded[index + 1] == "to" { return true }
                if clauseOpeners.contains(word) && steps > 0 { break }
            }
            index -= 1
            steps += 1
        }
        guard noun else { return false }
        index = trigger.upperBound
        steps = 0
        while index < sentence.upperBound, steps < 12 {
            let token = doc.tokens[index]
            if token.kind == .punct && (clauseMarks.contains(token.text) || token.text == "." ) { break }
            if token.kind == .word && !quoted.contains(index) && ["expected", "planned", "scheduled", "due", "likely", "proposed"].contains(doc.folded[index]) { return true }
            index += 1
            steps += 1
        }
        return false
    }
}
