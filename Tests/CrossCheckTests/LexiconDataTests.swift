import ClaimExtractor
import Testing

/// The word lists are data (Sources/ClaimExtractor/Lexicon/Data), compiled into Swift by
/// `swift run crosscheck-lexicon` (CI runs it with --check). These pin a few values so a
/// broken generator or data file cannot pass unnoticed.
@Suite struct LexiconDataTests {
    @Test func setsKeepEveryEntry() {
        #expect(CommonWords.speechVerbs.contains("said"))
        #expect(CommonWords.speechVerbs.contains("testified"))
        #expect(!CommonWords.speechVerbs.contains("the"))
    }

    @Test func mapsKeepKeysWithSpacesAndTheirValues() {
        #expect(Gazetteer.cities["Ho Chi Minh City"] == "Vietnam")
        #expect(Gazetteer.demonyms["Vietnamese"] == "Vietnam")
    }

    @Test func numericMapsKeepExactValues() {
        #expect(NumberWords.fractions["two-thirds"] == 2.0 / 3)
        #expect(NumberWords.scales["bn"] == 1_000_000_000)
        #expect(NumberWords.cardinals["nineteen"] == 19)
    }
}
