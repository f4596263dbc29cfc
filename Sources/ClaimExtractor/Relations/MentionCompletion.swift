import ClaimModel

/// Short references the people layer left unlinked, for the relation recognizers: a
/// capitalized word that is the first or last word of exactly one person's name in the
/// article (`Choi` for `Choi Min-seo`, `Prates` for `Ana Lúcia Prates`) becomes a surname
/// mention of that person. Entities and their reported mentions are unchanged.
enum MentionCompletion {
    static func complete(_ doc: Document, _ people: PeopleIndex) -> PeopleIndex {
        guard !people.entities.isEmpty else { return people }
        var owners: [String: Set<String>] = [:]
        for entity in people.entities where entity.type == .person {
            let words = Folding.words(entity.name).filter { $0.count >= 3 && !NameLexicon.particles.contains($0) }
            guard words.count >= 2 else { continue }
            for word in [words.first!, words.last!] { owners[word, default: []].insert(entity.id) }
        }
        var covered = Set<Int>()
        for mention in people.mentions { covered.formUnion(mention.range) }
        var added: [PersonMention] = []
        for (index, token) in doc.tokens.enumerated() where token.kind == .word && token.isCapitalized && !covered.contains(index) {
            let folded = doc.folded[index]
            guard let ids = owners[folded], ids.count == 1, let id = ids.first else { continue }
            if TitleLexicon.roleHeads.contains(folded) || Lexicons.shared.notNames.contains(folded) { continue }
            if Lexicons.shared.countries[folded] != nil || Lexicons.shared.cities[folded] != nil { continue }
            added.append(PersonMention(entity: id, range: index..<(index + 1), name: index..<(index + 1), title: nil, form: .surname))
        }
        guard !added.isEmpty else { return people }
        var completed = people
        completed.mentions = (people.mentions + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
        return completed
    }
}
