import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import Testing

/// Titles around a name that a clause or a name suffix used to hide: a title before the name
/// after a lowercase clause, an appositive after `Jr.`, an `as`-phrase in a clause joined by
/// `, and`.
struct TitleClauseTests {
    static let cases: [PeopleCase] = [
        PeopleCase(id: "title before the name after a clause and a comma",
                   text: "If the talks fail, the Senate minority leader, Walter Brisco, has promised a long fight.",
                   people: [("Walter Brisco", ["Senate minority leader"])]),
        PeopleCase(id: "appositive after Jr.", text: "James T. Holloway Jr., the director of the budget office, conceded the point.",
                   people: [("James T. Holloway Jr", ["director of the budget office"])]),
        PeopleCase(id: "as-phrase in a clause joined by a comma and `and`",
                   text: "Two aides left in March, and Tom Rudd stepped aside as press secretary.",
                   people: [("Tom Rudd", ["press secretary"])]),
    ]

    @Test(arguments: cases)
    func titles(_ testCase: PeopleCase) throws {
        let people = Fixtures.analyze(testCase.text).entities.filter { $0.type == .person }
        for (name, titles) in testCase.people {
            let entity = try #require(people.first { $0.name == name }, "\(testCase.id): \(name) not found among \(people.map(\.name))")
            #expect(Set(entity.mentions.compactMap(\.title)) == Set(titles), "\(testCase.id)")
        }
    }

    /// A title between two names in a list stays with neither: `X, the President, Y`.
    @Test func listedTitleStaysWithTheFirstName() throws {
        let people = Fixtures.analyze("The guests were Anna Pell, the mayor, Robert Hume and two aides.").entities.filter { $0.type == .person }
        let robert = try #require(people.first { $0.name == "Robert Hume" })
        #expect(robert.mentions.compactMap(\.title).isEmpty)
    }
}
