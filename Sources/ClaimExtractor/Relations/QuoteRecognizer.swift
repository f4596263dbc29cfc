import ClaimModel

/// Direct quotations and their speakers: `"…," X said`, `"…," said X`, `X said: "…"`,
/// `X stated that "…"`, `"…," he told reporters`, partial quotes inside a sentence
/// (`emerging to say the bill "needs major surgery"`). A quotation split around its speech
/// verb (`"…," he said, "…"`) or continued in the next sentence without a speaker is one
/// quotation, one claim (its words joined). A quotation of four words or more whose speaker
/// is an unnamed source or no one gives a claim without a speaker, compared by its words only
/// (the attribution pass records the source).
struct QuoteRecognizer: ClaimRecognizer {
    func claims(in context: ExtractionContext) -> [Claim] {
        if let layer = context.grammar, layer.model != nil {
            return grammarClaims(in: context, reader: QuoteSpeakerReader(doc: context.document, people: context.people, layer: layer))
        }
        // Without a grammar model: the word-order rules below.
        let doc = context.document
        let people = context.people
        var claims: [Claim] = []
        for line in QuoteRecognizer.lines(doc) {
            var previous: (range: Range<Int>, speaker: String?)? = nil
            var open: Int? = nil
            for pair in QuoteSpans.quotations(doc, line) where pair.count > 1 && !QuoteRecognizer.isNickname(doc, pair, people: people) {
                let words = (pair.lowerBound + 1)..<pair.upperBound
                if let last = previous, isContinuation(doc, after: last.range, before: pair, hadSpeaker: last.speaker != nil, speaker: last.speaker, people: people) {
                    previous = (pair, last.speaker)
                    if let index = open { QuoteRecognizer.extend(&claims[index], with: pair, doc) }
                    continue
                }
                open = nil
                let found = speakerAfter(doc, people, pair, line: line) ?? speakerBefore(doc, people, pair)
                previous = (pair, found)
                let speaker = found.flatMap { $0.hasPrefix("person:") ? $0 : nil }
                let wordCount = words.filter { doc.tokens[$0].kind == .word || doc.tokens[$0].kind == .number }.count
                guard speaker != nil || wordCount >= QuoteRecognizer.minimumUnattributedWords else { continue }
                let sentence = doc.sentence(containing: pair.lowerBound) ?? pair
                claims.append(Claim(
                    article: doc.article.id, kind: .quote, attribution: context.attribution(for: sentence),
                    slots: Slots(speaker: speaker, quote: QuoteRecognizer.clean(doc.text(words))),
                    evidence: doc.evidence(pair.lowerBound..<(pair.upperBound + 1))))
                open = claims.count - 1
            }
        }
        return claims
    }

    /// The quoted words without the punctuation that closes them inside the marks.
    static func clean(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, [",", ".", ";", ":"].contains(last) { text = text.dropLast() }
        return String(text)
    }

    static func lines(_ doc: Document) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (index, token) in doc.tokens.enumerated() where token.kind == .newline {
            if index > start { lines.append(start..<index) }
            start = index + 1
        }
        if start < doc.tokens.count { lines.append(start..<doc.tokens.count) }
        return lines
    }

    /// `"…," he said, "…"` or `"…." "…"` with no speaker of its own: the same quotation.
    /// `speaker`: the previous quotation's person, nil when unknown (an unnamed source).
    func isContinuation(_ doc: Document, after previous: Range<Int>, before next: Range<Int>, hadSpeaker: Bool, speaker: String?, people: PeopleIndex) -> Bool {
        let gap = (previous.upperBound + 1)..<next.lowerBound
        let words = gap.filter { doc.tokens[$0].kind == .word }
        if words.isEmpty { return hadSpeaker }
        // `"…," he said, "…"`, `"…," X told reporters. "…"`: the gap only names the previous
        // speaker; a new speaker in it starts a new quotation (`Asked, "…?" X replied, "…"`:
        // the question is no one named, the answer X's).
        guard gap.count <= 16, words.contains(where: { SourceVocabulary.speechVerbs.contains(doc.folded[$0]) }) else { return false }
        let speakers = Set(people.mentions(in: gap).map(\.entity))
        return hadSpeaker && (speakers.isEmpty || speakers == Set([speaker].compactMap { $0 }))
    }

    /// `"…," X said`, `"…," said X`, `"…," he told reporters`, `"…," the minister said`.
    func speakerAfter(_ doc: Document, _ people: PeopleIndex, _ pair: Range<Int>, line: Range<Int>) -> String? {
        var index = pair.upperBound + 1
        while index < line.upperBound, doc.tokens[index].kind == .punct, doc.tokens[index].text == "," { index += 1 }
        guard index < line.upperBound, index > pair.upperBound + 1 || doc.tokens[pair.upperBound - 1].isPunct(",") || doc.tokens[pair.upperBound - 1].isPunct("?") || doc.tokens[pair.upperBound - 1].isPunct("!") else { return nil }
        let limit = min(line.upperBound, index + 12)
        if SourceVocabulary.speechVerbs.contains(doc.folded[index]) {
            return people.mention(at: index + 1)?.entity
        }
        // The speaker phrase, then a speech verb before the sentence ends.
        var verb: Int? = nil
        var probe = index
        while probe < limit {
            let token = doc.tokens[probe]
            if token.kind == .punct && (token.text == "." || QuoteSpans.openers.contains(token.text)) { break }
            if token.kind == .word, SourceVocabulary.speechVerbs.contains(doc.folded[probe]) { verb = probe; break }
            probe += 1
        }
        guard let verb else { return nil }
        if let mention = people.mention(at: index) { return mention.entity }
        if ["he", "she"].contains(doc.folded[index]) { return people.last(before: pair.lowerBound)?.entity }
        let phrase = index..<verb
        let sentence = doc.sentence(containing: index) ?? phrase
        if let mention = people.mentions(in: phrase).first { return mention.entity }
        if let named = PhraseScanner.person(named: phrase, doc, people) { return named }
        if PhraseScanner.isSource(doc, phrase, people: people, sentence: sentence) { return nil }
        // `the minister told reporters`: a role reference to the last person named.
        if phrase.contains(where: { TitleLexicon.roleHeads.contains(doc.folded[$0]) }) {
            return people.last(before: pair.lowerBound)?.entity
        }
        return nil
    }

    /// `X said: "…"`, `X stated that "…"`, `who described relations as "…"`,
    /// `X met Y, emerging to say the bill "…"`.
    func speakerBefore(_ doc: Document, _ people: PeopleIndex, _ pair: Range<Int>) -> String? {
        guard let sentence = doc.sentence(containing: pair.lowerBound) else { return nil }
        let quoted = QuoteSpans.quotedTokens(doc, sentence)
        var verb: Int? = nil
        var index = pair.lowerBound - 1
        while index >= sentence.lowerBound {
            if doc.tokens[index].kind == .word, !quoted.contains(index), SourceVocabulary.speechVerbs.contains(doc.folded[index]) {
                verb = index
                break
            }
            index -= 1
        }
        guard let verb else { return nil }
        if verb - 1 >= sentence.lowerBound {
            let before = doc.folded[verb - 1]
            if before == "to" {
                // `…, emerging to say`: the subject of the sentence.
                return people.mentions(in: sentence).first?.entity
            }
            if before == "who", verb - 2 >= sentence.lowerBound {
                var antecedent = verb - 2
                if doc.tokens[antecedent].isPunct(",") { antecedent -= 1 }
                return people.mention(at: antecedent)?.entity
            }
            if ["he", "she"].contains(before) { return people.last(before: (verb - 1))?.entity }
        }
        guard let phrase = PhraseScanner.subject(doc, before: verb, sentence: sentence) else {
            if let last = people.mentions(in: sentence.lowerBound..<verb).last { return last.entity }
            return nil
        }
        if let mention = people.mentions(in: phrase).last ?? people.mention(at: phrase.upperBound - 1) {
            if phrase.upperBound < doc.tokens.count, doc.tokens[mention.range.upperBound].kind == .possessive { return nil }
            return mention.entity
        }
        if let named = PhraseScanner.person(named: phrase, doc, people) { return named }
        if PhraseScanner.isSource(doc, phrase, people: people, sentence: sentence) { return nil }
        if phrase.count == 1, ["he", "she"].contains(doc.folded[phrase.lowerBound]) {
            return people.last(before: phrase.lowerBound)?.entity
        }
        return nil
    }
}
