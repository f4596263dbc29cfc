import ClaimModel

/// Definite descriptions that refer back to a person named before them and give that person a
/// title no office settles: `X said … . The former Alaska governor said`, `The career Marine was
/// respected`, `outraising the college professor`. Runs after the role references (an office
/// that fits one person is resolved there first).
///
/// A description is `the`, at most four modifiers and a person noun (a role head or a
/// description head) that the sentence tree makes a noun of its own (not a compound modifier,
/// `the host city`), followed by no name and no relational complement (`the spokesman for …`,
/// `the head of …`). Its antecedent is the last person named before it, in its sentence or the
/// one before; it is taken when that person is the article's most named one, or when the
/// description is its clause's subject and that person the only one named since the previous
/// sentence began. It is left unresolved when:
///
/// - the head names someone by a relation (`the wife`, `the spokesman`, `the official`) or also
///   names a thing (`the empty chair`);
/// - an indefinite phrase with the same head came before (`a spokesman said … the spokesman`):
///   the description stands for that person;
/// - the antecedent is the subject of the clause the description is an object of (`X beat the
///   senator` is not X);
/// - the description is an office of a family in which the antecedent holds another office, or
///   one another person's office fits.
enum DescriptionReferences {
    static func attach(_ doc: Document, layer: GrammarLayer, to index: inout PeopleIndex) {
        guard !index.entities.isEmpty else { return }
        var covered = Set<Int>()
        for mention in index.mentions {
            covered.formUnion(mention.range)
            if let title = mention.title { covered.formUnion(title) }
            for title in mention.titles { covered.formUnion(title) }
        }
        let named = index.mentions.filter { $0.form != .role && !$0.name.isEmpty }
        guard !named.isEmpty else { return }
        var counts: [String: Int] = [:]
        for mention in named { counts[mention.entity, default: 0] += 1 }
        let top = counts.keys.sorted().max { counts[$0]! < counts[$1]! }
        let protagonist = top.flatMap { top in counts.values.filter { $0 == counts[top]! }.count == 1 ? top : nil }
        // Heads an indefinite phrase introduced, with the first position it did.
        var introduced: [String: Int] = [:]
        var added: [PersonMention] = []
        for (sentenceIndex, sentence) in doc.sentences.enumerated() {
            for position in sentence where doc.tokens[position].kind == .word {
                let folded = doc.folded[position]
                guard isPersonNoun(folded), !covered.contains(position) else { continue }
                guard let start = phraseStart(doc, head: position, sentence: sentence, covered: covered) else { continue }
                let opener = doc.folded[start - 1]
                if TitleLexicon.indefiniteArticles.contains(opener) {
                    // A predicate (`X was nice as an Oscars host`, `X is a novelist`) or an
                    // appositive describes someone already there: it introduces no one.
                    if introduced[folded] == nil, !isPredicative(layer, sentenceIndex, position) { introduced[folded] = position }
                    continue
                }
                guard TitleLexicon.definiteArticles.contains(opener), !TitleLexicon.relationalHeads.contains(folded), !TitleLexicon.thingHeads.contains(folded),
                      introduced[folded] == nil, !followedByNameOrComplement(doc, head: position, sentence: sentence),
                      let tree = layer.tree(sentence: sentenceIndex), let word = tree.word(atToken: position),
                      isOwnNoun(tree, word, folded) else { continue }
                if QuoteSpans.quotedTokens(doc, sentence).contains(position) { continue }
                let isSubject = tree.base(word) == "nsubj"
                guard let antecedent = antecedent(doc, layer, index, named: named, before: start - 1, sentenceIndex: sentenceIndex,
                                                  isSubject: isSubject, protagonist: protagonist) else { continue }
                let entity = antecedent.entity
                if sentence.contains(antecedent.name.lowerBound), bindsAsSubject(tree, word, antecedent) { continue }
                if contradictsParty(doc, index, named, entity: entity, modifiers: start..<position) { continue }
                let office = OfficeNormalizer.office(doc.text(start..<(position + 1)))
                if let family = office.family {
                    let own = index.offices[entity] ?? []
                    if own.contains(where: { $0.family == family && !$0.fits(reference: office) }) { continue }
                    let others = index.entities.filter { $0.id != entity && (index.offices[$0.id] ?? []).contains { $0.fits(reference: office) } }
                    if !others.isEmpty { continue }
                }
                added.append(PersonMention(entity: entity, range: (start - 1)..<(position + 1), name: (position + 1)..<(position + 1),
                                           title: start..<(position + 1), form: .role))
                covered.formUnion((start - 1)..<(position + 1))
            }
        }
        RoleReferences.addRoleMentions(added, to: &index, doc)
    }

    /// The person a description at `before` refers back to. A subject description stands for the
    /// subject of the sentence before when that is a named person and no one is named between
    /// (centering: a subject continues the previous subject). Otherwise the last person named
    /// before it, when the sentences between name no one (at most two of them), and that person
    /// is the article's most named one, or the only one named in that stretch with a subject
    /// description. A person named inside a quotation the description follows in its sentence,
    /// or named as the source of a report (`…, says X`), is no antecedent.
    static func antecedent(_ doc: Document, _ layer: GrammarLayer, _ index: PeopleIndex, named: [PersonMention], before: Int,
                           sentenceIndex: Int, isSubject: Bool, protagonist: String?) -> PersonMention? {
        let sentence = doc.sentences[sentenceIndex]
        let sameSentence = named.filter { $0.range.lowerBound >= sentence.lowerBound && $0.range.lowerBound < before }
        if isSubject, sameSentence.isEmpty, sentenceIndex > 0, let tree = layer.tree(sentence: sentenceIndex - 1) {
            let previous = doc.sentences[sentenceIndex - 1]
            let subjects = named.filter { mention in
                previous.contains(mention.name.lowerBound) && mention.name.contains { token in
                    guard let word = tree.word(atToken: token), tree.base(word) == "nsubj", let head = tree.heads[word] else { return false }
                    return tree.heads[head] == nil && !mention.name.contains(tree.tokens[head])
                }
            }
            if subjects.count == 1, !isReportSource(doc, subjects[0]) { return subjects[0] }
        }
        guard let last = index.last(before: before, where: { $0.form != .role && !$0.name.isEmpty }),
              let lastSentence = doc.sentenceIndex(containing: last.name.lowerBound), sentenceIndex - lastSentence <= 3 else { return nil }
        // The sentences between name no one.
        if lastSentence + 1 < sentenceIndex {
            let between = doc.sentences[lastSentence + 1].lowerBound..<sentence.lowerBound
            if !index.mentions(in: between).isEmpty { return nil }
        }
        if isReportSource(doc, last) { return nil }
        if lastSentence == sentenceIndex, (last.range.upperBound..<before).contains(where: { SingleQuoteMarks.doubles.contains(doc.tokens[$0].text) }) { return nil }
        if last.entity == protagonist { return last }
        let stretch = doc.sentences[lastSentence].lowerBound..<before
        let people = Set(named.filter { stretch.contains($0.range.lowerBound) }.map(\.entity))
        return isSubject && people.count == 1 && lastSentence >= sentenceIndex - 1 ? last : nil
    }

    /// Is the indefinite phrase headed at `position` a predicate (a copula's complement, an `as`
    /// phrase, a secondary predicate) or an appositive? Then it names no new person.
    static func isPredicative(_ layer: GrammarLayer, _ sentenceIndex: Int, _ position: Int) -> Bool {
        guard let tree = layer.tree(sentence: sentenceIndex), let word = tree.word(atToken: position) else { return false }
        if ["xcomp", "appos"].contains(tree.base(word)) { return true }
        return tree.children(of: word).contains { child in
            tree.base(child) == "cop" || tree.base(child) == "case" && tree.lemmas[child].lowercased() == "as"
        }
    }

    /// `…, says X`, `according to X`: a person named as the source of what the sentence reports.
    static func isReportSource(_ doc: Document, _ mention: PersonMention) -> Bool {
        let before = mention.range.lowerBound - 1
        guard before >= 0, doc.tokens[before].kind == .word else { return false }
        return CommonWords.speechVerbs.contains(doc.folded[before]) || (before >= 1 && TitleLexicon.sourcePhrases.contains(doc.folded[before - 1] + " " + doc.folded[before]))
    }

    /// A party word among the modifiers (`the Democratic challenger`) when the person belongs to
    /// another party by a tag or a party word beside their name.
    static func contradictsParty(_ doc: Document, _ index: PeopleIndex, _ named: [PersonMention], entity: String, modifiers: Range<Int>) -> Bool {
        let stated = Set(modifiers.compactMap { doc.tokens[$0].isCapitalized ? PersonAttributeRecognizer.parties[doc.folded[$0]] : nil })
        guard !stated.isEmpty else { return false }
        var known = Set<String>()
        for mention in named where mention.entity == entity {
            guard let sentence = doc.sentence(containing: mention.name.lowerBound),
                  let (party, _) = PersonAttributeRecognizer.party(doc, mention, sentence) else { continue }
            known.insert(party)
        }
        return !known.isEmpty && known.isDisjoint(with: stated)
    }

    static func isPersonNoun(_ folded: String) -> Bool {
        TitleLexicon.roleHeads.contains(folded) || TitleLexicon.descriptionHeads.contains(folded)
    }

    /// The first modifier of the phrase ending in `head`: back over at most four words (and
    /// hyphens) to an article; nil when no article opens it.
    static func phraseStart(_ doc: Document, head: Int, sentence: Range<Int>, covered: Set<Int>) -> Int? {
        var start = head
        while start - 1 > sentence.lowerBound, head - start < 4 {
            let previous = start - 1
            let token = doc.tokens[previous]
            guard token.kind == .word || token.isPunct("-"), !covered.contains(previous) else { break }
            let folded = doc.folded[previous]
            if TitleLexicon.definiteArticles.contains(folded) || TitleLexicon.indefiniteArticles.contains(folded) || TitleVocabulary.determiners.contains(folded) { break }
            start = previous
        }
        guard start - 1 >= sentence.lowerBound, doc.tokens[start - 1].kind == .word else { return nil }
        let opener = doc.folded[start - 1]
        return TitleLexicon.definiteArticles.contains(opener) || TitleLexicon.indefiniteArticles.contains(opener) ? start : nil
    }

    /// A name (`the comedian Jon Stewart`, `the senator, Ann Pike`) or a relational complement
    /// (`the spokesman for`, `the head of`) right after the head.
    static func followedByNameOrComplement(_ doc: Document, head: Int, sentence: Range<Int>) -> Bool {
        var next = head + 1
        guard next < sentence.upperBound else { return false }
        if doc.tokens[next].kind == .word, TitleLexicon.relationalPrepositions.contains(doc.folded[next]) { return true }
        if doc.tokens[next].isPunct(","), next + 1 < sentence.upperBound { next += 1 }
        return doc.tokens[next].isCapitalized && PersonRecognizer.isRunToken(doc, next)
    }

    /// A noun heading its own phrase, in the singular (`the host city`, `the officials` are not).
    static func isOwnNoun(_ tree: SentenceTree, _ word: Int, _ folded: String) -> Bool {
        guard tree.upos[word] == "NOUN" || tree.upos[word] == "PROPN" else { return false }
        let relation = tree.base(word)
        guard relation != "compound", relation != "amod", relation != "flat", relation != "fixed" else { return false }
        let lemma = tree.lemmas[word]
        return lemma.isEmpty || !folded.hasSuffix("s") || Folding.fold(lemma) == folded
    }

    /// The antecedent is the subject of the verb the description is an object or oblique of.
    static func bindsAsSubject(_ tree: SentenceTree, _ word: Int, _ antecedent: PersonMention) -> Bool {
        guard let governor = tree.heads[word] else { return false }
        return antecedent.name.contains { token in
            guard let nameWord = tree.word(atToken: token) else { return false }
            var current = nameWord
            while let head = tree.heads[current], antecedent.name.contains(tree.tokens[head]) { current = head }
            return tree.heads[current] == governor && tree.base(current) == "nsubj"
        }
    }
}
