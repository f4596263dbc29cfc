import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import Testing

/// Titles reached through a pronoun or a possessor, descriptions after a predicative
/// indefinite, names after an age or a placed title, and unknown given names (issue #14, session 10). Each case lists the exact titles
/// of each person.
struct TitlePronounTests {
    static let pronounAs: [PeopleCase] = [
        PeopleCase(id: "a subject pronoun's `as` phrase is the previous subject's",
                   text: "Karen Vasquez teaches at a community college. She has also served as president of the Nevada Historical Society.",
                   people: [("Karen Vasquez", ["president of the Nevada Historical Society"])]),
        PeopleCase(id: "through a coordinated verb",
                   text: "Thomas Renner grew up near the port. In his youth he fished with his uncle and later worked as a deputy sheriff.",
                   people: [("Thomas Renner", ["deputy sheriff"])]),
        PeopleCase(id: "a possessive pronoun's noun",
                   text: "Senator Mirela Hart, defending her record as budget chairwoman, refused to answer questions on Friday.",
                   people: [("Mirela Hart", ["Senator", "budget chairwoman"])]),
        PeopleCase(id: "an object before the phrase is what it describes",
                   text: "Governor Ruth Alder spoke on Monday. She named Paul Okoro as her chief of staff.",
                   people: [("Ruth Alder", ["Governor"]), ("Paul Okoro", ["chief of staff"])]),
    ]

    @Test(arguments: pronounAs)
    func anAsPhraseGivesItsTitleToThePersonThePronounStandsFor(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let predicativeIndefinites: [PeopleCase] = [
        PeopleCase(id: "an indefinite `as` phrase introduces no one",
                   text: "Marta Lindgren did well as a festival host last year. She will return in June. The radio host said she was thrilled.",
                   people: [("Marta Lindgren", ["radio host"])]),
    ]

    @Test(arguments: predicativeIndefinites)
    func aPredicativeIndefiniteIntroducesNoOne(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let unknownGivenNames: [PeopleCase] = [
        PeopleCase(id: "a surname with an age before it",
                   text: "Video of Quenzie Marrow crossing the street was shown in court. The footage shows 41-year-old Marrow waving at a bus.",
                   people: [("Quenzie Marrow", [])]),
        PeopleCase(id: "a surname with an age apposition",
                   text: "Neighbors said Taquan Belvedere had lived there for years. Belvedere, 52, ran a shoe repair shop.",
                   people: [("Taquan Belvedere", [])]),
    ]

    static let runOpeners: [PeopleCase] = [
        PeopleCase(id: "a capitalised age compound opens the run",
                   text: "Nineteen-year-old Marcus Feld was charged on Tuesday.",
                   people: [("Marcus Feld", [])]),
        PeopleCase(id: "a place before a title head",
                   text: "Queens Family Court Judge Susan Moravec adjourned the hearing.",
                   people: [("Susan Moravec", ["Queens Family Court Judge"])]),
        PeopleCase(id: "an organisation before a title head",
                   text: "Pentagon Press Secretary Lionel Tardif declined to comment.",
                   people: [("Lionel Tardif", ["Pentagon Press Secretary"])]),
    ]

    static let possessedThings: [PeopleCase] = [
        PeopleCase(id: "a body part after a possessive pronoun is no title",
                   text: "The witness wore a hood over his head, Mary Adams said.",
                   people: [("Mary Adams", [])]),
    ]

    @Test(arguments: possessedThings)
    func aPossessedThingBeforeTheCommaIsNoTitle(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    @Test(arguments: runOpeners)
    func aNameAfterAnAgeOrAPlacedTitleIsFound(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }

    static let sharedSurnames: [PeopleCase] = [
        PeopleCase(id: "a surname alone is the one of two named in full before it",
                   text: "Police arrested Andrew Kowal on Monday. Kowal fired from a roof, prosecutors said. Later police arrested Paul Kowal.",
                   people: [("Andrew Kowal", []), ("Paul Kowal", [])]),
    ]

    @Test(arguments: sharedSurnames)
    func aSurnameAloneRefersBackToThePersonNamedBeforeIt(_ testCase: PeopleCase) throws {
        try TitlePredicateTests.check(testCase)
        let people = Fixtures.analyze(testCase.text).entities.filter { $0.type == .person }
        let andrew = try #require(people.first { $0.name == "Andrew Kowal" })
        #expect(andrew.mentions.count == 2)
    }

    @Test(arguments: unknownGivenNames)
    func aCapitalisedPairWhoseSurnameTakesPersonSyntaxIsAPerson(_ testCase: PeopleCase) throws { try TitlePredicateTests.check(testCase) }
}
