import ClaimModel
import CrossCheck
import Foundation
import Testing

/// `met neither X nor Y`, `Neither X nor Y met Z`, `did not meet X or Y`: every person the
/// coordination joins is absent, and none of them is reported as met.
@Suite struct AbsenceCoordinationTests {
    @Test(arguments: [
        ("Foreign Minister Lena Varga met neither Prime Minister Erik Dahl nor Defence Minister Nils Berg during the visit.", ["person:erik-dahl", "person:nils-berg"]),
        ("Neither Prime Minister Erik Dahl nor Defence Minister Nils Berg met Foreign Minister Lena Varga on Monday.", ["person:erik-dahl", "person:nils-berg"]),
        ("Foreign Minister Lena Varga did not meet Prime Minister Erik Dahl or Defence Minister Nils Berg.", ["person:erik-dahl", "person:nils-berg"]),
        ("Foreign Minister Lena Varga did not meet Prime Minister Erik Dahl, officials said.", ["person:erik-dahl"]),
    ])
    func everyJoinedPersonIsAbsent(sentence: String, absent: [String]) {
        let claims = Fixtures.analyze(sentence, published: "2026-03-02").claims
        let denied = claims.filter { $0.kind == .absence }
        #expect(denied.compactMap(\.slots.person).sorted() == absent)
        #expect(denied.allSatisfy { $0.polarity == .negative && $0.slots.actor == "person:lena-varga" })
        #expect(!claims.contains { $0.kind == .meeting })
    }

    /// A plain list of people met stays a meeting with each.
    @Test func aListOfPeopleMetStaysMeetings() {
        let claims = Fixtures.analyze("Foreign Minister Lena Varga met Prime Minister Erik Dahl and Defence Minister Nils Berg.", published: "2026-03-02").claims
        #expect(claims.filter { $0.kind == .meeting }.count == 2)
        #expect(!claims.contains { $0.kind == .absence })
    }
}
