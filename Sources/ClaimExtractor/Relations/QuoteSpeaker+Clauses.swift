import ClaimModel

/// Subjects the tree does not label `nsubj` of the speech verb itself, read from the shape of
/// the clause instead of one parser label.
extension QuoteSpeakerReader {
    /// A verb form with no tense of its own: a participle in `-ing` without an auxiliary
    /// (`citing`, `adding`) or an infinitive with `to`. Such a clause has no subject of its own:
    /// it shares the subject of the clause it hangs from, whatever relation the tree gives it.
    func isNonFinite(_ tree: SentenceTree, _ verb: Int) -> Bool {
        guard tree.upos[verb] == "VERB" else { return false }
        let children = tree.children(of: verb)
        if children.contains(where: { tree.base($0) == "aux" || tree.base($0) == "nsubj" }) { return false }
        if children.contains(where: { tree.base($0) == "mark" && doc.folded[tree.tokens[$0]] == "to" }) { return true }
        return doc.folded[tree.tokens[verb]].hasSuffix("ing")
    }

    /// The subject of a speech verb the tree gives none, read from what stands before it:
    /// the subject of a clause attached before the verb (`He paused, then added: “…”`, where
    /// the tree hangs `He paused` from `added`), or a name or `he`/`she` attached before the
    /// verb under another label (a nominal before a speech verb, outside the quotation and
    /// with no preposition, is its subject).
    func subjectBefore(_ tree: SentenceTree, of verb: Int, outside: (Int) -> Bool) -> Int? {
        let children = tree.children(of: verb).filter { $0 < verb && outside($0) }
        for child in children.reversed() where ["advcl", "conj", "parataxis"].contains(tree.base(child)) && tree.upos[child] == "VERB" {
            if let subject = tree.children(of: child).last(where: { tree.relations[$0] == "nsubj" && $0 < child && outside($0) }), names(tree, subject) {
                return subject
            }
        }
        for child in children.reversed() where ["PROPN", "NOUN", "PRON"].contains(tree.upos[child]) {
            guard !tree.children(of: child).contains(where: { tree.base($0) == "case" }), names(tree, child) else { continue }
            return child
        }
        return nil
    }

    /// A speech verb the tree hangs on a noun as its modifier (`acl`) when that noun names no
    /// one (`X said, citing concerns …, adding, “…”`; `X, who holds the third position in the
    /// leadership, added that …`): a speech verb's speaker is a person, an institution or a
    /// document, so the reader climbs past the noun (and past punctuation) to the clause or
    /// name it stands in: the subject of a verb above it, or a nominal above it, before the
    /// speech verb and outside the quotation, that names a person or is `he`/`she`.
    func speakerAbove(_ tree: SentenceTree, noun: Int, verb: Int, outside: (Int) -> Bool) -> Int? {
        guard isSpeech(tree, verb), let sentence = doc.sentence(containing: tree.tokens[noun]),
              resolve(tree, noun, sentence: sentence) == .unknown else { return nil }
        func speaks(_ word: Int) -> Bool {
            switch resolve(tree, word, sentence: sentence) {
            case .person, .pronoun: return true
            default: return false
            }
        }
        var current = tree.heads[noun]
        var steps = 0
        while let node = current, steps < 4 {
            if outside(node), node < verb {
                if tree.upos[node] == "VERB", let subject = subject(tree, of: node, outside: outside), subject < verb, speaks(subject) { return subject }
                if ["PROPN", "NOUN", "PRON"].contains(tree.upos[node]), speaks(node) { return node }
            }
            current = tree.heads[node]
            steps += 1
        }
        return nil
    }

    /// Whether a word names a person of the article or is `he`/`she`.
    func names(_ tree: SentenceTree, _ word: Int) -> Bool {
        if tree.upos[word] == "PRON" { return QuoteVocabulary.speakerPronouns.contains(doc.folded[tree.tokens[word]]) }
        let parts = [word] + tree.children(of: word).filter { tree.base($0) == "flat" || tree.relations[$0] == "compound" || tree.relations[$0] == "nmod:desc" }
        return parts.contains { people.mention(at: tree.tokens[$0]) != nil }
    }

    /// `“…,” aides said X told colleagues`: the speech verb whose subject reports another's
    /// words hands the quotation on to the person its complement says spoke (a speech verb in
    /// its `ccomp` after the quotation, with a named subject).
    func reportedSpeaker(_ tree: SentenceTree, of verb: Int, pair: Range<Int>, outside: (Int) -> Bool, sentence: Range<Int>) -> QuoteSpeaker? {
        for child in tree.children(of: verb) where outside(child) && tree.base(child) == "ccomp" && isSpeech(tree, child) && tree.tokens[child] > pair.upperBound {
            guard let inner = tree.children(of: child).first(where: { tree.relations[$0] == "nsubj" && outside($0) }) else { continue }
            if case .person(let id) = resolve(tree, inner, sentence: sentence) { return .person(id) }
        }
        return nil
    }

    /// `…, the filing said.`, `X, the report said, learned …`: a speech verb set in the sentence
    /// as an aside (`parataxis` of its main verb), with a subject, reports the whole sentence, so
    /// words quoted inside it are that subject's (a person, or an institution or document).
    func asideAttribution(_ tree: SentenceTree, outside: (Int) -> Bool, sentence: Range<Int>) -> QuoteSpeaker? {
        for word in tree.tokens.indices where outside(word) && tree.base(word) == "parataxis" && isSpeech(tree, word) {
            guard let head = tree.heads[word], tree.heads[head] == nil,
                  let subject = tree.children(of: word).first(where: { tree.relations[$0] == "nsubj" && outside($0) }) else { continue }
            let resolved = resolve(tree, subject, sentence: sentence)
            switch resolved {
            case .person, .pronoun: return resolved
            case .source(let words?): return .source(words)
            default: continue
            }
        }
        return nil
    }
}

extension QuoteSpeakerReader {
    /// The person who owns a subject (`Mr. X's letter`): its possessive modifier, if it names
    /// one of the article's people, or the name with `'s` right before it in the text (a tree
    /// may hang the owner from the verb).
    func ownerPerson(_ tree: SentenceTree, of word: Int) -> String? {
        let token = tree.tokens[word]
        if token >= 2, doc.tokens[token - 1].kind == .possessive, let mention = people.mention(at: token - 2) { return mention.entity }
        for owner in tree.children(of: word) where tree.relations[owner] == "nmod:poss" {
            let parts = [owner] + tree.children(of: owner).filter { tree.base($0) == "flat" || tree.relations[$0] == "nmod:desc" || tree.relations[$0] == "compound" }
            if let mention = parts.lazy.compactMap({ self.people.mention(at: tree.tokens[$0]) }).first { return mention.entity }
        }
        return nil
    }
}
