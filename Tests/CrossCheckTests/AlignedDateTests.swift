import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Dates aligned by what they date (the words of their sentences), not by an event word:
/// news-style sentences written for the test, the set compared, and the date discrepancies
/// checked with their values and the words each rests on. Every case runs as written and
/// behind a multibyte prefix, so spans are proven outside ASCII.
struct AlignedDateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var articles: [String]
        var published: [String] = []
        /// The discrepancy expected (nil: no date discrepancy at all).
        var status: FindingStatus?
        /// Article id → the date value expected in the finding.
        var values: [String: String] = [:]
        /// Article id → the words its evidence quotes.
        var evidence: [String: String] = [:]
    }

    static func dateDiscrepancies(_ c: Case, prefix: String) -> ([Finding], [Article]) {
        let articles = c.articles.enumerated().map { index, text in
            Fixtures.article(prefix + text, id: "a\(index)", published: index < c.published.count ? c.published[index] : "2026-03-11")
        }
        let analyses = articles.map { ClaimExtractor().analyze($0) }
        let findings = SetComparator().compare(analyses).findings.filter { $0.kind == .date && ($0.status == .conflict || $0.status == .variant) }
        return (findings, articles)
    }

    static let cases: [Case] = [
        Case(testDescription: "two leads that date one signing differently conflict", articles: [
            "The mayor of Eastbrook on Tuesday signed an order closing the riverside park for six months of repairs.\n\nWork crews arrive next spring.",
            "The mayor of Eastbrook signed an order on Thursday closing the riverside park for repairs.\n\nThe park reopens in the autumn.",
        ], status: .conflict, values: ["a0": "2026-03-10", "a1": "2026-03-05"], evidence: ["a0": "Tuesday", "a1": "Thursday"]),
        Case(testDescription: "the same day in other words agrees", articles: [
            "The mayor of Eastbrook on Tuesday signed an order closing the riverside park for repairs.",
            "The mayor of Eastbrook signed an order on March 10 closing the riverside park for repairs.",
        ], status: nil),
        Case(testDescription: "a year a leader took office, differently given, conflicts", articles: [
            "Reyes has chaired the regional water board since 2014, and critics say the board has grown stale.",
            "Reyes has chaired the regional water board since 2015. Her rivals called for a change.",
        ], status: .conflict, values: ["a0": "2014", "a1": "2015"], evidence: ["a0": "2014", "a1": "2015"]),
        Case(testDescription: "a background year never aligns with the day of the main event", articles: [
            "The regional water board chaired by Reyes backed the new tariff on Monday.",
            "The regional water board chaired by Reyes backed a similar tariff in 2019.",
        ], status: nil),
        Case(testDescription: "different weekdays both before the earlier publication day conflict", articles: [
            "The striking dock workers of Port Halden voted on Monday to accept the wage offer.",
            "The striking dock workers of Port Halden voted on Tuesday to accept the wage offer.",
        ], published: ["2026-03-11", "2026-03-12"], status: .conflict, values: ["a0": "2026-03-09", "a1": "2026-03-10"],
             evidence: ["a0": "Monday", "a1": "Tuesday"]),
        Case(testDescription: "a weekday on the earlier article's own publication day against an earlier weekday conflicts", articles: [
            "The striking dock workers of Port Halden voted on Tuesday to accept the wage offer.",
            "The striking dock workers of Port Halden voted on Monday to accept the wage offer.",
        ], published: ["2026-03-10", "2026-03-12"], status: .conflict, values: ["a0": "2026-03-10", "a1": "2026-03-09"],
             evidence: ["a0": "Tuesday", "a1": "Monday"]),
        Case(testDescription: "a day after the earlier article's publication is a variant (a later stage)", articles: [
            "The striking dock workers of Port Halden voted on Monday to accept the wage offer.",
            "The striking dock workers of Port Halden voted on Wednesday to accept the wage offer.",
        ], published: ["2026-03-10", "2026-03-12"], status: .variant, values: ["a0": "2026-03-09", "a1": "2026-03-11"],
             evidence: ["a0": "Monday", "a1": "Wednesday"]),
        Case(testDescription: "one speaker's statement on one subject, worded apart, dated differently conflicts", articles: [
            "Rubbish has piled up on the kerbs of Eastbrook for most of the winter.\n\nMayor Dana Whitfield said on Tuesday that the city would not renew its contract with the waste hauler, citing missed pickups across the east side.",
            "Households in Eastbrook say their bins sat full for weeks at a time.\n\nMayor Dana Whitfield told reporters on Monday that she is ending the deal after months of complaints from households.",
        ], status: .conflict, values: ["a0": "2026-03-10", "a1": "2026-03-09"], evidence: ["a0": "Tuesday", "a1": "Monday"]),
        Case(testDescription: "one person's act on one subject in other words, dated differently, conflicts", articles: [
            "Rubbish has piled up on the kerbs of Eastbrook for most of the winter.\n\nMayor Dana Whitfield said on Tuesday that the city would not renew its contract with the waste hauler, citing missed pickups across the east side.",
            "Households in Eastbrook say their bins sat full for weeks at a time.\n\nMayor Dana Whitfield on Monday called the waste hauler a failure and promised a new firm by spring.",
        ], status: .conflict, values: ["a0": "2026-03-10", "a1": "2026-03-09"], evidence: ["a0": "Tuesday", "a1": "Monday"]),
        Case(testDescription: "two speakers' statements worded alike are not aligned at the one-speaker threshold", articles: [
            "Rubbish has piled up on the kerbs of Eastbrook for most of the winter.\n\nMayor Dana Whitfield said on Tuesday that the city would not renew its contract with the waste hauler, citing missed pickups across the east side.",
            "Households in Eastbrook say their bins sat full for weeks at a time.\n\nCouncillor Omar Reyes told reporters on Monday that she is ending the deal after months of complaints from households.",
        ], status: nil),
        Case(testDescription: "a planned day does not align with a day that has passed", articles: [
            "The striking dock workers of Port Halden will vote on Friday on the wage offer.",
            "The striking dock workers of Port Halden voted on Monday on the wage offer.",
        ], status: nil),
        Case(testDescription: "a planned departure dated by a day outside another article's month, published the same day, conflicts", articles: [
            "Lena Varga, the harbor commissioner, will leave her post on May 1.",
            "Harbor Commissioner Lena Varga plans to leave her post at the end of June, aides to the mayor said on Monday.",
        ], published: ["2026-03-11", "2026-03-11"], status: .conflict, values: ["a0": "2026-05-01", "a1": "2026-06"],
             evidence: ["a0": "May 1", "a1": "June"]),
        Case(testDescription: "a planned departure dated apart by articles of different days is a variant (the plan may have changed)", articles: [
            "Lena Varga, the harbor commissioner, will leave her post on May 1.",
            "Harbor Commissioner Lena Varga plans to leave her post at the end of June, aides to the mayor said on Monday.",
        ], published: ["2026-03-11", "2026-03-09"], status: .variant, values: ["a0": "2026-05-01", "a1": "2026-06"],
             evidence: ["a0": "May 1", "a1": "June"]),
        Case(testDescription: "a planned departure dated by a day inside another article's month agrees", articles: [
            "Lena Varga, the harbor commissioner, will leave her post on June 30.",
            "Harbor Commissioner Lena Varga plans to leave her post at the end of June, aides to the mayor said on Monday.",
        ], published: ["2026-03-11", "2026-03-09"], status: nil),
        Case(testDescription: "a sentence that lists years is compared by all of them", articles: [
            "The tenor also sang at the harbour festival in 2011 and 2013, his agent said.",
            "He first sang at the harbour festival in 2013, following the soprano's visits in 2009 and 2010.",
        ], status: nil),
        Case(testDescription: "sentences about different things are not aligned", articles: [
            "The striking dock workers of Port Halden voted on Monday to accept the wage offer.",
            "A ferry carrying tourists ran aground near the lighthouse on Sunday.",
        ], status: nil),
    ]

    @Test(arguments: cases, ["", "Ünïcødé — 東京 "])
    func alignedDates(_ c: Case, prefix: String) {
        let (findings, articles) = AlignedDateTests.dateDiscrepancies(c, prefix: prefix)
        guard let status = c.status else {
            #expect(findings.isEmpty, "unexpected: \(findings.map(\.summary))")
            return
        }
        let finding = findings.first { $0.status == status && Set($0.values.keys) == Set(c.values.keys) }
        #expect(finding != nil, "found: \(findings.map { "\($0.status) \($0.values)" })")
        guard let finding else { return }
        for (article, value) in c.values { #expect(finding.values[article] == [value]) }
        for (id, words) in c.evidence {
            let evidence = finding.evidence[id]?.first
            #expect(evidence?.text == words)
            // The span points at the words in the body, on its line.
            let article = articles.first { $0.id == id }!
            if let span = evidence?.span {
                #expect(article.text(span.start, span.end) == words)
                #expect(span.line == article.lines.line(of: span.start))
            }
        }
    }
}

/// Figures aligned by their sentences whatever noun follows them: only conflicts are reported,
/// with the values and the words each rests on.
struct AlignedNumberTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var articles: [String]
        /// Article id → the value expected in an aligned conflict; empty: no aligned conflict.
        var values: [String: String] = [:]
        var evidence: [String: String] = [:]
    }

    static let cases: [Case] = [
        Case(testDescription: "one letter's signers counted under two nouns conflict", articles: [
            "The council leader received a letter signed by all 14 opposition councillors demanding a recount.",
            "The council leader received a letter signed by the 16 members of the opposition bloc demanding a recount.",
        ], values: ["a0": "14", "a1": "16"], evidence: ["a0": "14", "a1": "16"]),
        Case(testDescription: "the same figure under two nouns is no discrepancy", articles: [
            "The council leader received a letter signed by all 14 opposition councillors demanding a recount.",
            "The council leader received a letter signed by the 14 members of the opposition bloc demanding a recount.",
        ]),
        Case(testDescription: "figures in unrelated sentences are not aligned", articles: [
            "The council leader received a letter signed by all 14 opposition councillors demanding a recount.",
            "Flooding closed 16 schools across the northern districts on Monday.",
        ]),
    ]

    @Test(arguments: cases, ["", "Ünïcødé — 東京 "])
    func alignedFigures(_ c: Case, prefix: String) {
        let articles = c.articles.enumerated().map { Fixtures.article(prefix + $1, id: "a\($0)", published: "2026-03-11") }
        let findings = SetComparator().compare(articles.map { ClaimExtractor().analyze($0) }).findings
            .filter { $0.kind == .number && $0.status == .conflict && $0.summary.contains("where they say") }
        guard !c.values.isEmpty else {
            #expect(findings.isEmpty, "unexpected: \(findings.map(\.summary))")
            return
        }
        #expect(findings.count == 1)
        guard let finding = findings.first else { return }
        for (article, value) in c.values { #expect(finding.values[article] == [value]) }
        for (id, words) in c.evidence {
            let evidence = finding.evidence[id]?.first
            #expect(evidence?.text == words)
            let article = articles.first { $0.id == id }!
            if let span = evidence?.span { #expect(article.text(span.start, span.end) == words) }
        }
    }
}
