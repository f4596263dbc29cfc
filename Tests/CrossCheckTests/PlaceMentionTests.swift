import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Session 9, places in a fact's frame (issue 15): a place that is a subject, possessor or
/// noun modifier is a `mention` claim, compared only where another article tells the same
/// sentence with another place of its kind and the place is named nowhere else in the set.
/// News-style sentences written for the test.
struct PlaceMentionTests {
    struct MentionCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var text: String
        /// The places read as mentions, in order.
        var places: [String]
    }

    static let mentionCases: [MentionCase] = [
        MentionCase(testDescription: "a subject, a possessor and a noun modifier",
                    text: "Officials said Oregon has its own measure, and the vote hurt Idaho's farmers during the Canada talks.",
                    places: ["Oregon", "Idaho", "Canada"]),
        MentionCase(testDescription: "a place on a noun that names no event, and a person's place",
                    text: "The message was for a nursing student in Tucson, a Denver woman told reporters.",
                    places: ["Tucson", "Denver"]),
        MentionCase(testDescription: "a country's adjective before a noun names the country",
                    text: "The board heard from Canadian regulators about the merger.",
                    places: ["Canada"]),
        MentionCase(testDescription: "a country after a town and a comma says where the town lies",
                    text: "Delegates flew home from Lyon, France, on Sunday.",
                    places: ["Lyon"]),
        MentionCase(testDescription: "a sentence's opening word and its comma are no town: the place after them is read",
                    text: "Still, Oregon passed its own measure last spring.",
                    places: ["Oregon"]),
        MentionCase(testDescription: "a state after a town and a comma is the town's state",
                    text: "The warden of the jail in Lufkin, Nevada, spoke to reporters.",
                    places: ["Nevada"]),
        MentionCase(testDescription: "a run of capitalized words naming a team or an institution is no place",
                    text: "The Denver Broncos beat the team, and the Oregon Legislature adjourned.",
                    places: []),
    ]

    @Test(arguments: mentionCases, ["", multibytePrefix])
    func placesInTheFrameAreMentions(_ c: MentionCase, prefix: String) {
        let analysis = Fixtures.analyze(prefix + c.text)
        let mentions = analysis.claims.filter { PlaceLevels.isMention($0) }
        #expect(mentions.map { $0.slots.place ?? "" } == c.places, "claims: \(analysis.claims.map { "\($0.kind) \($0.slots)" })")
        for claim in mentions {
            #expect(analysis.article.text(claim.evidence.span.start, claim.evidence.span.end) == claim.slots.text)
        }
    }

    @Test func datelineIsNoMention() {
        let analysis = Fixtures.analyze("DENVER \u{2014} The state's water board voted on Monday to cut allocations to farms.")
        #expect(analysis.claims.filter { PlaceLevels.isMention($0) }.isEmpty)
        #expect(analysis.claims.contains { PlaceLevels.isDateline($0) })
    }

    static let comparisonCases: [DatelineAndEventPlaceTests.ComparisonCase] = [
        .init(testDescription: "a lone state where another article's sentence gives the story's state is a conflict", articles: [
            "Nevada lawmakers passed the water bill on Monday, and the governor is expected to sign it. Nevada farmers objected.",
            "Utah lawmakers passed the water bill on Monday after a long debate.",
        ], values: ["a0": "Nevada", "a1": "Utah"]),
        .init(testDescription: "two states each named elsewhere in the set are no conflict", articles: [
            "Nevada lawmakers passed the water bill on Monday. Utah farmers objected.",
            "Utah lawmakers passed the water bill on Monday. Nevada has a similar law.",
        ], values: nil),
        .init(testDescription: "a lone state after a town where another article's sentence gives the story's state is a conflict", articles: [
            "The inmate was en route to the Pine Unit in Lufkin, Nevada, when he escaped from a van on Tuesday.",
            "The Texas inmate escaped from a van on Tuesday while en route to a prison in Lufkin. Texas officials are searching for him.",
        ], values: ["a0": "Nevada", "a1": "Texas"]),
        .init(testDescription: "a lone place of another kind is no conflict", articles: [
            "Denver lawmakers passed the water bill on Monday, and the governor is expected to sign it. Nevada farmers objected.",
            "Utah lawmakers passed the water bill on Monday after a long debate.",
        ], values: nil),
        .init(testDescription: "a lone state whose sentence's best match prefers another sentence of its article is still compared when their clauses share a content word", articles: [
            "\(lead) Nevada regulators fined the railroad company last week. Utah regulators fined the railroad company on Monday over the chemical spill, inspectors said.",
            "\(lead) Utah regulators fined the railroad company on Monday over the chemical spill.",
        ], values: ["a0": "Nevada", "a1": "Utah"]),
        .init(testDescription: "a lone state whose clause shares only a function word with the best match's is no conflict", articles: [
            "\(lead) Utah regulators fined the railroad company on Monday over the chemical spill, inspectors said. Crews from Nevada cleaned up the chemical spill on Monday.",
            "\(lead) Utah regulators from the state fined the railroad company on Monday over the chemical spill.",
        ], values: nil),
    ]

    /// A lead with no place, so that the sentences after it are aligned by their words alone.
    static let lead = "A freight train derailed on a bridge last week, spilling chemicals into the river below."

    @Test(arguments: comparisonCases)
    func mentionsCompared(_ c: DatelineAndEventPlaceTests.ComparisonCase) {
        DatelineAndEventPlaceTests().placesCompared(c)
    }
}
