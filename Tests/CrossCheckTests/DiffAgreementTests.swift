import Foundation
import Testing

/// `diff A B` runs the comparator of `compare` on the two articles: a year about other people
/// is not the first person's year, and the same words give agreement, not a variant.
struct DiffAgreementTests {
    static func article(_ outlet: String, _ body: String) -> String {
        "---\noutlet: \(outlet)\npublished: 2026-04-02\n---\n\(body)\n"
    }

    static func diff(_ a: String, _ b: String, all: Bool = false) -> (status: Int32, out: String, err: String) {
        let folder = Fixtures.temporaryFolder("crosscheck-diff-agree")
        Fixtures.write(a, to: folder + "/a.md")
        Fixtures.write(b, to: folder + "/b.md")
        return Fixtures.run(["diff", folder + "/a.md", folder + "/b.md"] + (all ? ["--all"] : []))
    }

    static let lead = "The water board re-elected Marta Ilves as chair on Wednesday. Ilves has led the water board since 2014. Critics say the board has grown stale."

    @Test(arguments: [
        ("a year the sentence gives other people", "The water board re-elected Marta Ilves as chair on Wednesday. Board members also kept Tomas Berg and Liis Lund as deputies. Mr. Berg and Ms. Lund have been part of the water board leadership since 2015 and 2019.", false),
        ("the same person's year, given differently", "The water board re-elected Marta Ilves as chair on Wednesday. Ilves has led the water board since 2016, and her rivals want a change.", true),
    ])
    func sinceYearConflictsOnlyForTheSamePerson(_ label: String, _ other: String, _ conflict: Bool) {
        let result = Self.diff(Self.article("North Wire", Self.lead), Self.article("South Daily", other))
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("conflict date") == conflict, "\(label): \(result.out)")
    }

    @Test func identicalPassageWithSeveralFiguresAgrees() {
        let text = "The ruling bloc is set to hold at least 140 seats in the assembly. The opposition won just four seats this month and remains in the minority with 88 seats."
        let result = Self.diff(Self.article("North Wire", text), Self.article("South Daily", text), all: true)
        #expect(!result.out.contains("variant"), "\(result.out)")
        #expect(result.out.contains("agree    number: seats"), "\(result.out)")
    }
}
