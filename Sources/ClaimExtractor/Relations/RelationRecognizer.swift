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
        let principal = RelationRecognizer.principal(people)
        let dateline = RelationRecognizer.datelinePlace(doc)
        for (sentenceNumber, sentence) in doc.sentences.enumerated() {
            let quoted = QuoteSpans.quotedTokens(doc, sentence)
            let sentenceHedged = sentence.contains { !quoted.contains($0) && MeetingVocabulary.hedges.contains(doc.folded[$0]) }
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
            // `An earlier post said X had met Y`: a correction retracts it.
            if (sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 6)).contains(where: { doc.folded[$0] == "earlier" })
                && sentence.contains(where: { ["post", "version", "report", "story"].contains(doc.folded[$0]) })
                && sentence.contains(where: { ["said", "stated", "reported"].contains(doc.folded[$0]) }) {
                continue
            }
            var position = sentence.lowerBound
            var lastMeeting: (String, MeetingVocabulary.Kind, Bool)? = nil
            var sentenceSubject: String? = nil
            var lastTriggerEnd = sentence.lowerBound
            var firstTrigger = sentence.lowerBound
            while position < sentence.upperBound {
                guard let pattern = match(doc, at: position, limit: sentence.upperBound) else {
                    position += 1
                    continue
                }
                let triggerEnd = position + pattern.words.count
                defer { position = triggerEnd }
                let hedged = Hedging.isHedged(doc, sentence: sentence, trigger: position..<triggerEnd, quoted: quoted, noun: ["meeting", "meetings", "talks"].contains(pattern.words[0]))
                // `met expectations`, `a meeting room`: no person after, no claim. Coordinated verbs share the subject:
                // `saw him meet X …, but bypass Y`. A verb coordinated with the previous one (`met X and was received by Y`,
                // `… and called on Z`) keeps its subject; a new person before the verb is a new subject.
                let nearest = self.subject(doc, people, before: position, sentence: sentence)
                var back = position - 1
                while back > lastTriggerEnd, ["was", "were", "is", "are", "has", "have", "had", "also", "later", "then"].contains(doc.folded[back]) { back -= 1 }
                let coordinatedVerb = back >= lastTriggerEnd && (doc.folded[back] == "and" || (doc.folded[back] == "but" && lastTriggerEnd > sentence.lowerBound && doc.tokens[back - 1].isPunct(",")))
                let mentionSinceLastTrigger = !people.mentions(in: lastTriggerEnd..<position).isEmpty
                var subject = (mentionSinceLastTrigger && !coordinatedVerb ? nil : sentenceSubject) ?? nearest
                let previousTriggerEnd = lastTriggerEnd
                lastTriggerEnd = triggerEnd
                if sentenceSubject == nil, pattern.kind != .absence || subject != nil { sentenceSubject = subject }
                // `was hosted at a working lunch by Y`: an active form after `was` is passive,
                // and its objects follow `by`.
                var voice = pattern.voice
                var objectStart = triggerEnd
                var auxiliary = position - 1
                while auxiliary > sentence.lowerBound, ["later", "also", "then", "warmly", "formally", "officially", "first"].contains(doc.folded[auxiliary]) { auxiliary -= 1 }
                if pattern.kind == .hosting, voice == .active, auxiliary >= sentence.lowerBound, ["was", "were", "is", "are", "been", "be"].contains(doc.folded[auxiliary]) {
                    voice = .passive
                    if let by = (triggerEnd..<min(sentence.upperBound, triggerEnd + 8)).first(where: { doc.folded[$0] == "by" }) { objectStart = by + 1 }
                }
                // The tree drops a meeting only planned or asked for, and people the verb does not govern.
                guard var objects = treeObjects(doc, people, self.objects(doc, people, after: objectStart, sentence: sentence, single: pattern.kind == .absence),
                                                pattern: pattern, trigger: position..<triggerEnd, objectStart: objectStart, sentence: sentence, grammar: context.grammar) else { continue }
                if objects.isEmpty, pattern.kind == .hosting, voice == .active, let guest = honoured(doc, people, after: triggerEnd, sentence: sentence, not: nearest) {
                    // `hosted a banquet in his honour`: the guest is the person the pronoun names.
                    objects = [guest]
                }
                if pattern.kind == .absence && objects.isEmpty && pattern.words.last == "absent" {
                    // `Conspicuously absent … was X` / `X was absent`.
                    if let nearest = people.mentions(in: sentence).min(by: { distance($0.range, position) < distance($1.range, position) }) {
                        objects = [nearest.entity]
                    }
                }
                var subjects = subject.map { [$0] + coordinated(doc, people, with: $0, before: subject == nearest ? position : firstTrigger, sentence: subject == nearest && previousTriggerEnd > sentence.lowerBound ? position..<sentence.upperBound : sentence) } ?? []
                if subject == nil, let pair = self.pair(doc, people, before: position, sentence: sentence) {
                    // `The pair were received by Y`: the two people of the sentence before.
                    subjects = pair
                    subject = pair.first
                }
                if firstTrigger == sentence.lowerBound { firstTrigger = position }
                // `X and Y met privately on Sunday`: coordinated subjects of a meeting with no object met each other.
                if pattern.verb == "met", pattern.words.count == 1, objects.isEmpty, subjects.count >= 2 { objects = Array(subjects.dropFirst()); subjects = [subjects[0]] }
                if let denied = deniedByCoordination(doc, people, pattern: pattern, position: position, objectStart: objectStart, subject: subject, objects: objects, sentence: sentence, grammar: context.grammar) {
                    claims.append(contentsOf: absences(doc, denied, pattern: pattern, hedged: hedged, attribution: attribution, evidence: evidence))
                    continue
                }
                if pattern.kind == .absence {
                    // The absent one is whoever is not the article's principal: `X did not meet
                    // Y` names Y absent when X is the visitor, X when Y is (`declined to meet
                    // the envoy`); with no object (`skipped the gathering`), the subject.
                    var absent: [String] = []
                    if objects.isEmpty, position >= 1, doc.folded[position - 1] == "two" || (position >= 2 && doc.folded[position - 2] == "two"),
                       let number = doc.sentenceIndex(containing: sentence.lowerBound), number > 0 {
                        // `The two have not met`: the pair named in the sentence before.
                        let pair = Array(Set(people.mentions(in: doc.sentences[number - 1]).map(\.entity))).sorted()
                        absent = pair.count == 2 ? pair.filter { $0 != principal } : []
                    } else if objects.isEmpty, let subject, (objectStart..<min(sentence.upperBound, objectStart + 4)).contains(where: { ["side", "delegation", "team", "talks", "meeting", "summit", "visitors", "visitor", "guests"].contains(doc.folded[$0]) }) {
                        // `had not met the Iranian side`: the subject stayed out of the event.
                        absent = [subject]
                    } else if objects.isEmpty || objects == [subject] {
                        if let subject, pattern.words.last != "absent" {
                            // Intransitive uses only: `skipped the gathering`, `did not attend`.
                            absent = ["skipped", "did not attend", "declined to meet", "absent"].contains(pattern.verb) && !RelationRecognizer.subjectOfOtherClause(people, subject: subject, trigger: position, sentence: sentence, grammar: context.grammar) ? [subject] : []
                        } else {
                            absent = objects
                        }
                    } else if let subject, subject == principal, !objects.contains(subject) {
                        absent = objects
                    } else if let subject, objects.contains(principal ?? "") {
                        absent = [subject]
                    } else if let subject, ["declined to meet", "did not attend"].contains(pattern.verb) {
                        absent = [subject]
                    } else {
                        absent = objects.filter { $0 != subject }
                    }
                    for person in absent {
                        var slots = Slots(person: person, verb: pattern.verb)
                        slots.actor = person == subject ? objects.first : subject
                        claims.append(Claim(article: doc.article.id, kind: .absence, polarity: .negative, hedged: hedged, attribution: attribution, slots: slots, evidence: evidence))
                    }
                    continue
                }
                let place = self.place(doc, people, after: triggerEnd, sentence: sentence)
                if objects.isEmpty, let place, pattern.kind != .accompaniment,
                   (objectStart..<min(sentence.upperBound, objectStart + 8)).contains(where: { doc.tokens[$0].isCapitalized || TitleLexicon.roleHeads.contains(doc.folded[$0]) || RelationRecognizer.groupHeads.contains(doc.folded[$0]) }) {
                    // `X met with leaders of the Forum in Suva`, `received Y in Muscat`: the
                    // place is still a visit for the guest, and a group counterpart is kept as text.
                    // `The Pentagon official had meetings with …`: a role reference continues the
                    // person the previous sentences are about.
                    var roleSubject = subject
                    if roleSubject == nil, (sentence.lowerBound..<position).contains(where: { TitleLexicon.roleHeads.contains(doc.folded[$0]) }) {
                        roleSubject = previousSubject(doc, people, before: sentence)
                    }
                    let subject = roleSubject
                    let guest = pattern.kind == .hosting && voice == .active ? nil : subject
                    if let guest, pattern.kind == .hosting || pattern.verb == "called on" || Folding.fold(place) != dateline {
                        claims.append(Claim(article: doc.article.id, kind: .visit, hedged: hedged, attribution: attribution,
                                            slots: Slots(actor: guest, place: place), evidence: evidence))
                    }
                    if let subject, let group = self.group(doc, after: objectStart, sentence: sentence) {
                        claims.append(Claim(article: doc.article.id, kind: .meeting, hedged: hedged, attribution: attribution,
                                            slots: Slots(actor: subject, verb: pattern.verb, place: place, event: group), evidence: evidence))
                    }
                }
                guard let subject else {
                    if pattern.kind == .hosting, voice == .active, let place, let guest = objects.first {
                        claims.append(Claim(article: doc.article.id, kind: .visit, hedged: hedged, attribution: attribution,
                                            slots: Slots(actor: guest, place: place), evidence: evidence))
                    }
                    continue
                }
                for actorSubject in subjects {
                    for object in objects where object != actorSubject && !subjects.contains(object) {
                        var actor = actorSubject
                        var counterpart = object
                        if (voice == .passive) != (pattern.kind == .accompaniment) {
                            // `X was received by Y`: Y hosts X; `X accompanied by Y`: Y accompanies X.
                            swap(&actor, &counterpart)
                        }
                        let claim = make(doc, pattern.kind, actor: actor, counterpart: counterpart, verb: pattern.verb, hedged: hedged, evidence: evidence, attribution: attribution, place: place)
                        if let place {
                            // Where the meeting was is a visit for the guest: the one received
                            // or calling on; for `met`, the subject unless it is the dateline city.
                            let guest: String? = pattern.kind == .hosting ? (voice == .passive ? actorSubject : object)
                                : pattern.verb == "called on" ? actorSubject
                                : (pattern.kind == .meeting && Folding.fold(place) != dateline ? actorSubject : nil)
                            if let guest, pattern.kind != .accompaniment {
                                claims.append(Claim(article: doc.article.id, kind: .visit, hedged: hedged, attribution: attribution,
                                                    slots: Slots(actor: guest, place: place), evidence: evidence))
                            }
                        }
                        claims.append(claim)
                    }
                }
                if pattern.kind != .accompaniment {
                    lastMeeting = (subject, pattern.kind, hedged)
                    meetingSubjects[sentenceNumber] = subject
                }
            }
            // A sentence (or the one before it) with a meeting, then a line ending in `:`.
            if let last = sentence.last, doc.tokens[last].isPunct(":") {
                // The list names the group's members: the group claim gives way to them.
                let floor = sentenceNumber > 0 ? doc.sentences[sentenceNumber - 1].lowerBound : sentence.lowerBound
                claims.removeAll { $0.kind == .meeting && $0.slots.counterpart == nil && $0.slots.event != nil && $0.evidence.span.start >= doc.tokens[floor].start }
                if let meeting = lastMeeting {
                    listSubject = (meeting.0, meeting.1 == .hosting ? .meeting : meeting.1, sentenceNumber, meeting.2)
                } else if sentenceNumber > 0, let previous = meetingSubjects[sentenceNumber - 1] {
                    listSubject = (previous, .meeting, sentenceNumber, sentenceHedged)
                }
            }
        }
        return claims
    }

    /// The person the article is mostly about: the most mentions, the earliest on a tie.
    static func principal(_ people: PeopleIndex) -> String? {
        var counts: [String: Int] = [:], first: [String: Int] = [:]
        for mention in people.mentions {
            counts[mention.entity, default: 0] += 1
            if first[mention.entity] == nil { first[mention.entity] = mention.range.lowerBound }
        }
        return counts.keys.max { (counts[$0]!, -first[$0]!) < (counts[$1]!, -first[$1]!) }
    }

    /// The dateline city, folded (`MANILA, Feb 11 —`, `HÀ NỘI (VNA) —`): a line opening with
    /// upper-case words then a comma, a dash or a parenthesis, within the first three lines.
    static func datelinePlace(_ doc: Document) -> String? {
        var lineStart = 0
        var lines = 0
        while lineStart < doc.tokens.count, lines < 3 {
            var end = lineStart
            while end < doc.tokens.count, doc.tokens[end].isAllCaps { end += 1 }
            if end > lineStart, end < doc.tokens.count, doc.tokens[end].kind == .punct, [",", "\u{2014}", "\u{2013}", "\u{2015}", "-", "("].contains(doc.tokens[end].text) {
                return Folding.fold(doc.text(lineStart..<end))
            }
            while lineStart < doc.tokens.count, doc.tokens[lineStart].kind != .newline { lineStart += 1 }
            lineStart += 1
            lines += 1
        }
        return nil
    }

    /// People coordinated with the subject right before it: `X and Y were received by`.
    func coordinated(_ doc: Document, _ people: PeopleIndex, with subject: String, before position: Int, sentence: Range<Int>) -> [String] {
        let before = people.mentions(in: sentence.lowerBound..<position).filter { $0.range.upperBound <= position }
        guard let last = before.last, last.entity == subject else { return [] }
        var result: [String] = []
        var current = last
        var index = before.count - 2
        while index >= 0 {
            let previous = before[index]
            guard previous.range.upperBound <= current.range.lowerBound else { break }
            let gap = previous.range.upperBound..<current.range.lowerBound
            let words = gap.filter { doc.tokens[$0].kind != .punct || !doc.tokens[$0].isPunct(",") }
            guard gap.count <= 2, words.allSatisfy({ doc.folded[$0] == "and" }), gap.contains(where: { doc.folded[$0] == "and" || doc.tokens[$0].isPunct(",") }) else { break }
            if previous.entity != subject, !result.contains(previous.entity) { result.append(previous.entity) }
            current = previous
            index -= 1
        }
        return result
    }

    /// `… in Berlin`: the place after a relation, before the clause ends.
    func place(_ doc: Document, _ people: PeopleIndex, after position: Int, sentence: Range<Int>) -> String? {
        var index = position
        while index < min(sentence.upperBound, position + 14) {
            let token = doc.tokens[index]
            if token.kind == .punct && [";", ":", ".", "\u{2014}"].contains(token.text) { return nil }
            if token.kind == .word && ["and", "but", "while", "who", "which", "before", "after"].contains(doc.folded[index]) && index > position { return nil }
            if doc.folded[index] == "in", let place = VisitRecognizer.place(doc, people, at: index + 1, sentence: sentence) {
                return VisitRecognizer.placeText(doc, place)
            }
            index += 1
        }
        return nil
    }

    /// `… a banquet in his honour`, `… a dinner for her`: the person the pronoun stands for,
    /// the latest one named before it other than the host.
    func honoured(_ doc: Document, _ people: PeopleIndex, after position: Int, sentence: Range<Int>, not host: String?) -> String? {
        var index = position
        while index + 1 < min(sentence.upperBound, position + 8) {
            let word = doc.folded[index], next = doc.folded[index + 1]
            let honour = word == "in" && ["his", "her"].contains(next) && index + 2 < sentence.upperBound && ["honour", "honor"].contains(doc.folded[index + 2])
            let forPronoun = word == "for" && ["him", "her"].contains(next)
            if honour || forPronoun {
                return people.last(before: index) { $0.entity != host }?.entity
            }
            index += 1
        }
        return nil
    }

    /// A group met as a whole (`ASEAN defense ministers`, `leaders of the Pacific Islands
    /// Forum`): the words up to and including a plural role noun, as written.
    func group(_ doc: Document, after position: Int, sentence: Range<Int>) -> String? {
        var index = position
        while index < min(sentence.upperBound, position + 6) {
            if doc.tokens[index].kind == .punct { return nil }
            if RelationRecognizer.groupHeads.contains(doc.folded[index]) {
                var start = position
                while start < index, ["the", "a", "an", "with"].contains(doc.folded[start]) { start += 1 }
                return doc.text(start..<(index + 1))
            }
            index += 1
        }
        return nil
    }

    func make(_ doc: Document, _ kind: MeetingVocabulary.Kind, actor: String, counterpart: String, verb: String, hedged: Bool, evidence: Evidence, attribution: String?, place: String? = nil) -> Claim {
        let claimKind: ClaimKind = kind == .accompaniment ? .accompaniment : .meeting
        return Claim(article: doc.article.id, kind: claimKind, hedged: hedged, attribution: attribution,
                     slots: Slots(actor: actor, counterpart: counterpart, verb: verb, place: kind == .accompaniment ? nil : place), evidence: evidence)
    }

    func distance(_ range: Range<Int>, _ position: Int) -> Int {
        range.lowerBound > position ? range.lowerBound - position : position - range.upperBound
    }

    func match(_ doc: Document, at position: Int, limit: Int) -> MeetingVocabulary.Pattern? {
        guard MeetingVocabulary.isTrigger(doc.folded[position]) else { return nil }
        // `his hosts`, `the hosts`: a noun, read by ParticipantNounRecognizer.
        if ["hosts", "host"].contains(doc.folded[position]), position > 0,
           ["his", "her", "their", "its", "the", "our", "my"].contains(doc.folded[position - 1]) { return nil }
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
    /// sentence (a possessor such as `Kowalska's decision` counts), else a pronoun resolved to
    /// the last person mentioned before.
    func subject(_ doc: Document, _ people: PeopleIndex, before position: Int, sentence: Range<Int>) -> String? {
        let before = people.mentions(in: sentence.lowerBound..<position).filter { $0.range.upperBound <= position }
        // Pronoun between the last mention and the trigger wins (`… saw him meet`).
        var index = position - 1
        let floor = before.last?.range.upperBound ?? sentence.lowerBound
        while index >= floor {
            if ["he", "she", "him", "her"].contains(doc.folded[index]) && doc.tokens[index].kind == .word {
                if index == sentence.lowerBound, let previous = previousSubject(doc, people, before: sentence) { return previous }
                return lastPerson(people, before: index) ?? before.last?.entity
            }
            index -= 1
        }
        if let last = before.last { return last.entity }
        return nil
    }

    /// A sentence-initial `He` or `She` continues the subject of the previous sentence that
    /// names someone: its first person, not a possessor.
    func previousSubject(_ doc: Document, _ people: PeopleIndex, before sentence: Range<Int>) -> String? {
        guard var number = doc.sentenceIndex(containing: sentence.lowerBound) else { return nil }
        while number > 0 {
            number -= 1
            let mentions = people.mentions(in: doc.sentences[number]).filter {
                $0.range.upperBound >= doc.tokens.count || doc.tokens[$0.range.upperBound].kind != .possessive
            }
            if let first = mentions.first { return first.entity }
        }
        return nil
    }

    func lastPerson(_ people: PeopleIndex, before index: Int) -> String? {
        people.last(before: index)?.entity
    }

    /// People named after the trigger, up to the end of the clause; coordinated objects
    /// (`X and Y`, lists with commas) all count. `single` keeps the first only.
    func objects(_ doc: Document, _ people: PeopleIndex, after position: Int, sentence: Range<Int>, single: Bool) -> [String] {
        var end = position
        while end < sentence.upperBound {
            let folded = doc.folded[end]
            let token = doc.tokens[end]
            if token.kind == .punct && (token.text == ";" || token.text == ":" || token.text == "." || token.text == "?" || token.text == "\u{2014}") { break }
            if token.kind == .word && MeetingVocabulary.clauseBreaks.contains(folded) && people.mention(at: end) == nil { break }
            if end > position && token.kind == .word && MeetingVocabulary.isTrigger(folded) && people.mention(at: end) == nil && (match(doc, at: end, limit: sentence.upperBound) != nil) { break }
            // `…, and Deputy Prime Minister Z hosted …`: Z is the subject of a new clause.
            if let mention = people.mention(at: end), mention.range.lowerBound == end, mention.range.upperBound < sentence.upperBound,
               MeetingVocabulary.isTrigger(doc.folded[mention.range.upperBound]), end > position,
               doc.folded[end - 1] == "and" || doc.tokens[end - 1].isPunct(",") { break }
            end += 1
        }
        var result: [String] = []
        for mention in people.mentions(in: position..<end) where !result.contains(mention.entity) {
            // A possessor (`Kowalska's direct counterpart`) is not an object.
            if mention.range.upperBound < doc.tokens.count, doc.tokens[mention.range.upperBound].kind == .possessive { continue }
            result.append(mention.entity)
            if single { break }
        }
        return result
    }
}
