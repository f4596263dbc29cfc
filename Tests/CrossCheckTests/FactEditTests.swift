import ClaimModel
import CrossCheck
import FactEdit
import Foundation
import Testing

/// The fact-edit benchmark: which edits it makes, how it judges them, and that it is
/// deterministic. The figures on the real-news sets are in the README (Quality).
struct FactEditTests {
    /// Two short articles that state the same facts in different words.
    static let pair = FactEditBenchmark.ArticleSet(name: "pair", articles: [
        Fixtures.article("""
            WASHINGTON — Senator John Smith, 41, a Republican, met the mayor in San Diego on Tuesday, December 20, 2018.

            Smith said three patrol boats and 48 pages of documents were handed over, worth at least $10,000.

            “No one is above the law, and we did the right thing for the city today,” Smith said.

            Mary Jones, who heads the U.S. office, praised José Ortiz.
            """, id: "a"),
        Fixtures.article("""
            SAN DIEGO — Republican Sen. John Smith met city officials on Tuesday, December 20, 2018, in San Diego.

            Smith, 41, said three patrol boats and 48 pages of documents were delivered, worth at least $10,000.

            “No one is above the law, and we did the right thing for the city today,” Smith said.

            Mary Jones and José Ortiz attended.
            """, id: "b"),
    ])

    struct Case: CustomTestStringConvertible, Sendable {
        var kind: EditKind
        var original: String
        /// The edited words, or nil when the seed chooses them (then they only differ).
        var edited: String?
        var testDescription: String { "\(kind.rawValue): \(original) → \(edited ?? "another")" }
    }

    static let cases: [Case] = [
        Case(kind: .number, original: "48", edited: "58"),
        Case(kind: .number, original: "three", edited: "four"),
        Case(kind: .year, original: "2018", edited: nil),
        Case(kind: .weekday, original: "Tuesday", edited: nil),
        Case(kind: .month, original: "December", edited: nil),
        Case(kind: .age, original: "41", edited: nil),
        Case(kind: .office, original: "Senator", edited: "Representative"),
        Case(kind: .office, original: "Sen.", edited: "Rep."),
        Case(kind: .party, original: "Republican", edited: "Democrat"),
        Case(kind: .party, original: "Republican", edited: "Democratic"),
        Case(kind: .place, original: "San Diego", edited: nil),
        Case(kind: .firstName, original: "John", edited: nil),
        Case(kind: .quoteNegation, original: "No one", edited: "Everyone"),
        Case(kind: .quoteAntonym, original: "above", edited: "below"),
        Case(kind: .quoteSpeaker, original: "Smith", edited: "Jones"),
        Case(kind: .quoteCut, original: "No one is above the law, and we did the right thing for the city today,",
             edited: "No one is above the law, and we,"),
        Case(kind: .approximationDropped, original: "at least $10,000", edited: "$10,000"),
        Case(kind: .approximationMagnitude, original: "10,000", edited: "100,000"),
        Case(kind: .digitsWords, original: "three", edited: "3"),
        Case(kind: .titleAbbreviation, original: "Senator", edited: "Sen."),
        Case(kind: .titleAbbreviation, original: "Sen.", edited: "Senator"),
        Case(kind: .usAbbreviation, original: "U.S.", edited: "US"),
        Case(kind: .diacritics, original: "José", edited: "Jose"),
        Case(kind: .speechVerb, original: "said", edited: "stated"),
    ]

    @Test(arguments: cases) func eachKindIsFoundByItsPattern(_ expected: Case) {
        let edits = FactEditBenchmark(kinds: [expected.kind]).edits(in: FactEditTests.pair)
        let match = edits.first { $0.kind == expected.kind && $0.original == expected.original && (expected.edited == nil || $0.edited == expected.edited) }
        #expect(match != nil, "edits: \(edits.map { "\($0.original) → \($0.edited)" })")
        if let match, expected.edited == nil { #expect(Folding.fold(match.edited) != Folding.fold(match.original)) }
    }

    @Test func factsStatedInOneArticleOnlyAreNotEdited() {
        // `WASHINGTON` and the age of nobody named twice: one article only.
        let edits = FactEditBenchmark().edits(in: FactEditTests.pair)
        #expect(!edits.contains { $0.original == "WASHINGTON" })
        #expect(edits.filter { $0.kind == .paragraphOrder }.count == 4)
        #expect(!edits.contains { $0.kind == .quoteSpeaker && $0.edited == "Smith" })
    }

    @Test func editsAreBoundedPerKindPerSet() {
        let edits = FactEditBenchmark(perKind: 1).edits(in: FactEditTests.pair)
        for kind in EditKind.allCases { #expect(edits.filter { $0.kind == kind }.count <= 1) }
        #expect(edits.filter { $0.kind == .number }.count == 1)
    }

    @Test func designatorsAndTimesAreNotFigures() {
        let set = FactEditBenchmark.ArticleSet(name: "d", articles: [
            Fixtures.article("Two C-130 planes landed at 10:30 with 12 crew.", id: "a"),
            Fixtures.article("The C-130 planes landed at 10:30 carrying 12 crew.", id: "b"),
        ])
        let originals = FactEditBenchmark(kinds: [.number]).edits(in: set).map(\.original)
        #expect(originals == ["12", "12"])
    }

    @Test func rateIsRoundedInIntegers() {
        #expect(FactEditResult.rate(1, 3) == "0.33")
        #expect(FactEditResult.rate(2, 3) == "0.67")
        #expect(FactEditResult.rate(5, 5) == "1.00")
        #expect(FactEditResult.rate(0, 7) == "0.00")
        #expect(FactEditResult.rate(1, 200) == "0.01")
        #expect(FactEditResult.rate(0, 0) == "—")
    }
}

/// The benchmark on a bundled set: real values, not only that it ran.
struct FactEditBundledSetTests {
    static func hanoi() throws -> FactEditBenchmark.ArticleSet {
        try #require(FactEditBenchmark.load(folders: [Fixtures.corpus + "/hanoi-defense-visit-2025"]).first)
    }

    @Test func editsFoundInTheBundledSet() throws {
        let edits = FactEditBenchmark().edits(in: try FactEditBundledSetTests.hanoi())
        var counts: [EditKind: Int] = [:]
        for edit in edits { counts[edit.kind, default: 0] += 1 }
        // Edits per kind, found by pattern in the text (the extractor plays no part here).
        #expect(counts == FactEditBundledSetTests.expectedRuns, "\(counts)")
    }

    @Test func runOnTheBundledSet() throws {
        let set = try FactEditBundledSetTests.hanoi()
        // A part of the kinds keeps the test short; each kind's edits are the same whatever
        // other kinds run (each is sampled with its own generator).
        let kinds: [EditKind] = [.number, .year, .month, .office, .usAbbreviation, .speechVerb]
        let result = FactEditBenchmark(kinds: kinds).run([set])
        #expect(result.runs.count == kinds.reduce(0) { $0 + (FactEditBundledSetTests.expectedRuns[$1] ?? 0) })
        // Edits caught today: a figure, a year, a month and an office changed in one article.
        for (kind, original) in FactEditBundledSetTests.caughtToday {
            let run = result.runs.first { $0.kind == kind && $0.original == original && $0.caught }
            #expect(run != nil, "\(kind.rawValue) \(original) should be caught: \(result.runs.filter { $0.kind == kind }.map { "\($0.original) → \($0.edited): \($0.newFindings)" })")
        }
        // Controls that keep the meaning raise nothing.
        #expect(result.falseAlarms == 0, "\(result.alarms.map { "\($0.original) → \($0.edited): \($0.newFindings)" })")
        // Every miss names where it is and what changed.
        for miss in result.misses {
            #expect(miss.line >= 1 && !miss.before.isEmpty && !miss.after.isEmpty && miss.original != miss.edited)
        }
    }

    static let expectedRuns: [EditKind: Int] = [
        .number: 4, .year: 2, .weekday: 2, .month: 3, .office: 4, .place: 4,
        .digitsWords: 4, .usAbbreviation: 4, .diacritics: 4, .paragraphOrder: 4, .speechVerb: 4,
    ]

    static let caughtToday: [(EditKind, String)] = [
        (.number, "three"), (.year, "2016"), (.month, "November"), (.office, "Secretary of Defense"),
    ]

    @Test func sameBytesOnRerunAndInAnyOrder() throws {
        let sets = try FactEditBenchmark.load(folders: [Fixtures.corpus + "/harbor-bridge-collapse", Fixtures.corpus + "/storm-landfall-jsonl"])
        let benchmark = FactEditBenchmark(perKind: 1)
        let first = benchmark.run(sets), second = benchmark.run(sets.reversed())
        #expect(try first.json() == second.json())
        #expect(first.text() == second.text())
        #expect(first.sets == ["harbor-bridge-collapse", "storm-landfall-jsonl"])
    }

    @Test func inputsAreNotWritten() throws {
        let folder = Fixtures.corpus + "/harbor-bridge-collapse"
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                files[name] = FileManager.default.contents(atPath: folder + "/" + name)
            }
            return files
        }
        let before = try snapshot()
        _ = FactEditBenchmark(perKind: 1, kinds: [.number, .paragraphOrder]).run(try FactEditBenchmark.load(folders: [folder]))
        #expect(try snapshot() == before)
    }
}

@Suite(.enabled(if: Fixtures.realnewsAvailable, "../shared/realnews not found beside the project: fact-edit real-news test skipped"))
struct FactEditRealNewsTests {
    @Test func findsEditsInARealSet() throws {
        let sets = try FactEditBenchmark.load(folders: [Fixtures.realnews + "/2018-james-mattis-quits-as-defense-secretary"])
        let result = FactEditBenchmark(perKind: 1, kinds: [.weekday, .month, .office, .quoteCut, .speechVerb]).run(sets)
        #expect(result.sets == ["2018-james-mattis-quits-as-defense-secretary"])
        // Facts stated in at least two of the three articles: weekdays, months, offices, quotes.
        for kind in [EditKind.weekday, .month, .office, .quoteCut] {
            #expect(result.runs.contains { $0.kind == kind }, "no \(kind.rawValue) edit")
        }
        #expect(result.controlRuns > 0)
    }
}
