import ClaimModel

/// Party descriptions that stand for a person named in the article: `the New York Democrat`,
/// `the prominent Republican`. A definite phrase of at most three modifiers and a party noun,
/// followed by no name, joins the person last named before it when that person belongs to the
/// party (by a tag, a party word before the title, or an apposition), else the article's only
/// known member of the party, else the article's most named person when they were the last
/// person named; otherwise it stays unresolved.
extension RoleReferences {
    static func attachParty(_ doc: Document, to index: inout PeopleIndex, covered: Set<Int>) -> [PersonMention] {
        var partyOf: [String: Set<String>] = [:]
        for mention in index.mentions where mention.form != .role && !mention.name.isEmpty {
            guard let sentence = doc.sentence(containing: mention.name.lowerBound),
                  let (party, _) = PersonAttributeRecognizer.party(doc, mention, sentence) else { continue }
            partyOf[mention.entity, default: []].insert(party)
        }
        // The article's most named person: a party description no known party settles stands for
        // them when they were the last person named before it (and no other party is known for them).
        var counts: [String: Int] = [:]
        for mention in index.mentions where mention.form != .role && !mention.name.isEmpty { counts[mention.entity, default: 0] += 1 }
        let protagonist = counts.keys.sorted().max { counts[$0]! < counts[$1]! }
        let sharedTop = protagonist.map { top in counts.values.filter { $0 == counts[top]! }.count > 1 } ?? true
        var added: [PersonMention] = []
        for sentence in doc.sentences {
            for position in sentence where !covered.contains(position) {
                let token = doc.tokens[position]
                guard token.kind == .word, token.isCapitalized, PersonRecognizer.isPartyNoun(doc.folded[position]),
                      let party = PersonAttributeRecognizer.parties[doc.folded[position]] else { continue }
                // No name after it (`the Ohio Democrat Tim Ryan` is a title before a name).
                let next = position + 1
                if next < sentence.upperBound, PersonRecognizer.isRunToken(doc, next) { continue }
                // A noun, not an adjective (`the Republican leadership`): what follows ends the
                // phrase or opens the predicate.
                if next < sentence.upperBound, doc.tokens[next].kind == .word {
                    let word = doc.folded[next]
                    guard TitleLexicon.clauseWords.contains(word) || CommonWords.speechVerbs.contains(word)
                        || PersonRecognizer.copulas.contains(word) || PersonRecognizer.predicateAuxiliaries.contains(word)
                        || word.hasSuffix("ed") else { continue }
                }
                // Back over at most three modifiers to `the`.
                var start = position
                while start > sentence.lowerBound, position - start < 4, doc.tokens[start - 1].kind == .word || doc.tokens[start - 1].isPunct("-"),
                      !TitleVocabulary.determiners.contains(doc.folded[start - 1]), !covered.contains(start - 1) {
                    start -= 1
                }
                guard start > sentence.lowerBound, doc.folded[start - 1] == "the" else { continue }
                let before = index.mentions.filter { $0.form != .role && !$0.name.isEmpty && $0.range.upperBound <= start }
                var entity: String? = nil
                if let last = before.last, partyOf[last.entity]?.contains(party) ?? false {
                    entity = last.entity
                } else {
                    let members = partyOf.keys.filter { partyOf[$0]!.contains(party) }
                    if members.count == 1 { entity = members[0] }
                }
                if entity == nil, !sharedTop, let protagonist, before.last?.entity == protagonist,
                   partyOf[protagonist].map({ $0.contains(party) }) ?? true {
                    entity = protagonist
                }
                guard let entity else { continue }
                added.append(PersonMention(entity: entity, range: (start - 1)..<(position + 1), name: (position + 1)..<(position + 1),
                                           title: start..<(position + 1), form: .role))
            }
        }
        return added
    }
}
