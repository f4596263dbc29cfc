import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import Testing

/// Definite descriptions that refer back to a named person and give them a title no office
/// settles (issue #14, session 9, `DescriptionReferences`). Each case lists the exact titles of
/// each person.
struct TitleDescriptionTests {
    static let referBack: [PeopleCase] = [
        PeopleCase(id: "a subject description continues the previous subject",
                   text: "Marta Oyelaran spoke to farmers in Salem on Monday. The former Oregon governor said the dam would not be built.",
                   people: [("Marta Oyelaran", ["former Oregon governor"])]),
        PeopleCase(id: "an object description is the article's most named person",
                   text: "Devin Achterberg won the primary on Tuesday. Achterberg thanked his volunteers. Rivals had outspent the college professor three to one.",
                   people: [("Devin Achterberg", ["college professor"])]),
        PeopleCase(id: "a description after a sentence naming no one",
                   text: "Rosa Lindqvist will lead the new command from March. She takes over from a retiring admiral. The career Marine served three tours abroad.",
                   people: [("Rosa Lindqvist", ["career Marine"])]),
    ]

    @Test(arguments: referBack)
    func aDefiniteDescriptionRefersBackToTheNamedPerson(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let leftAlone: [PeopleCase] = [
        PeopleCase(id: "an indefinite phrase introduced the head",
                   text: "Dana Whitfield met a novelist on Friday. The novelist said the talks went well.",
                   people: [("Dana Whitfield", [])]),
        PeopleCase(id: "the object of the named subject's verb is someone else",
                   text: "Senator Laura Pike beat the former governor by ten points on Tuesday.",
                   people: [("Laura Pike", ["Senator"])]),
        PeopleCase(id: "a relational head names someone else",
                   text: "Laura Pike arrived late to the hearing. The spokesman said she had been delayed.",
                   people: [("Laura Pike", [])]),
        PeopleCase(id: "a head that also names a thing",
                   text: "Laura Pike did not attend the debate. Organizers left the empty chair on the stage.",
                   people: [("Laura Pike", [])]),
        PeopleCase(id: "the source of a report is no antecedent",
                   text: "The plant will close in May, says Mayor Dana Whitfield. The gunman fled on foot.",
                   people: [("Dana Whitfield", ["Mayor"])]),
        PeopleCase(id: "a description inside a quotation",
                   text: "Dana Whitfield spoke on Friday. “The college professor will lose,” she said.",
                   people: [("Dana Whitfield", [])]),
    ]

    @Test(arguments: leftAlone)
    func aDescriptionThatStandsForSomeoneElseIsLeftAlone(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let compoundModifiers: [PeopleCase] = [
        PeopleCase(id: "a hyphenated age is no part of a title", text: "Voters backed Michael Brennan, a 52-year-old congressman, on Tuesday.",
                   people: [("Michael Brennan", [])]),
        PeopleCase(id: "a hyphenated tenure before the head", text: "Ines Varga, a 20-year employee, was promoted on Friday.",
                   people: [("Ines Varga", ["20-year employee"])]),
    ]

    @Test(arguments: compoundModifiers)
    func anAppositiveReadsOverAHyphenatedModifier(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }
}
