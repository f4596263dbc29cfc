import ClaimModel

/// Articles to claims. Each article is analysed alone, so articles run in parallel.
public struct ClaimExtractor: Sendable {
    /// Claim families, in order. Attribution runs first in `analyze` so that later claims can
    /// carry the source their sentence credits.
    var recognizers: [any ClaimRecognizer] {
        [
            AttributionRecognizer(),
            TitleClaimRecognizer(),
            PersonAttributeRecognizer(),
            RelationRecognizer(),
            ParticipantNounRecognizer(),
            VisitRecognizer(),
            PlaceRecognizer(),
            StatusRecognizer(),
            ItemRecognizer(),
            QuoteRecognizer(),
            DateClaimRecognizer(dateOrder: dateOrder),
            NumberClaimRecognizer(),
            AcronymRecognizer(),
        ]
    }

    /// At most this many claims are kept for one article; a diagnostic says when the cap is hit.
    public var maxClaimsPerArticle: Int

    /// Day/month order for numeric dates nothing in the text decides (`03/11/2025`); nil
    /// leaves them ambiguous.
    public var dateOrder: DateOrder?

    /// The grammar model recognizers read sentence trees with: the committed one by default,
    /// loaded once per process when the first article is analysed.
    public var grammar: ExtractorGrammar

    public init(maxClaimsPerArticle: Int = 20_000, dateOrder: DateOrder? = nil, grammar: ExtractorGrammar = .shared) {
        self.maxClaimsPerArticle = maxClaimsPerArticle
        self.dateOrder = dateOrder
        self.grammar = grammar
    }

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let document = Document(article: article)
        let model = grammar.resolved
        let layer = GrammarLayer(document: document, model: model)
        let raw = QuotedSurnames.mark(document, raw: PersonRecognizer.recognize(document, layer: layer), layer: layer)
        var people = PeopleResolver.resolve(document, raw: raw)
        DescriptionReferences.attach(document, layer: layer, to: &people)
        PronounTitles.attach(document, layer: layer, to: &people)
        var context = ExtractionContext(document: document, people: MentionCompletion.complete(document, people))
        context.grammar = layer
        // The attribution pass first: every later claim reads the source of its sentence.
        context.attributions = AttributionRecognizer.attributionMap(AttributionRecognizer.sources(document, context.people))
        // Date expressions are read once: by the date pass, and to keep figures out of dates.
        context.temporal = (dateOrder, TemporalScanner.scan(document, dateOrder: dateOrder))
        var claims: [Claim] = []
        for recognizer in recognizers {
            claims.append(contentsOf: recognizer.claims(in: context))
        }
        // One claim per id; stable order by position, then kind.
        var seen = Set<String>()
        claims = claims.filter { seen.insert($0.id).inserted }
        claims.sort { ($0.evidence.span.start, $0.kind, $0.id) < ($1.evidence.span.start, $1.kind, $1.id) }
        // Input must not amplify: repeated claims, long evidence and mentions are bounded.
        let bounded = ClaimBounds.apply(claims: claims, entities: people.entities, article: article)
        claims = bounded.claims
        var diagnostics = bounded.diagnostics + MixedScript.diagnostics(bounded.entities, article: article)
        if model == nil, case .shared = grammar { diagnostics.append(ExtractorGrammar.unavailable(article)) }
        if claims.count > maxClaimsPerArticle {
            diagnostics.append(Diagnostic(level: .warning, code: "claim-limit", path: article.path, message: "\(claims.count) claims found; only the first \(maxClaimsPerArticle) are kept (raise `limits.maxClaimsPerArticle` in crosscheck.json)"))
            claims = Array(claims.prefix(maxClaimsPerArticle))
        }
        return ArticleAnalysis(article: article, entities: bounded.entities, claims: claims, diagnostics: diagnostics)
    }
}
