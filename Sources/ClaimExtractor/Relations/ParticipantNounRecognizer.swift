import ClaimModel

/// Participants named by a noun rather than a verb:
/// `His hosts were X; Y; and Z`, `Her counterparts included X and Y`,
/// `Among his interlocutors were X and Y`. The possessor (`his`, `her`, `their`) is the
/// person the previous sentences are about: the first person named in the nearest sentence
/// before that names one.
struct ParticipantNounRecognizer: ClaimRecognizer {
    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        let people = context.people
        var claims: [Claim] = []
        for (number, sentence) in doc.sentences.enumerated() {
            var position = sentence.lowerBound
            while position + 2 < sentence.upperBound {
                defer { position += 1 }
                guard ParticipantNounRecognizer.possessives.contains(doc.folded[position]),
                      let verb = ParticipantNounRecognizer.nouns[doc.folded[position + 1]] else { continue }
                // `his hosts were …` or `among his hosts were …`
                guard ParticipantNounRecognizer.linking.contains(doc.folded[position + 2]) else { continue }
                guard let actor = protagonist(doc, people, before: number, within: sentence, position: position) else { continue }
                let named = people.mentions(in: (position + 3)..<sentence.upperBound).map(\.entity)
                var seen = Set<String>()
                let quoted = QuoteSpans.quotedTokens(doc, sentence)
                let hedged = Hedging.isHedged(doc, sentence: sentence, trigger: (position + 1)..<(position + 2), quoted: quoted)
                for entity in named where entity != actor && seen.insert(entity).inserted {
                    let (host, guest) = verb == "hosted" ? (entity, actor) : (actor, entity)
                    claims.append(Claim(
                        article: doc.article.id, kind: .meeting, hedged: hedged, attribution: context.attribution(for: sentence),
                        slots: Slots(actor: host, counterpart: guest, verb: verb == "hosted" ? "hosted" : "met"),
                        evidence: doc.evidence(sentence)))
                }
            }
        }
        return claims
    }

    /// The person a possessive pronoun points back to.
    func protagonist(_ doc: Document, _ people: PeopleIndex, before number: Int, within sentence: Range<Int>, position: Int) -> String? {
        if let inSentence = people.mentions(in: sentence.lowerBound..<position).first { return inSentence.entity }
        var index = number - 1
        while index >= 0 {
            if let first = people.mentions(in: doc.sentences[index]).first { return first.entity }
            index -= 1
        }
        return nil
    }
}
