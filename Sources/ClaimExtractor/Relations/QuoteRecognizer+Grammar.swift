import ClaimModel

/// Quotations read with the grammar layer: each speaker is the subject of the clause that
/// attributes the quotation (see `QuoteSpeakerReader`). `he`/`she` carry over to the most
/// recent compatible speaker; a quotation paragraph without an attribution continues the
/// previous paragraph's speaker; a quotation left open at a paragraph's end that the next
/// paragraph reopens is a quotation; titles of works are not quotations. Where no clause
/// names a person the speaker stays unknown (no guess from the nearest name): the words of
/// institutions and unnamed sources, and fragments quoted inside a sentence, still give a quote
/// claim without a speaker (four words or more, so that scare quotes stay out), so that another
/// outlet's copy of them is compared word by word. A quotation standing alone that no clause
/// attributes at all gives none: most often it goes on a speaker's words the reading lost. A quotation split around its attribution (`“…,” she
/// said. “…”`) is one claim: its words joined, its evidence from the first mark to the last.
extension QuoteRecognizer {
    func grammarClaims(in context: ExtractionContext, reader base: QuoteSpeakerReader) -> [Claim] {
        let doc = context.document
        let people = context.people
        var claims: [Claim] = []
        var lastSpeaker: (entity: String, token: Int)? = nil
        // The speaker of the previous paragraph's last quotation (nil when it had none).
        var carried: String? = nil
        let lines = QuoteRecognizer.lines(doc)
        let (lineQuotations, runs) = QuoteRecognizer.paragraphQuotations(doc, lines)
        var reader = base
        reader.quotedRuns = Set(runs.flatMap { $0.pieces.flatMap { Array($0) } })
        // The speaker of each quotation running over paragraphs, read once for all its pieces.
        var runSpeakers: [Int: (speaker: String?, attribution: QuoteSpeaker?)] = [:]
        for (lineNumber, line) in lines.enumerated() {
            let pairs = lineQuotations[lineNumber].pairs
            let quoted = Set(pairs.flatMap { $0.lowerBound...$0.upperBound })
            // `attributed`: a clause gives the quotation a speaker, named or not.
            var previous: (range: Range<Int>, speaker: String?, attributed: Bool)? = nil
            var lineSpeaker: String? = nil
            // The claim of the line's previous quotation, which a continuation extends.
            var open: Int? = nil
            for pair in pairs where pair.count > 1 {
                if QuoteRecognizer.isWorkTitle(doc, pair) || QuoteRecognizer.isNickname(doc, pair, people: people) { continue }
                let run = lineQuotations[lineNumber].run[pair]
                if run == nil, let last = previous, !QuoteRecognizer.hasOwnAttribution(doc, pair, line: line),
                   !QuoteRecognizer.startsNewSentence(doc, after: last.range, before: pair),
                   isContinuation(doc, after: last.range, before: pair, hadSpeaker: last.attributed, speaker: last.speaker, people: people) {
                    previous = (pair, last.speaker, last.attributed)
                    if let index = open { QuoteRecognizer.extend(&claims[index], with: pair, doc) }
                    continue
                }
                open = nil
                var speaker: String? = nil
                if let run, let known = runSpeakers[run] {
                    speaker = known.speaker
                    if speaker == nil && known.attribution == nil { continue }
                    previous = (pair, speaker, speaker != nil || known.attribution != nil)
                    lineSpeaker = speaker
                    if let speaker { lastSpeaker = (speaker, pair.lowerBound) }
                    appendClaim(&claims, pair, speaker: speaker, source: QuoteRecognizer.institution(known.attribution), context: context)
                    open = claims.count - 1
                    continue
                }
                let attribution = run.map { runAttribution(runs[$0], reader: reader) } ?? reader.speaker(of: pair, quoted: quoted)
                switch attribution {
                case .person(let id)?: speaker = id
                case .pronoun(let token)?:
                    switch reader.salient(before: token, quoted: quoted) {
                    case .person(let id): speaker = id
                    case .unknownName: speaker = nil
                    case .none: speaker = QuoteRecognizer.antecedent(of: token, lastSpeaker: lastSpeaker, people)
                    }
                case .source?: speaker = nil
                case .unknown?: speaker = nil
                case nil:
                    // A quotation standing alone with no attribution continues the previous
                    // paragraph's speaker, or the person the sentence before reports.
                    let alone = !QuoteRecognizer.isEmbedded(pair, doc, quoted: quoted)
                    if pair.lowerBound == line.lowerBound, let carried {
                        speaker = carried
                    } else if alone, pair.lowerBound == line.lowerBound ? lineNumber > 0 && lineQuotations[lineNumber - 1].pairs.isEmpty : true {
                        speaker = reportedSpeaker(before: pair.upperBound > pair.lowerBound + 1 ? pair.lowerBound + 1 : pair.lowerBound, reader: reader)
                    }
                }
                if let run { runSpeakers[run] = (speaker, attribution) }
                previous = (pair, speaker, speaker != nil || attribution != nil)
                lineSpeaker = speaker
                if let speaker { lastSpeaker = (speaker, pair.lowerBound) }
                let words = (pair.lowerBound + 1)..<pair.upperBound
                // A quotation no person is named for keeps its speaker unknown rather than
                // guessed, when a clause attributes it or it is a fragment of a sentence; a
                // short one (a scare-quoted term, a name) is no quotation then. One or two
                // words quoted inside a sentence (`a “historic” day`, `the “new normal”`) are
                // a term in quotation marks, whoever the sentence is about.
                let wordCount = words.filter { doc.tokens[$0].kind == .word || doc.tokens[$0].kind == .number }.count
                let embedded = QuoteRecognizer.isEmbedded(pair, doc, quoted: quoted)
                let minimum = speaker == nil ? QuoteRecognizer.minimumUnattributedWords : embedded ? QuoteRecognizer.minimumFragmentWords : 1
                guard wordCount >= minimum, speaker != nil || attribution != nil || embedded else { continue }
                appendClaim(&claims, pair, speaker: speaker, source: speaker == nil ? QuoteRecognizer.institution(attribution) : nil, context: context)
                open = claims.count - 1
            }
            carried = pairs.isEmpty ? nil : lineSpeaker
        }
        return claims
    }

    /// The claim of quotation `pair`; a piece continuing an earlier paragraph's quotation
    /// starts at the line's first word.
    /// `source`: the institution or document a clause gives the words to, when no person.
    func appendClaim(_ claims: inout [Claim], _ pair: Range<Int>, speaker: String?, source: String? = nil, context: ExtractionContext) {
        let doc = context.document
        let words = (pair.lowerBound + 1)..<pair.upperBound
        let start = doc.tokens[pair.lowerBound].kind == .newline ? pair.lowerBound + 1 : pair.lowerBound
        let sentence = doc.sentence(containing: start) ?? pair
        let end = pair.upperBound < doc.tokens.count && doc.tokens[pair.upperBound].kind != .newline ? pair.upperBound + 1 : pair.upperBound
        claims.append(Claim(
            article: doc.article.id, kind: .quote, attribution: context.attribution(for: sentence),
            slots: Slots(source: speaker == nil ? source : nil, speaker: speaker, quote: QuoteRecognizer.clean(doc.text(words))),
            evidence: doc.evidence(start..<end)))
    }

    /// The institution or document an attribution names (`the statement said`), if any.
    static func institution(_ attribution: QuoteSpeaker?) -> String? {
        if case .source(let words)? = attribution { return words }
        return nil
    }

    /// The attribution of a quotation running over paragraphs: the clause at its closing
    /// mark (`…,” she wrote.`), else the one that opens it (`She wrote: “…`).
    func runAttribution(_ run: QuotationRun, reader: QuoteSpeakerReader) -> QuoteSpeaker? {
        for piece in [run.pieces[run.pieces.count - 1], run.pieces[0]] {
            let quoted = Set(piece.lowerBound...piece.upperBound)
            if let found = reader.speaker(of: piece, quoted: quoted), found != .unknown { return found }
        }
        return nil
    }

    /// Words a quotation without a speaker needs to be one (fewer: a scare-quoted term).
    static let minimumUnattributedWords = 4

    /// Words a fragment quoted inside a sentence needs to be a quotation (fewer: a term).
    static let minimumFragmentWords = 3

    /// Whether the quotation stands inside a sentence: a word before it in its sentence, outside
    /// any quotation (`called the plan “reckless”`), and no sentence ending inside it.
    static func isEmbedded(_ pair: Range<Int>, _ doc: Document, quoted: Set<Int>) -> Bool {
        // The sentence of the first quoted word: an opening mark may close the sentence before.
        guard pair.count > 1, let sentence = doc.sentence(containing: pair.lowerBound + 1), sentence.lowerBound < pair.lowerBound else { return false }
        return (sentence.lowerBound..<pair.lowerBound).contains { doc.tokens[$0].kind == .word && !quoted.contains($0) }
    }

    /// A quotation's claim extended by its continuation on the same line (`“…,” he said,
    /// “…”`): the words joined, the evidence running on to the continuation's closing mark.
    static func extend(_ claim: inout Claim, with pair: Range<Int>, _ doc: Document) {
        let words = (pair.lowerBound + 1)..<pair.upperBound
        let text = clean(doc.text(words))
        guard !text.isEmpty else { return }
        claim.slots.quote = (claim.slots.quote.map { $0 + " " } ?? "") + text
        let end = pair.upperBound < doc.tokens.count && doc.tokens[pair.upperBound].kind != .newline ? pair.upperBound + 1 : pair.upperBound
        let article = claim.evidence.span.article
        var evidence = doc.article.evidence(claim.evidence.span.start, doc.tokens[end - 1].end)
        evidence.span.article = article
        claim.evidence = evidence
    }

    /// `“…,” she added`: a speech verb right after the closing mark gives the quotation a
    /// clause of its own, so it does not continue the one before.
    static func hasOwnAttribution(_ doc: Document, _ pair: Range<Int>, line: Range<Int>) -> Bool {
        var index = pair.upperBound + 1
        var words = 0
        while index < line.upperBound, words < 5 {
            let token = doc.tokens[index]
            if token.kind == .punct, token.text == "." || QuoteSpans.openers.contains(token.text) { return false }
            if token.kind == .word {
                if SourceVocabulary.speechVerbs.contains(doc.folded[index]) { return true }
                words += 1
            }
            index += 1
        }
        return false
    }

    /// `he said`: the last speaker when no other person was named since, else the last
    /// person named before the pronoun.
    static func antecedent(of token: Int, lastSpeaker: (entity: String, token: Int)?, _ people: PeopleIndex) -> String? {
        if let last = lastSpeaker, last.token < token {
            let others = Set(people.mentions(in: last.token..<token).map(\.entity)).subtracting([last.entity])
            if others.isEmpty { return last.entity }
        }
        return people.last(before: token)?.entity
    }

    /// A quotation opened and left open at the end of a paragraph that the next paragraph
    /// reopens (the news convention for a quotation running over paragraphs): `open..<newline`.
    static func openTail(_ doc: Document, _ line: Range<Int>, _ pairs: [Range<Int>]) -> Range<Int>? {
        let start = pairs.last.map { $0.upperBound + 1 } ?? line.lowerBound
        guard start < line.upperBound, line.upperBound < doc.tokens.count,
              let open = (start..<line.upperBound).first(where: { doc.tokens[$0].kind == .punct && QuoteSpans.openers.contains(doc.tokens[$0].text) }),
              line.upperBound - open > 3 else { return nil }
        var next = line.upperBound
        while next < doc.tokens.count, doc.tokens[next].kind == .newline { next += 1 }
        guard next < doc.tokens.count, doc.tokens[next].kind == .punct, QuoteSpans.openers.contains(doc.tokens[next].text) else { return nil }
        return open..<line.upperBound
    }

    /// `his book “The Long Road”`, `a film titled “Homecoming”`: a capitalized title after a
    /// word that introduces a work.
    static func isWorkTitle(_ doc: Document, _ pair: Range<Int>) -> Bool {
        guard let first = ((pair.lowerBound + 1)..<pair.upperBound).first(where: { doc.tokens[$0].kind == .word }),
              doc.tokens[first].isCapitalized else { return false }
        let before = max(0, pair.lowerBound - 3)..<pair.lowerBound
        return before.contains { doc.tokens[$0].kind == .word && QuoteVocabulary.workNouns.contains(doc.folded[$0]) }
    }

    /// A quoted span of one to three capitalised words standing in a person's name: beside it
    /// (`"Mad Dog" Smith`, `Smith "the Hammer"` is not: lower case) or holding the surname of
    /// a person the article names (`nicknamed "Iron Mike Smith"`) is a nickname, not words
    /// someone said.
    static func isNickname(_ doc: Document, _ pair: Range<Int>, people: PeopleIndex) -> Bool {
        let words = ((pair.lowerBound + 1)..<pair.upperBound).filter { doc.tokens[$0].kind == .word }
        guard (1...3).contains(words.count), words.allSatisfy({ doc.tokens[$0].isCapitalized }) else { return false }
        if pair.upperBound + 1 < doc.tokens.count, let after = people.mention(at: pair.upperBound + 1), !after.name.isEmpty { return true }
        if pair.lowerBound >= 1, let before = people.mention(at: pair.lowerBound - 1), !before.name.isEmpty { return true }
        let surnames = Set(people.mentions.compactMap { $0.name.isEmpty ? nil : doc.folded[$0.name.upperBound - 1] })
        return words.contains { surnames.contains(doc.folded[$0]) }
    }
}
