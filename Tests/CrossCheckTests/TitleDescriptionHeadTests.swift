import Testing

/// Descriptions as titles (issue #14, session 11): a description or relation noun (`winner`,
/// `friend`, `mother`) heads an appositive title, and a description noun right before a name
/// is that name's title. Each case lists the exact titles of each person.
struct TitleDescriptionHeadTests {
    static let appositives: [PeopleCase] = [
        PeopleCase(id: "a relation with a number complement", text: "Ruth Calder, a mother of four, was hurt in the crash.",
                   people: [("Ruth Calder", ["mother of four"])]),
        PeopleCase(id: "a relation with a person complement", text: "Laura Pike, a friend of the senator, said the talks were over.",
                   people: [("Laura Pike", ["friend of the senator"])]),
        PeopleCase(id: "a description with a hyphenated modifier", text: "Peter Moss, a three-time Olympic winner, lit the torch.",
                   people: [("Peter Moss", ["three-time Olympic winner"])]),
        PeopleCase(id: "a description joined to a role", text: "Helen Strand, a moderate and member of the budget panel, voted no.",
                   people: [("Helen Strand", ["moderate", "member of the budget panel"])]),
        PeopleCase(id: "a plural relation is no title", text: "Paul Grant, friends said, had left the town.",
                   people: [("Paul Grant", [])]),
    ]

    @Test(arguments: appositives)
    func aDescriptionOrRelationHeadsAnAppositiveTitle(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let beforeNames: [PeopleCase] = [
        PeopleCase(id: "with a capitalised modifier mid-sentence", text: "The crowd cheered when Hollywood star Maria Lenz arrived.",
                   people: [("Maria Lenz", ["Hollywood star"])]),
        PeopleCase(id: "at the start of a sentence", text: "Film star Maria Lenz arrived on Monday.",
                   people: [("Maria Lenz", ["Film star"])]),
        PeopleCase(id: "alone", text: "He thanked veteran Anna Webb for her help.",
                   people: [("Anna Webb", ["veteran"])]),
        PeopleCase(id: "an adjectival description is no title", text: "The bill was backed by conservative Anna Webb on Tuesday.",
                   people: [("Anna Webb", [])]),
    ]

    @Test(arguments: beforeNames)
    func aDescriptionRightBeforeANameIsItsTitle(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let pastPrefixes: [PeopleCase] = [
        PeopleCase(id: "then- before a capitalised title", text: "In 2009, then-Governor Carla Denton signed the bill.",
                   people: [("Carla Denton", ["then-Governor"])]),
        PeopleCase(id: "ex- before a lowercase title", text: "The award went to ex-senator Carla Denton on Friday.",
                   people: [("Carla Denton", ["ex-senator"])]),
    ]

    @Test(arguments: pastPrefixes)
    func aPastPrefixKeepsItsTitle(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let partyTags: [PeopleCase] = [
        PeopleCase(id: "a party title after the tag", text: "Rep. Ann Cole, R-Ohio, the No. 2 Republican in the House, said the vote would wait.",
                   people: [("Ann Cole", ["Rep.", "No. 2 Republican in the House"])]),
        PeopleCase(id: "a ranking party title after the tag", text: "Sen. Tom Vale, D-Ore., the ranking Democrat on the panel, said he would vote no.",
                   people: [("Tom Vale", ["Sen.", "ranking Democrat on the panel"])]),
        PeopleCase(id: "a role after the tag is left alone", text: "Sen. Tom Vale, D-Ore., the representative for the caucus, said he would vote no.",
                   people: [("Tom Vale", ["Sen."])]),
    ]

    @Test(arguments: partyTags)
    func aTitleAfterACommaSetPartyTagIsTheName(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }
}
