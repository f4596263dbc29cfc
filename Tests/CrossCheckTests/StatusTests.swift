import ClaimModel
import CrossCheck
import Foundation
import Testing

/// `status` claims (charged, pleaded, sentenced, resigned) and how articles compare on them.
@Suite struct StatusTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var person: String?
        var value: String
        var negative: Bool
        var verb: String
        var text: String?
        var description: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "Former treasurer Dana Whitlock was charged with embezzlement on Monday.", person: "person:dana-whitlock", value: "charged", negative: false, verb: "done", text: "with embezzlement"),
        Case(sentence: "Prosecutors charged former treasurer Dana Whitlock with fraud, the court said.", person: "person:dana-whitlock", value: "charged", negative: false, verb: "done", text: nil),
        Case(sentence: "No charges have been filed against Dana Whitlock, a spokesman said.", person: "person:dana-whitlock", value: "charged", negative: true, verb: "done", text: nil),
        Case(sentence: "Former treasurer Dana Whitlock has not been charged, her lawyer said.", person: "person:dana-whitlock", value: "charged", negative: true, verb: "done", text: nil),
        Case(sentence: "Senator Ivo Marsh was indicted by a federal grand jury on Friday.", person: "person:ivo-marsh", value: "indicted", negative: false, verb: "done", text: nil),
        Case(sentence: "Senator Ivo Marsh pleaded guilty to two counts of fraud on Tuesday.", person: "person:ivo-marsh", value: "pleaded guilty", negative: false, verb: "done", text: "to two counts of fraud"),
        Case(sentence: "Senator Ivo Marsh pleaded not guilty to all counts.", person: "person:ivo-marsh", value: "pleaded not guilty", negative: false, verb: "done", text: "to all counts"),
        Case(sentence: "Senator Ivo Marsh was sentenced to 18 months in prison.", person: "person:ivo-marsh", value: "sentenced", negative: false, verb: "done", text: "to 18 months in prison"),
        Case(sentence: "Mayor Owen Pratt resigned on Sunday after the audit.", person: "person:owen-pratt", value: "resigned", negative: false, verb: "done", text: nil),
        Case(sentence: "Mayor Owen Pratt said he will resign at the end of the month.", person: "person:owen-pratt", value: "resigned", negative: false, verb: "planned", text: nil),
        Case(sentence: "Mayor Owen Pratt has refused to resign.", person: "person:owen-pratt", value: "resigned", negative: true, verb: "done", text: nil),
        Case(sentence: "Mayor Owen Pratt said he would step down in May.", person: "person:owen-pratt", value: "resigned", negative: false, verb: "planned", text: nil),
    ]

    @Test(arguments: cases)
    func statusClaimIsRead(_ c: Case) throws {
        let claims = Fixtures.analyze(c.sentence, published: "2026-03-02").claims.filter { $0.kind == .status }
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.slots.person == c.person)
        #expect(claim.slots.value == c.value)
        #expect((claim.polarity == .negative) == c.negative)
        #expect(claim.slots.verb == c.verb)
        if let text = c.text { #expect(claim.slots.text == text) }
    }

    /// Demands, suppositions, adjectives and other senses state no status.
    @Test(arguments: [
        "Republicans called on Mayor Owen Pratt to resign over the audit.",
        "Council members demanded Mayor Owen Pratt step down as chairman.",
        "The question is whether Mayor Owen Pratt will resign.",
        "A convicted offender escaped from the prison on Monday.",
        "The city's charges for parking rose by 10 percent.",
        "The inquiry, which indicted more than 30 people, ended in March.",
        "Vacancies would open if a judge resigns, Mayor Owen Pratt said.",
    ])
    func noStatusIsRead(sentence: String) {
        #expect(Fixtures.analyze(sentence, published: "2026-03-02").claims.filter { $0.kind == .status }.isEmpty)
    }

    static func report(_ articles: [(String, String, String)]) -> Report {
        let checker = CrossChecker()
        let read = articles.map { Fixtures.article($0.1, id: $0.0, published: $0.2) }
        return checker.makeReport(set: "status", analyses: checker.analyze(read), diagnostics: [])
    }

    @Test(arguments: [
        ("Former treasurer Dana Whitlock was charged with embezzlement on Monday.", "No charges have been filed in the case, a spokesman for Dana Whitlock said.", FindingStatus.conflict),
        ("Dana Whitlock pleaded guilty to fraud on Monday.", "Dana Whitlock pleaded not guilty to fraud on Monday.", .conflict),
        ("Dana Whitlock was indicted on Monday.", "Dana Whitlock has not been charged, her lawyer said.", .conflict),
        ("Dana Whitlock was charged with fraud on Monday.", "Dana Whitlock was charged with fraud on Monday, police said.", .agree),
        ("Mayor Owen Pratt resigned on Sunday.", "Mayor Owen Pratt said he will resign at the end of the month.", .variant),
    ])
    func articlesCompareOnAStatus(first: String, second: String, expected: FindingStatus) throws {
        let report = Self.report([("a", first, "2026-03-02"), ("b", second, "2026-03-01")])
        let status = report.findings.filter { $0.kind == .status }
        #expect(status.count == 1)
        let finding = try #require(status.first)
        #expect(finding.status == expected)
        #expect(Set(finding.values.keys) == ["a", "b"])
        if expected == .variant { #expect(finding.reason?.hasPrefix("an update:") == true) }
        // The frame's outcome row shows it.
        let row = try #require(report.story?.frame.first { $0.slot == .outcome })
        #expect(row.finding == finding.id)
        #expect(row.status == expected)
    }

    /// One article saying both (an earlier `no intention of resigning`, then `resigned`) names
    /// two moments: no conflict with another that says only one.
    @Test func anArticleSayingBothIsNoConflict() {
        let report = Self.report([
            ("a", "Aides said Mayor Owen Pratt had no intention of resigning. On Friday, Pratt resigned.", "2026-03-02"),
            ("b", "Mayor Owen Pratt resigned on Friday.", "2026-03-02"),
        ])
        #expect(!report.findings.contains { $0.kind == .status && $0.status == .conflict })
    }

    /// A step its sentence dates weeks before the article (`sentenced in December` in a
    /// January article) is a past step, not compared; the same step dated this week is.
    @Test(arguments: [
        ("Former treasurer Dana Whitlock was sentenced in December to three years in prison.", 0),
        ("Former treasurer Dana Whitlock was sentenced in 2019 to three years in prison.", 0),
        ("Former treasurer Dana Whitlock was sentenced on Monday to three years in prison.", 1),
    ])
    func aPastStepIsNotCompared(sentence: String, findings: Int) {
        // A second article that says nothing of it: a set of one article has no only-in finding.
        let report = Self.report([("a", sentence, "2026-01-21"), ("b", "The county board met on Tuesday to discuss the budget.", "2026-01-21")])
        #expect(report.findings.filter { $0.kind == .status }.count == findings)
    }

    /// `No charges` one day and `charged` the next: still a conflict, and on the timeline
    /// by publication time.
    @Test func aStatusThatChangedBetweenPublicationsIsOnTheTimeline() throws {
        let report = Self.report([
            ("early", "No charges have been filed against former treasurer Dana Whitlock, a spokesman said.", "2026-03-01"),
            ("late", "Former treasurer Dana Whitlock was charged with embezzlement on Monday.", "2026-03-02"),
        ])
        let update = try #require(report.story?.updates.first { $0.subject == "Dana Whitlock: charges" })
        #expect(update.steps.map(\.article) == ["early", "late"])
        #expect(update.steps.map(\.values) == [["not charged"], ["charged with embezzlement"]])
        #expect(update.trend == "changing")
    }
}
