import ClaimModel

/// Entries of a list after a colon, each a name and a figure, separated by semicolons:
/// `approval votes have shrunk since: Martha Quill, 91; Owen Tate, 72; Rosa Lind, 55.` A name,
/// a comma and a figure is an age in running text (`Carla Souza, 34,`), but in such a list the
/// lead before the colon says what every entry gives: here the votes each one received, not
/// their ages. The lead is the nearest plural noun before the colon (no unit, no person noun);
/// when it counts people (`police named the victims: Carl Boyd, 34; Dana Moss, 29`), or there
/// is none, the figures stay ages.
enum ListEntries {
    /// The lead noun and the entry's name (folded) for the figure at token `figure`, or nil
    /// when the figure is no entry of such a list.
    static func entry(_ d: Document, figure: Int, _ s: Range<Int>) -> (lead: String, name: String)? {
        let t = d.tokens
        guard figure - 2 >= s.lowerBound, t[figure].kind == .number, t[figure - 1].isPunct(",") else { return nil }
        // The name: capitalized words right before the comma.
        var start = figure - 1
        while start - 1 >= s.lowerBound, t[start - 1].kind == .word, t[start - 1].isCapitalized { start -= 1 }
        guard start < figure - 1, start - 1 >= s.lowerBound else { return nil }
        // The entry opens the list (after the colon) or follows another (after a semicolon),
        // and ends the sentence or comes before another.
        let opens = t[start - 1].isPunct(":") || t[start - 1].isPunct(";")
        let next = figure + 1
        let closes = next >= s.upperBound || t[next].isPunct(";") || t[next].isPunct(".")
        guard opens, closes, t[start - 1].isPunct(";") || (next < s.upperBound && t[next].isPunct(";")) else { return nil }
        // The colon that opens the list, with only entries between it and this one.
        var colon = start - 1
        while colon >= s.lowerBound, !t[colon].isPunct(":") { colon -= 1 }
        guard colon >= s.lowerBound else { return nil }
        // The lead: the nearest plural noun before the colon, within its clause.
        var k = colon - 1
        while k >= s.lowerBound, k >= colon - 8, !t[k].isPunct(";"), !t[k].isPunct(":") {
            let word = d.folded[k]
            if t[k].kind == .word, !t[k].isCapitalized, MeasureAttacher.isPlural(word), NumberWords.units[word] == nil {
                if NumberWords.personNouns.contains(word) { return nil }
                let name = (start..<(figure - 1)).map { d.folded[$0] }.joined(separator: " ")
                return (word, name)
            }
            k -= 1
        }
        return nil
    }

    /// What an entry's figure measures: the lead and the entry's name (`votes: martha quill`),
    /// so each entry is its own fact, met only by another article's figure for the same name.
    static func measure(_ entry: (lead: String, name: String)) -> String { entry.lead + ": " + entry.name }
}
