import ClaimModel

/// The clause a date modifies, read from the sentence tree: the verb (or event noun) the
/// date hangs from, its predicate class, who its subject is, and whether it is planned.
///
/// `The ferry capsized on Tuesday, officials said`: `Tuesday` hangs from `capsized`, not from
/// `said`, so the date is the capsizing's, whatever word stands nearest. A date is read up the
/// tree from its own words to the first verb; an event noun on the way (`the 2016 election`,
/// `its meeting in October`, `Wednesday's vote`) names the happening instead.
struct DateAttachment: Equatable {
    /// Lemma of the verb or noun the date modifies.
    var lemma: String
    /// Its predicate class (`sinking` for `capsized`), nil when the lexicon has none.
    var predicateClass: String?
    /// The subject's person entity, when the subject names a person of the article.
    var participant: String?
    /// `will vote on Friday`, `is scheduled to arrive Monday`: a plan, not what happened.
    var planned: Bool
    /// Predicate classes named in the sentence only inside another phrase of the verb's clause,
    /// below one of its dependents (`posted a photo of her visit last week`: `visit`; `Democrats
    /// in the session were told Wednesday`: `session`): not what the date dates. A class the verb's
    /// own dependent names (`the collapse happened on Tuesday`), or a word above the clause (`the
    /// trip, which began on Monday`) is not here; a word in another branch of the sentence,
    /// neither below the verb nor above it, is.
    var nestedClasses: Set<String> = []
    /// The date stands before the noun it modifies, a noun of no predicate class (`his Dec. 27
    /// debate`, `the March 3 deadline`, `before Wednesday's vote`): it dates that thing, neither
    /// the clause's verb nor the lead's event (`lemma` is the noun's).
    var modifiesNoun = false
    /// The verb is a progressive that states a plan (`ProgressivePlan.isPlan`): `is leaving in
    /// February`, `the administration coming in January`, `said she was leaving in February`.
    var progressive = false

    /// At most this many steps up the tree from the date to its verb.
    static let maxSteps = 5

    static func read(_ range: Range<Int>, document doc: Document, people: PeopleIndex, layer: GrammarLayer) -> DateAttachment? {
        guard let tree = layer.tree(containing: range.lowerBound) else { return nil }
        // The date's own top word: the first of its words whose head lies outside it.
        let inside = { (word: Int) in range.contains(tree.tokens[word]) }
        guard let top = tree.tokens.indices.first(where: { inside($0) && (tree.heads[$0].map { !inside($0) } ?? true) }) else { return nil }
        var current = tree.heads[top]
        // A verb the tree hangs below the date, before it (`the summary was released Sunday`,
        // `released` read as the date's modifier): a date takes no verb as modifier, so that verb
        // is the date's own clause, not the verb the date hangs from (`told the paper after …`).
        if let verb = tree.children(of: top).first(where: { tree.upos[$0] == "VERB" && tree.tokens[$0] < range.lowerBound }) { current = verb }
        // A part of the day the tree made the date's head (`Thursday night`) is the date's own word.
        if let word = current, tree.tokens[word] >= range.upperBound, dayParts.contains(doc.folded[tree.tokens[word]]) { current = tree.heads[word] }
        // A date before the noun it modifies (`his Dec. 27 debate`) dates that noun: its class,
        // or, for a noun of none, no happening at all.
        if let word = current, tree.tokens[word] >= range.upperBound, tree.upos[word] == "NOUN", PredicateClasses.lookup(doc, at: tree.tokens[word]) == nil,
           !isSetting(tree, word, doc) {
            return DateAttachment(lemma: tree.lemmas[word], predicateClass: nil, participant: nil, planned: false, modifiesNoun: true)
        }
        var steps = 0
        while let word = current, steps < maxSteps {
            let upos = tree.upos[word]
            if upos == "NOUN", let found = PredicateClasses.lookup(doc, at: tree.tokens[word]) {
                let who = PredicateClasses.needsParticipant(found) ? nounParticipant(tree, word, doc, people, layer)
                    : PredicateClasses.happensToPerson(found) ? possessor(tree, word, people) : nil
                return DateAttachment(lemma: tree.lemmas[word], predicateClass: found, participant: who, planned: false)
            }
            if upos == "VERB" {
                let lemma = tree.lemmas[word]
                let found = PredicateClasses.lookup(lemma) ?? PredicateClasses.lookup(doc, at: tree.tokens[word])
                let who = found.map(PredicateClasses.happensToPerson) == true ? undergoer(tree, word, people) : participant(tree, word, doc, people, layer)
                return DateAttachment(
                    lemma: lemma, predicateClass: found, participant: who,
                    planned: planned(tree, word, doc), nestedClasses: nested(tree, word, doc),
                    progressive: ProgressivePlan.isPlan(tree, word, doc))
            }
            current = tree.heads[word]
            steps += 1
        }
        return nil
    }

    /// The noun is its clause's setting, opened by `in`, `at`, `during` (`in a Friday news dump,
    /// the department released …`): what the clause tells happened in it, so a date of the noun
    /// dates the clause too. The preposition decides, not where the tree hangs the phrase (it
    /// often hangs it on a noun before it: `agree with the plan in a Monday interview`).
    static func isSetting(_ tree: SentenceTree, _ noun: Int, _ doc: Document) -> Bool {
        return tree.children(of: noun).contains { tree.base($0) == "case" && settingPrepositions.contains(doc.folded[tree.tokens[$0]]) }
    }

    /// Relations that open another phrase or clause inside a dependent (`a photo of her visit`,
    /// `families living near the site`); a word joined to its dependent only by modifier
    /// relations (`amod`, `compound`: `the collapse site`) is still part of that dependent.
    static let phraseRelations: Set<String> = ["nmod", "acl", "advcl", "obl", "ccomp", "xcomp", "conj", "parataxis", "appos", "csubj"]

    /// Classes named only inside another phrase below a dependent of `verb` (see `nestedClasses`).
    static func nested(_ tree: SentenceTree, _ verb: Int, _ doc: Document) -> Set<String> {
        var shallow = Set<String>(), deep = Set<String>()
        for word in tree.tokens.indices {
            guard let found = PredicateClasses.lookup(doc, at: tree.tokens[word]) else { continue }
            // Up from the word to the dependent that hangs on the verb: any phrase relation on the way?
            var node = word
            var inner = false
            var steps = 0
            while let head = tree.heads[node], head != verb, steps <= tree.tokens.count {
                if phraseRelations.contains(tree.base(node)) { inner = true }
                node = head
                steps += 1
            }
            let underVerb = tree.heads[node] == verb
            if word != verb && underVerb && inner { deep.insert(found) } else if word != verb && !underVerb && inOtherPhrase(tree, word, verb) {
                // Inside a phrase of another branch of the sentence (`Democrats hoping to pass bills
                // in the session were told Wednesday`, read with `told` below `pass`): another
                // clause's word. A core argument there (`The trip, which began on Monday, could …`,
                // read with `began` beside `trip`) may still be what the date dates.
                deep.insert(found)
            } else { shallow.insert(found) }
        }
        return deep.subtracting(shallow)
    }

    /// `word` stands neither above `verb` nor below it, and on its way up to the first word
    /// above `verb` it passes a phrase relation (`obl`, `nmod`, …): it sits inside another
    /// branch's phrase, not as a core argument of a clause above the date's.
    static func inOtherPhrase(_ tree: SentenceTree, _ word: Int, _ verb: Int) -> Bool {
        var above = Set<Int>()
        var node = tree.heads[verb]
        while let current = node, above.count <= tree.tokens.count, above.insert(current).inserted { node = tree.heads[current] }
        guard !above.contains(word) else { return false }
        var current = word
        var steps = 0
        while let head = tree.heads[current], steps <= tree.tokens.count {
            if phraseRelations.contains(tree.base(current)) { return true }
            if above.contains(head) { return false }
            current = head
            steps += 1
        }
        return false
    }

    /// The person the verb's subject names (a pronoun stands for the last person named before it).
    static func participant(_ tree: SentenceTree, _ verb: Int, _ doc: Document, _ people: PeopleIndex, _ layer: GrammarLayer) -> String? {
        let reader = QuoteSpeakerReader(doc: doc, people: people, layer: layer)
        guard let subject = reader.subject(tree, of: verb, outside: { _ in true }),
              let sentence = doc.sentence(containing: tree.tokens[subject]) else { return nil }
        switch reader.resolve(tree, subject, sentence: sentence) {
        case .person(let entity): return entity
        case .pronoun(let token): return people.mentions(in: 0..<token).last?.entity
        case .source: return nil
        case .unknown:
            // A title the tree made a subject of its own (`Harbour master Piet Okoro said`: two
            // `nsubj`): a person named in any subject of the same verb is the participant.
            guard let head = tree.heads[subject] else { return nil }
            let subjects = tree.children(of: head).filter { tree.base($0) == "nsubj" }
            return subjects.flatMap { tree.subtree(of: $0) }.lazy.compactMap { people.mention(at: tree.tokens[$0])?.entity }.first
        }
    }

    /// Whose act an event noun names (`statement`): its possessor (`Ito's statement on
    /// Tuesday`, `his statement`), else the subject of the verb the noun hangs from (`Ito
    /// announced the decision in a statement Tuesday`: the statement is Ito's).
    static func nounParticipant(_ tree: SentenceTree, _ noun: Int, _ doc: Document, _ people: PeopleIndex, _ layer: GrammarLayer) -> String? {
        if let possessor = tree.child(of: noun, ["nmod:poss"]) {
            let token = tree.tokens[possessor]
            if let entity = tree.subtree(of: possessor).lazy.compactMap({ people.mention(at: tree.tokens[$0])?.entity }).first { return entity }
            if tree.upos[possessor] == "PRON" { return people.mentions(in: 0..<token).last?.entity }
            return nil
        }
        var current = tree.heads[noun]
        var steps = 0
        while let word = current, steps < 2 {
            if tree.upos[word] == "VERB" { return participant(tree, word, doc, people, layer) }
            guard tree.upos[word] == "NOUN" else { return nil }
            current = tree.heads[word]
            steps += 1
        }
        return nil
    }

    /// A future auxiliary on the verb (`will`, `would`), or a verb of planning above it
    /// (`scheduled to return`, `expected to vote`).
    static func planned(_ tree: SentenceTree, _ verb: Int, _ doc: Document) -> Bool {
        let markers = TemporalScanner.futureMarkers
        if tree.children(of: verb).contains(where: { tree.base($0) == "aux" && markers.contains(doc.folded[tree.tokens[$0]]) }) { return true }
        if tree.base(verb) == "xcomp", let head = tree.heads[verb], markers.contains(doc.folded[tree.tokens[head]]) { return true }
        return false
    }

    /// The person a happening of `PredicateClasses.undergoerBound` happens to: the passive
    /// subject (`Okafor was re-elected`) or the object (`members elected Okafor`), never the
    /// active subject (who elects).
    static func undergoer(_ tree: SentenceTree, _ verb: Int, _ people: PeopleIndex) -> String? {
        guard let word = tree.child(of: verb, ["nsubj:pass", "obj"]) else { return nil }
        if tree.upos[word] == "PRON" { return people.mentions(in: 0..<tree.tokens[word]).last?.entity }
        return tree.subtree(of: word).lazy.compactMap { people.mention(at: tree.tokens[$0])?.entity }.first
    }

    /// The person a noun's possessor names (`Okafor's re-election`).
    static func possessor(_ tree: SentenceTree, _ noun: Int, _ people: PeopleIndex) -> String? {
        guard let owner = tree.child(of: noun, ["nmod:poss"]) else { return nil }
        if let entity = tree.subtree(of: owner).lazy.compactMap({ people.mention(at: tree.tokens[$0])?.entity }).first { return entity }
        return tree.upos[owner] == "PRON" ? people.mentions(in: 0..<tree.tokens[owner]).last?.entity : nil
    }
}
