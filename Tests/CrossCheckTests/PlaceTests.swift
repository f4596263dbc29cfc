import ClaimExtractor
import ClaimModel
import Comparator
import CrossCheck
import Testing

/// Places of events: news-style sentences written for the test. Extraction cases check the
/// place, its kind, levels and event (each run as written and behind a multibyte prefix, so
/// spans are proven outside ASCII); comparison cases compare two articles and check the place
/// finding (or that there is none).
struct PlaceTests {
    struct ExtractionCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var text: String
        /// The place expected (nil: no place claim at all).
        var place: String?
        var kind = ""
        var levels = ""
        var relation = "in"
        var event: String? = nil
        /// The words the evidence quotes.
        var evidence = ""
    }

    static let extractionCases: [ExtractionCase] = [
        ExtractionCase(testDescription: "a meeting in a capital", text: "The two foreign ministers met in Lisbon on Tuesday to discuss fishing quotas.",
                       place: "Lisbon", kind: "city", levels: "city=Lisbon;country=Portugal", event: "meeting", evidence: "in Lisbon"),
        ExtractionCase(testDescription: "a province named after its descriptor", text: "The quake struck in the northern province of Sichuan late on Monday, officials said.",
                       place: "Sichuan", kind: "state", levels: "state=Sichuan;country=China", evidence: "in the northern province of Sichuan"),
        ExtractionCase(testDescription: "a town the gazetteer does not know, after town of", text: "Two climbers were killed in the town of Valdoria on Sunday.",
                       place: "Valdoria", kind: "city", levels: "city=Valdoria", evidence: "in the town of Valdoria"),
        ExtractionCase(testDescription: "a part of a city is inside the city", text: "Two workers were killed at a warehouse in Northeast Philadelphia overnight, the fire department said.",
                       place: "Northeast Philadelphia", kind: "part", levels: "city=Philadelphia;country=United States", evidence: "in Northeast Philadelphia"),
        ExtractionCase(testDescription: "a town placed by its state abbreviation", text: "The candidate held a rally in Millbrook, Va., on Saturday.",
                       place: "Millbrook", kind: "city", levels: "city=Millbrook;state=Virginia;country=United States", evidence: "in Millbrook, Va."),
        ExtractionCase(testDescription: "a namesake town placed by its state", text: "The festival was held in Paris, Texas, over the weekend.",
                       place: "Paris", kind: "city", levels: "city=Paris;state=Texas;country=United States", evidence: "in Paris, Texas"),
        ExtractionCase(testDescription: "a city written with an abbreviation, in a title-case headline", text: "Three Killed In Shooting In St. Louis",
                       place: "St. Louis", kind: "city", levels: "city=St. Louis;country=United States", evidence: "In St. Louis"),
        ExtractionCase(testDescription: "a named venue", text: "The awards were presented at the Harborview Hotel on Friday night.",
                       place: "Harborview Hotel", kind: "venue", levels: "", relation: "at", evidence: "at the Harborview Hotel"),
        ExtractionCase(testDescription: "a country, canonical", text: "The delegation arrived in the U.S. on Monday for three days of talks.",
                       place: "United States", kind: "country", levels: "country=United States", evidence: "in the U.S."),
        ExtractionCase(testDescription: "near says only close by", text: "The plane crashed near Denver shortly after take-off.",
                       place: "Denver", kind: "city", levels: "city=Denver;country=United States", relation: "near", evidence: "near Denver"),
        ExtractionCase(testDescription: "a newspaper named after a city is not a place", text: "He said in the Chicago Tribune on Sunday that he would resign.",
                       place: nil),
        ExtractionCase(testDescription: "a place on a noun that names no event is only mentioned", text: "The price of farmland in Ohio rose sharply last year.",
                       place: nil),
        ExtractionCase(testDescription: "a possessive place qualifies something else", text: "She won in Ohio's third district by a wide margin.",
                       place: nil),
        ExtractionCase(testDescription: "a place inside a quotation is the speaker's", text: "“We were in Madrid when the news came,” the coach said.",
                       place: nil),
        ExtractionCase(testDescription: "a state before an event noun is the event's place", text: "Lawmakers returned to the capital a week after the Vermont mass shooting that killed six people.",
                       place: "Vermont", kind: "state", levels: "state=Vermont;country=United States", event: "attack", evidence: "Vermont mass shooting"),
        ExtractionCase(testDescription: "a country before an event noun may be a party to it, not its place", text: "Diplomats said the Iran talks would resume in the spring.",
                       place: nil),
        ExtractionCase(testDescription: "a city starting a longer name before an event noun is no place", text: "Fans waited for hours before the Denver Nuggets game on Friday.",
                       place: nil),
    ]

    @Test(arguments: extractionCases, ["", multibytePrefix])
    func extraction(_ c: ExtractionCase, prefix: String) {
        let analysis = Fixtures.analyze(prefix + c.text)
        // Places of events and datelines; a place named in a fact's frame is a `mention` (`PlaceMentionTests`).
        let places = analysis.claims.filter { $0.kind == .place && !PlaceLevels.isMention($0) }
        guard let expected = c.place else {
            #expect(places.isEmpty, "unexpected: \(places.map(\.slots))")
            return
        }
        guard let claim = places.first(where: { $0.slots.place == expected }) else {
            Issue.record("no place \(expected); found \(places.map(\.slots))")
            return
        }
        #expect(claim.slots.unit == c.kind)
        #expect((claim.slots.value ?? "") == c.levels)
        #expect(claim.slots.verb == c.relation)
        if let event = c.event { #expect(claim.slots.event == event) }
        #expect(claim.slots.event != nil)
        #expect(claim.evidence.text == c.evidence)
        let start = claim.evidence.span.start
        #expect(analysis.article.text(start, claim.evidence.span.end) == c.evidence)
    }

    struct ComparisonCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var articles: [String]
        /// The place finding expected (nil: none).
        var status: FindingStatus?
        var values: [String: String] = [:]
    }

    static let comparisonCases: [ComparisonCase] = [
        ComparisonCase(testDescription: "agree: the same city gives no finding", articles: [
            "The two trade ministers met in Lisbon on Tuesday and agreed to cut tariffs on olive oil.",
            "Meeting in Lisbon on Tuesday, the two trade ministers agreed to cut tariffs on olive oil.",
        ], status: nil),
        ComparisonCase(testDescription: "containment: a city inside the country another article names", articles: [
            "The two trade ministers met in Lisbon on Tuesday and agreed to cut tariffs on olive oil.",
            "The two trade ministers met in Portugal on Tuesday and agreed to cut tariffs on olive oil.",
        ], status: nil),
        ComparisonCase(testDescription: "conflict: two cities for one meeting", articles: [
            "The two trade ministers met in Lisbon on Tuesday and agreed to cut tariffs on olive oil.",
            "The two trade ministers met in Madrid on Tuesday and agreed to cut tariffs on olive oil.",
        ], status: .conflict, values: ["a0": "Lisbon", "a1": "Madrid"]),
        ComparisonCase(testDescription: "conflict: two countries for one flood", articles: [
            "Floodwaters killed at least 40 people in Brazil after days of heavy rain, leaving thousands homeless.",
            "Floodwaters killed at least 40 people in Peru after days of heavy rain, leaving thousands homeless.",
        ], status: .conflict, values: ["a0": "Brazil", "a1": "Peru"]),
        ComparisonCase(testDescription: "conflict: a city in another country than the one given", articles: [
            "The two trade ministers met in Lisbon on Tuesday and agreed to cut tariffs on olive oil.",
            "The two trade ministers met in Spain on Tuesday and agreed to cut tariffs on olive oil.",
        ], status: .conflict, values: ["a0": "Lisbon", "a1": "Spain"]),
        ComparisonCase(testDescription: "containment: a district inside the city another article names", articles: [
            "A water main burst in Brooklyn on Monday morning, flooding dozens of basements.",
            "A water main burst in New York on Monday morning, flooding dozens of basements.",
        ], status: nil),
        ComparisonCase(testDescription: "conflict: two towns the gazetteer does not know, named as towns", articles: [
            "Two climbers were killed by a rockfall in the town of Valdoria on Sunday, rescuers said.",
            "Two climbers were killed by a rockfall in the town of Montebrisa on Sunday, rescuers said.",
        ], status: .conflict, values: ["a0": "town of Valdoria", "a1": "town of Montebrisa"]),
        ComparisonCase(testDescription: "near one city against in another is not a conflict", articles: [
            "The cargo plane crashed near Denver shortly after take-off, killing both pilots on board.",
            "The cargo plane crashed in Seattle shortly after take-off, killing both pilots on board.",
        ], status: nil),
        ComparisonCase(testDescription: "mention only: a governor of one state and of another", articles: [
            "The governor of Ohio signed the budget bill on Friday after weeks of negotiation.",
            "The governor of Texas signed the budget bill on Friday after weeks of negotiation.",
        ], status: nil),
        ComparisonCase(testDescription: "conflict: two cities set before one event noun", articles: [
            "Mourners gathered on Sunday for the nine victims of the Denver shooting, the mayor said.",
            "Mourners gathered on Sunday for the nine victims of the Seattle shooting, the mayor said.",
        ], status: .conflict, values: ["a0": "Denver", "a1": "Seattle"]),
        ComparisonCase(testDescription: "different events in different places do not conflict", articles: [
            "The striking dock workers marched in Boston on Monday demanding higher wages.",
            "The ship owners' association held its annual dinner in Chicago on Monday.",
        ], status: nil),
    ]

    @Test(arguments: comparisonCases)
    func comparison(_ c: ComparisonCase) {
        let analyses = c.articles.enumerated().map { index, text in
            ClaimExtractor().analyze(Fixtures.article(text, id: "a\(index)", published: "2026-03-11"))
        }
        let findings = SetComparator().compare(analyses).findings.filter { $0.kind == .place }
        guard let status = c.status else {
            #expect(findings.isEmpty, "unexpected: \(findings.map { "\($0.status) \($0.values)" })")
            return
        }
        let finding = findings.first { $0.status == status }
        #expect(finding != nil, "found: \(findings.map { "\($0.status) \($0.values)" })")
        guard let finding else { return }
        for (article, value) in c.values { #expect(finding.values[article] == [value]) }
    }

    /// The story's where slot: the lede's place claims of the main event, and a place conflict
    /// about them decides the row's status.
    @Test func storyWhereSlotTakesThePlacesOfTheLede() {
        let analyses = [
            "The two trade ministers met in Lisbon on Tuesday and agreed to cut tariffs on olive oil.",
            "The two trade ministers met in Madrid on Tuesday and agreed to cut tariffs on olive oil.",
        ].enumerated().map { index, text in ClaimExtractor().analyze(Fixtures.article(text, id: "a\(index)", published: "2026-03-11")) }
        let report = CrossChecker().makeReport(set: "s", analyses: analyses, diagnostics: [])
        let row = report.story?.frame.first { $0.slot == .where }
        #expect(row?.values["a0"] == ["Lisbon"])
        #expect(row?.values["a1"] == ["Madrid"])
        #expect(row?.status == .conflict)
        #expect(row?.finding == report.findings.first { $0.kind == .place }?.id)
    }

    @Test func levelsRoundTripAndDiffer() {
        let hanoi = PlaceLevels([.city: "Hanoi", .country: "Vietnam"])
        #expect(hanoi.encoded == "city=Hanoi;country=Vietnam")
        #expect(PlaceLevels(encoded: hanoi.encoded) == hanoi)
        #expect(hanoi.firstDifference(PlaceLevels([.country: "Vietnam"])) == nil)
        #expect(hanoi.firstDifference(PlaceLevels([.country: "Thailand"])) == .country)
        #expect(hanoi.firstDifference(PlaceLevels([.city: "Da Nang", .country: "Vietnam"])) == .city)
    }
}
