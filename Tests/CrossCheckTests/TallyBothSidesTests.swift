import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// A vote tally changed on both sides (`134-to-63` → `144-to-53`) is one vote's different
/// count when the sentences state one vote and about as many voted; other bodies' votes are
/// left apart.
struct TallyBothSidesTests {
    static func tallyConflicts(_ a: String, _ b: String) -> [Finding] {
        let analyses = [Fixtures.analyze(a, id: "a0", published: "2026-05-06"), Fixtures.analyze(b, id: "a1", published: "2026-05-06")]
        return SetComparator().compare(analyses).findings.filter { $0.kind == .number && $0.status == .conflict }
    }

    @Test(arguments: [
        ("both sides changed, same number of voters", "The assembly passed the water bill by a 134-to-63 vote on Tuesday after a long debate.",
         "The assembly passed the water bill by a 144-to-53 vote on Tuesday after a long debate.", ["134-63", "144-53"]),
        ("a hyphenated tally, both sides changed", "Delegates approved the charter change 98-96 on Monday, a narrow margin.",
         "Delegates approved the charter change 99-95 on Monday, a narrow margin.", ["98-96", "99-95"]),
        ("two bodies' votes on one bill", "The Senate passed the water bill 51-49 on Tuesday after a long debate.",
         "The House passed the water bill 218-210 on Tuesday after a long debate.", []),
    ])
    func bothSidesChanged(_ label: String, _ a: String, _ b: String, _ expected: [String]) {
        let found = Self.tallyConflicts(a, b)
        #expect(Set(found.flatMap { $0.values.values.flatMap { $0 } }) == Set(expected), "\(label): \(found.map(\.summary))")
    }
}
