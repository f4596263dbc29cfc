import ClaimExtractor
import ClaimModel
import CrossCheck
import Testing

/// Event identity (issue #16): two dated events of one class are one event only when what
/// identifies them agrees: the clause the date modifies, the scope word of the event noun
/// (`general`, `leadership`), and for a lede date, an event its sentence states.
@Suite struct EventIdentityTests {
    static func date(_ body: String, _ written: String) throws -> Claim {
        let analysis = Fixtures.analyze(body, published: "2026-11-19")
        return try #require(analysis.claims.first { $0.kind == .date && $0.slots.text == written })
    }

    static func report(_ bodies: [String], published: String = "2026-11-19") -> Report {
        let checker = CrossChecker()
        let articles = bodies.enumerated().map { Fixtures.article($0.element, id: "a\($0.offset)", published: published) }
        return checker.makeReport(set: "identity", analyses: checker.analyze(articles), diagnostics: [])
    }

    /// A lede date in a clause of its own names no event when its sentence states none: it is
    /// not pinned on the article's main event (the elections the body talks about).
    @Test func aLedeDateIsNotPinnedOnTheMainEvent() throws {
        let body = "WASHINGTON — Party members on Wednesday turned down calls for a change at the top.\n\nThe elections of the spring had gone badly.\n\nMembers said the elections would be studied.\n\nAnother round of elections comes next year."
        let claim = try Self.date(body, "Wednesday")
        #expect(claim.slots.event == nil)
    }

    /// A dateline's date stands in no clause: it still takes the article's main event.
    @Test func aDatelineDateTakesTheMainEvent() throws {
        let body = "RIVERTON, March 10 (Valley Wire) - Crews worked through the night in the river town.\n\nThe earthquake destroyed the old market.\n\nThe earthquake was the strongest in decades."
        let claim = try Self.date(body, "March 10")
        #expect(claim.slots.event == "earthquake")
    }

    /// A nearby event word is the date's event only as an argument of the date's own clause;
    /// inside another phrase it names something else than what the date dates.
    @Test(arguments: [
        ("Last week, Mayor Tessa Brandt posted a photo of her visit to the shipyard on her page.", "Last week", nil as String?),
        ("The trip, which began on Monday, took the minister to three ports.", "Monday", "visit"),
        ("Families living near the collapse site were told on Wednesday to leave their homes.", "Wednesday", nil),
        ("The collapse happened on Wednesday shortly after the morning rush.", "Wednesday", "collapse"),
    ])
    func aNearbyEventWordMustBeTheClausesOwn(text: String, written: String, event: String?) throws {
        let claim = try Self.date("Harbour news.\n\n" + text, written)
        #expect(claim.slots.event == event)
    }

    /// A scope word before the event noun says which event of the class the date names.
    @Test(arguments: [
        ("The party's leadership election on Wednesday ended in a narrow win for the whip.", "Wednesday", "leadership election"),
        ("Turnout in the general election on November 8 was the lowest in decades.", "November 8", "general election"),
        ("Turnout in the election on November 8 was the lowest in decades.", "November 8", "election"),
    ])
    func aScopeWordNamesTheEvent(text: String, written: String, event: String) throws {
        let claim = try Self.date("Harbour news.\n\n" + text, written)
        #expect(claim.slots.event == event)
    }

    /// A party's leadership election and the general election of the same month are two
    /// events: their dates are never compared.
    @Test func aLeadershipElectionIsNotTheGeneralElection() throws {
        let report = Self.report([
            "Lawmakers met behind closed doors.\n\nThe party's leadership election on Wednesday ended in a narrow win for the whip.",
            "Lawmakers met behind closed doors.\n\nTurnout in the general election on November 8 was the lowest in decades.",
        ])
        #expect(!report.findings.contains { $0.kind == .date && $0.status == .conflict })
    }
}

/// Three or more outlets that each give an event word a different date name several occasions
/// of it, not one occasion misdated three times.
@Suite struct SeveralOccasionsTests {
    @Test func threeArticlesWithNoTwoDatesAlikeAreAVariant() throws {
        let report = EventIdentityTests.report([
            "Harbour news.\n\nThe port authority held a meeting on November 3 on the dredging plan.",
            "Harbour news.\n\nThe mayor chaired a meeting on November 10 with the fishing crews.",
            "Harbour news.\n\nDuring Thursday's meeting at city hall, the mayor asked for more time.",
        ])
        let meeting = try #require(report.findings.first { $0.kind == .date && $0.subject == "meeting" })
        #expect(meeting.status == .variant)
        #expect(meeting.values.count == 3)
    }

    /// Two of three articles agreeing leave the third in conflict.
    @Test func twoAlikeAgainstOneStillConflict() throws {
        let report = EventIdentityTests.report([
            "Harbour news.\n\nThe port authority held a meeting on November 3 on the dredging plan.",
            "Harbour news.\n\nThe port authority held a meeting on November 3 on the dredging plan, officials said.",
            "Harbour news.\n\nThe port authority held a meeting on November 10 on the dredging plan.",
        ])
        #expect(report.findings.contains { $0.kind == .date && $0.subject == "meeting" && $0.status == .conflict })
    }
}

/// Which occurrence a date names: the person an election happens to, and whether the date lies
/// after or before its own article's publication.
@Suite struct OccurrenceTests {
    /// An election dated in a clause that names who is elected (the passive subject, the
    /// object) is that person's: it keeps the person, and is not compared with the bare
    /// elections of another article.
    @Test(arguments: [
        ("Harbour news.\n\nCouncilwoman Mara Okafor was re-elected chair of the caucus on Wednesday.", "Wednesday"),
        ("Harbour news.\n\nCaucus members re-elected Councilwoman Mara Okafor as chair on Wednesday.", "Wednesday"),
    ])
    func anElectionKeepsThePersonElected(text: String, written: String) throws {
        let claim = try EventIdentityTests.date(text, written)
        #expect(claim.slots.event == "election")
        #expect(claim.slots.actor != nil)
    }

    @Test func aPersonsElectionIsNotTheBareElections() throws {
        let report = EventIdentityTests.report([
            "Harbour news.\n\nCouncilwoman Mara Okafor was re-elected chair of the caucus on Wednesday.",
            "Harbour news.\n\nCouncilwoman Mara Okafor spoke after the November 3 elections, in which turnout fell.",
        ])
        #expect(!report.findings.contains { $0.kind == .date && $0.status == .conflict })
    }

    /// A date after its article's publication (`next March`: a plan) and one before (`in 1994`:
    /// what happened) are two occurrences: never a conflict.
    @Test func aPlanAndAPastOccurrenceDoNotConflict() throws {
        let report = EventIdentityTests.report([
            "Harbour news.\n\nThe comedian said she was thrilled to lead the awards ceremony next March.",
            "Harbour news.\n\nThe comedian led the awards ceremony in 1994 and twice more after that.",
        ], published: "2026-08-01")
        #expect(!report.findings.contains { $0.kind == .date && $0.status == .conflict })
        let dates = report.findings.filter { $0.kind == .date }.flatMap { $0.values.values.flatMap { $0 } }
        #expect(dates.contains("2027-03") || dates.contains("1994"))
    }
}
