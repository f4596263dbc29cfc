import ClaimModel

/// Titles an `as` phrase gives a person the sentence names only by a pronoun or a possessor:
///
/// - the subject pronoun of the verb the phrase hangs from (`he has served as president of the
///   association`, `she worked for years as a nurse`), the verb reached through coordination
///   (`he taught and served as dean`);
/// - the possessor of the noun the phrase modifies (`his role as chief negotiator`, `X's years
///   as a federal prosecutor`, `X, whose career as a swimmer …`).
///
/// A pronoun (`he`, `she`, `his`, `her`) stands for the person the quote passes would give it:
/// the salient subject before it (`QuoteSpeakerReader.salient`). A name as possessor is its own
/// person; `whose` is the person its relative clause describes. Runs after the description
/// references; an `as` phrase a named mention already took is left to it.
enum PronounTitles {
    static func attach(_ doc: Document, layer: GrammarLayer, to index: inout PeopleIndex) {
        guard !index.entities.isEmpty, layer.model != nil else { return }
        var covered = Set<Int>()
        for mention in index.mentions {
            for title in mention.titles { covered.formUnion(title) }
            if let title = mention.title { covered.formUnion(title) }
        }
        let reader = QuoteSpeakerReader(doc: doc, people: index, layer: layer)
        var added: [PersonMention] = []
        for (sentenceIndex, sentence) in doc.sentences.enumerated() {
            guard let tree = layer.tree(sentence: sentenceIndex),
                  tree.tokens.contains(where: { doc.tokens[$0].kind == .word && doc.folded[$0] == "as" }) else { continue }
            let quoted = QuoteSpans.quotedTokens(doc, reader.paragraph(of: sentence.lowerBound))
            for word in tree.tokens.indices where doc.folded[tree.tokens[word]] == "as" && tree.base(word) == "case" {
                guard let noun = tree.heads[word], tree.upos[noun] == "NOUN" || tree.upos[noun] == "PROPN",
                      !quoted.contains(tree.tokens[word]), let title = phrase(doc, tree, as: word, noun: noun, sentence: sentence),
                      !title.contains(where: { covered.contains($0) }),
                      let owner = owner(doc, tree, of: noun, index: index, reader: reader, quoted: quoted) else { continue }
                if PersonRecognizer.deniedAsPhrase(doc, title, layer: layer) { continue }
                added.append(PersonMention(entity: owner, range: title, name: title.upperBound..<title.upperBound, title: title, form: .role))
                covered.formUnion(title)
            }
        }
        RoleReferences.addRoleMentions(added, to: &index, doc)
    }

    /// The title phrase after `as` (past a determiner), when the noun the tree hangs `as` on is
    /// its head and it ends where a title phrase may end.
    static func phrase(_ doc: Document, _ tree: SentenceTree, as word: Int, noun: Int, sentence: Range<Int>) -> Range<Int>? {
        var start = tree.tokens[word] + 1
        guard start < sentence.upperBound else { return nil }
        if TitleVocabulary.determiners.contains(doc.folded[start]) { start += 1 }
        guard start < sentence.upperBound, doc.tokens[start].kind == .word || doc.tokens[start].kind == .number,
              let end = PersonRecognizer.titlePhrase(doc, from: start, limit: sentence.upperBound),
              PersonRecognizer.endsPhrase(doc, end, sentence: sentence) || doc.tokens[end].kind == .word && PersonRecognizer.titleConnectors.contains(doc.folded[end]),
              let trimmed = PersonRecognizer.trimTitle(doc, start..<end), PersonRecognizer.hasHead(doc, trimmed),
              trimmed.contains(tree.tokens[noun]), !PersonRecognizer.namesAnother(doc, trimmed) else { return nil }
        // A title running into a name is that name's (`as Deputy Secretary Jane Roe`).
        if end < sentence.upperBound, doc.tokens[end].isCapitalized, PersonRecognizer.isRunToken(doc, end) { return nil }
        return trimmed
    }

    /// The person the `as` phrase on `noun` describes: the pronoun subject of its verb, or the
    /// possessor of the noun it modifies.
    static func owner(_ doc: Document, _ tree: SentenceTree, of noun: Int, index: PeopleIndex, reader: QuoteSpeakerReader, quoted: Set<Int>) -> String? {
        guard let governor = tree.heads[noun] else { return nil }
        let relation = tree.base(noun)
        let asToken = tree.tokens[noun]
        // `X named her as …`, `the selection of Y as …`: an object before the phrase is what it describes.
        if tree.children(of: governor).contains(where: { child in
            tree.tokens[child] < asToken && (tree.base(child) == "obj" || tree.base(child) == "iobj"
                || tree.base(child) == "nmod" && tree.children(of: child).contains { tree.base($0) == "case" && doc.folded[tree.tokens[$0]] == "of" })
        }) { return nil }
        if relation == "obl" || relation == "advcl", tree.upos[governor] == "VERB" || tree.upos[governor] == "AUX" {
            // The verb's own subject, or the subject of the verb it is coordinated with.
            var verb = governor
            var subject = tree.child(of: verb, ["nsubj", "nsubj:pass"])
            while subject == nil, tree.base(verb) == "conj", let head = tree.heads[verb] {
                verb = head
                subject = tree.child(of: verb, ["nsubj", "nsubj:pass"])
            }
            guard let subject, tree.upos[subject] == "PRON", QuoteVocabulary.speakerPronouns.contains(doc.folded[tree.tokens[subject]]),
                  !quoted.contains(tree.tokens[subject]) else { return nil }
            return pronounReferent(reader, tree.tokens[subject], quoted: quoted)
        }
        if relation == "nmod" || relation == "acl", tree.upos[governor] == "NOUN" {
            guard let possessor = tree.child(of: governor, ["nmod:poss"]) else { return nil }
            let token = tree.tokens[possessor]
            if tree.upos[possessor] == "PROPN" { return index.mention(at: token).flatMap { $0.form == .role ? nil : $0.entity } }
            guard tree.upos[possessor] == "PRON" else { return nil }
            let folded = doc.folded[token]
            if TitleLexicon.relativePossessives.contains(folded) {
                // `X, whose career as …`: the noun the relative clause modifies.
                var clause = governor
                while tree.base(clause) != "acl", let head = tree.heads[clause] { clause = head }
                guard tree.base(clause) == "acl", let described = tree.heads[clause] else { return nil }
                return index.mention(at: tree.tokens[described]).flatMap { $0.form == .role ? nil : $0.entity }
            }
            guard TitleLexicon.personalPossessives.contains(folded) else { return nil }
            // A person noun before it in the sentence may be what the pronoun stands for (`a
            // president with no grasp of his role as …`): then no one is guessed.
            if let sentence = doc.sentence(containing: token),
               (sentence.lowerBound..<token).contains(where: { doc.tokens[$0].kind == .word && !doc.tokens[$0].isCapitalized && DescriptionReferences.isPersonNoun(doc.folded[$0]) }) {
                return nil
            }
            return pronounReferent(reader, token, quoted: quoted)
        }
        return nil
    }

    static func pronounReferent(_ reader: QuoteSpeakerReader, _ token: Int, quoted: Set<Int>) -> String? {
        if case .person(let id) = reader.salient(before: token, quoted: quoted) { return id }
        return nil
    }
}
