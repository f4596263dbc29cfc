import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// One case per comparator rule of issue 15: news-style sentences written for the test, each
/// article compared with the others, the finding of `kind` about `subject` expected with
/// `status` (nil: no discrepancy of that kind about the subject). Every case runs twice: as
/// written and behind a multibyte prefix, so spans and sentence context are proven outside ASCII.
struct FactComparisonTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var articles: [String]
        var published: [String] = []
        var kind: FindingKind
        /// Folded words the finding's subject contains.
        var subject: String
        var status: FindingStatus?
        /// Words the reason or summary must contain.
        var says: String? = nil
    }

    static func findings(_ c: Case, prefix: String) -> [Finding] {
        let analyses = c.articles.enumerated().map { index, text in
            ClaimExtractor().analyze(Fixtures.article(prefix + text, id: "a\(index)", published: index < c.published.count ? c.published[index] : "2026-03-10"))
        }
        return SetComparator().compare(analyses).findings.filter { $0.kind == c.kind && Folding.fold($0.subject).contains(Folding.fold(c.subject)) }
    }

    /// Checks a case's outcome: the expected status is among `found` and its text (by default the
    /// summary) holds `says`; with no status expected, no finding has a status in `forbidden`.
    static func expectOutcome(_ c: Case, in found: [Finding], forbidden: [FindingStatus] = [.conflict, .variant],
                              text: (Finding) -> String = { $0.summary }, sourceLocation: SourceLocation = #_sourceLocation) {
        let listed = found.map { "\($0.status): \($0.summary) \($0.reason ?? "")" }
        if let status = c.status {
            let match = found.first { $0.status == status }
            #expect(match != nil, "expected \(status); got \(listed)", sourceLocation: sourceLocation)
            if let says = c.says, let match { #expect(text(match).contains(says), "\(text(match))", sourceLocation: sourceLocation) }
        } else {
            #expect(!found.contains { forbidden.contains($0.status) }, "\(listed)", sourceLocation: sourceLocation)
        }
    }

    static let cases: [Case] = [
        // Quantities.
        Case(testDescription: "a figure inside a lower bound agrees", articles: [
            "At least 10 people were killed when the ferry capsized.", "Twelve people were killed when the ferry capsized.",
        ], kind: .number, subject: "death", status: .agree),
        Case(testDescription: "a lower bound against zero conflicts", articles: [
            "At least 12 people died in the mine collapse.", "There were zero deaths in the mine collapse.",
        ], kind: .number, subject: "death", status: .conflict),
        Case(testDescription: "lower bounds an order apart conflict", articles: [
            "The donor gave at least $10,000 to the reelection campaign.", "The donor gave at least $100,000 to the reelection campaign.",
        ], kind: .number, subject: "campaign", status: .conflict),
        Case(testDescription: "a larger toll in a later article is an update", articles: [
            "Nine people were killed in the market blast.", "Fifteen people were killed in the market blast.",
        ], published: ["2026-03-01", "2026-03-02"], kind: .number, subject: "death", status: .variant, says: "2026-03-01"),
        Case(testDescription: "a smaller toll in a later article conflicts", articles: [
            "Fifteen people were killed in the market blast.", "Nine people were killed in the market blast.",
        ], published: ["2026-03-01", "2026-03-02"], kind: .number, subject: "death", status: .conflict, says: "2026-03-02"),
        Case(testDescription: "killed, dead and deaths are one fact", articles: [
            "Eight people were killed in the landslide.", "The landslide left eight dead.", "Officials reported eight deaths after the landslide.",
        ], kind: .number, subject: "death", status: .agree),
        Case(testDescription: "injured, wounded and hurt are one fact", articles: [
            "Twenty people were injured in the stampede.", "Twenty people were wounded in the stampede.", "Twenty people were hurt in the stampede.",
        ], kind: .number, subject: "injured", status: .agree),
        Case(testDescription: "a figure of an earlier year is another fact", articles: [
            "The conductor will lead the 12th festival in June.", "The conductor previously led the 5th festival in 2009.",
        ], published: ["2016-02-02", "2016-02-02"], kind: .number, subject: "festival", status: nil),
        Case(testDescription: "a year before U.S. in the sentence still makes the figure another fact", articles: [
            "In 2009 the U.S. survey counted 40 wolves in the reserve.", "This winter the U.S. survey counted 65 wolves in the reserve.",
        ], published: ["2016-02-02", "2016-02-02"], kind: .number, subject: "wol", status: nil),
        Case(testDescription: "a season tally is not a career figure", articles: [
            "The striker scored 14 goals this season.", "Over his career the striker scored 31 goals a season on average.",
        ], kind: .number, subject: "goal", status: nil),
        Case(testDescription: "a rank is not a figure", articles: [
            "Okafor kept the No. 2 seat on the committee.", "Lindqvist kept the No. 3 seat on the committee.",
        ], kind: .number, subject: "seat", status: nil),
        Case(testDescription: "a supposed figure is not a fact", articles: [
            "If the levy passes, the district would hire 200 teachers.", "The district hired 150 teachers last month.",
        ], kind: .number, subject: "teacher", status: nil),
        Case(testDescription: "steps that can be taken are not steps taken", articles: [
            "The report lists 19 steps the governor can take without the legislature.", "The governor took 23 steps without the legislature on Wednesday.",
        ], kind: .number, subject: "step", status: nil),
        Case(testDescription: "differently modified counts are different things", articles: [
            "Two county judges signed the letter.", "Three county circuit judges signed the letter.",
        ], kind: .number, subject: "judge", status: nil),
        Case(testDescription: "an article with several figures for one word gives no conflict", articles: [
            "The measure needs 34 votes, and the coalition holds 29 votes.", "The opposition says it has the 17 votes needed.",
        ], kind: .number, subject: "vote", status: .variant, says: "more than one fact"),
        // Offices.
        Case(testDescription: "Sen. and Senator agree", articles: [
            "Sen. Tom Hale voted against the measure.", "Senator Tom Hale voted against the measure.",
        ], kind: .title, subject: "Tom Hale", status: .agree),
        Case(testDescription: "a title in other case agrees", articles: [
            "Secretary of State Nora Vale flew to Cairo.", "Nora Vale, the secretary of state, flew to Cairo.",
        ], kind: .title, subject: "Nora Vale", status: .agree),
        Case(testDescription: "one office in other words is a variant", articles: [
            "Defense Minister Karl Brandt arrived in Oslo.", "Minister of National Defence Karl Brandt arrived in Oslo.",
        ], kind: .title, subject: "Karl Brandt", status: .variant),
        Case(testDescription: "Governor and Mayor conflict", articles: [
            "Gov. Anna Reyes toured the flooded district.", "Mayor Anna Reyes toured the flooded district.",
        ], kind: .title, subject: "Anna Reyes", status: .conflict),
        Case(testDescription: "Senator and Representative conflict", articles: [
            "Sen. Paul Dorsey introduced the bill.", "Rep. Paul Dorsey introduced the bill.",
        ], kind: .title, subject: "Paul Dorsey", status: .conflict),
        Case(testDescription: "deputy and head conflict", articles: [
            "Deputy Minister Karl Brandt arrived in Oslo.", "Minister Karl Brandt arrived in Oslo.",
        ], kind: .title, subject: "Karl Brandt", status: .conflict),
        Case(testDescription: "a described spokeswoman is no other office than the deputy spokesperson", articles: [
            "Deputy Spokesperson Lena Ortiz told reporters the ministry would respond.", "The spokeswoman, Lena Ortiz, told reporters the ministry would respond.",
        ], kind: .title, subject: "Lena Ortiz", status: .variant),
        Case(testDescription: "former against a bare title is a variant (news drops former in retrospect)", articles: [
            "Former Governor Ellen Park endorsed the plan.", "Governor Ellen Park endorsed the plan.",
        ], kind: .title, subject: "Ellen Park", status: .variant),
        Case(testDescription: "governor against mayor still conflicts", articles: [
            "Governor Ellen Park endorsed the plan.", "Mayor Ellen Park endorsed the plan.",
        ], kind: .title, subject: "Ellen Park", status: .conflict),
        Case(testDescription: "CFO and CEO conflict", articles: [
            "Mary Quinn, the company's CFO, resigned on Monday.", "Mary Quinn, the company's CEO, resigned on Monday.",
        ], kind: .title, subject: "Mary Quinn", status: .conflict),
        // Names.
        Case(testDescription: "one office, two given names conflict", articles: [
            "Margaret Lowe, the town's mayor, opened the shelter.", "Mary Lowe, the town's mayor, opened the shelter.",
        ], kind: .other, subject: "Lowe", status: .conflict),
        Case(testDescription: "a middle name used as given name is no conflict", articles: [
            "Director Carol Lynn Baptiste spoke first.", "Director Lynn Baptiste spoke first.",
        ], kind: .other, subject: "Baptiste", status: nil),
        // Quotes.
        Case(testDescription: "a negation added to a quote conflicts", articles: [
            "\u{201C}We will raise the tax this year,\u{201D} Mayor Ann Cole said.", "\u{201C}We will not raise the tax this year,\u{201D} Mayor Ann Cole said.",
        ], kind: .quote, subject: "Ann Cole", status: .conflict, says: "not"),
        Case(testDescription: "a quote cut short is a variant", articles: [
            "\u{201C}The bridge is safe and will reopen on Friday,\u{201D} Mayor Ann Cole said.", "\u{201C}The bridge is safe,\u{201D} Mayor Ann Cole said.",
        ], kind: .quote, subject: "Ann Cole", status: .variant, says: "cut short"),
        Case(testDescription: "one quote given to two speakers conflicts", articles: [
            "\u{201C}Every family will be housed by winter,\u{201D} Mayor Ann Cole said.", "\u{201C}Every family will be housed by winter,\u{201D} Governor Tom Hale said.",
        ], kind: .quote, subject: "housed", status: .conflict),
        Case(testDescription: "a surname-only speaker is the full-named one", articles: [
            "Mayor Ann Cole visited the shelter. \u{201C}Every family will be housed by winter,\u{201D} Cole said.",
            "\u{201C}Every family will be housed by winter,\u{201D} said Mayor Ann Cole.",
        ], kind: .quote, subject: "housed", status: .agree),
        Case(testDescription: "a quotation another article gives in its text, not set off, is no only-in", articles: [
            "\u{201C}The new ferry line will carry its first passengers in May,\u{201D} Mayor Ann Cole said.",
            "Mayor Ann Cole told the council the new ferry line will carry its first passengers in May.",
        ], kind: .quote, subject: "ferry line", status: .agree, says: "not set off"),
        // Consistency.
        Case(testDescription: "a clock time is no acronym typo", articles: [
            "The vote opened at 7 AM and closed at 8 PM. Polls reopened at 9 PM.", "Turnout was high, PM officials said.",
        ], kind: .consistency, subject: "AM", status: nil),
        Case(testDescription: "a known acronym is no typo of another", articles: [
            "The CEO spoke. The CEO left.", "The CFO spoke at the meeting.",
        ], kind: .consistency, subject: "CFO", status: nil),
        // Dates read from different publication days.
        Case(testDescription: "weekdays read from different publication days are a variant", articles: [
            "The two leaders met on Tuesday.", "The two leaders met on Wednesday.",
        ], published: ["2026-03-11", "2026-03-12"], kind: .date, subject: "meeting", status: .variant),
        Case(testDescription: "two earlier resignations in sentences that do not align are two occasions", articles: [
            "Minister Ana Ito resigned on Tuesday. It was the first resignation of a minister since 1994, when a budget row split the cabinet.",
            "Minister Ana Ito resigned on Tuesday. Her deputy had resigned in March 2025 after a dispute over harbour contracts.",
        ], kind: .date, subject: "resignation", status: nil),
        Case(testDescription: "dates whose sentences name the event conflict", articles: [
            "The two leaders met on March 3, 2026, in Lisbon.", "The two leaders met on March 5, 2026, in Lisbon.",
        ], kind: .date, subject: "meeting", status: .conflict),
    ]

    struct NameCase: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var a: String
        var b: String
        var people: Int
    }

    /// Trivial and transliteration variants are one person (and no name conflict); a
    /// generation suffix always separates.
    @Test(arguments: [
        NameCase(testDescription: "hyphenated given name", a: "President Lee Jae-myung met the envoy.", b: "President Lee Jae Myung met the envoy.", people: 1),
        NameCase(testDescription: "Al- prefix written solid", a: "Minister Omar Al-Khaledi met the envoy.", b: "Minister Omar Alkhaledi met the envoy.", people: 1),
        NameCase(testDescription: "a surname particle written solid", a: "Judge Renata Del Vecchio sealed the records.", b: "Judge Renata DelVecchio sealed the records.", people: 1),
        NameCase(testDescription: "one letter apart after folding", a: "Minister Omar Khaledi met the envoy.", b: "Minister Omar Chaledi met the envoy.", people: 1),
        NameCase(testDescription: "never across Jr.", a: "Robert Hale Jr. met the envoy.", b: "Robert Hale met the envoy.", people: 2),
        NameCase(testDescription: "a middle name, never across Sr.", a: "Robert Tobias Hale Sr. met the envoy.", b: "Robert Hale met the envoy.", people: 2),
    ], ["", multibytePrefix])
    func namesResolve(_ c: NameCase, prefix: String) {
        let analyses = [c.a, c.b].enumerated().map { ClaimExtractor().analyze(Fixtures.article(prefix + $1, id: "a\($0)")) }
        let comparison = SetComparator().compare(analyses)
        let people = comparison.entities.filter { $0.type == .person && !$0.name.contains("envoy") }
        #expect(people.count == c.people, "\(people.map(\.name))")
        #expect(!comparison.findings.contains { $0.status == .conflict }, "\(comparison.findings.filter { $0.status == .conflict }.map(\.summary))")
    }

    /// A source named briefly joins the one source named more precisely, also when a name
    /// that joined is met again as a candidate.
    @Test(arguments: ["", multibytePrefix])
    func briefSourceJoinsThePreciseOne(_ prefix: String) throws {
        let texts = [
            "The shelter opened on Monday, emergency officials said.",
            "The shelter opened on Monday, state emergency officials said.",
            "The shelter opened on Monday, according to state officials.",
            "The shelter opened on Monday, officials said.",
        ]
        let analyses = texts.enumerated().map { ClaimExtractor().analyze(Fixtures.article(prefix + $1, id: "a\($0)")) }
        let findings = SetComparator().compare(analyses).findings.filter { $0.kind == .attribution }
        let precise = try #require(findings.first { $0.subject.contains("state emergency officials") })
        #expect(precise.status == .agree, "\(findings.map { "\($0.status) \($0.subject)" })")
    }

    @Test(arguments: cases, ["", multibytePrefix])
    func ruleDecides(_ c: Case, prefix: String) {
        let found = FactComparisonTests.findings(c, prefix: prefix)
        if let status = c.status {
            let match = found.first { $0.status == status }
            #expect(match != nil, "expected \(status) for \(c.subject); got \(found.map { "\($0.status): \($0.subject): \($0.reason ?? $0.summary)" })")
            if let says = c.says, let match {
                #expect((match.summary + " " + (match.reason ?? "")).contains(says), "\(match.summary) \(match.reason ?? "")")
            }
        } else {
            #expect(!found.contains { $0.status == .conflict }, "\(found.map { "\($0.status): \($0.subject): \($0.reason ?? $0.summary)" })")
        }
    }
}
