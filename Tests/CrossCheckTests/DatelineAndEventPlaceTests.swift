import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Datelines (`PlaceRecognizer+Dateline.swift`, `PlaceRule+Dateline.swift`), places compared by
/// their event class (`PlaceRule+Event.swift`) and rates (`MeasureAttacher.rate`): news-style
/// sentences written for the test.
struct DatelineAndEventPlaceTests {
    struct DatelineCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var text: String
        /// The place the dateline gives (nil: no dateline claim).
        var place: String?
        var written = ""
    }

    static let datelineCases: [DatelineCase] = [
        DatelineCase(testDescription: "a city in capitals before two hyphens", text: "DENVER -- City officials on Monday approved a new budget for snow removal.",
                     place: "Denver", written: "DENVER"),
        DatelineCase(testDescription: "a two-word state before an em dash", text: "NEW MEXICO \u{2014} Firefighters contained most of the blaze by Sunday evening.",
                     place: "New Mexico", written: "NEW MEXICO"),
        DatelineCase(testDescription: "a city before an agency in brackets", text: "LONDON (Wire) \u{2014} The central bank held its main rate on Thursday.",
                     place: "London", written: "LONDON"),
        DatelineCase(testDescription: "capitals that name no place are no dateline", text: "BREAKING NEWS \u{2014} The central bank held its main rate on Thursday.",
                     place: nil),
    ]

    /// The dateline opens the body, or the line after a headline (run behind a multibyte one).
    @Test(arguments: datelineCases, ["", multibytePrefix + "\n"])
    func datelineIsReadAsThePlaceOfFiling(_ c: DatelineCase, headline: String) {
        let analysis = Fixtures.analyze(headline + c.text)
        let datelines = analysis.claims.filter(PlaceLevels.isDateline)
        guard let place = c.place else {
            #expect(datelines.isEmpty, "unexpected: \(datelines.map(\.slots))")
            return
        }
        let claim = datelines.first
        #expect(datelines.count == 1)
        #expect(claim?.slots.place == place)
        #expect(claim?.slots.event == nil)
        #expect(claim?.evidence.text == c.written)
        if let span = claim?.evidence.span { #expect(analysis.article.text(span.start, span.end) == c.written) }
    }

    struct ComparisonCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var articles: [String]
        /// The place conflict expected, with its values (nil: no place conflict).
        var values: [String: String]?
    }

    static let comparisonCases: [ComparisonCase] = [
        ComparisonCase(testDescription: "a dateline named nowhere else against the others' is a conflict", articles: [
            "DENVER \u{2014} The state's water board voted on Monday to cut allocations to farms by a tenth.",
            "DENVER -- Farms will get a tenth less water after a vote by the state's water board on Monday.",
            "TUCSON \u{2014} The state's water board on Monday cut what farms may draw by a tenth.",
        ], values: ["a0": "DENVER", "a1": "DENVER", "a2": "TUCSON"]),
        ComparisonCase(testDescription: "a bureau's city is no conflict with the scene", articles: [
            "GENEVA \u{2014} Ministers agreed on Tuesday to a fund for supply chains at a summit in Geneva.",
            "WASHINGTON \u{2014} Ministers meeting in Geneva agreed on Tuesday to a fund for supply chains.",
        ], values: nil),
        ComparisonCase(testDescription: "datelines the articles name elsewhere are two desks, no conflict", articles: [
            "PHOENIX \u{2014} The governor, back from talks in Denver, vetoed the bill on Wednesday.",
            "DENVER \u{2014} The governor flew home to Phoenix and vetoed the bill on Wednesday.",
        ], values: nil),
        ComparisonCase(testDescription: "one shooting placed in two states in unlike words is a conflict", articles: [
            "Lawmakers met the families a month after the Vermont shooting and promised a vote on background checks.",
            "The senator said the Oregon shooting had changed how her colleagues talk about guns.",
        ], values: ["a0": "Vermont", "a1": "Oregon"]),
        ComparisonCase(testDescription: "an article placing the event in rival states speaks of several events", articles: [
            "Lawmakers met the families of the Vermont shooting and of the Oregon shooting on Monday.",
            "The senator said the Oregon shooting had changed how her colleagues talk about guns.",
        ], values: nil),
    ]

    @Test(arguments: comparisonCases)
    func placesCompared(_ c: ComparisonCase) {
        let analyses = c.articles.enumerated().map { index, text in
            ClaimExtractor().analyze(Fixtures.article(text, id: "a\(index)", published: "2026-03-11"))
        }
        let conflicts = SetComparator().compare(analyses).findings.filter { $0.kind == .place && $0.status == .conflict }
        guard let values = c.values else {
            #expect(conflicts.isEmpty, "unexpected: \(conflicts.map(\.values))")
            return
        }
        #expect(conflicts.count == 1, "found: \(conflicts.map(\.values))")
        for (article, value) in values { #expect(conflicts.first?.values[article] == [value]) }
    }

    /// A rate (`yards a carry`) is a measure of its own: a season's total in yards is compared
    /// with the other article's total, never with the rate.
    @Test func rateIsNotComparedWithATotal() {
        let texts = [
            "The rookie finished the season with 812 yards and averaged 4.8 yards a carry.",
            "The rookie ran for 912 yards this season, the most on the team.",
        ]
        let analyses = texts.enumerated().map { index, text in
            ClaimExtractor().analyze(Fixtures.article(text, id: "a\(index)", published: "2026-03-11"))
        }
        let rate = analyses[0].claims.first { $0.kind == .number && $0.evidence.text == "4.8 yards" }
        #expect(rate?.slots.measure == "length per carry")
        let conflicts = SetComparator().compare(analyses).findings.filter { $0.kind == .number && $0.status == .conflict }
        #expect(conflicts.count == 1, "found: \(conflicts.map(\.values))")
        // Compared in metres, shown as stated.
        #expect(conflicts.first?.values["a0"] == ["812 yards"])
    }

    /// One article giving a person ages more than a year apart contradicts itself: a conflict
    /// even where another article agrees with one of them; a year apart is a birthday.
    @Test(arguments: [("41-year-old", true), ("35-year-old", false)])
    func ownRivalAgesConflict(_ later: String, conflicts: Bool) {
        let texts = [
            "Dana Whitfield, 34, opened the bakery on Main Street in May. Neighbours said the \(later) Dana Whitfield works every weekend.",
            "The bakery belongs to Dana Whitfield, 34, who opened it in May.",
        ]
        let analyses = texts.enumerated().map { index, text in
            ClaimExtractor().analyze(Fixtures.article(text, id: "a\(index)", published: "2026-03-11"))
        }
        #expect(analyses[0].claims.filter { $0.kind == .age }.count == 2)
        let found = SetComparator().compare(analyses).findings.filter { $0.kind == .other && $0.subject == "Dana Whitfield" && $0.status == .conflict }
        #expect(found.count == (conflicts ? 1 : 0), "found: \(found.map(\.values))")
        if conflicts { #expect(found.first?.values["a0"] == ["34", "41"]) }
    }
}
