import ClaimModel

/// Who went where: `a visit to X`, `arrived in X`, `landed in X`, `flew (on) to X`,
/// `travelled to X`, `proceeding to X`, `is in X on a … visit`, `visited X`, and
/// `led the delegation (with Y) to X` (which also makes Y an accompaniment of the leader).
/// Future trips (`will travel to`, `is due to travel to`) are hedged; `arrived from X` and
/// `returned from X` are not visits.
struct VisitRecognizer: ClaimRecognizer {
    /// Phrases after which a place names where someone went, folded.
    static let movements: [[String]] = [
        ["arrived", "in"], ["arrives", "in"], ["arriving", "in"], ["landed", "in"], ["lands", "in"], ["touched", "down", "in"],
        ["flew", "on", "to"], ["flew", "to"], ["flies", "to"], ["travelled", "to"], ["traveled", "to"], ["travel", "to"],
        ["travels", "to"], ["proceeding", "to"], ["proceeded", "to"], ["headed", "to"], ["went", "on", "to"], ["went", "to"],
        ["moved", "on", "to"], ["continued", "to"], ["is", "in"], ["was", "in"], ["were", "in"], ["visited"], ["visit"], ["visits"], ["visiting"],
    ]

    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        let people = context.people
        guard !people.entities.isEmpty else { return [] }
        var claims: [Claim] = []
        for sentence in doc.sentences {
            let quoted = QuoteSpans.quotedTokens(doc, sentence)
            let evidence = doc.evidence(sentence)
            let attribution = context.attribution(for: sentence)
            func add(_ actor: String?, _ place: Range<Int>?, trigger: Range<Int>, noun: Bool = false) {
                guard let actor, let place else { return }
                let hedged = Hedging.isHedged(doc, sentence: sentence, trigger: trigger, quoted: quoted, noun: false)
                claims.append(Claim(article: doc.article.id, kind: .visit, hedged: hedged, attribution: attribution,
                                    slots: Slots(actor: actor, place: VisitRecognizer.placeText(doc, place),
                                                 event: VisitRecognizer.previousStop(doc, people, before: trigger.lowerBound, sentence: sentence).map { "after " + $0 }),
                                    evidence: evidence))
            }
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                defer { index += 1 }
                guard doc.tokens[index].kind == .word, !quoted.contains(index) else { continue }
                let word = doc.folded[index]
                // `a (three-day) visit to X`.
                if VisitRecognizer.tripNouns.contains(word), index + 1 < sentence.upperBound, doc.folded[index + 1] == "to" {
                    if let place = VisitRecognizer.place(doc, people, at: index + 2, sentence: sentence) {
                        add(traveller(doc, people, trigger: index, sentence: sentence), place, trigger: index..<(index + 1), noun: true)
                    }
                    continue
                }
                // `led the U.S. delegation with Y to X`.
                if word == "led", let claimsLed = ledDelegation(doc, people, at: index, sentence: sentence, evidence: evidence, attribution: attribution, quoted: quoted) {
                    claims.append(contentsOf: claimsLed)
                    continue
                }
                for phrase in VisitRecognizer.movements where index + phrase.count <= sentence.upperBound {
                    guard (0..<phrase.count).allSatisfy({ doc.folded[index + $0] == phrase[$0] }) else { continue }
                    let placeStart = index + phrase.count
                    guard let place = VisitRecognizer.place(doc, people, at: placeStart, sentence: sentence) else { break }
                    if phrase.first == "is" || phrase.first == "was" || phrase.first == "were" {
                        // `who is in Ankara on a two-day official visit`: needs the trip after it.
                        let after = place.upperBound..<min(sentence.upperBound, place.upperBound + 8)
                        guard after.contains(where: { VisitRecognizer.tripNouns.contains(doc.folded[$0]) || doc.folded[$0] == "talks" }) else { break }
                    }
                    let actor = subject(doc, people, before: index, sentence: sentence)
                    add(actor, place, trigger: index..<placeStart)
                    break
                }
            }
        }
        return claims
    }

    /// The order of stops: `… in Malaysia on Saturday, before proceeding with his visit to
    /// Vietnam` makes Malaysia the stop before Vietnam. The place named with `in` before a
    /// `before` that stands within six words of the trigger.
    static func previousStop(_ doc: Document, _ people: PeopleIndex, before trigger: Int, sentence: Range<Int>) -> String? {
        guard let before = (max(sentence.lowerBound, trigger - 6)..<trigger).last(where: { doc.folded[$0] == "before" }) else { return nil }
        var index = before - 1
        while index > sentence.lowerBound {
            if doc.folded[index - 1] == "in" || doc.folded[index - 1] == "to", let place = place(doc, people, at: index, sentence: sentence), place.upperBound <= before {
                return placeText(doc, place)
            }
            index -= 1
        }
        return nil
    }

    /// `Lt. Gen. X led the U.S. delegation with Y to Z`: visits for X and Y, Y accompanies X.
    func ledDelegation(_ doc: Document, _ people: PeopleIndex, at index: Int, sentence: Range<Int>, evidence: Evidence, attribution: String?, quoted: Set<Int>) -> [Claim]? {
        let window = (index + 1)..<min(sentence.upperBound, index + 6)
        guard window.contains(where: { ["delegation", "team", "mission"].contains(doc.folded[$0]) }) else { return nil }
        guard let leader = subject(doc, people, before: index, sentence: sentence) else { return nil }
        var companions: [String] = []
        var cursor = index + 1
        var place: Range<Int>? = nil
        while cursor < min(sentence.upperBound, index + 20) {
            if doc.folded[cursor] == "to", let found = VisitRecognizer.place(doc, people, at: cursor + 1, sentence: sentence) {
                place = found
                break
            }
            if let mention = people.mention(at: cursor), mention.entity != leader, !companions.contains(mention.entity) {
                companions.append(mention.entity)
                cursor = mention.range.upperBound
                continue
            }
            cursor += 1
        }
        let hedged = Hedging.isHedged(doc, sentence: sentence, trigger: index..<(index + 1), quoted: quoted)
        var claims: [Claim] = []
        for companion in companions {
            claims.append(Claim(article: doc.article.id, kind: .accompaniment, hedged: hedged, attribution: attribution,
                                slots: Slots(actor: leader, counterpart: companion, verb: "accompanied"), evidence: evidence))
        }
        if let place {
            for person in [leader] + companions {
                claims.append(Claim(article: doc.article.id, kind: .visit, hedged: hedged, attribution: attribution,
                                    slots: Slots(actor: person, place: VisitRecognizer.placeText(doc, place)), evidence: evidence))
            }
        }
        return claims.isEmpty ? nil : claims
    }

    /// Who made a trip named by a noun: the antecedent of `who` (`X, who is on a visit to`),
    /// else the first person of the sentence, else the last person named before it.
    func traveller(_ doc: Document, _ people: PeopleIndex, trigger: Int, sentence: Range<Int>) -> String? {
        var index = trigger - 1
        while index >= sentence.lowerBound {
            if doc.folded[index] == "who" {
                var antecedent = index - 1
                if antecedent >= sentence.lowerBound, doc.tokens[antecedent].isPunct(",") { antecedent -= 1 }
                if antecedent >= sentence.lowerBound, let mention = people.mention(at: antecedent) { return mention.entity }
                break
            }
            index -= 1
        }
        if let first = people.mentions(in: sentence.lowerBound..<trigger).first { return first.entity }
        // `his visit to X` with no one named in the sentence.
        return people.last(before: sentence.lowerBound)?.entity
    }

    /// The person before a movement verb: the nearest mention, or a pronoun's antecedent.
    func subject(_ doc: Document, _ people: PeopleIndex, before index: Int, sentence: Range<Int>) -> String? {
        RelationRecognizer().subject(doc, people, before: index, sentence: sentence)
            ?? (["he", "she"].contains(doc.folded[sentence.lowerBound]) ? people.last(before: sentence.lowerBound)?.entity : nil)
    }

    /// A place named at `start`: a capitalized phrase (`Hanoi`, `the United States`, `El Obeid`,
    /// `Viet Nam`) of at most four words, not a person and not a building.
    static func place(_ doc: Document, _ people: PeopleIndex, at start: Int, sentence: Range<Int>) -> Range<Int>? {
        var begin = start
        if begin < sentence.upperBound, doc.folded[begin] == "the" { begin += 1 }
        var end = begin
        while end < sentence.upperBound, end - begin < 4, doc.tokens[end].isCapitalized {
            end += 1
        }
        guard end > begin else { return nil }
        if (begin..<end).contains(where: { people.mention(at: $0) != nil }) { return nil }
        if (begin..<end).contains(where: { notPlaceHeads.contains(doc.folded[$0]) }) { return nil }
        let folded = (begin..<end).map { doc.folded[$0] }
        if end - begin == 1, CalendarWords.weekdays[folded[0]] != nil || CalendarWords.months[folded[0]] != nil { return nil }
        if end - begin == 1, Lexicons.shared.demonyms[folded[0]] != nil, Lexicons.shared.countries[folded[0]] == nil { return nil }
        return begin..<end
    }

    static func placeText(_ doc: Document, _ range: Range<Int>) -> String { doc.text(range) }
}
