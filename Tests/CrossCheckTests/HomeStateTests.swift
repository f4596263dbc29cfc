import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// A person's home state (the state a lawmaker or governor represents), read beside the name
/// and compared across articles like an age or a party. News-style sentences written for the
/// test; extraction runs as written and behind a multibyte prefix.
struct HomeStateTests {
    struct ReadCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var text: String
        /// The state expected (nil: no home claim).
        var state: String?
        var written = ""
        var past = false
    }

    static let readCases: [ReadCase] = [
        ReadCase(testDescription: "the state of a party tag", text: "Sen. Ray Tolliver (R-Ohio) blocked the vote on Tuesday.",
                 state: "Ohio", written: "R-Ohio"),
        ReadCase(testDescription: "an abbreviated state in a party tag", text: "Rep. Ivo Brandt (D-N.C.) spoke first at the hearing.",
                 state: "North Carolina", written: "D-N.C."),
        ReadCase(testDescription: "a tag with the state alone", text: "Rep. Ivo Brandt (Oregon) voted against the bill.",
                 state: "Oregon", written: "Oregon"),
        ReadCase(testDescription: "of and a state after a titled name", text: "Senator Mara Quist of Nevada introduced the amendment on Monday.",
                 state: "Nevada", written: "Nevada"),
        ReadCase(testDescription: "of and a state after a party title", text: "The bill was written by Lena Hart, Republican of Kansas, last year.",
                 state: "Kansas", written: "Kansas"),
        ReadCase(testDescription: "a state before the office", text: "Vermont Gov. Nils Moor signed the budget on Friday.",
                 state: "Vermont", written: "Vermont"),
        ReadCase(testDescription: "a former office's state is a past one", text: "The rally was called by Dean Forde, the former governor of Montana, last week.",
                 state: "Montana", written: "Montana", past: true),
        ReadCase(testDescription: "a state after a possessive names no home", text: "Dean Forde, director of the league's Iowa office, declined to comment.",
                 state: nil),
        ReadCase(testDescription: "a state that is also a country names no home", text: "Sen. Ray Tolliver of Georgia blocked the vote on Tuesday.",
                 state: nil),
    ]

    @Test(arguments: readCases, ["", multibytePrefix])
    func homeStatesAreRead(_ c: ReadCase, prefix: String) {
        let analysis = Fixtures.analyze(prefix + c.text)
        let homes = analysis.claims.filter { $0.kind == .home }
        guard let state = c.state else {
            #expect(homes.isEmpty, "unexpected: \(homes.map(\.slots))")
            return
        }
        guard let claim = homes.first else {
            Issue.record("no home state; claims \(analysis.claims.map { "\($0.kind) \($0.slots)" })")
            return
        }
        #expect(claim.slots.value == state)
        #expect(claim.slots.text == c.written)
        #expect(claim.slots.person != nil)
        #expect((claim.slots.verb == "former") == c.past)
        #expect(claim.evidence.text.contains(c.written))
        #expect(analysis.article.text(claim.evidence.span.start, claim.evidence.span.end) == claim.evidence.text)
    }

    static let compareCases: [FactComparisonTests.Case] = [
        .init(testDescription: "a party tag's state against another state after the name conflicts", articles: [
            "Sen. Ray Tolliver (R-Ohio) blocked the vote on the farm bill.", "Senator Ray Tolliver of Iowa blocked the vote on the farm bill.",
        ], kind: .other, subject: "Ray Tolliver", status: .conflict, says: "home states"),
        .init(testDescription: "one state written two ways agrees", articles: [
            "Rep. Ivo Brandt (D-Calif.) spoke first.", "California Rep. Ivo Brandt spoke first.",
        ], kind: .other, subject: "Ivo Brandt", status: nil),
        .init(testDescription: "a former governor's state against a current seat's is no conflict", articles: [
            "Sen. Dean Forde (R-Utah) backed the measure.", "Dean Forde, the former governor of Montana, backed the measure.",
        ], kind: .other, subject: "Dean Forde", status: nil),
    ]

    @Test(arguments: compareCases)
    func homeStatesCompare(_ c: FactComparisonTests.Case) {
        FactComparisonTests.expectOutcome(c, in: FactComparisonTests.findings(c, prefix: ""))
    }
}
