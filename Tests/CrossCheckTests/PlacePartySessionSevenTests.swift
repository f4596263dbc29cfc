import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Session 7, places and parties (issue 15): a hedge inside an event's noun phrase leaves its
/// place stated, a given name that is also a common word after a title, and one article giving
/// a person two parties. News-style sentences written for the test.
struct PlacePartySessionSevenTests {
    struct HedgeCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var text: String
        var place: String
        var hedged: Bool
    }

    static let hedgeCases: [HedgeCase] = [
        HedgeCase(testDescription: "a hedge adjective on the event noun leaves the place stated",
                  text: "The council questioned the mayor about the proposed stadium deal in Denver, aides said.", place: "Denver", hedged: false),
        HedgeCase(testDescription: "a hedge before the verb hedges the place",
                  text: "The two companies could sign a merger deal in Denver next month, aides said.", place: "Denver", hedged: true),
    ]

    @Test(arguments: hedgeCases, ["", multibytePrefix])
    func hedgeInsideTheEventPhrase(_ c: HedgeCase, prefix: String) {
        let analysis = Fixtures.analyze(prefix + c.text)
        let claim = analysis.claims.first { $0.kind == .place && $0.slots.place == c.place }
        #expect(claim != nil, "claims: \(analysis.claims.map { "\($0.kind) \($0.slots)" })")
        #expect((claim?.hedged ?? false) == c.hedged)
    }

    @Test(arguments: ["", multibytePrefix])
    func givenNameThatIsAlsoAMonthAfterATitle(prefix: String) {
        let analysis = Fixtures.analyze(prefix + "Gov. Jan Morrow vetoed the spending bill on Thursday, her office said.")
        let people = analysis.entities.filter { $0.type == .person }
        let person = people.first { $0.name == "Jan Morrow" }
        #expect(person != nil, "people: \(people.map(\.name))")
        #expect(person?.mentions.compactMap(\.title) == ["Gov."])
    }

    static let partyCases: [FactComparisonTests.Case] = [
        .init(testDescription: "one article giving a person two parties conflicts", articles: [
            "Republican Sen. Ray Tolliver blocked the vote. Later, Democratic Sen. Ray Tolliver said he would try again.",
            "Sen. Ray Tolliver blocked the vote on the farm bill.",
        ], kind: .other, subject: "Ray Tolliver", status: .conflict, says: "parties"),
        .init(testDescription: "one party written twice in one article agrees", articles: [
            "Republican Sen. Ray Tolliver blocked the vote. Sen. Ray Tolliver (R-Ohio) said he would try again.",
            "Sen. Ray Tolliver blocked the vote on the farm bill.",
        ], kind: .other, subject: "Ray Tolliver", status: nil),
    ]

    @Test(arguments: partyCases)
    func partiesWithinOneArticle(_ c: FactComparisonTests.Case) {
        FactComparisonTests.expectOutcome(c, in: FactComparisonTests.findings(c, prefix: ""))
    }
}
