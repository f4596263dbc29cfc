import ClaimExtractor
import ClaimModel
import Testing

/// Issue 14: everyone named is a person with the titles news gives them: plural titles shared
/// by a list of names, and descriptions used as roles.
struct PeopleListTests {
    static let cases: [PeopleCase] = [
        // A plural title before a list gives each name the singular.
        PeopleCase(id: "plural abbreviated title, two names", text: "Sens. Ana Ruiz and Tom Vale wrote to the agency on Friday.",
                   people: [("Ana Ruiz", ["Sen."]), ("Tom Vale", ["Sen."])]),
        PeopleCase(id: "plural spelled title with states", text: "Senators Mara Quist of Oregon and Paul Dorn of Idaho signed the letter.",
                   people: [("Mara Quist", ["Senator"]), ("Paul Dorn", ["Senator"])]),
        PeopleCase(id: "plural title, three names with party tags",
                   text: "Reps. Lena Holt (D-Ore.), Omar Fisk (R-Iowa) and Jo Banner (D-Md.) voted against the bill.",
                   people: [("Lena Holt", ["Rep."]), ("Omar Fisk", ["Rep."]), ("Jo Banner", ["Rep."])]),
        PeopleCase(id: "plural title before a name with an appositive",
                   text: "Senators Mara Quist of Oregon, the chairwoman of the Rules Committee, and Paul Dorn of Idaho signed the letter.",
                   people: [("Mara Quist", ["Senator", "chairwoman of the Rules Committee"]), ("Paul Dorn", ["Senator"])]),
        PeopleCase(id: "the list ends at a verb", text: "Senators Mara Quist and Paul Dorn met with Karl Imhof on Monday.",
                   people: [("Mara Quist", ["Senator"]), ("Paul Dorn", ["Senator"]), ("Karl Imhof", [])]),
        // A carrier's name is an organisation, not a person.
        PeopleCase(id: "bus and rail companies are not people",
                   text: "Dana Pike said a coach run by Harlow Lines collided with a Northfield Railways train.",
                   people: [("Dana Pike", [])], exact: true),
        // Descriptions used as roles.
        PeopleCase(id: "occupation before the name", text: "Comedian Rudy Falk will host the gala, organizers said.",
                   people: [("Rudy Falk", ["Comedian"])]),
        PeopleCase(id: "alleged before a description", text: "Police said alleged gunman Dale Prewitt fired from a rooftop.",
                   people: [("Dale Prewitt", ["alleged gunman"])]),
        PeopleCase(id: "description in apposition", text: "Mona Lisle, a conservative activist, organized the rally.",
                   people: [("Mona Lisle", ["conservative activist"])]),
    ]

    @Test(arguments: cases)
    func pattern(_ testCase: PeopleCase) throws {
        try PeopleTests().check(testCase, prefix: "")
    }

    /// Title claims state the singular, once for each listed person.
    @Test func titleClaimsUseTheSingular() {
        let analysis = Fixtures.analyze("Sens. Ana Ruiz and Tom Vale wrote to the agency on Friday.")
        let titles = analysis.claims.filter { $0.kind == .title }.compactMap(\.slots.title)
        #expect(titles == ["Sen.", "Sen."])
    }

    /// A description new to the story (`one dock worker`) is nobody named before it.
    @Test func anIndefiniteDescriptionIsNotTheLastNamed() {
        let analysis = Fixtures.analyze("Mayor Ines Caldo visited the pier on Monday. One dock worker claimed the planks had been rotting \"for as long as I can remember\".")
        let quote = analysis.claims.first { $0.kind == .quote && ($0.slots.quote ?? "").contains("as long as") }
        #expect(quote?.slots.speaker == nil || quote?.slots.speaker?.contains("caldo") == false)
    }
}
