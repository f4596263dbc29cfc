import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import Testing

/// Party titles in apposition (`X, Republican of Ohio,`, `X, a Vermont Democrat,`): the exact
/// set of titles each person gets, so a party adjective or a party's group is never a title.
struct PartyTitleTests {
    static let cases: [PeopleCase] = [
        PeopleCase(id: "party of a state, mid-sentence", text: "Senator Hal Brenner, Republican of Ohio, said on Sunday that a deal was near.",
                   people: [("Hal Brenner", ["Senator", "Republican of Ohio"])]),
        PeopleCase(id: "party of a two-word state, sentence end", text: "\"We are close,\" said Senator Ann Moreau, Democrat of New Hampshire.",
                   people: [("Ann Moreau", ["Senator", "Democrat of New Hampshire"])]),
        PeopleCase(id: "state before the party noun", text: "Representative Tom Akers, an Idaho Republican, voted against the bill.",
                   people: [("Tom Akers", ["Representative", "Idaho Republican"])]),
        PeopleCase(id: "party noun with its committee", text: "\"It is worrying,\" said Senator Rita Voss of Nevada, the top Democrat on the Senate Armed Services Committee.",
                   people: [("Rita Voss", ["Senator", "top Democrat on the Senate Armed Services Committee"])]),
        PeopleCase(id: "bare party noun", text: "The measure was drafted by Lila Varga, a Democrat, and two aides.",
                   people: [("Lila Varga", ["Democrat"])]),
        PeopleCase(id: "party adjectives are no title", text: "Critics of Sarah Kirby, Democratic and Republican alike, spoke on Monday.",
                   people: [("Sarah Kirby", [])]),
        PeopleCase(id: "party word before a noun is no title", text: "The rally for Daniel Pratt, Republican stronghold or not, drew few voters.",
                   people: [("Daniel Pratt", [])]),
    ]

    @Test(arguments: cases)
    func partyTitles(_ testCase: PeopleCase) throws {
        let people = Fixtures.analyze(testCase.text).entities.filter { $0.type == .person }
        for (name, titles) in testCase.people {
            let entity = try #require(people.first { $0.name == name }, "\(testCase.id): \(name) not found among \(people.map(\.name))")
            #expect(Set(entity.mentions.compactMap(\.title)) == Set(titles), "\(testCase.id)")
        }
        // Every mention's span holds exactly its text.
        let article = Fixtures.article(testCase.text)
        for entity in people {
            for mention in entity.mentions {
                #expect(article.text(mention.span.start, mention.span.end) == mention.text, "\(testCase.id): span of \(mention.text)")
            }
        }
    }
}
