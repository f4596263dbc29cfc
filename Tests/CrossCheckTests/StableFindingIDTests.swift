import CrossCheck
import Foundation
import Testing

/// A finding's id rests on the fact (kind, what it is about, the values in conflict), not on
/// which articles state it: an article added to a set does not turn an acknowledged finding
/// into a new one and a stale one.
struct StableFindingIDTests {
    static func article(_ outlet: String, _ body: String) -> String {
        "---\noutlet: \(outlet)\npublished: 2026-04-02\n---\n\(body)\n"
    }

    static let chair = "Marta Ilves has chaired the regional water board since 2014, and critics say the board has grown stale."
    static let rival = "Marta Ilves has chaired the regional water board since 2015. Her rivals called for a change on Wednesday."

    @Test(arguments: [
        ("a copy of one article's line", chair),
        ("an article that does not touch the fact", "The regional water board met in Tallinn on Wednesday to discuss the tariff."),
    ])
    func addedArticleKeepsTheBaseline(_ label: String, _ added: String) throws {
        let corpus = Fixtures.temporaryFolder("crosscheck-stable-id") + "/corpus"
        let folder = corpus + "/water-board"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        Fixtures.write(Self.article("North Wire", Self.chair), to: folder + "/a.md")
        Fixtures.write(Self.article("South Daily", Self.rival), to: folder + "/b.md")
        Fixtures.write(Self.article("East Post", "The regional water board will vote on the tariff next month."), to: folder + "/c.md")
        let before = Fixtures.run(["check", corpus])
        #expect(before.status == 1, "the 2014/2015 conflict is new before the baseline: \(before.out)")
        #expect(Fixtures.run(["baseline", folder, "--reason", "reviewed"]).status == 0)
        Fixtures.write(Self.article("West Times", added), to: folder + "/d.md")
        let after = Fixtures.run(["check", corpus, "--strict"])
        #expect(after.status == 0, "\(label): \(after.out)\(after.err)")
        #expect(after.out.contains("0 stale baseline entries"), "\(after.out)")
    }
}
