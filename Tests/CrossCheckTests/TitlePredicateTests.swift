import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import Testing

/// Titles given outside the name's own phrase (issue #14): predicates, `as` phrases after a
/// subordinate clause or an appointment, party descriptions before a name and definite party
/// references; and a surname after a form of address joining a full name with a suffix. Each
/// rule gets its own parameterized test: the exact set of titles each person gets.
struct TitlePredicateTests {
    static func check(_ testCase: PeopleCase) throws {
        let people = Fixtures.analyze(testCase.text).entities.filter { $0.type == .person }
        for (name, titles) in testCase.people {
            let entity = try #require(people.first { $0.name == name }, "\(testCase.id): \(name) not found among \(people.map(\.name))")
            #expect(Set(entity.mentions.compactMap(\.title)) == Set(titles), "\(testCase.id)")
        }
        if testCase.exact {
            #expect(people.count == testCase.people.count, "\(testCase.id): \(people.map(\.name))")
        }
        let article = Fixtures.article(testCase.text)
        for entity in people {
            for mention in entity.mentions {
                #expect(article.text(mention.span.start, mention.span.end) == mention.text, "\(testCase.id): span of \(mention.text)")
            }
        }
    }

    static let predicates: [PeopleCase] = [
        PeopleCase(id: "X is a former executive", text: "Mayor Dana Whitfield named Robert Keane to the board. Keane is a former Siemens executive who moved to the city in 2010.",
                   people: [("Dana Whitfield", ["Mayor"]), ("Robert Keane", ["former Siemens executive"])]),
        PeopleCase(id: "X was also elected chairman of …", text: "Senator Laura Pike of Oregon was also elected chairman of the Senate Farm Caucus on Tuesday.",
                   people: [("Laura Pike", ["Senator", "chairman of the Senate Farm Caucus"])]),
        PeopleCase(id: "a clause subject after a subordinator", text: "The vote came late, after Robert Keane was the party's nominee for the seat.",
                   people: [("Robert Keane", ["nominee for the seat"])]),
        PeopleCase(id: "a passive verb's subject is no predicate", text: "Robert Keane was arrested by two officers on Monday.",
                   people: [("Robert Keane", [])]),
        PeopleCase(id: "a negated predicate gives no title", text: "Robert Keane is not a member of the council, officials said.",
                   people: [("Robert Keane", [])]),
    ]

    @Test(arguments: predicates)
    func predicateTitles(_ testCase: PeopleCase) throws { try Self.check(testCase) }

    static let asPhrases: [PeopleCase] = [
        PeopleCase(id: "when X quit as …", text: "It was the first such exit since 1999, when Robert Keane quit as secretary of state.",
                   people: [("Robert Keane", ["secretary of state"])]),
        PeopleCase(id: "the ousting of X as …", text: "With the ousting of Laura Pike as chief of staff, the team changed.",
                   people: [("Laura Pike", ["chief of staff"])]),
        PeopleCase(id: "re-elected X, 71, of a state as …", text: "Democrats re-elected Representative Laura Pike, 71, of South Carolina as whip.",
                   people: [("Laura Pike", ["Representative", "whip"])]),
        PeopleCase(id: "X was appointed … as …", text: "Representative Laura Pike on Monday was appointed to a third term as House minority leader.",
                   people: [("Laura Pike", ["Representative", "House minority leader"])]),
        PeopleCase(id: "X named Y as …: Y's post", text: "Mayor Dana Whitfield named Robert Keane as deputy mayor.",
                   people: [("Dana Whitfield", ["Mayor"]), ("Robert Keane", ["deputy mayor"])]),
    ]

    @Test(arguments: asPhrases)
    func asTitles(_ testCase: PeopleCase) throws { try Self.check(testCase) }

    static let partyBefore: [PeopleCase] = [
        PeopleCase(id: "another state Democrat, Representative X", text: "She defeated another Oregon Democrat, Representative Laura Pike, by four votes.",
                   people: [("Laura Pike", ["Oregon Democrat", "Representative"])]),
        PeopleCase(id: "A moderate Republican, Senator X", text: "A moderate Republican, Senator Robert Keane of Maine, said he would vote no.",
                   people: [("Robert Keane", ["moderate Republican", "Senator"])]),
        PeopleCase(id: "an earlier name's apposition is not the next name's", text: "The bill was backed by Laura Pike, a Vermont Democrat, Robert Keane and three others.",
                   people: [("Laura Pike", ["Vermont Democrat"]), ("Robert Keane", [])]),
    ]

    @Test(arguments: partyBefore)
    func partyDescriptionBeforeName(_ testCase: PeopleCase) throws { try Self.check(testCase) }

    static let partyReferenceCases: [PeopleCase] = [
        PeopleCase(id: "the state Democrat: the person of that party", text: "Representative Laura Pike (D-Ore.) met Governor Robert Keane on Monday. The Oregon Democrat, who chairs the panel, left early.",
                   people: [("Laura Pike", ["Representative", "Oregon Democrat"]), ("Robert Keane", ["Governor"])]),
        PeopleCase(id: "the party noun as an adjective is no reference", text: "Representative Laura Pike (D-Ore.) spoke first. The Democrat leadership met later.",
                   people: [("Laura Pike", ["Representative"])]),
        PeopleCase(id: "no party known: the article's main person when last named", text: "Representative Laura Pike denied the report. Pike said she was hacked. Pike spoke twice. The Oregon Democrat, who is known for her style, left.",
                   people: [("Laura Pike", ["Representative", "Oregon Democrat"])]),
        PeopleCase(id: "no party known, another person named last: unresolved", text: "Representative Laura Pike denied the report. Pike spoke twice. She met Governor Robert Keane. The Republican, who is known for his style, left.",
                   people: [("Laura Pike", ["Representative"]), ("Robert Keane", ["Governor"])]),
    ]

    @Test(arguments: partyReferenceCases)
    func partyReferences(_ testCase: PeopleCase) throws { try Self.check(testCase) }

    static let addressedSurnames: [PeopleCase] = [
        PeopleCase(id: "Mr. X joins X III", text: "“It was close,” said Robert T. Keane III, a former aide. Mr. Keane left soon after.",
                   people: [("Robert T. Keane III", ["former aide"])]),
        PeopleCase(id: "Mr. X beside a titled X and X Jr. stays apart from X Jr.", text: "Robert Keane Jr. spoke on Monday. Governor Keane was absent. Mr. Keane later said he agreed.",
                   people: [("Robert Keane Jr", []), ("Keane", ["Governor"])]),
    ]

    @Test(arguments: addressedSurnames)
    func addressedSurnameJoinsSuffixedName(_ testCase: PeopleCase) throws { try Self.check(testCase) }
}

/// A title's complement stops before a date (`chairman of the caucus on Tuesday`).
struct TitleComplementDateTests {
    static let cases: [PeopleCase] = [
        PeopleCase(id: "apposition, then on a weekday", text: "Laura Pike, chairman of the Farm Caucus on Tuesday, voted no.",
                   people: [("Laura Pike", ["chairman of the Farm Caucus"])]),
        PeopleCase(id: "predicate, then in a month", text: "Senator Robert Keane was elected chairman of the Senate Farm Caucus in March.",
                   people: [("Robert Keane", ["Senator", "chairman of the Senate Farm Caucus"])]),
    ]

    @Test(arguments: cases)
    func complementStopsBeforeDate(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }
}

/// A passive verb of appointment does not end the subject's `as` phrase search.
struct PassiveAppointmentAsTests {
    static let cases: [PeopleCase] = [
        PeopleCase(id: "was first elected … after years as …", text: "Robert Keane, a Republican, was first elected in 1990 after six years as state treasurer.",
                   people: [("Robert Keane", ["Republican", "state treasurer"])]),
    ]

    @Test(arguments: cases)
    func passiveAppointmentKeepsAsPhrase(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }
}

/// Common given names make a two-word run a person without other evidence; names that are
/// also places, firms or common words are left out of the list.
struct GivenNameListTests {
    static let cases: [PeopleCase] = [
        PeopleCase(id: "a common given name, no title or verb", text: "The award went to Yolanda Pruitt and her team from the valley.",
                   people: [("Yolanda Pruitt", [])]),
        PeopleCase(id: "another common given name", text: "Neighbours described Trevor Oakes as quiet and kind.",
                   people: [("Trevor Oakes", [])]),
        PeopleCase(id: "a firm named like a person is no person", text: "Shares of Morgan Stanley rose on the news.",
                   people: []),
        PeopleCase(id: "a place named like a person is no person", text: "Flooding closed roads across Virginia Beach on Monday.",
                   people: []),
    ]

    @Test(arguments: cases)
    func givenNames(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }
}
