import ClaimExtractor
import ClaimModel
import Comparator
import CrossCheck
import Testing

/// Years that name an occasion (`the 2016 election`) and event nouns whose participant is
/// their possessor or their verb's subject (`Ito's statement on Tuesday`): news-style
/// sentences written for the test, read with the grammar layer, each run as written and
/// behind a multibyte prefix.
struct OccasionDateTests {
    static let prefixes = ["", "Ünïcødé — 東京 "]

    struct Occasion: CustomTestStringConvertible, Sendable {
        var testDescription: String { text }
        var text: String
        /// The year expected as an occasion's date, with its class (nil: none read).
        var year: String?
        var event: String? = nil
    }

    static let occasions: [Occasion] = [
        Occasion(text: "Auditors are still reviewing spending from the 2018 election in the northern district.", year: "2018", event: "election"),
        Occasion(text: "Her aides kept the donor lists from the 2014 mayoral election on a private server.", year: "2014", event: "election"),
        // A year right before the noun of a happening names it, however the tree reads the stack.
        Occasion(text: "The mayor dismissed a senior aide to 2022 election rival Tom Hale on Friday.", year: "2022", event: "election"),
        // A year before a noun that names no happening is no occasion.
        Occasion(text: "The council approved the 2027 budget after a long night of debate.", year: nil),
        Occasion(text: "A 2019 graduate of the academy now leads the harbour police.", year: nil),
    ]

    /// A year written before the noun of a happening is a date claim of that class, marked.
    @Test(arguments: occasions, prefixes)
    func yearNamesAnOccasion(_ c: Occasion, prefix: String) throws {
        let analysis = Fixtures.analyze(prefix + "Council news.\n\n" + c.text, published: "2026-03-13")
        let occasionYears = analysis.claims.filter { $0.kind == .date && $0.slots.quantity == OccasionYears.note }
        guard let year = c.year else {
            #expect(occasionYears.isEmpty, "unexpected: \(occasionYears.map(\.slots))")
            return
        }
        let claim = try #require(occasionYears.first)
        #expect(claim.slots.date == year)
        #expect(claim.slots.event == c.event)
        #expect(claim.evidence.text == year)
    }

    static func report(_ texts: [String], prefix: String) -> Report {
        let analyses = texts.enumerated().map { index, text in
            Fixtures.analyze(prefix + "Council news.\n\n" + text, id: "a\(index)", published: "2026-03-13")
        }
        return CrossChecker().makeReport(set: "council", analyses: analyses, diagnostics: [])
    }

    struct Comparison: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var texts: [String]
        var conflict: Bool
    }

    static let comparisons: [Comparison] = [
        Comparison(testDescription: "two years for the occasion both name conflict", texts: [
            "Investigators are still studying foreign meddling in the 2018 election, the committee said.",
            "The committee's inquiry into foreign meddling in the 2019 election resumed on Monday.",
        ], conflict: true),
        Comparison(testDescription: "the same year agrees and says nothing", texts: [
            "Investigators are still studying foreign meddling in the 2018 election, the committee said.",
            "The committee's inquiry into foreign meddling in the 2018 election resumed on Monday.",
        ], conflict: false),
        Comparison(testDescription: "a year naming an election never meets the day of the story's election", texts: [
            "Investigators are still studying foreign meddling in the 2018 election, the committee said.",
            "Voters in the district elected a new mayor on Tuesday after a quiet campaign.",
        ], conflict: false),
    ]

    /// Years naming an occasion of one class are compared with each other only; only a
    /// disagreement is reported. (The conflict case also proves that the extractor's
    /// `OccasionYears.note` is the note the comparator keys on: neither imports the other.)
    @Test(arguments: comparisons, prefixes)
    func occasionYearsCompare(_ c: Comparison, prefix: String) {
        let findings = Self.report(c.texts, prefix: prefix).findings.filter { $0.kind == .date }
        let named = findings.filter { $0.subject.hasSuffix("(named by year)") }
        #expect(named.allSatisfy { $0.status == .conflict || $0.status == .variant })
        #expect(findings.contains { $0.status == .conflict } == c.conflict, "\(findings.map(\.summary))")
        if c.conflict {
            #expect(named.first?.values["a0"] == ["2018"])
            #expect(named.first?.values["a1"] == ["2019"])
        }
    }

    /// An event noun of a class that needs a participant (`statement`) takes its possessor, or
    /// the subject of the verb it hangs from.
    @Test(arguments: [
        "Mayor Ines Falk's statement on Tuesday that she would not run again surprised the council.",
        "Mayor Ines Falk announced her decision in a written statement on Tuesday afternoon.",
    ], prefixes)
    func eventNounTakesItsParticipant(_ text: String, prefix: String) throws {
        let analysis = Fixtures.analyze(prefix + "Council news.\n\n" + text, published: "2026-03-13")
        let claim = try #require(analysis.claims.first { $0.kind == .date && $0.slots.text == "Tuesday" })
        #expect(claim.slots.event == "statement")
        #expect(claim.slots.actor?.contains("falk") == true)
    }

    /// Re-election is an election, and retiring or stepping down (a verb and its particle) is
    /// leaving office: two articles that say `re-elected` and `won the election`, or `will
    /// retire` and `will step down`, date one fact.
    @Test(arguments: [
        ("Council members re-elected Ines Falk as chair on Sunday after a short debate.", "Sunday", "election"),
        ("The harbour master will step down on Friday after eleven years in the post.", "Friday", "resignation"),
        ("The harbour master will retire on Friday after eleven years in the post.", "Friday", "resignation"),
    ], prefixes)
    func departureAndReelectionWordsNameTheirClass(_ c: (String, String, String), prefix: String) throws {
        let analysis = Fixtures.analyze(prefix + "Council news.\n\nThe council met again this week.\n\n" + c.0, published: "2026-03-13")
        let claim = try #require(analysis.claims.first { $0.kind == .date && $0.slots.text == c.1 })
        #expect(claim.slots.event == c.2)
    }

    /// A line near the top holding a date with a label, a clock time and its zone is the
    /// article's publication stamp; a sentence that names a date is not.
    @Test(arguments: [
        ("Harbour bridge reopens\nMarch 4, 2026 at 12:19 PM\nThe bridge reopened on Wednesday.\n", "2026-03-04"),
        ("Harbour bridge reopens\nPublished: Wednesday, March 4, 2026, 2:29 PM\nThe bridge reopened on Wednesday.\n", "2026-03-04"),
        ("Harbour bridge reopens\nTuesday, Mar 3, 2026 | Updated 8:52 PM EDT\nThe bridge reopened on Tuesday.\n", "2026-03-03"),
        ("Harbour bridge reopens\nPosted Mar 3rd, 2026 at 1:23 PM\nThe bridge reopened on Tuesday.\n", "2026-03-03"),
        ("Harbour bridge reopens\nThe bridge that closed on March 4, 2025 at last reopened for traffic this week.\n", nil),
    ] as [(String, String?)])
    func publicationStampLine(_ c: (String, String?)) throws {
        let parsed = try ArticleParser.parse(bytes: Array(c.0.utf8), path: "s.md", id: "s", format: .markdown)
        #expect(parsed.articles.first?.published == c.1)
    }

    /// The date of a publication stamp line is when the article was filed: it dates no event,
    /// even as the article's first line.
    @Test(arguments: prefixes)
    func stampLineDatesNoEvent(prefix: String) throws {
        let analysis = Fixtures.analyze(prefix + "\nMarch 4, 2026 at 12:19 PM\nThe ferry capsized on Tuesday near the harbour mouth, the coast guard said.\n", published: "2026-03-04")
        let stamp = try #require(analysis.claims.first { $0.kind == .date && $0.slots.text == "March 4, 2026" })
        #expect(stamp.slots.event == nil)
        let capsized = try #require(analysis.claims.first { $0.kind == .date && $0.slots.text == "Tuesday" })
        #expect(capsized.slots.event == "sinking")
    }
}
