import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import Testing

/// Titles a relative clause or a pair of dashes gives a name, and `as` phrases kept to the
/// person they describe (issue #14, session 8). One parameterized test per rule; each case
/// lists the exact titles of each person.
struct TitleRelativeTests {
    static let ownRelatives: [PeopleCase] = [
        PeopleCase(id: "X, who is also T", text: "Marta Oyelaran, who is also a professor at Linfield College, will run for the seat.",
                   people: [("Marta Oyelaran", ["professor at Linfield College"])]),
        PeopleCase(id: "X, an appositive who is also T", text: "He will face Marta Oyelaran, a Republican who is also a lawyer in Salem, in November.",
                   people: [("Marta Oyelaran", ["Republican", "lawyer in Salem"])]),
        PeopleCase(id: "X, who serves … as T", text: "Devin Achterberg, who serves on three panels as chairman of the Farm Caucus, backed the bill.",
                   people: [("Devin Achterberg", ["chairman of the Farm Caucus"])]),
        PeopleCase(id: "a relative of the name's possessed noun gives no title", text: "Devin Achterberg's sister, who is a nurse, spoke to reporters.",
                   people: [("Devin Achterberg", [])]),
    ]

    @Test(arguments: ownRelatives)
    func subjectRelativeStandsForTheName(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let otherRelatives: [PeopleCase] = [
        PeopleCase(id: "as T in another noun's relative clause", text: "Mayor Dana Whitfield was beaten by a newcomer who now works as a chemistry teacher.",
                   people: [("Dana Whitfield", ["Mayor"])]),
        PeopleCase(id: "as T in the name's own clause still counts", text: "Dana Whitfield served for years as chief of staff.",
                   people: [("Dana Whitfield", ["chief of staff"])]),
    ]

    @Test(arguments: otherRelatives)
    func anotherNounsRelativeClauseIsThatNouns(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let abbreviationStops: [PeopleCase] = [
        PeopleCase(id: "the No. 3 post … as T", text: "Devin Achterberg holds the No. 3 post in the caucus as its whip.",
                   people: [("Devin Achterberg", ["whip"])]),
    ]

    @Test(arguments: abbreviationStops)
    func anAbbreviationsPeriodDoesNotEndTheClause(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let dashes: [PeopleCase] = [
        PeopleCase(id: "two hyphens", text: "Prosecutors said Lena Marchetti -- the governor's former longtime aide -- had testified twice.",
                   people: [("Lena Marchetti", ["former longtime aide"])]),
        PeopleCase(id: "em dashes", text: "Lena Marchetti — a retired judge — chaired the inquiry.",
                   people: [("Lena Marchetti", ["retired judge"])]),
        PeopleCase(id: "a hyphen inside a tally is no dash", text: "Lena Marchetti won 54-40 on Tuesday.",
                   people: [("Lena Marchetti", [])]),
    ]

    @Test(arguments: dashes)
    func dashesSetOffAnAppositive(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let denied: [PeopleCase] = [
        PeopleCase(id: "shied away from serving as T", text: "Carla Mendoza shied away from serving as treasurer of the fund.",
                   people: [("Carla Mendoza", [])]),
        PeopleCase(id: "refused to stay on as T", text: "Carla Mendoza refused to stay on as coach after the season.",
                   people: [("Carla Mendoza", [])]),
        PeopleCase(id: "agreed to stay on as T", text: "Carla Mendoza agreed to stay on as coach after the season.",
                   people: [("Carla Mendoza", ["coach"])]),
    ]

    @Test(arguments: denied)
    func aDeniedAsPhraseGivesNoTitle(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let partyAppositives: [PeopleCase] = [
        PeopleCase(id: "a rank before the party noun, a complement after it",
                   text: "Senator Walter Brisco of Idaho, the chamber's No. 4 Republican in the Senate, voted against it.",
                   people: [("Walter Brisco", ["Senator", "No. 4 Republican in the Senate"])]),
        PeopleCase(id: "a lowercase complement", text: "Walter Brisco of Idaho, the ranking Democrat on the committee, asked for a delay.",
                   people: [("Walter Brisco", ["ranking Democrat on the committee"])]),
        PeopleCase(id: "a party tag set off by commas is no person", text: "Rep. Walter Brisco, R-Idaho, objected to the plan.",
                   people: [("Walter Brisco", ["Rep."])]),
        PeopleCase(id: "a second title joined by and", text: "Walter Brisco, Democrat of Idaho and chairman of the Senate Water Committee, said the plan would fail.",
                   people: [("Walter Brisco", ["Democrat of Idaho", "chairman of the Senate Water Committee"])]),
    ]

    @Test(arguments: partyAppositives)
    func partyAppositivesWithRankComplementOrSecondTitle(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let verbAfterAppositive: [PeopleCase] = [
        PeopleCase(id: "a verb after the appositive opens the predicate",
                   text: "Walter Brisco of Idaho, the ranking Democrat on the committee, invited every senator to a briefing.",
                   people: [("Walter Brisco", ["ranking Democrat on the committee"])]),
        PeopleCase(id: "a participle after a determiner is still a title", text: "Walter Brisco, a retired Navy officer, invited every senator to a briefing.",
                   people: [("Walter Brisco", ["retired Navy officer"])]),
    ]

    @Test(arguments: verbAfterAppositive)
    func aVerbAfterTheCommaIsNoAppositive(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let commaTitles: [PeopleCase] = [
        PeopleCase(id: "noun modifiers before a comma title", text: "“It is false,” the city hall press secretary, Dana Whitfield, told reporters on Friday.",
                   people: [("Dana Whitfield", ["city hall press secretary"])]),
        PeopleCase(id: "a possessive determiner", text: "The mayor's chief of staff, Ann Lutz, and his policy director, Omar Reyes, were also there.",
                   people: [("Ann Lutz", ["chief of staff"]), ("Omar Reyes", ["policy director"])]),
    ]

    @Test(arguments: commaTitles)
    func nounModifiersOpenACommaTitle(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let appositiveOfTitle: [PeopleCase] = [
        PeopleCase(id: "the title between two names is the second's when the tree says so",
                   text: "While the panel heard from witnesses about Judge Anna Pell, the Senate majority leader, Robert Hume of Ohio, went to the floor.",
                   people: [("Anna Pell", ["Judge"]), ("Robert Hume", ["Senate majority leader"])]),
    ]

    @Test(arguments: appositiveOfTitle)
    func aTitleWhoseAppositiveIsTheNextNameIsThatNames(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }
}
