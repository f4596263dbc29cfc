import ClaimExtractor
import ClaimModel
import Comparator
import CrossCheck
import Testing

/// Normal forms compared across articles, tested as equivalence classes: every member of a
/// class is compatible with every other; members of different classes conflict.
struct DateNumberComparisonTests {
    /// Two or more one-sentence articles compared; the findings of `kind` for `subject`.
    static func findings(_ bodies: [(text: String, published: String)], kind: FindingKind) -> [Finding] {
        let analyses = bodies.enumerated().map { index, body in
            ClaimExtractor().analyze(Fixtures.article(body.text, id: "a\(index)", published: body.published))
        }
        return SetComparator().compare(analyses).findings.filter { $0.kind == kind }
    }

    static func numberFinding(_ a: String, _ b: String, published: (String, String) = ("2025-11-03", "2025-11-03")) -> Finding? {
        findings([(a, published.0), (b, published.1)], kind: .number).first { $0.values.count == 2 }
    }

    /// Classes of sentences that state one same figure.
    static let numberClasses: [[String]] = [
        ["The navy received three patrol boats.", "The navy received 3 patrol boats."],
        ["The convoy drove 6 miles.", "The convoy drove 10 km.", "The convoy drove 10,000 metres."],
        ["At least 37 people were killed.", "40 people were killed.", "More than 35 people were killed."],
        ["Winds reached 130 mph.", "Winds reached 209 km/h.", "Winds reached about 210 km/h."],
        ["The EU pledged €300m to the fund.", "The EU pledged EUR 300 million to the fund.", "The EU pledged 300 million euros to the fund."],
        ["Fourteen people died.", "14 people died."],
    ]

    @Test(arguments: numberClasses)
    func membersOfAClassAreCompatible(_ members: [String]) throws {
        for (i, a) in members.enumerated() {
            for b in members[(i + 1)...] {
                let finding = try #require(DateNumberComparisonTests.numberFinding(a, b), "no aligned number finding for “\(a)” / “\(b)”")
                #expect(finding.status == .agree || finding.status == .variant, "“\(a)” vs “\(b)”: \(finding.status) \(finding.reason ?? "")")
            }
        }
    }

    @Test func identicalNormalFormsAgree() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding("The navy received three patrol boats.", "The navy received 3 patrol boats."))
        #expect(finding.status == .agree)
        #expect(finding.subject == "patrol boats")
    }

    @Test func figureInsideAHedgedIntervalAgreesWithTheIntervals() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding("At least 37 people were killed.", "40 people were killed."))
        #expect(finding.status == .agree)
        #expect(finding.reason?.contains("[37,∞)") == true)
    }

    @Test func overlappingHedgesAreAVariant() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding("More than 35 people were killed.", "At least 37 people were killed."))
        #expect(finding.status == .variant)
    }

    /// Bare durations count no thing: two of them in unrelated sentences are no conflict.
    @Test func bareDurationsOfUnrelatedSentencesDoNotConflict() {
        let found = DateNumberComparisonTests.findings([
            ("Ana Reyes has been at the bakery for 37 years.", "2025-11-03"),
            ("A neighbour who has lived on the street for nearly 30 years heard the shots.", "2025-11-03"),
        ], kind: .number)
        #expect(!found.contains { $0.status == .conflict }, "\(found.map(\.summary))")
    }

    /// Two tallies that share a side are one vote: the other side differing is a conflict,
    /// however differently the sentences are worded.
    @Test func talliesSharingASideConflict() throws {
        let found = DateNumberComparisonTests.findings([
            ("Ms. Okafor won the leadership race by a 121-to-70 vote.", "2025-11-03"),
            ("In a secret ballot on Wednesday, members backed Okafor, 121 to 72, over her rival.", "2025-11-03"),
        ], kind: .number)
        let conflict = try #require(found.first { $0.status == .conflict && $0.subject == "votes against" }, "\(found.map(\.summary))")
        #expect(conflict.values["a0"] == ["121-70"])
        #expect(conflict.values["a1"] == ["121-72"])
        #expect(conflict.evidence["a1"]?.map(\.text) == ["121", "72"])
    }

    /// Tallies of different votes (a confirmation, a court decision) are no conflict; the
    /// same vote with a changed side is one conflict (not one per rule that sees it).
    @Test func talliesOfDifferentVotesDoNotConflict() throws {
        let unrelated = DateNumberComparisonTests.findings([
            ("The judge was confirmed 96-3 two years later.", "2025-11-03"),
            ("Critics pointed to a series of 5-4 decisions under the chief justice.", "2025-11-03"),
        ], kind: .number)
        #expect(!unrelated.contains { $0.status == .conflict }, "\(unrelated.map(\.summary))")
        let same = DateNumberComparisonTests.findings([
            ("The Senate confirmed Judge Ravel by a vote of 54 to 45 on Friday afternoon.", "2025-11-03"),
            ("The Senate confirmed Judge Ravel by a vote of 54 to 41 on Friday afternoon.", "2025-11-03"),
        ], kind: .number)
        #expect(same.filter { $0.status == .conflict }.count == 1, "\(same.map(\.summary))")
        #expect(same.contains { $0.status == .conflict && $0.values["a0"] == ["54-45"] }, "\(same.map(\.summary))")
    }

    /// Issue 15: `at least 12` against a stated zero is a conflict.
    @Test func aLowerBoundAgainstZeroConflicts() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding("At least 12 people were killed in the blast.", "No one was killed in the blast."))
        #expect(finding.status == .conflict)
        #expect(finding.severity == .error)
    }

    /// An article giving several figures for one noun makes a difference a variant, unless the
    /// other article's one figure is none of them.
    @Test(arguments: [
        ("The army will pull all 2,000 troops out of the north.", FindingStatus.conflict),
        ("The army will pull all 20,000 troops out of the north.", nil),
    ] as [(String, FindingStatus?)])
    func aFigureNoneOfSeveralAllowsConflicts(_ other: String, _ status: FindingStatus?) throws {
        let several = "The army keeps 1.3 million troops. About 7,000 troops will leave the south, and the army will withdraw 20,000 troops from the north."
        let found = DateNumberComparisonTests.findings([(several, "2025-11-03"), (other, "2025-11-03")], kind: .number)
        let conflict = found.first { $0.status == .conflict }
        #expect(conflict?.status == status, "\(found.map { "\($0.status): \($0.summary)" })")
    }

    /// Two articles that each give several figures for one noun still conflict where two of
    /// their sentences say the same thing with figures neither article allows.
    @Test func relatedSentencesConflictThoughBothArticlesGiveSeveralFigures() throws {
        let a = "The party holds 200 seats in the chamber. It picked up just six seats in the autumn vote."
        let b = "The party needs at least 30 more seats to win control. It picked up just seven seats in the autumn vote."
        let found = DateNumberComparisonTests.findings([(a, "2025-11-03"), (b, "2025-11-03")], kind: .number)
        #expect(found.contains { $0.status == .conflict }, "\(found.map { "\($0.status): \($0.summary)" })")
    }

    /// A year inside a gerund clause after the counted noun dates that clause's act, not the
    /// count: two articles' counts of the accused are today's and compared.
    @Test func aYearInAGerundClauseDoesNotDateTheCount() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding(
            "The two men accused of robbing a jeweller in 2019 went on trial.",
            "The three men accused of robbing a jeweller in 2019 went on trial."))
        #expect(finding.status == .conflict, "\(finding.status): \(finding.reason ?? "")")
    }

    /// Number words hyphened to their noun are compared like figures: `four-page` / `five-page`.
    @Test func hyphenedNumberWordsConflict() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding(
            "The agency released a four-page memo on the audit.", "The agency released a five-page memo on the audit."))
        #expect(finding.status == .conflict)
        #expect(finding.values == ["a0": ["4"], "a1": ["5"]])
    }

    @Test func differentCountsConflict() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding("The navy received three patrol boats.", "The navy received four patrol boats."))
        #expect(finding.status == .conflict)
        #expect(finding.severity == .warning)
        #expect(finding.values == ["a0": ["3"], "a1": ["4"]])
    }

    @Test func deathTollFallingInALaterArticleIsAnErrorWithBothDates() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding(
            "Fourteen people died.", "A dozen people died.", published: ("2026-03-14", "2026-03-16")))
        #expect(finding.status == .conflict)
        #expect(finding.severity == .error)
        #expect(finding.summary.contains("2026-03-14") && finding.summary.contains("2026-03-16"))
    }

    @Test func deathTollGrowingInALaterArticleIsAnUpdate() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding(
            "A dozen people died.", "Fourteen people died.", published: ("2026-03-14", "2026-03-16")))
        #expect(finding.status == .variant)
        #expect(finding.severity == .info)
        #expect(finding.summary.contains("updates") && finding.summary.contains("2026-03-14") && finding.summary.contains("2026-03-16"))
    }

    @Test func speedsTenPercentApartConflict() throws {
        let finding = try #require(DateNumberComparisonTests.numberFinding("Winds reached 130 mph.", "Winds reached 120 mph."))
        #expect(finding.status == .conflict)
    }

    @Test func currenciesAreDifferentMeasures() {
        let findings = DateNumberComparisonTests.findings([("The EU pledged €300m to the fund.", "2025-11-03"), ("The EU pledged $300m to the fund.", "2025-11-03")], kind: .number)
        #expect(findings.allSatisfy { $0.status == .onlyIn })
    }

    @Test func findingIDsAreStable() throws {
        let a = try #require(DateNumberComparisonTests.numberFinding("The navy received three patrol boats.", "The navy received four patrol boats."))
        let b = try #require(DateNumberComparisonTests.numberFinding("Officials said the navy received three patrol boats.", "The navy received four patrol boats, officials said."))
        #expect(a.id == b.id)
    }

    @Test func relativeAndAbsoluteDatesOfOneEventAgree() throws {
        let findings = DateNumberComparisonTests.findings(
            [("He visited Hanoi on Sunday.", "2025-11-03"), ("His visit to Hanoi began on November 2, 2025.", "2025-11-02")], kind: .date)
        let visit = try #require(findings.first { $0.subject == "visit" })
        #expect(visit.status == .agree)
        #expect(visit.values == ["a0": ["2025-11-02"], "a1": ["2025-11-02"]])
    }

    @Test func ambiguousDateCompatibleWithOneReadingIsAVariant() throws {
        let findings = DateNumberComparisonTests.findings(
            [("The summit opened on 3 November 2026.", "2026-11-03"), ("The summit opened on 11/03/2026.", "2026-11-04")], kind: .date)
        let summit = try #require(findings.first { $0.subject == "summit" })
        #expect(summit.status == .variant)
        #expect(summit.reason?.contains("2026-11-03 reading matches") == true)
    }

    @Test func datesThatCannotOverlapConflict() throws {
        let findings = DateNumberComparisonTests.findings(
            [("The bridge collapsed on March 14, 2026.", "2026-03-15"), ("The bridge collapsed on March 15, 2026.", "2026-03-16")], kind: .date)
        let collapse = try #require(findings.first { $0.subject == "collapse" })
        #expect(collapse.status == .conflict)
        #expect(collapse.severity == .warning)
    }

    @Test func monthContainsADayAsAVariant() throws {
        let findings = DateNumberComparisonTests.findings(
            [("The bridge collapsed in March 2026.", "2026-03-20"), ("The bridge collapsed on March 14, 2026.", "2026-03-16")], kind: .date)
        let collapse = try #require(findings.first { $0.subject == "collapse" })
        #expect(collapse.status == .variant)
    }

    @Test func wrongWeekdayIsAConsistencyFinding() throws {
        let findings = DateNumberComparisonTests.findings([("The storm made landfall on Wednesday, Sept. 9, 2025.", "2025-09-10")], kind: .consistency)
        let finding = try #require(findings.first)
        #expect(finding.status == .conflict)
        #expect(finding.values == ["a0": ["Wednesday 2025-09-09"]])
        #expect(finding.summary.contains("Tuesday"))
    }
}

/// The dates acceptance of issue 5, on the two seed articles.
@Suite(.enabled(if: Fixtures.seedsAvailable, "../shared/seeds not found beside the project: seed tests skipped"))
struct DateSeedTests {
    let report: Report

    init() throws {
        report = try CrossChecker().compare(setFolder: Fixtures.seeds).report
    }

    @Test func secondSeedDatelineIsThirdOfNovemberAndNothingClaimsMarchEleventh() {
        #expect(report.articles.first { $0.id == "002_e28bfee1bda318e6" }?.published == "2025-11-03")
        let values = report.findings.flatMap { $0.values.values.flatMap { $0 } } + report.claims.compactMap(\.slots.date)
        #expect(!values.contains { $0.contains("2025-03-11") })
        #expect(!report.findings.contains { $0.summary.contains("March 11") || ($0.reason ?? "").contains("March 11") })
    }

    @Test func onSundayResolvesToSecondOfNovemberInBothAndTheyAgree() throws {
        for article in ["000_66ffcf620a6c382f", "002_e28bfee1bda318e6"] {
            let sunday = report.claims.filter { $0.article == article && $0.kind == .date && $0.slots.text == "Sunday" }
            #expect(!sunday.isEmpty, "no “Sunday” in \(article)")
            #expect(sunday.allSatisfy { $0.slots.date == "2025-11-02" })
        }
        let visit = try #require(report.findings.first { $0.kind == .date && $0.subject == "visit" })
        #expect(visit.status == .agree)
        #expect(visit.values["000_66ffcf620a6c382f"] == ["2025-11-02"])
        #expect(visit.values["002_e28bfee1bda318e6"] == ["2025-11-02"])
    }

    @Test func saturdayFirstOfNovemberInTheFirstSeed() throws {
        let claim = try #require(report.claims.first { $0.article == "000_66ffcf620a6c382f" && $0.kind == .date && $0.slots.text == "Saturday, November 1" })
        #expect(claim.slots.date == "2025-11-01")
        #expect(claim.slots.value == nil)
    }

    @Test func noDateConflictBetweenTheSeeds() {
        #expect(!report.findings.contains { $0.kind == .date && $0.status == .conflict })
    }
}

extension DateNumberComparisonTests {
    @Test func anEventWithSeveralDatesInOneArticleIsNotAConflict() throws {
        let findings = DateNumberComparisonTests.findings(
            [("The minister resigned on December 3. He resigned again on December 20, 2018.", "2018-12-23"), ("The minister resigned in November 2018.", "2018-12-20")], kind: .date)
        let resigned = try #require(findings.first { $0.subject == "resignation" })
        #expect(resigned.status == .variant)
        #expect(resigned.reason?.contains("several dates") == true)
    }

    @Test func ambiguousDateInOneArticleIsReportedAsAmbiguous() throws {
        let findings = DateNumberComparisonTests.findings([("The summit began on 04/05/2025.", "2025-06-01"), ("Nothing about it here.", "2025-06-01")], kind: .date)
        let summit = try #require(findings.first { $0.subject == "summit" })
        #expect(summit.status == .onlyIn)
        #expect(summit.summary.contains("2025-04-05 or 2025-05-04"))
        #expect(summit.values["a0"] == ["2025-04-05|2025-05-04"])
    }
}
