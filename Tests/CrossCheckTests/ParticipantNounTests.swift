import ClaimModel
import Testing

/// Participants named by a noun: `His hosts were X; Y`, `Her counterparts included X and Y`.
struct ParticipantNounTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var text: String
        /// (actor, counterpart, verb)
        var expected: [[String]]
    }

    static let cases: [Case] = [
        Case(testDescription: "hosts were, semicolon list",
             text: "Foreign Minister Ana Ruiz flew to Lima on Monday. Her hosts were Carlos Vega, the President; and Lucia Paz, the Prime Minister.",
             expected: [["Carlos Vega", "Ana Ruiz", "hosted"], ["Lucia Paz", "Ana Ruiz", "hosted"]]),
        Case(testDescription: "counterparts included",
             text: "Defense Secretary Tom Hale arrived in Oslo. His counterparts included Defence Minister Erik Lund and Gen. Mari Dahl.",
             expected: [["Tom Hale", "Erik Lund", "met"], ["Tom Hale", "Mari Dahl", "met"]]),
        Case(testDescription: "no possessive, no claim",
             text: "Defense Secretary Tom Hale arrived in Oslo. The hosts were unnamed officials.",
             expected: []),
    ]

    func run(_ test: Case, prefix: String) throws {
        let analysis = Fixtures.analyze(prefix + test.text)
        let meetings = analysis.claims.filter { $0.kind == .meeting }
            .map { [analysis.name($0.slots.actor) ?? "", analysis.name($0.slots.counterpart) ?? "", $0.slots.verb ?? ""] }
        #expect(Set(meetings) == Set(test.expected))
        for claim in analysis.claims where claim.kind == .meeting {
            #expect(analysis.article.text(claim.evidence.span.start, claim.evidence.span.end) == claim.evidence.text)
        }
    }

    @Test(arguments: cases) func pattern(_ test: Case) throws { try run(test, prefix: "") }
    @Test(arguments: cases) func patternBehindMultibytePrefix(_ test: Case) throws { try run(test, prefix: multibytePrefix) }
}
