import ClaimExtractor
import ClaimModel
import Comparator
import CrossCheck
import Testing

/// The story frame tells the truth: its main event is the one the articles' ledes report, a
/// past mention deep in one article is background, two facts are never one figure's update,
/// and who joined an earlier occasion is not said to take part in this one.
@Suite struct StoryTruthTests {
    static func report(_ bodies: [(String, String)]) -> Report {
        let checker = CrossChecker()
        let articles = bodies.enumerated().map { Fixtures.article($0.element.1, id: "a\($0.offset)", published: $0.element.0) }
        return checker.makeReport(set: "truth", analyses: checker.analyze(articles), diagnostics: [])
    }

    /// Every lede dates the news on Tuesday with no event word of its own; one article recalls
    /// a past clash at a convention last month. The frame's date is the ledes' Tuesday, and the
    /// clash is kept out of the frame as a background mention.
    @Test func theMainDateIsTheLedesNotAPastMentionInOneArticle() throws {
        let ledes = [
            "State Senator Mara Quist was beaten on Tuesday by a first-time candidate in the party contest.",
            "Newcomer Dan Orrin defeated State Senator Mara Quist on Tuesday in a result few had expected.",
            "RIVERTON — State Senator Mara Quist lost her seat on Tuesday to a little-known teacher, Dan Orrin.",
        ]
        var bodies = ledes.map { ("2026-11-05", $0 + "\n\nThe count ran late into the night.\n\nSupporters gathered at a hall downtown.") }
        bodies[2].1 += "\n\nQuist had faced a fierce attack from party activists at a county convention last month."
        let report = Self.report(bodies)
        let story = try #require(report.story)
        let when = try #require(story.frame.first { $0.slot == .when })
        #expect(when.label == "date in the lede")
        #expect(when.values == ["a0": ["2026-11-03"], "a1": ["2026-11-03"], "a2": ["2026-11-03"]])
        #expect(when.status == .agree)
        #expect(story.event != "attack")
        let attack = try #require(report.findings.first { $0.kind == .date && $0.subject == "attack" })
        #expect(story.background.contains(attack.id))
    }

    /// A figure one article sets under a condition and another states as scheduled may be two
    /// facts: shown side by side, never as one figure falling between publications.
    @Test func figuresThatMayBeDifferentFactsAreNoUpdate() throws {
        let report = Self.report([
            ("2026-11-16", "Talks on the budget resumed at the capitol.\n\nOne senator said that if the borrowing cap rises, the party should seek $3 trillion in spending cuts."),
            ("2026-11-19", "Talks on the budget went on at the capitol.\n\nWith the deadline near, $1 trillion in spending cuts is set to take effect in January."),
        ])
        let cuts = try #require(report.findings.first { $0.kind == .number && $0.subject == "spending cuts" })
        #expect(cuts.status == .variant)
        #expect(cuts.summary.hasSuffix("may be different facts"))
        #expect(report.story?.updates.contains { $0.finding == cuts.id } == false)
    }

    /// Two articles give different shares of the vote for different people, each the subject
    /// of its sentence: two facts, no row of the frame; the same person's figure in both
    /// articles, or a figure someone reports (`said`), stays a row.
    @Test(arguments: [
        ("Mara Quist had carried past races in the district with as much as 79 percent of the vote.", false),
        ("Dan Orrin finished the night with as much as 58 percent of the vote.", true),
        // The one who says it does not own the figure: no owner, the row stays.
        ("Mara Quist said late on Tuesday that her rival had taken as much as 79 percent of the vote.", true),
    ])
    func figuresOfDifferentOwnersAreNoRowOfTheFrame(other: String, row: Bool) throws {
        let lede = "Challenger Dan Orrin defeated State Senator Mara Quist on Tuesday.\n\nThe count ran late.\n\n"
        let report = Self.report([
            ("2026-11-05", lede + "Dan Orrin won the contest with 56 percent of the vote."),
            ("2026-11-05", lede + other),
        ])
        let vote = try #require(report.findings.first { $0.kind == .number && $0.subject == "vote" })
        #expect(vote.values.count == 2)
        #expect((report.story?.frame.contains { $0.slot == .howMany && $0.finding == vote.id } ?? false) == row)
    }

    /// Who joined an earlier session (`since a session three weeks ago, when they were joined
    /// by …`) took part in that session: such a finding is background, kept out of the frame's
    /// row of who took part; a person taking part in today's meeting is not.
    @Test(arguments: [
        ("It was their first meeting since a session three weeks ago, when they were joined by the opposition leader, Lena Moss.", true),
        ("It was their first meeting since a session in 2024, when Lena Moss joined them.", true),
        ("They were joined on Thursday by the opposition leader, Lena Moss, when the talks began.", false),
        ("Lena Moss joined them three weeks ago.", false),
    ])
    func aParticipantOfAnEarlierOccasionIsBackground(sentence: String, background: Bool) throws {
        let lede = "President Ana Ruiz met Speaker Tom Kell on Thursday.\n\n"
        let article = Fixtures.article(lede + sentence, id: "a", published: "2026-11-20")
        let start = lede.unicodeScalars.count
        let evidence = Evidence(text: sentence, span: SourceSpan(article: "a", start: start, end: start + sentence.unicodeScalars.count, line: 3))
        let finding = Finding(
            kind: .participant, status: .onlyIn, severity: .warning, subject: "Lena Moss", subjectKey: "participant:moss", entity: "person:moss",
            summary: "Only a reports Lena Moss taking part", values: ["a": ["joined"]], evidence: ["a": [evidence]])
        let story = StoryBuilder.build(articles: [article], entities: [], claims: [], findings: [finding])
        #expect(story.background.contains(finding.id) == background)
    }
}
