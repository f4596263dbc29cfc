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
}
