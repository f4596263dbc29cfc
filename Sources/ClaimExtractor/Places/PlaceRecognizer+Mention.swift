import ClaimModel

/// A place named in any other grammatical role: the subject or object of a verb (`Ohio passed
/// the bill`, `visit Russia`), a possessor (`Ohio's economy`), the modifier of a noun that
/// names no event (`the Russia investigation`, `a Seattle woman`) or a place after a
/// preposition on a noun that names no event (`a student in Seattle`). Such a place is part of
/// the frame of the fact its sentence states (who acted, whose thing, about what) rather than
/// where an event happened, so it is a claim of its own (`verb` `mention`, no event), never
/// aligned with places of events or used for the story's where; `PlaceRule` compares it only
/// when another article states the same sentence with another place of the same kind and the
/// place is named nowhere else in the set (`PlaceRule+Mention.swift`).
///
/// The name must be the whole run of capitalized words (`New Orleans Saints`, `Ohio Rep.`,
/// `the Arizona Legislature` name a team, a title and an institution), unless the word before
/// it opens the sentence (`But Indiana passed`); only a country, a state, a city or a district
/// the gazetteer knows counts, or a country's adjective (`demonyms.txt`) before a lowercase
/// noun (`Russian officials`: the country), so that another article's `Russian meddling`
/// meets `the Russia investigation`. A dateline is not read again as a mention, nor a country
/// written after a town and a comma (`Kuala Lumpur, Malaysia`: a gazetteer without towns cannot
/// tell it from a fact's participant). A state written after a town (`Youngstown, Ohio`) is a
/// mention: a state is never a town's country, and where the town lies is a fact of the
/// sentence (`the prison in Beaumont, Texas` / `the Texas inmate`). A sentence's one opening
/// word and its comma (`Still, Oregon passed`) are no town.
extension PlaceRecognizer {
    /// The verb slot of a place named in a fact's frame rather than as an event's place.
    static let mentionVerb = PlaceLevels.mentionVerb

    /// Words at most in one mentioned place name.
    static let mentionWords = 3

    /// A mentioned place starting at token `start`: the place and its name's tokens.
    static func mentionPlace(_ doc: Document, at start: Int, sentence: Range<Int>) -> (place: PlaceName, name: Range<Int>)? {
        guard doc.tokens[start].kind == .word, doc.tokens[start].isCapitalized else { return nil }
        // After a capitalized word and a comma: `Still, Oregon passed` (a sentence's one opening
        // word set off by its comma, no place) is read as anywhere; `Youngstown, Ohio` (a state
        // after a town) is the town's state, a fact of the sentence; `Kuala Lumpur, Malaysia` (a
        // country after a town) and `BOISE, Idaho` (a dateline's) are left out.
        var afterTown = false
        if start >= sentence.lowerBound + 2, doc.tokens[start - 1].isPunct(","),
           doc.tokens[start - 2].kind == .word, doc.tokens[start - 2].isCapitalized {
            let opener = start - 2 == sentence.lowerBound && PlaceName.read(doc, (start - 2)..<(start - 1)) == nil
            if !opener {
                if doc.tokens[start - 2].isAllCaps { return nil }
                afterTown = true
            }
        }
        if start > sentence.lowerBound {
            let previous = doc.tokens[start - 1]
            if previous.kind == .word && previous.isCapitalized && start - 1 > sentence.lowerBound { return nil }
        }
        var end = start
        while end < sentence.upperBound, doc.tokens[end].kind == .word, doc.tokens[end].isCapitalized { end += 1 }
        // `Russian officials`, `a Canadian firm`: a country's adjective before a noun.
        if !afterTown, end == start + 1, end < sentence.upperBound,
           doc.tokens[end].kind == .word, !doc.tokens[end].isCapitalized,
           let country = Lexicons.shared.demonyms[doc.folded[start]] {
            return (PlaceName(kind: .country, name: country, levels: PlaceLevels([.country: country])), start..<end)
        }
        guard end - start <= mentionWords, let place = PlaceName.read(doc, start..<end),
              [.country, .state, .city, .district].contains(place.kind), !place.levels.isEmpty else { return nil }
        if afterTown {
            // Only a state the reader is sure of (`Ohio`, not `Georgia` nor `Ga.`) and that ends the name.
            guard place.kind == .state, PlaceName.state(Folding.fold(doc.text(start..<end))) != nil else { return nil }
        }
        return (place, start..<end)
    }
}
