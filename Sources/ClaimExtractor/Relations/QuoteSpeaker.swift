import ClaimModel

/// Word lists of the quote passes (data in Lexicon/Data/en/quote-recognizer).
enum QuoteVocabulary {}

/// What the clause attributing a quotation names as its speaker.
enum QuoteSpeaker: Equatable {
    /// A person of the article's people index.
    case person(String)
    /// `he`, `she`: the most recent compatible speaker, resolved by the caller.
    case pronoun(token: Int)
    /// An institution, outlet, document or unnamed official: no person quote. The words of
    /// an institution or a document (`the joint statement`, `the Acme Corporation`), nil for an
    /// unnamed person (`a senior official`), who is no one the reader can name.
    case source(String?)
    /// An attribution clause whose subject is no one the article names.
    case unknown
}

/// Speakers read from sentence trees: the subject of the speech verb that governs a quotation
/// (the verb whose `ccomp`, `parataxis` or `obj` covers the quotation, or the speech verb of the
/// attribution clause beside it), `according to X`, or for a quoted fragment inside a sentence
/// (`called the plan “reckless”`) the subject of the verb it hangs from.
struct QuoteSpeakerReader {
    let doc: Document
    let people: PeopleIndex
    let layer: GrammarLayer
    /// Tokens inside quotations that run over paragraphs (no paragraph alone pairs their marks).
    var quotedRuns: Set<Int> = []

    /// The speaker of quotation `pair` (`open..<close`, marks at both ends), or nil when no
    /// clause of its sentences attributes it.
    /// `quoted`: every token inside a quotation of the paragraph, marks included (pairs are
    /// made per paragraph: a sentence alone mispairs straight marks).
    func speaker(of pair: Range<Int>, quoted: Set<Int>) -> QuoteSpeaker? {
        var sentences: [Int] = []
        if let close = doc.sentenceIndex(containing: min(pair.upperBound, doc.tokens.count - 1)) { sentences.append(close) }
        if let open = doc.sentenceIndex(containing: pair.lowerBound), !sentences.contains(open) { sentences.append(open) }
        // `“…?” she asked.`, `“…!” X tweeted.`: a sentence that starts right after the mark.
        // Only after a quotation ending in `?`, `!` or `,`, and when that sentence quotes nothing
        // of its own (`She added: “…”` attributes its own quotation).
        let after = pair.upperBound + 1
        if after < doc.tokens.count, doc.tokens[after].kind == .word, let next = doc.sentenceIndex(containing: after),
           doc.sentences[next].lowerBound == after, !sentences.contains(next),
           pair.upperBound > pair.lowerBound + 1, ["?", "!", ","].contains(doc.tokens[pair.upperBound - 1].text),
           !doc.sentences[next].contains(where: { doc.tokens[$0].kind == .punct && QuoteSpans.openers.contains(doc.tokens[$0].text) }) {
            sentences.append(next)
        }
        for index in sentences {
            guard let tree = layer.tree(sentence: index) else { return nil }
            let sentence = doc.sentences[index]
            func inside(_ word: Int) -> Bool { pair.contains(tree.tokens[word]) || tree.tokens[word] == pair.upperBound }
            func outside(_ word: Int) -> Bool {
                let token = tree.tokens[word]
                return !inside(word) && !quoted.contains(token) && doc.tokens[token].kind != .punct
            }
            if let according = accordingTo(tree, outside: outside) {
                // `“…,” Judge X said, according to the Post`: the words are the named subject's
                // of the speech verb; the outlet only reports them.
                // With a speech verb of its own the quotation is read as any other (below); the
                // outlet speaks only where no speech verb governs the words.
                if let verb = governingVerb(tree, inside: inside, outside: outside, pair: pair) {
                    if let subject = subject(tree, of: verb, outside: outside), case .person(let id) = resolve(tree, subject, sentence: sentence) { return .person(id) }
                } else {
                    // `According to Reuters, “…”`: a proper name no people or source list
                    // holds is still the source the words are credited to.
                    let resolved = resolve(tree, according, sentence: sentence)
                    if resolved == .unknown || resolved == .source(nil), tree.upos[according] == "PROPN", let name = properName(tree, according) { return .source(name) }
                    return resolved
                }
            }
            guard let verb = governingVerb(tree, inside: inside, outside: outside, pair: pair) else {
                // A tree that misreads the attribution (`Trump wrote` tagged as a noun phrase):
                // the speech verb by its form, right after the closing mark.
                if let verb = speechVerbAfter(pair, sentence: sentence) {
                    let beside = besideVerb(verb, pair: pair, sentence: sentence)
                    if beside != .unknown { return beside }
                }
                continue
            }
            // `“…,” said X`: a speech verb right after the closing mark takes the name after it as
            // its speaker, whatever subject a misparse gives it.
            if tree.tokens[verb] > pair.upperBound,
               !((pair.upperBound + 1)..<tree.tokens[verb]).contains(where: { doc.tokens[$0].kind == .word }),
               case .person(let id) = besideVerb(tree.tokens[verb], pair: pair, sentence: sentence) {
                return .person(id)
            }
            guard let subject = subject(tree, of: verb, outside: outside) else { return besideVerb(tree.tokens[verb], pair: pair, sentence: sentence) }
            let resolved = resolve(tree, subject, sentence: sentence)
            switch resolved {
            case .source, .unknown:
                if let reported = reportedSpeaker(tree, of: verb, pair: pair, outside: outside, sentence: sentence) { return reported }
            default: break
            }
            if resolved == .unknown, tree.tokens[verb] > pair.upperBound {
                // `“…,” Representative X, an Ohio Republican, said`: a subject misread inside
                // the apposition; the name between the marks and the verb.
                let beside = besideVerb(tree.tokens[verb], pair: pair, sentence: sentence)
                if beside != .unknown { return beside }
            }
            return resolved
        }
        // A fragment inside a sentence: the subject of the verb it hangs from.
        guard let index = doc.sentenceIndex(containing: pair.lowerBound), let tree = layer.tree(sentence: index) else { return nil }
        let sentence = doc.sentences[index]
        guard (sentence.lowerBound..<pair.lowerBound).contains(where: { doc.tokens[$0].kind == .word }),
              doc.tokens[(pair.lowerBound + 1)..<pair.upperBound].filter({ $0.kind == .word }).count <= 25 else { return nil }
        let notQuoted: (Int) -> Bool = { !quoted.contains(tree.tokens[$0]) }
        let words = tree.tokens.indices.filter { pair.contains(tree.tokens[$0]) && tree.tokens[$0] != pair.lowerBound }
        if let top = words.first(where: { word in tree.heads[word].map { !words.contains($0) } ?? true }) {
            var current = tree.heads[top]
            var steps = 0
            while let node = current, steps < 4, tree.upos[node] != "VERB" {
                current = tree.heads[node]
                steps += 1
            }
            // Words quoted in a clause a speech verb reports (`X told reporters that the site
            // had seen “…”`) are the reporting verb's subject's, not the clause's.
            if let verb = current, tree.upos[verb] == "VERB", !isSpeech(tree, verb),
               let reporting = speechAncestor(tree, of: verb, outside: notQuoted), let subject = subject(tree, of: reporting, outside: notQuoted) {
                // A source only as the reporting verb's own subject (`a spokesman told …`), not
                // a noun a participle hangs from (`A day after telling reporters …`).
                let resolved = resolve(tree, subject, sentence: sentence)
                switch resolved {
                case .person, .pronoun: return resolved
                case .source where tree.heads[subject] == reporting: return resolved
                default: break
                }
            }
            // `…, the filing said.`: an aside speech verb reports the sentence the words are quoted in.
            if let verb = current, tree.upos[verb] == "VERB", !isSpeech(tree, verb),
               let aside = asideAttribution(tree, outside: { notQuoted($0) && !pair.contains(tree.tokens[$0]) }, sentence: sentence) {
                return aside
            }
            if let verb = current, tree.upos[verb] == "VERB", let subject = subject(tree, of: verb, outside: notQuoted) {
                let resolved = resolve(tree, subject, sentence: sentence)
                if resolved != .unknown { return resolved }
            }
        }
        // The sentence's subject: the first subject before the fragment, outside quotations. A
        // guess for a person; never for an institution (`forces were withdrawn despite
        // concerns that “…”` quotes no forces).
        guard let subject = tree.tokens.indices.first(where: { tree.base($0) == "nsubj" && tree.tokens[$0] < pair.lowerBound && notQuoted($0) }) else { return nil }
        let resolved = resolve(tree, subject, sentence: sentence)
        if case .source = resolved { return .source(nil) }
        return resolved == .unknown ? nil : resolved
    }

    /// The speech verb (outside quotations) that `verb` hangs from, at most four heads up.
    func speechAncestor(_ tree: SentenceTree, of verb: Int, outside: (Int) -> Bool) -> Int? {
        var current = tree.heads[verb]
        var steps = 0
        while let node = current, steps < 4 {
            if outside(node), isSpeech(tree, node) { return node }
            current = tree.heads[node]
            steps += 1
        }
        return nil
    }

    /// The person a `he`/`she` at `token` most likely stands for: the subject of the nearest
    /// earlier sentence (at most five back) whose subject is a person, outside quotations;
    /// within a sentence the main clause's subject comes first.
    func salientSubject(before token: Int, quoted: Set<Int>) -> String? {
        if case .person(let id) = salient(before: token, quoted: quoted) { return id }
        return nil
    }

    /// What `salientSubject` finds: a person, a name the people index does not hold (then no
    /// one may be guessed for the pronoun), or nothing.
    enum Salient: Equatable { case person(String), unknownName, none }

    func salient(before token: Int, quoted: Set<Int>) -> Salient {
        guard let current = doc.sentenceIndex(containing: token) else { return .none }
        for index in stride(from: current, through: max(0, current - 5), by: -1) {
            guard let tree = layer.tree(sentence: index) else { return .none }
            let sentence = doc.sentences[index]
            let inQuotes = (index == current ? quoted : QuoteSpans.quotedTokens(doc, paragraph(of: sentence.lowerBound)).union(quotationMarks(sentence))).union(quotedRuns)
            let subjects = tree.tokens.indices.filter { word in
                tree.base(word) == "nsubj" && tree.tokens[word] < token && !inQuotes.contains(tree.tokens[word])
                    && (tree.heads[word].map { !inQuotes.contains(tree.tokens[$0]) } ?? false)
            }
            // The main clause's subject first (`X said he …` is about X), then the others in order.
            let isMain = { (word: Int) in tree.heads[word].map { isMainClause(tree, $0, quoted: inQuotes) } ?? false }
            let ordered = subjects.filter(isMain) + subjects.filter { !isMain($0) }
            for subject in ordered {
                if case .person(let id) = resolve(tree, subject, sentence: sentence) { return .person(id) }
            }
            // The owner of the main clause's subject (`Mr. X's letter did not …. He said …`);
            // a main clause whose subject is a pronoun for no person (`it condemned Y's
            // approach`) goes on about an earlier topic, so names no one for a later `he` (the
            // search goes on to the sentence before).
            let main = subjects.filter(isMain)
            if let owner = main.lazy.compactMap({ ownerPerson(tree, of: $0) }).first { return .person(owner) }
            if main.contains(where: { tree.upos[$0] == "PRON" }) { continue }
            // A sentence whose subject the tree misses still names its person first.
            if let mention = people.mentions(in: sentence).first(where: { $0.range.lowerBound < token && !inQuotes.contains($0.range.lowerBound) }) {
                return .person(mention.entity)
            }
        }
        return .none
    }

    /// The paragraph (line) holding `token`, at most `paragraphReach` tokens either side
    /// (unbounded, one long line was quadratic; no news paragraph comes near the bound).
    func paragraph(of token: Int) -> Range<Int> { doc.line(around: token..<token, reach: QuoteSpeakerReader.paragraphReach) }
    static let paragraphReach = 2_000

    func quotationMarks(_ range: Range<Int>) -> Set<Int> {
        Set(range.filter { doc.tokens[$0].kind == .punct && (QuoteSpans.openers.contains(doc.tokens[$0].text) || QuoteSpans.closers.contains(doc.tokens[$0].text)) })
    }

    func isSpeech(_ tree: SentenceTree, _ word: Int) -> Bool {
        tree.upos[word] == "VERB" && QuoteVocabulary.speechLemmas.contains(tree.lemmas[word])
    }

    /// The speech verb governing the quotation: the head (or its head) of a quoted word, a
    /// speech verb hanging from a quoted word (`parataxis`), or a speech verb beside the marks.
    func governingVerb(_ tree: SentenceTree, inside: (Int) -> Bool, outside: (Int) -> Bool, pair: Range<Int>) -> Int? {
        for word in tree.tokens.indices where inside(word) && doc.tokens[tree.tokens[word]].kind != .punct {
            var current = tree.heads[word]
            var steps = 0
            while let node = current, steps < 2, outside(node) {
                if isSpeech(tree, node) { return node }
                current = tree.heads[node]
                steps += 1
            }
        }
        for word in tree.tokens.indices where outside(word) && isSpeech(tree, word) {
            if let head = tree.heads[word], inside(head) { return word }
        }
        // The nearest speech verb within a few tokens of the marks, outside any quotation.
        let near = tree.tokens.indices.filter { word in
            guard outside(word), isSpeech(tree, word) else { return false }
            let token = tree.tokens[word]
            return (token > pair.upperBound && token - pair.upperBound <= 8) || (token < pair.lowerBound && pair.lowerBound - token <= 8)
        }
        return near.min { abs(tree.tokens[$0] - pair.lowerBound) < abs(tree.tokens[$1] - pair.lowerBound) }
    }

    /// `according to X`: the noun `according` is the case marker of.
    func accordingTo(_ tree: SentenceTree, outside: (Int) -> Bool) -> Int? {
        // The form too: a tagger may give `according` the lemma `accord`.
        for word in tree.tokens.indices where (tree.lemmas[word] == "according" || doc.folded[tree.tokens[word]] == "according") && outside(word) {
            if let head = tree.heads[word], outside(head), ["NOUN", "PROPN", "PRON"].contains(tree.upos[head]) { return head }
        }
        return nil
    }

    /// The subject of `verb`, climbing from a verb without one to the verb it completes
    /// (`emerging to say`, `and added`), or the noun a relative clause describes (`who said`).
    func subject(_ tree: SentenceTree, of verb: Int, outside: (Int) -> Bool) -> Int? {
        var current = verb
        var steps = 0
        while steps < 4 {
            let children = tree.children(of: current).filter(outside)
            // Of two subjects a misparse gives one verb (`As for the prospects …, Mr. X said:`),
            // the one nearest before the verb; an intensifying reflexive (`X himself said`) is none.
            let subjects = children.filter { word in
                tree.relations[word] == "nsubj" && !(tree.upos[word] == "PRON" && ["self", "selves"].contains { doc.folded[tree.tokens[word]].hasSuffix($0) })
            }
            if let subject = subjects.last(where: { $0 < current }) ?? subjects.first { return subject }
            if steps > 0, let passive = children.first(where: { tree.relations[$0] == "nsubj:pass" }) { return passive }
            if let before = subjectBefore(tree, of: current, outside: outside) { return before }
            guard let head = tree.heads[current] else { return nil }
            // `who said`, and a participle read as a noun's modifier (`X tweeted` misread).
            if tree.base(current) == "acl" {
                // `emails released by the department`: a passive participle's doer is its agent,
                // never the noun it modifies (what was done).
                if let agent = children.first(where: { tree.relations[$0] == "obl:agent" }) { return agent }
                // `A day after telling reporters “…”, X broke …`: a participle on an adverbial
                // noun has the subject of the clause that noun modifies.
                if tree.base(head) == "obl", let clause = tree.heads[head], tree.upos[clause] == "VERB" {
                    current = clause
                    steps += 1
                    continue
                }
                guard outside(head) else { return nil }
                return speakerAbove(tree, noun: head, verb: current, outside: outside) ?? head
            }
            // A clause with no tense of its own (`Mr. X said, citing …, adding, “…”`) shares its
            // head's subject whatever the relation.
            guard ["xcomp", "advcl", "conj"].contains(tree.base(current))
                    || (["ccomp", "parataxis"].contains(tree.base(current)) && isNonFinite(tree, current)) else { return nil }
            current = head
            steps += 1
        }
        return nil
    }

    /// A speech verb (by its form) within a few words after the closing mark, in its sentence.
    func speechVerbAfter(_ pair: Range<Int>, sentence: Range<Int>) -> Int? {
        var index = pair.upperBound + 1
        while index < min(sentence.upperBound, pair.upperBound + 15) {
            let token = doc.tokens[index]
            if token.kind == .punct, token.text == "." || QuoteSpans.openers.contains(token.text) { return nil }
            if token.kind == .word, SourceVocabulary.speechVerbs.contains(doc.folded[index]) { return index }
            index += 1
        }
        return nil
    }

    /// Where the tree gives the governing speech verb no subject (a parse that hangs `said`
    /// from the quotation): the name standing between the closing mark and the verb
    /// (`“…,” Senator X, Democrat of Y, said`), or right after it (`“…,” said X`).
    func besideVerb(_ verb: Int, pair: Range<Int>, sentence: Range<Int>) -> QuoteSpeaker {
        if verb < pair.lowerBound {
            // `X said that …“…”` with a subject the tree missed: the phrase before the verb.
            // `Sen. X (D-Minn.) explained, “…”`: a bracketed tag between the name and the verb.
            var end = verb
            if end - 1 > sentence.lowerBound, doc.tokens[end - 1].isPunct(")"),
               let open = (max(sentence.lowerBound, end - 10)..<(end - 1)).last(where: { doc.tokens[$0].isPunct("(") }) { end = open }
            guard let phrase = PhraseScanner.subject(doc, before: end, sentence: sentence) else { return .unknown }
            // A mention may start before the phrase (`Sen.` cut off at its full stop).
            if let mention = people.mentions(in: phrase).last ?? people.mention(at: phrase.upperBound - 1) { return .person(mention.entity) }
            let words = phrase.filter { doc.tokens[$0].kind == .word }
            if words.count == 1, QuoteVocabulary.speakerPronouns.contains(doc.folded[words[0]]) { return .pronoun(token: words[0]) }
            return .unknown
        }
        guard verb > pair.upperBound, verb - pair.upperBound <= 14 else { return .unknown }
        let gap = (pair.upperBound + 1)..<verb
        if let mention = people.mentions(in: gap).first { return .person(mention.entity) }
        let words = gap.filter { doc.tokens[$0].kind == .word }
        if words.count == 1, QuoteVocabulary.speakerPronouns.contains(doc.folded[words[0]]) { return .pronoun(token: words[0]) }
        if let id = roleBetween(gap, before: pair.lowerBound) { return .person(id) }
        guard words.isEmpty, let mention = people.mention(at: min(verb + 1, doc.tokens.count - 1)) ?? people.mentions(in: (verb + 1)..<min(sentence.upperBound, verb + 4)).first else {
            return words.isEmpty ? documentAfter(verb, sentence: sentence) ?? .unknown : .unknown
        }
        return .person(mention.entity)
    }

    /// The person (or source) a subject word stands for.
    func resolve(_ tree: SentenceTree, _ word: Int, sentence: Range<Int>) -> QuoteSpeaker {
        let token = tree.tokens[word]
        // The word itself, its name parts and appositions (`the leader, Paul Ekwueme`); never
        // an owner (`Kerr's spokesman`).
        let parts = [word] + tree.children(of: word).filter { ["flat", "compound", "appos", "nmod:desc"].contains(tree.relations[$0]) || tree.base($0) == "flat" }
        for part in parts {
            if let mention = people.mention(at: tree.tokens[part]) { return .person(mention.entity) }
        }
        let folded = doc.folded[token]
        // `X, who said`: the relative pronoun stands for the name right before it.
        if folded == "who", token >= 2 {
            let before = doc.tokens[token - 1].isPunct(",") ? token - 2 : token - 1
            if let mention = people.mention(at: before) { return .person(mention.entity) }
        }
        if tree.upos[word] == "PRON" {
            if let noun = relativeAntecedent(tree, word) {
                let antecedent = resolve(tree, noun, sentence: sentence)
                if antecedent != .unknown { return antecedent }
            }
            if QuoteVocabulary.institutionPronouns.contains(folded), let words = institutionAntecedent(before: token) { return .source(words) }
            return QuoteVocabulary.speakerPronouns.contains(folded) ? .pronoun(token: token) : .unknown
        }
        let phraseWords = [word] + tree.children(of: word).filter { ["det", "amod", "compound", "flat", "nmod:desc", "nummod"].contains(tree.relations[$0]) }
        let tokens = phraseWords.map { tree.tokens[$0] }
        let phrase = tokens.min()!..<(tokens.max()! + 1)
        if let named = PhraseScanner.person(named: phrase, doc, people) { return .person(named) }
        if PhraseScanner.isSource(doc, phrase, people: people, sentence: sentence) { return .source(institution(phrase, head: folded)) }
        if QuoteVocabulary.documentHeads.contains(folded) { return .source(institution(phrase, head: folded)) }
        // `the original called for …`: a definite phrase headed by an adjective (its noun left
        // out) stands for the document the sentences before it name last.
        if tree.upos[word] == "ADJ", phraseWords.count == 2, doc.folded[phrase.lowerBound] == "the",
           let document = elidedDocument(before: phrase.lowerBound) { return .source(document) }
        // `the congressman said`: the last person named with that role, else the last named.
        // Only a definite phrase falls back to the last named: `one dock worker` is someone new.
        if TitleLexicon.roleHeads.contains(folded), let id = roleReference(roles: [folded], definite: doc.folded[phrase.lowerBound] == "the", before: phrase.lowerBound) {
            return .person(id)
        }
        if SourceVocabulary.heads.contains(folded) || Lexicons.shared.organizationWords.contains(folded) { return .source(institution(phrase, head: folded)) }
        return .unknown
    }

    /// The words of an institution or a document that speaks (`the St. Louis Tea Party`, `the
    /// Washington Post report`), as written; nil when the head names an unnamed person (`a
    /// senior official`, `sources`), whose words the article leaves to no one.
    /// A proper name counts when it has two words or more and no honorific (`Mr. X` is a person
    /// the people layer missed, a lone letter a misparse).
    func institution(_ phrase: Range<Int>, head: String) -> String? {
        guard !QuoteVocabulary.unnamedPersonHeads.contains(head) else { return nil }
        let words = phrase.filter { doc.tokens[$0].kind == .word }
        guard let first = words.first, let last = words.last else { return nil }
        let plain = words.map { doc.folded[$0].hasSuffix(".") ? String(doc.folded[$0].dropLast()) : doc.folded[$0] }
        guard !plain.contains(where: { TitleLexicon.honorifics.contains($0) }) else { return nil }
        let named = QuoteVocabulary.documentHeads.contains(head) || SourceVocabulary.heads.contains(head) || Lexicons.shared.organizationWords.contains(head)
            || (words.count >= 2 && words.allSatisfy { doc.tokens[$0].isCapitalized || CommonWords.functionWordsInNames.contains(doc.folded[$0]) })
        return named ? doc.text(first..<(last + 1)) : nil
    }
}
