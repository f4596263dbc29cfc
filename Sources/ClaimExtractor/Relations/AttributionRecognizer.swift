import ClaimModel

/// The sources an article cites: `according to X`, `as reported by X`, `X reported`, `X said`
/// (when X is an institution, an outlet or an unnamed official, not a named person),
/// `per X`, `told X` (an outlet), and chains (`Reuters reported, citing two officials`).
///
/// Runs before the other recognizers (see `ClaimExtractor.analyze`): `sources(in:)` fills
/// `ExtractionContext.attributions`, so every claim carries the source its sentence credits.
struct AttributionRecognizer: ClaimRecognizer {
    struct Source: Sendable, Hashable {
        var sentence: Range<Int>
        var range: Range<Int>
        var text: String
        /// Cited by another source (`citing two officials`): the inner link of a chain.
        var cited: Bool
    }

    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        return AttributionRecognizer.sources(doc, context.people).map { source in
            let chain = context.attribution(for: source.sentence)
            return Claim(
                article: doc.article.id, kind: .attribution, attribution: chain == source.text ? nil : chain,
                slots: Slots(source: source.text, text: source.cited ? "cited" : nil), evidence: doc.evidence(source.range))
        }
    }

    /// Sentence start token → the source chain it credits (`Reuters, citing two officials`).
    static func attributionMap(_ sources: [Source]) -> [Int: String] {
        var map: [Int: String] = [:]
        // Outer sources first, then the ones they cite.
        let ordered = sources.enumerated().sorted { ($0.element.sentence.lowerBound, $0.element.cited ? 1 : 0, $0.offset) < ($1.element.sentence.lowerBound, $1.element.cited ? 1 : 0, $1.offset) }.map(\.element)
        for source in ordered {
            let key = source.sentence.lowerBound
            if let existing = map[key] {
                if !existing.contains(source.text) { map[key] = existing + (source.cited ? ", citing " : "; ") + source.text }
            } else {
                map[key] = source.text
            }
        }
        return map
    }

    static func sources(_ doc: Document, _ people: PeopleIndex) -> [Source] {
        var found: [Source] = []
        for sentence in doc.sentences {
            let quoted = QuoteSpans.quotedTokens(doc, sentence)
            var covered = Set<Int>()
            func add(_ range: Range<Int>?, cited: Bool = false) {
                guard let range, !range.isEmpty, !range.contains(where: covered.contains) else { return }
                guard PhraseScanner.isSource(doc, range, people: people, sentence: sentence) else { return }
                covered.formUnion(range)
                found.append(Source(sentence: sentence, range: range, text: text(doc, range, sentence: sentence), cited: cited))
            }
            let isQuestion = sentence.upperBound > sentence.lowerBound && doc.tokens[sentence.upperBound - 1].isPunct("?")
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                defer { index += 1 }
                guard doc.tokens[index].kind == .word, !quoted.contains(index) else { continue }
                let word = doc.folded[index]
                let next = index + 1 < sentence.upperBound ? doc.folded[index + 1] : ""
                switch word {
                case "according" where next == "to":
                    add(PhraseScanner.object(doc, from: index + 2, sentence: sentence))
                case "reported" where next == "by", "quoted" where next == "by":
                    // `according to sources … as reported by Reuters`: Reuters is the outer link.
                    let before = found.count
                    add(PhraseScanner.object(doc, from: index + 2, sentence: sentence))
                    if found.count > before, before > 0, found[before - 1].sentence == sentence { found[before - 1].cited = true }
                case "citing":
                    add(PhraseScanner.object(doc, from: index + 1, sentence: sentence), cited: true)
                case "per" where index + 1 < sentence.upperBound && (doc.tokens[index + 1].isCapitalized || SourceVocabulary.determiners.contains(next)):
                    add(PhraseScanner.object(doc, from: index + 1, sentence: sentence))
                case "told" where index + 1 < sentence.upperBound && doc.tokens[index + 1].isCapitalized && !SourceVocabulary.audiences.contains(next):
                    add(PhraseScanner.object(doc, from: index + 1, sentence: sentence, limit: 5))
                default:
                    break
                }
                // A question (`What do the authorities say?`) asks who said something; it cites no one.
                if SourceVocabulary.reportingVerbs.contains(word) && !doc.tokens[index].isCapitalized && !isQuestion,
                   let subject = PhraseScanner.subject(doc, before: index, sentence: sentence) {
                    // A lone capitalized word before `said` is more often a surname the people
                    // layer missed (`McGurk said`) than an outlet; outlets `report`.
                    let lone = subject.count == 1 && !doc.tokens[subject.lowerBound].isAllCaps
                        && !["reported", "reports", "report"].contains(word)
                        && !Lexicons.shared.organizationWords.contains(doc.folded[subject.lowerBound])
                        && !SourceVocabulary.heads.contains(doc.folded[subject.lowerBound])
                    if !lone { add(subject) }
                }
            }
        }
        return found
    }

    /// As the gold convention writes it: a sentence-initial determiner lowered (`a Whitehall
    /// source`), a container dropped (`a report by Fox News` → `Fox News`).
    static func text(_ doc: Document, _ range: Range<Int>, sentence: Range<Int>) -> String {
        var text = PhraseScanner.sourceText(doc, range)
        if let first = text.split(separator: " ").first, ["A", "An", "The"].contains(String(first)) {
            let rest = text.dropFirst(first.count + 1)
            let proper = rest.split(separator: " ").allSatisfy { $0.first?.isUppercase == true || ["of", "and", "for"].contains(String($0)) }
            if !proper { text = first.lowercased() + " " + rest }
        }
        return text
    }
}
