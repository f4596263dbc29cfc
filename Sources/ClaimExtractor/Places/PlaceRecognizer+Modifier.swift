import ClaimModel

/// A place written as the modifier of an event noun: `the Connecticut shooting`, `the San
/// Francisco gathering`, `a Texas flood`. In English a city or state set before a noun that
/// names a happening says where it happened, as `the shooting in Connecticut` does.
///
/// Only places below a country (a city, a state, a district of a city, a part of one) are read
/// so: a country before an event noun is as often a party to it as its place (`the Iran talks`,
/// `the Russia investigation`). The name stands alone (no capitalized word right before or
/// after it: `the Texas Rangers game` names a team), the event noun follows it at once or after
/// one lowercase modifier (`the Connecticut mass shooting`), and with a sentence tree the event
/// word is a noun or an `-ing` form.
extension PlaceRecognizer {
    /// Lowercase words allowed between the place and its event noun.
    static let modifierGap = 1

    /// A modifier place starting at token `start`: the place, its name's tokens and the event.
    static func modifierPlace(_ doc: Document, at start: Int, sentence: Range<Int>, tree: SentenceTree?) -> (place: PlaceName, name: Range<Int>, eventWord: Int, event: String)? {
        guard doc.tokens[start].kind == .word, doc.tokens[start].isCapitalized else { return nil }
        if start > sentence.lowerBound {
            let previous = doc.tokens[start - 1]
            if previous.kind == .word && previous.isCapitalized || previous.kind == .possessive { return nil }
        }
        var end = start
        while end < min(sentence.upperBound, start + 3), doc.tokens[end].kind == .word, doc.tokens[end].isCapitalized { end += 1 }
        let name = start..<end
        guard end < sentence.upperBound, let place = PlaceName.read(doc, name),
              [.city, .state, .district, .part].contains(place.kind) else { return nil }
        var index = end
        var gap = 0
        while index < sentence.upperBound, gap <= modifierGap {
            let token = doc.tokens[index]
            guard token.kind == .word, !token.isCapitalized else { return nil }
            if let event = EventWords.lookup(doc, at: index) {
                // A finite verb makes the place its subject (`Texas sued`); an `-ing` form after
                // a name is a noun (`the Connecticut mass shooting`), whatever the tagger says.
                if let tree, let word = tree.word(atToken: index), tree.upos[word] != "NOUN", !doc.folded[index].hasSuffix("ing") { return nil }
                return (place, name, index, event)
            }
            gap += 1
            index += 1
        }
        return nil
    }
}
