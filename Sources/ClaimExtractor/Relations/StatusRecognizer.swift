import ClaimModel

/// Where a legal or political process stands for someone: charged, indicted, pleaded guilty
/// (to what), convicted, acquitted, sentenced (to what), resigned. One `status` claim per
/// status word, with
/// - `person`: who it is about: the person before the word (`X was charged`, `X, who
///   resigned`, a pronoun: see `subject`), the one after an active verb (`a jury convicted
///   X`), or after `against` (`no charges against X`); absent when the sentence names nobody
///   (`No charges have been filed`);
/// - `value`: the status; `event`: the question it answers (`charges`, `plea`, `verdict`,
///   `sentence`, `resignation`), so that a yes and a no about one question meet;
/// - `verb`: `planned` when a marker puts it ahead (`will resign`, `plans to step down`),
///   else `done`; `text`: what it is about as written (`to two counts of fraud`);
/// - polarity negative when a word just before denies it (`has not been charged`, `no
///   charges`, `refused to resign`).
/// The words are data (`Lexicon/Data/en/status-recognizer`). Nouns (`charges`, `indictment`,
/// `resignation`) count only with a denial before them or a person tied to them, so `charges
/// for parking` says nothing; a verb done to someone (`charged`, `convicted`) counts only
/// passive, with its complement (`with`, `of`, `to`, `in`) or with the person after it, so `a
/// convicted offender` says nothing. A demand or a question (`called on X to resign`,
/// `whether to step down`) is no status.
struct StatusRecognizer: ClaimRecognizer {
    static let longest = StatusVocabulary.phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1

    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        var claims: [Claim] = []
        for sentence in doc.sentences {
            let quoted = QuoteSpans.quotedTokens(doc, sentence)
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard doc.tokens[index].kind == .word, !quoted.contains(index), let (phrase, length) = match(doc, at: index, limit: sentence.upperBound),
                      let status = StatusVocabulary.phrases[phrase], let family = StatusVocabulary.families[status] else {
                    index += 1
                    continue
                }
                let trigger = index..<(index + length)
                index = trigger.upperBound
                if let claim = claim(context, sentence: sentence, trigger: trigger, phrase: phrase, status: status, family: family, quoted: quoted) {
                    claims.append(claim)
                }
            }
        }
        return claims
    }

    /// The longest phrase of the vocabulary that starts at `index`.
    func match(_ doc: Document, at index: Int, limit: Int) -> (String, Int)? {
        var words: [String] = []
        var found: (String, Int)? = nil
        var cursor = index
        while cursor < limit, words.count < StatusRecognizer.longest {
            guard doc.tokens[cursor].kind == .word else { break }
            words.append(doc.folded[cursor])
            let phrase = words.joined(separator: " ")
            if StatusVocabulary.phrases[phrase] != nil { found = (phrase, words.count) }
            cursor += 1
        }
        return found
    }

    func claim(_ context: ExtractionContext, sentence: Range<Int>, trigger: Range<Int>, phrase: String, status: String, family: String, quoted: Set<Int>) -> Claim? {
        let doc = context.document
        let people = context.people
        let before = words(doc, before: trigger.lowerBound, count: 6, sentence: sentence)
        // `called on X to resign`, `whether to step down`, `if a judge resigns`: a demand, a
        // question or a supposition.
        if words(doc, before: trigger.lowerBound, count: 10, sentence: sentence).contains(where: StatusVocabulary.demands.contains) { return nil }
        let negative = before.suffix(3).contains(where: StatusVocabulary.negators.contains)
        let passive = before.suffix(3).contains(where: StatusVocabulary.passiveAuxiliaries.contains)
        let after = trigger.upperBound < sentence.upperBound ? doc.folded[trigger.upperBound] : ""
        let noun = StatusVocabulary.nouns.contains(phrase)
        let relative = before.last(where: { !StatusVocabulary.passiveAuxiliaries.contains($0) && !StatusVocabulary.negators.contains($0) && !StatusVocabulary.fillers.contains($0) })
            .flatMap { StatusVocabulary.relativePronouns[$0] }
        // `against X` after the word names who it is about.
        let against = (trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 5)).first { doc.folded[$0] == "against" }
            .flatMap { people.mentions(in: ($0 + 1)..<min(sentence.upperBound, $0 + 6)).first?.entity }
        var person: String? = against
        if noun {
            let possessive = before.last.map(StatusVocabulary.possessives.contains) ?? false
            guard negative || against != nil || possessive else { return nil }
        } else if StatusVocabulary.transitive.contains(status) && !passive && !negative {
            // Active voice: `a jury convicted X` (a title may stand between); with nobody after it and no complement, an
            // adjective (`a convicted offender`) or a thing's act (`the inquiry, which indicted 30`).
            if let object = people.mentions(in: trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 4)).first {
                person = object.entity
            } else if !StatusVocabulary.complementOpeners.contains(after) && after != "in" || relative == "thing" {
                return nil
            }
        } else if relative == "thing" {
            return nil
        }
        if person == nil { person = subject(doc, people, trigger: trigger, sentence: sentence, relative: relative == "person") }
        let planned = before.contains(where: StatusVocabulary.futureMarkers.contains)
        let hedged = planned || Hedging.isHedged(doc, sentence: sentence, trigger: trigger, quoted: quoted, noun: noun)
        var slots = Slots(person: person, verb: planned ? "planned" : "done", event: family, value: status)
        slots.text = complement(doc, after: trigger.upperBound, sentence: sentence)
        return Claim(
            article: doc.article.id, kind: .status, polarity: negative ? .negative : .positive, hedged: hedged,
            attribution: context.attribution(for: sentence), slots: slots, evidence: doc.evidence(sentence))
    }

    /// Who the status is about when nobody follows it: after `who`, the person just before.
    /// A possessive (`his resignation`) stands for the nearest person before it; `he` or `she`
    /// for the subject of the sentence (its first person). With nobody before, a pronoun in an
    /// opening clause or phrase stands for the person after the comma that ends it (`When he
    /// pleaded guilty, X said`; `In his resignation letter, X wrote`), else for the subject of
    /// the sentence before. Without a pronoun, the nearest person before the word.
    func subject(_ doc: Document, _ people: PeopleIndex, trigger: Range<Int>, sentence: Range<Int>, relative: Bool) -> String? {
        let mentions = people.mentions(in: sentence).filter { $0.range.upperBound <= trigger.lowerBound }
        let nearest = mentions.last
        if relative { return nearest?.entity }
        let floor = nearest?.range.upperBound ?? sentence.lowerBound
        guard let pronoun = (floor..<trigger.lowerBound).last(where: { doc.tokens[$0].kind == .word && StatusVocabulary.pronouns.contains(doc.folded[$0]) }) else {
            return nearest?.entity
        }
        if let nearest {
            return StatusVocabulary.possessives.contains(doc.folded[pronoun]) ? nearest.entity : mentions.first?.entity
        }
        if let comma = (trigger.upperBound..<sentence.upperBound).first(where: { doc.tokens[$0].isPunct(",") }),
           let next = people.mentions(in: trigger.upperBound..<sentence.upperBound).first, next.range.lowerBound > comma {
            return next.entity
        }
        return RelationRecognizer().previousSubject(doc, people, before: sentence)
    }

    /// Up to `count` folded words before `position` in the clause (a comma or semicolon ends it).
    func words(_ doc: Document, before position: Int, count: Int, sentence: Range<Int>) -> [String] {
        var result: [String] = []
        var index = position - 1
        while index >= sentence.lowerBound, result.count < count {
            let token = doc.tokens[index]
            if token.kind == .punct, token.text == "," || token.text == ";" || token.text == ":" { break }
            if token.kind == .word { result.insert(doc.folded[index], at: 0) }
            index -= 1
        }
        return result
    }

    /// `to two counts of fraud`, `with murder`: from `to`, `with` or `of` after the word up
    /// to punctuation or a stop word, at most ten words; nil when no such phrase follows.
    func complement(_ doc: Document, after position: Int, sentence: Range<Int>) -> String? {
        guard position < sentence.upperBound, StatusVocabulary.complementOpeners.contains(doc.folded[position]) else { return nil }
        var end = position + 1
        while end < min(sentence.upperBound, position + 11) {
            let token = doc.tokens[end]
            if token.kind == .punct && token.text != "-" && token.text != "$" { break }
            if token.kind == .word && StatusVocabulary.complementStops.contains(doc.folded[end]) { break }
            end += 1
        }
        guard end > position + 1 else { return nil }
        return doc.text(position..<end)
    }
}
