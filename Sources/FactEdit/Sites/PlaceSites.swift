import ClaimModel

extension SiteFinder {
    struct PlaceMatch {
        var first: Int
        var last: Int
        var name: String
        var placeClass: PlaceNames.PlaceClass
    }

    /// Place names standing alone: not inside a longer name (`New York Times`, `Texas
    /// Rangers`, `Washington Post`: a capitalized word right after; `North Virginia`: one before).
    func placeMatches(_ text: ArticleText) -> [PlaceMatch] {
        let words = text.words
        var matches: [PlaceMatch] = []
        var index = 0
        outer: while index < words.count {
            guard words[index].isCapitalized else { index += 1; continue }
            for entry in PlaceNames.all {
                let end = index + entry.words.count
                guard end <= words.count, zip(entry.words, words[index..<end]).allSatisfy({ $0 == $1.folded && $1.isCapitalized }) else { continue }
                let last = end - 1
                let followedByName = end < words.count && words[end].isCapitalized && !words[end].startsSentence
                    && text.onlySpaces(words[last].end, words[end].start)
                let afterName = index > 0 && words[index - 1].isCapitalized && !words[index].startsSentence
                    && text.onlySpaces(words[index - 1].end, words[index].start)
                if !followedByName && !afterName {
                    matches.append(PlaceMatch(first: index, last: last, name: entry.name, placeClass: entry.placeClass))
                }
                index = end
                continue outer
            }
            index += 1
        }
        return matches
    }

    /// `San Diego` → another city, `Nebraska` → another state: one the set never mentions.
    func placeSites(_ text: ArticleText) -> [EditSite] {
        placeMatches(text).compactMap { match in
            let start = text.words[match.first].start, end = text.words[match.last].end
            let choices = PlaceNames.names(of: match.placeClass).filter { !placesInSet.contains(Folding.fold($0)) }
            var random = random(.place, text, start)
            guard let other = random.pick(choices) else { return nil }
            return EditSite(kind: .place, article: text.index, start: start, end: end, original: text.text(start, end),
                            replacement: text.text(start, end) == match.name.uppercased() ? other.uppercased() : other,
                            fact: "place|" + Folding.fold(match.name))
        }
    }
}
