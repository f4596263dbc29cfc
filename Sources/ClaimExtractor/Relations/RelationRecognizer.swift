import ClaimModel

/// Who met, hosted, accompanied or skipped whom. Works on the people of the article:
/// subjects and objects are person mentions (names, surnames, role references) or
/// pronouns resolved to the most recent person.
struct RelationRecognizer: ClaimRecognizer {
    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        let people = context.people
        guard !people.entities.isEmpty else { return [] }
        var claims: [Claim] = []
        var listSubject: (entity: String, kind: MeetingVocabulary.Kind, sentence: Int, hedged: Bool)? = nil
        var meetingSubjects: [Int: String] = [:]
        for (sentenceNumber, sentence) in doc.sentences.enumerated() {
            let quoted = QuoteSpans.quotedTokens(doc, sentence)
            let hedged = sentence.contains { !quoted.contains($0) && MeetingVocabulary.hedges.contains(doc.folded[$0]) }
            let evidence = doc.evidence(sentence)
            let attribution = context.attribution(for: sentence)
            // A list item after `This included:` names a participant at its start.
            if let list = listSubject, sentenceNumber > list.sentence {
                if let first = people.mentions(in: sentence).first, first.range.lowerBound <= sentence.lowerBound + 1, first.entity != list.entity {
                    claims.append(make(doc, list.kind, actor: list.entity, counterpart: first.entity, verb: "met", hedged: list.hedged, evidence: evidence, attribution: attribution))
                    listSubject?.sentence = sentenceNumber
                    continue
                }
                listSubject = nil
            }
            var position = sentence.lowerBound
            var lastMeeting: (String, MeetingVocabulary.Kind)? = nil
            var sentenceSubject: String? = nil
            while position < sentence.upperBound {
                guard let pattern = match(doc, at: position, limit: sentence.upperBound) else {
                    position += 1
                    continue
                }
                let triggerEnd = position + pattern.words.count
                defer { position = triggerEnd }
                // `met expectations`, `a meeting room`: no person after, no claim.
                // Coordinated verbs share the subject: `saw him meet X …, but bypass Y`.
                let subject = sentenceSubject ?? self.subject(doc, people, before: position, sentence: sentence)
                if sentenceSubject == nil, pattern.kind != .absence || subject != nil { sentenceSubject = subject }
                var objects = self.objects(doc, people, after: triggerEnd, sentence: sentence, single: pattern.kind == .absence)
                if pattern.kind == .absence && objects.isEmpty && pattern.words.last == "absent" {
                    // `Conspicuously absent … was X` / `X was absent`.
                    if let nearest = people.mentions(in: sentence).min(by: { distance($0.range, position) < distance($1.range, position) }) {
                        objects = [nearest.entity]
                    }
                }
                if pattern.kind == .absence {
                    for person in objects where person != subject {
                        var slots = Slots(person: person, verb: pattern.verb)
                        slots.actor = subject
                        claims.append(Claim(article: doc.article.id, kind: .absence, polarity: .negative, hedged: hedged, attribution: attribution, slots: slots, evidence: evidence))
                    }
                    continue
                }
                guard let subject else {
                    if sentence.upperBound - 1 >= sentence.lowerBound, doc.tokens[sentence.upperBound - 1].isPunct(":") { }
                    continue
                }
                var actor = subject
                for object in objects where object != subject {
                    var counterpart = object
                    if (pattern.voice == .passive) != (pattern.kind == .accompaniment) {
                        // `X was received by Y`: Y hosts X; `X accompanied by Y`: Y accompanies X.
                        swap(&actor, &counterpart)
                    }
                    let kind: MeetingVocabulary.Kind = pattern.kind
                    claims.append(make(doc, kind, actor: actor, counterpart: counterpart, verb: pattern.verb, hedged: hedged, evidence: evidence, attribution: attribution))
                    actor = subject
                }
                if pattern.kind != .accompaniment {
                    lastMeeting = (subject, pattern.kind)
                    meetingSubjects[sentenceNumber] = subject
                }
            }
            // A sentence (or the one before it) with a meeting, then a line ending in `:`.
            if let last = sentence.last, doc.tokens[last].isPunct(":") {
                if let meeting = lastMeeting {
                    listSubject = (meeting.0, meeting.1 == .hosting ? .meeting : meeting.1, sentenceNumber, hedged)
                } else if sentenceNumber > 0, let previous = meetingSubjects[sentenceNumber - 1] {
                    listSubject = (previous, .meeting, sentenceNumber, hedged)
                }
            }
        }
        return claims
    }

    func make(_ doc: Document, _ kind: MeetingVocabulary.Kind, actor: String, counterpart: String, verb: String, hedged: Bool, evidence: Evidence, attribution: String?) -> Claim {
        let claimKind: ClaimKind = kind == .accompaniment ? .accompaniment : .meeting
        return Claim(article: doc.article.id, kind: claimKind, hedged: hedged, attribution: attribution,
                     slots: Slots(actor: actor, counterpart: counterpart, verb: verb), evidence: evidence)
    }

    func distance(_ range: Range<Int>, _ position: Int) -> Int {
        range.lowerBound > position ? range.lowerBound - position : position - range.upperBound
    }

    func match(_ doc: Document, at position: Int, limit: Int) -> MeetingVocabulary.Pattern? {
        guard MeetingVocabulary.isTrigger(doc.folded[position]) else { return nil }
        for pattern in MeetingVocabulary.patterns where position + pattern.words.count <= limit {
            var ok = true
            for (offset, word) in pattern.words.enumerated() where doc.folded[position + offset] != word {
                ok = false
                break
            }
            if ok {
                // `meeting` as a noun needs `with` or a person right after.
                return pattern
            }
        }
        return nil
    }

    /// The person doing the action: the last person mention before the trigger in the
    /// sentence (a possessor such as `Hegseth's decision` counts), else a pronoun resolved to
    /// the last person mentioned before.
    func subject(_ doc: Document, _ people: PeopleIndex, before position: Int, sentence: Range<Int>) -> String? {
        let before = people.mentions(in: sentence.lowerBound..<position).filter { $0.range.upperBound <= position }
        // Pronoun between the last mention and the trigger wins (`… saw him meet`).
        var index = position - 1
        let floor = before.last?.range.upperBound ?? sentence.lowerBound
        while index >= floor {
            if ["he", "she", "him", "her"].contains(doc.folded[index]) && doc.tokens[index].kind == .word {
                return lastPerson(people, before: index) ?? before.last?.entity
            }
            index -= 1
        }
        if let last = before.last { return last.entity }
        return nil
    }

    func lastPerson(_ people: PeopleIndex, before index: Int) -> String? {
        people.mentions(in: 0..<index).last?.entity
    }

    /// People named after the trigger, up to the end of the clause; coordinated objects
    /// (`X and Y`, lists with commas) all count. `single` keeps the first only.
    func objects(_ doc: Document, _ people: PeopleIndex, after position: Int, sentence: Range<Int>, single: Bool) -> [String] {
        var end = position
        while end < sentence.upperBound {
            let folded = doc.folded[end]
            let token = doc.tokens[end]
            if token.kind == .punct && (token.text == ";" || token.text == ":" || token.text == "." || token.text == "?") { break }
            if token.kind == .word && MeetingVocabulary.clauseBreaks.contains(folded) && people.mention(at: end) == nil { break }
            if end > position && token.kind == .word && MeetingVocabulary.isTrigger(folded) && people.mention(at: end) == nil && (match(doc, at: end, limit: sentence.upperBound) != nil) { break }
            end += 1
        }
        var result: [String] = []
        for mention in people.mentions(in: position..<end) where !result.contains(mention.entity) {
            // A possessor (`Hegseth's direct counterpart`) is not an object.
            if mention.range.upperBound < doc.tokens.count, doc.tokens[mention.range.upperBound].kind == .possessive { continue }
            result.append(mention.entity)
            if single { break }
        }
        return result
    }
}
