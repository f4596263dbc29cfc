import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Session 11, places (issue 15): places joined in one list are compared as a list, and two
/// mutually aligned sentences whose places' clauses share only a function word are no
/// conflict. News-style sentences written for the test, compared as written and behind a
/// multibyte prefix.
struct PlaceListTests {
    /// A lead with no place, so that the sentences after it are aligned by their words alone.
    static let lead = "A freight train derailed on a bridge last week, spilling chemicals into the river below."

    static let listCases: [DatelineAndEventPlaceTests.ComparisonCase] = [
        .init(testDescription: "two lists sharing a place, one place changed: the two remaining places conflict", articles: [
            "\(lead) The mayors of Denver and Tucson criticized the railroad company on Friday over the spill.",
            "\(lead) The railroad company was criticized on Friday over the spill by the mayors of Phoenix and Denver.",
        ], values: ["a0": "Tucson", "a1": "Phoenix"]),
        .init(testDescription: "two lists naming the same places in another order agree", articles: [
            "\(lead) The mayors of Denver and Tucson criticized the railroad company on Friday over the spill.",
            "\(lead) The railroad company was criticized on Friday over the spill by the mayors of Tucson and Denver.",
        ], values: nil),
    ]

    /// Places joined by commas and a coordinator are compared as a list: the places both
    /// lists name are set aside, and the one left in each is compared.
    @Test(arguments: listCases, ["", multibytePrefix])
    func placeListsAreComparedAsLists(_ c: DatelineAndEventPlaceTests.ComparisonCase, prefix: String) {
        Self.compare(c, prefix: prefix)
    }

    static let clauseCases: [DatelineAndEventPlaceTests.ComparisonCase] = [
        .init(testDescription: "mutually aligned sentences whose places' clauses share only a function word are no conflict", articles: [
            "\(lead) The board approved the contract with Norway after a long and heated debate on Monday, and the members of the regional council praised the vote on the harbor expansion.",
            "\(lead) The navy held drills with Ukraine off the coast in cold weather, and the members of the regional council praised the vote on the harbor expansion. Ukraine thanked the council.",
        ], values: nil),
    ]

    /// Two mutually aligned sentences give rival places only when the places' own clauses
    /// share a content word (`with` alone is no shared fact).
    @Test(arguments: clauseCases, ["", multibytePrefix])
    func alignedPlacesNeedASharedContentWord(_ c: DatelineAndEventPlaceTests.ComparisonCase, prefix: String) {
        Self.compare(c, prefix: prefix)
    }

    static func compare(_ c: DatelineAndEventPlaceTests.ComparisonCase, prefix: String) {
        var prefixed = c
        prefixed.articles = c.articles.map { prefix + $0 }
        DatelineAndEventPlaceTests().placesCompared(prefixed)
    }

    struct GazetteerCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var text: String
        var place: String
        var country: String
    }

    /// The gazetteer covers places by kind (every member state of the United Nations, the
    /// world's capitals, the larger American cities), not only those some test set names.
    static let gazetteerCases: [GazetteerCase] = [
        .init(testDescription: "a capital", text: "The envoys met in Tbilisi on Tuesday to sign the accord.", place: "Tbilisi", country: "Georgia"),
        .init(testDescription: "a capital of two words", text: "The storm struck Kuwait City late on Sunday, officials said.", place: "Kuwait City", country: "Kuwait"),
        .init(testDescription: "a larger American city", text: "The candidate held a rally in Des Moines on Saturday.", place: "Des Moines", country: "United States"),
        .init(testDescription: "a small member state", text: "The cyclone made landfall in Vanuatu early on Friday.", place: "Vanuatu", country: "Vanuatu"),
    ]

    @Test(arguments: gazetteerCases, ["", multibytePrefix])
    func gazetteerCoversPlacesByKind(_ c: GazetteerCase, prefix: String) {
        let analysis = Fixtures.analyze(prefix + c.text)
        let places = analysis.claims.filter { $0.kind == .place }
        let claim = places.first { $0.slots.place == c.place }
        #expect(claim != nil, "claims: \(places.map(\.slots))")
        #expect(claim.map { PlaceLevels(encoded: $0.slots.value ?? "")[.country] } == c.country)
        if let claim { #expect(analysis.article.text(claim.evidence.span.start, claim.evidence.span.end) == claim.evidence.text) }
    }

    /// A country written after a town the gazetteer knows is part of the place phrase and
    /// gives the town's country, as a state there does (`Paris, Texas`).
    @Test(arguments: ["", multibytePrefix])
    func countryAfterAKnownTownIsItsCountry(prefix: String) {
        let analysis = Fixtures.analyze(prefix + "Four guards were killed in an attack on the embassy in Aleppo, Syria, late on Sunday.")
        let claim = analysis.claims.first { $0.kind == .place && $0.slots.place == "Aleppo" }
        #expect(claim?.slots.text == "Aleppo, Syria", "claims: \(analysis.claims.map(\.slots))")
        #expect(claim.map { PlaceLevels(encoded: $0.slots.value ?? "")[.country] } == "Syria")
        #expect(claim?.evidence.text == "in Aleppo, Syria")
        if let claim { #expect(analysis.article.text(claim.evidence.span.start, claim.evidence.span.end) == claim.evidence.text) }
    }
}
