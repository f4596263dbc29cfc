import ClaimModel
import CrossCheck
import Foundation
import Testing

/// The extraction scorer on a labelled article written for the test, with known right and
/// wrong answers, so each row's counting is pinned down without ../shared.
@Suite struct ExtractionGoldScorerTests {
    static let article = """
        ---
        outlet: Test Wire
        published: 2024-03-05
        ---
        Mayor Ana Lucero said on Monday that 12 people were hurt in the fire.

        "We will rebuild every house on this street," Lucero said.

        The blaze began near a warehouse, fire chief Tomas Reyes told reporters.
        """

    static let gold = """
        {"version": 1, "set": "fire", "article": "wire",
         "people": [{"name": "Ana Lucero", "titles": ["Mayor"], "lines": [5, 7]},
                    {"name": "Tomas Reyes", "titles": ["fire chief"], "lines": [9]},
                    {"name": "Nobody Here", "titles": ["ghost"], "lines": [9]}],
         "quotes": [{"line": 7, "cue": "We will rebuild", "speaker": "Ana Lucero"}],
         "numbers": [{"line": 5, "text": "12", "value": 12, "approx": null, "counted": "people hurt", "event": "main"},
                     {"line": 9, "text": "40", "value": 40, "approx": null, "counted": "houses", "event": "background"}]}
        """

    @Test func countsEachRow() throws {
        let root = Fixtures.temporaryFolder("extraction-gold")
        Fixtures.write(Self.article, to: root + "/articles/fire/wire.md")
        Fixtures.write(Self.gold, to: root + "/gold/fire/wire.json")
        let table = try ExtractionGoldScorer().score(gold: root + "/gold", articles: root + "/articles")
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.0, $0.1) })
        // Two of the three labelled people are in the text; the third is a deliberate miss.
        #expect(rows["people"]?.truePositives == 2)
        #expect(rows["people"]?.expected == 3)
        #expect(rows["person+title"]?.expected == 3)
        #expect(rows["person+title"]?.truePositives == 2)
        #expect(rows["quote found"] == Score(truePositives: 1, predicted: 1, expected: 1))
        #expect(rows["quote speaker"] == Score(truePositives: 1, predicted: 1, expected: 1))
        // The 40 houses are not in the text: one of two numbers found.
        #expect(rows["number found"]?.truePositives == 1)
        #expect(rows["number found"]?.expected == 2)
        #expect(table.notes.contains { $0.contains("missed person Nobody Here") })
        #expect(table.notes.contains { $0.contains("missed number 40 (houses)") })
    }

    /// A plural document head (`the statements`) matches the singular the gold writes.
    @Test(arguments: [("the statements", "the statement"), ("identical statements", "statement"), ("the letters", "the letter")])
    func aPluralDocumentHeadMatchesItsSingular(_ pair: (String, String)) {
        #expect(DevSetScorer.sameText(ExtractionGoldScorer.singularHead(pair.0), ExtractionGoldScorer.singularHead(pair.1)))
        #expect(ExtractionGoldScorer.singularHead("the business") == "the business")
    }

    @Test func aLoneSurnameMatchesTheFullName() {
        #expect(ExtractionGoldScorer.sameName("Ana Lucero", "Lucero"))
        #expect(!ExtractionGoldScorer.sameName("Ana Lucero", "Ana Reyes"))
    }

    @Test(arguments: [
        (12.0, "12", true), (12.0, "[12,∞)", true), (40.0, "[0,40]", true), (7000.0, "[6650,7350]", true),
        (12.0, "13", false), (100.0, "[12,∞)", false), (7000.0, "[6650,6900]", false),
    ])
    func aValueMatchesAFigureOrAnIntervalItBounds(_ gold: Double, _ predicted: String, _ same: Bool) {
        #expect(ExtractionGoldScorer.sameValue(gold, predicted) == same)
    }

    @Test func aFigureWithAUnitIsComparedAsWritten() {
        // `four days` is stored as 0.131 months; the gold keeps 4.
        let factor = ExtractionGoldScorer.writtenUnitFactor("four days")
        #expect(ExtractionGoldScorer.sameValue(4 * factor, "0.131"))
        #expect(ExtractionGoldScorer.writtenUnitFactor("$45M") == 1)
        #expect(ExtractionGoldScorer.sameThing("inches (screen size)", "inch tablet m"))
    }

    /// A sum written with its sign is in the currency's unit as written: the gold's `dollars
    /// raised` matches a claim whose unit is `USD`, whatever its measure.
    @Test func aCurrencySignIsItsCurrencyAsWritten() {
        let names = ExtractionGoldScorer.currencyNames("USD")
        #expect(names == "dollar dollars")
        #expect(ExtractionGoldScorer.sameThing("dollars raised by the challenger", ["start", "USD", names].compactMap { $0 }.joined(separator: " ")))
        #expect(ExtractionGoldScorer.currencyNames("m") == nil)
    }

    /// A share written as a fraction word is stated in percent by the claim and as the fraction
    /// by the gold: one value. A share in digits is compared as written.
    @Test func aFractionWordIsItsShare() throws {
        let claims = Fixtures.analyze("The mayor won two-thirds of the vote and 40 percent of the rural precincts.", published: "2025-11-03").claims
        let share = try #require(claims.first { $0.kind == .number && $0.slots.quantity == "two-thirds" })
        #expect(ExtractionGoldScorer.isShareWord(share))
        #expect(ExtractionGoldScorer.sameValue(0.667 * 100, share.slots.value ?? ""))
        let percent = try #require(claims.first { $0.kind == .number && $0.slots.quantity == "40 percent" })
        #expect(!ExtractionGoldScorer.isShareWord(percent))
    }

    /// The gold may name a count by its people and their outcome (`co-workers killed`); the
    /// claim names the outcome's class (`deaths`): the same counted thing.
    @Test(arguments: [
        ("co-workers killed", "deaths", true), ("others wounded", "injured", true), ("women killed", "injured", false),
    ])
    func anOutcomeMatchesItsClass(_ gold: String, _ predicted: String, _ same: Bool) {
        #expect(ExtractionGoldScorer.sameThing(gold, predicted) == same)
    }

    @Test func titlesDifferingOnlyByCaseAreOneTitle() {
        #expect(ExtractionGoldScorer.judgedTitles(["Judge", "nominee", "judge", "R-Tenn.", "Nominee"]) == ["Judge", "nominee"])
    }

    @Test func partyTagsAreNotJudged() {
        #expect(ExtractionGoldScorer.isPartyTag("R-Tenn."))
        #expect(!ExtractionGoldScorer.isPartyTag("Representative"))
    }

    /// Bare state and party tags (`(Calif.)`, `, Maryland,`, `of South Dakota`, `(R)`) are left
    /// out of both sides, as `R-Tenn.` is; an office with a state in it still counts.
    @Test(arguments: [
        ("Calif.", true), ("S.C.", true), ("Maryland", true), ("of South Dakota", true), ("R", true),
        ("governor of Ohio", false), ("Ohio Rep.", false), ("Senator", false),
    ])
    func bareStateAndPartyTagsAreNotJudged(_ title: String, _ tag: Bool) {
        #expect(ExtractionGoldScorer.isPartyTag(title) == tag)
    }
}

/// Floors on the hand-labelled real articles (figures in README, Quality): a change that
/// makes extraction worse on real news fails here.
@Suite(.enabled(if: Fixtures.realnewsAvailable, "../shared/realnews not found beside the project: real-news extraction floors skipped"))
struct ExtractionGoldFloorTests {
    @Test func realNewsFloors() throws {
        let table = try ExtractionGoldScorer().score(gold: Fixtures.root + "/Tests/Fixtures/realnews-extraction-gold", articles: Fixtures.realnews)
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.0, $0.1) })
        let people = try #require(rows["people"])
        let speakers = try #require(rows["quote speaker"])
        #expect(people.expected >= 200)
        #expect(people.precision >= 0.95)
        #expect(people.recall >= 0.85)
        #expect(speakers.expected >= 150)
        #expect(speakers.precision >= 0.70)
        #expect(speakers.recall >= 0.74)
        let found = try #require(rows["quote found"])
        #expect(found.recall >= 0.88)
        let numbers = try #require(rows["number found"])
        let counted = try #require(rows["number counted"])
        let event = try #require(rows["number event"])
        #expect(numbers.expected >= 250)
        #expect(numbers.precision >= 0.80)
        #expect(numbers.recall >= 0.80)
        #expect(counted.recall >= 0.76)
        #expect(event.recall >= 0.66)
    }
}
