import ClaimExtractor
import ClaimModel
import CrossCheck
import Testing

/// Words that give a date's clause its predicate class (issue #15): verbs of saying beyond
/// `said` date the speaker's statement, and verbs of gunfire and knife attacks date an attack,
/// so that two articles' words for one happening meet. News-style sentences written for the test.
struct DateClassWordTests {
    struct Extraction: CustomTestStringConvertible, Sendable {
        var testDescription: String { text }
        var text: String
        var written: String
        var event: String
        var hasActor: Bool
    }

    static let extractions: [Extraction] = [
        Extraction(text: "Minister Lina Marsh insisted on Monday that the ferry licences were in order.", written: "Monday", event: "statement", hasActor: true),
        Extraction(text: "Minister Lina Marsh warned on Monday that more ferries could be grounded.", written: "Monday", event: "statement", hasActor: true),
        Extraction(text: "Harbour master Piet Okoro responded on Friday that the pier had been inspected twice.", written: "Friday", event: "statement", hasActor: true),
        Extraction(text: "A dismissed warehouse worker shot two supervisors on Thursday night at the depot in Varna.", written: "Thursday", event: "attack", hasActor: false),
        Extraction(text: "A gunman opened fire on Thursday outside the bus depot in Varna.", written: "Thursday", event: "attack", hasActor: false),
    ]

    /// The date takes the class its clause's verb names; a statement carries its speaker.
    @Test(arguments: extractions)
    func dateTakesTheClassOfItsVerb(_ c: Extraction) throws {
        let analysis = Fixtures.analyze("Harbour news.\n\n" + c.text, published: "2026-03-13")
        let claim = try #require(analysis.claims.first { $0.kind == .date && $0.slots.text == c.written })
        #expect(claim.slots.event == c.event)
        #expect((claim.slots.actor != nil) == c.hasActor)
    }

    /// One attack told with `shot` in one article and `shooting` in another is one fact:
    /// two days conflict, the same day agrees.
    @Test(arguments: [("Friday", true), ("Thursday", false)])
    func attackInOtherWordsIsCompared(_ day: String, conflict: Bool) throws {
        let analyses = [
            "A dismissed warehouse worker shot two supervisors on Thursday night at the depot in Varna.",
            "Police said the shooting at the Varna depot happened on \(day) shortly after the night shift began.",
        ].enumerated().map { index, text in Fixtures.analyze("Depot news.\n\n" + text, id: "a\(index)", published: "2026-03-13") }
        let report = CrossChecker().makeReport(set: "depot", analyses: analyses, diagnostics: [])
        let found = report.findings.first { $0.kind == .date && $0.status == .conflict && $0.subject == "attack" }
        #expect((found != nil) == conflict)
        if let found {
            #expect(found.values["a0"] == ["2026-03-12"])
            #expect(found.values["a1"] == ["2026-03-13"])
        }
    }
}
