import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// Defects a fresh-eyes user trial met on real sets (session 9), one test per rule. Sentences
/// are news-style, written for the test.
@Suite struct UserTrialNineTests {
    static func report(_ articles: [(String, String)], published: String = "2026-03-04") -> Report {
        let checker = CrossChecker()
        let read = articles.map { Fixtures.article($0.1, id: $0.0, published: published) }
        return checker.makeReport(set: "trial-nine", analyses: checker.analyze(read), diagnostics: [])
    }

    /// An article that itself gives two counts of one thing leaves the set without one figure:
    /// the finding says the figures differ, never that the sources agree (the story table
    /// already said "differs").
    @Test func anArticleGivingTwoCountsIsNoAgreement() throws {
        let report = Self.report([
            ("a", "The ferry carried 40 passengers when it ran aground on Monday.\n\nRescuers later said 41 passengers were taken ashore."),
            ("b", "The ferry ran aground on Monday with 40 passengers aboard, the coast guard said."),
        ])
        let finding = try #require(report.findings.first { $0.kind == .number && $0.subject.contains("passenger") && $0.articles.count == 2 },
                                   "\(report.findings.map(\.summary))")
        #expect(finding.status == .variant, "\(finding.summary)")
        #expect(finding.summary.contains("itself gives 40, 41"), "\(finding.summary)")
    }

    /// A finding at warning level is never folded into the appendix of minor findings, so the
    /// first screen has it to fall back on instead of opening empty.
    @Test func aWarningIsNeverMinor() throws {
        let report = Self.report([
            ("a", "A jury found the gunman guilty of murder on Tuesday, and he was sentenced to death."),
            ("b", "A jury found the gunman guilty of murder on Tuesday, prosecutors said."),
        ])
        let story = try #require(report.story)
        let warnings = report.findings.filter { $0.severity >= .warning && $0.status.isDiscrepancy }
        try #require(!warnings.isEmpty, "\(report.findings.map(\.summary))")
        #expect(warnings.allSatisfy { !story.minor.contains($0.id) })
        #expect(!story.topDiscrepancies(report.findings).isEmpty)
    }

    /// The headline is the first line that is a title: a date or publication stamp above it is
    /// passed over; a first line that ends a sentence is the story, and there is no headline.
    @Test(arguments: [
        ("March 3, 2026 at 4:15 PM\nFerry service resumes after storm\nFerries resumed on Tuesday after the storm.", "Ferry service resumes after storm" as String?),
        ("Mar 03, 2026\nFerry service resumes after storm\nFerries resumed on Tuesday after the storm.", "Ferry service resumes after storm"),
        ("Ferry service resumes after storm\nMar 3, 2026\nFerries resumed on Tuesday after the storm.", "Ferry service resumes after storm"),
        ("Ferries resumed on Tuesday after the storm.\nThe port reopened.", nil),
    ])
    func theHeadlineIsNoTimestamp(body: String, title: String?) throws {
        let article = try #require(ArticleParser.parse(bytes: Array(body.utf8), path: "d/x.txt", id: "x", format: .text).articles.first)
        #expect(article.title == title)
    }

    /// A set whose article has no headline line says so in the story table, not with a dash.
    @Test func aMissingHeadlineIsSaidPlainly() throws {
        var a = Fixtures.article("Ferries resumed on Tuesday after the storm, the port authority said.", id: "a", published: "2026-03-04")
        let b = Fixtures.article("Ferries resumed service on Tuesday after the storm.", id: "b", published: "2026-03-04")
        a.title = "Ferry service resumes"
        let checker = CrossChecker()
        let report = checker.makeReport(set: "trial-nine", analyses: checker.analyze([a, b]), diagnostics: [])
        let markdown = MarkdownRenderer().render(report)
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| what | headline |") })
        #expect(row.contains("Ferry service resumes") && row.contains("no headline found"), "\(row)")
    }

    /// A name followed by an age (`Dana Holt, 34,`) is no dateline: a bare number is no date.
    @Test(arguments: [
        ("Dana Holt, 34, a nurse, was hurt on Monday.", nil as String?),
        ("Hanoi, 2 Nov - Talks began.", "Hanoi"),
        ("Lagos, 11/03/2026 - Talks began.", "Lagos"),
    ])
    func aNameWithAnAgeIsNoDateline(body: String, place: String?) {
        #expect(OutletClues.datelinePlace(Article(id: "x", path: "x.txt", body: body, sha256: "0")) == place)
    }

    /// A year mentioned in passing that lies ahead of publication (`the 2028 election`) is no
    /// date of the news.
    @Test func aFutureYearIsNotTheDateOfTheNews() throws {
        let report = Self.report([
            ("a", "Senators vowed on Tuesday to block the nominee.\n\nThe fight could shape the 2028 election, analysts said."),
            ("b", "Senators on Tuesday promised to block the nominee in a floor vote."),
        ])
        let story = try #require(report.story)
        let when = story.frame.first { $0.slot == .when }
        #expect(!(when?.values.values.flatMap { $0 }.contains("2028") ?? false), "\(String(describing: when))")
        #expect(story.event != "election")
    }

    /// A measure converted to compare is shown as the article states it.
    @Test func aConvertedMeasureIsShownAsStated() throws {
        let report = Self.report([
            ("a", "The rookie finished the season with 716 yards on the ground."),
            ("b", "The rookie ran for 716 yards this season, the team said."),
        ])
        let values = report.findings.filter { $0.kind == .number }.flatMap { $0.values.values.flatMap { $0 } }
        #expect(values.contains { $0.contains("716 yards") }, "\(values)")
        #expect(!values.contains { $0.hasSuffix(" m") }, "\(values)")
    }

    /// Figures that name, place or size a thing count nothing: a figure in a name (`the 4
    /// Corner crew`, `the 9th Circuit`), a distance (`three houses away`), a size inside a count
    /// (`15 5-inch pipes`, where 15 counts the pipes).
    @Test(arguments: [
        ("Police said the suspect belonged to the 4 Corner crew.", nil as String?, "4"),
        ("The appeal went to the 9th Circuit last year.", nil, "9"),
        ("Officers caught the driver three houses away on Elm Street.", "houses away", "3"),
        ("Workers found 15 5-inch pipes near the gate.", "pipes", "15"),
        ("Workers found 15 pipes near the gate.", "pipes", "15"),
        ("The 86th Academy Awards will be held in March.", "academy", "86"),
    ])
    func figuresThatCountNothing(sentence: String, measure: String?, value: String) {
        let claims = Fixtures.analyze(sentence, published: "2026-03-02").claims.filter { $0.kind == .number }
        let read = claims.first { $0.slots.value == value }
        #expect(read?.slots.measure == measure, "\(claims.map { "\($0.slots.value ?? ""): \($0.slots.measure ?? "")" })")
        if measure == nil { #expect(!claims.contains { $0.slots.unit != nil && $0.slots.measure?.contains("pipe") == true }) }
    }

    /// `two men charged` and `two men accused` count the same defendants: one finding, no
    /// only-in beside it.
    @Test func chargedAndAccusedAreOneCount() {
        let report = Self.report([
            ("a", "The trial of two men charged in the shooting opened on Monday."),
            ("b", "The trial of the two men accused in the shooting opened on Monday."),
        ])
        let numbers = report.findings.filter { $0.kind == .number }
        #expect(!numbers.contains { $0.status == .onlyIn }, "\(numbers.map(\.summary))")
        #expect(numbers.contains { $0.status == .agree && $0.articles.count == 2 }, "\(numbers.map(\.summary))")
    }
}
