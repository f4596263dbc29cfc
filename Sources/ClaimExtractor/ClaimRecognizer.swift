import ClaimModel

/// What a recognizer sees: the tokenised article and its people.
public struct ExtractionContext: Sendable {
    public let document: Document
    public let people: PeopleIndex
    /// Sentence start token → the source it credits (filled by the attribution pass).
    public var attributions: [Int: String] = [:]
    /// Sentence trees, parsed when a pass first asks (nil: no grammar model).
    public var grammar: GrammarLayer? = nil
    /// The document's date expressions as `TemporalScanner.scan` read them with a day/month
    /// order, scanned once for the passes that read them (dates, and figures kept out of dates).
    public var temporal: (order: DateOrder?, expressions: [TemporalExpression])? = nil

    public func attribution(for sentence: Range<Int>) -> String? { attributions[sentence.lowerBound] }

    /// The date expressions read with `dateOrder`: the scan already made when it was made
    /// with that order, else a new one.
    func temporalExpressions(dateOrder: DateOrder?) -> [TemporalExpression] {
        if let temporal, temporal.order == dateOrder { return temporal.expressions }
        return TemporalScanner.scan(document, dateOrder: dateOrder)
    }
}

/// A pass that turns an article into claims of one family. Recognizers are listed in
/// `ClaimExtractor.recognizers`, in order.
public protocol ClaimRecognizer: Sendable {
    func claims(in context: ExtractionContext) -> [Claim]
}

/// One claim for every title a person is given: slots `person`, `title`, `office`.
struct TitleClaimRecognizer: ClaimRecognizer {
    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        var claims: [Claim] = []
        for mention in context.people.mentions where mention.form != .role {
            let titles = mention.titles.isEmpty ? (mention.title.map { [$0] } ?? []) : mention.titles
            for title in titles {
                let text = TitleVocabulary.singular(PeopleResolver.cleanTitle(doc.text(title)))
                let office = OfficeNormalizer.office(text)
                let sentence = doc.sentence(containing: mention.range.lowerBound) ?? mention.range
                let range = min(title.lowerBound, mention.range.lowerBound)..<max(title.upperBound, mention.range.upperBound)
                claims.append(Claim(
                    article: doc.article.id, kind: .title, attribution: context.attribution(for: sentence),
                    slots: Slots(person: mention.entity, title: text, office: office.description),
                    evidence: doc.evidence(range)))
            }
        }
        return claims
    }
}
