import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// Defects a fresh-eyes user trial met on real sets (session 10), one test per rule. Sentences
/// are news-style, written for the test.
@Suite struct UserTrialTenTests {
    static func report(_ articles: [(String, String)], published: String = "2026-05-12") -> Report {
        let checker = CrossChecker()
        let read = articles.map { Fixtures.article($0.1, id: $0.0, published: published) }
        return checker.makeReport(set: "trial-ten", analyses: checker.analyze(read), diagnostics: [])
    }

    static func finding(_ subject: String, _ status: FindingStatus, _ severity: Severity) -> Finding {
        Finding(kind: .quote, status: status, severity: severity, subject: subject, subjectKey: "trial:" + subject, entity: nil,
                summary: subject, values: ["a": [subject]], evidence: [:])
    }

    /// A warning always ranks above an info on the first screen, whatever their salience, and
    /// a variant at warning (a plan told differently) is a discrepancy there and for the gate;
    /// an info variant (a title written differently) is not.
    @Test func warningsOutrankInfosAndWarningVariantsCount() {
        let info = Self.finding("one outlet's quotation", .onlyIn, .info)
        let plan = Self.finding("a departure plan told differently", .variant, .warning)
        let title = Self.finding("a title written differently", .variant, .info)
        let story = Story(event: nil, frame: [], salience: [info.id: 30, plan.id: 20, title.id: 25], minor: [], updates: [], background: [])
        #expect(story.topDiscrepancies([info, plan, title]).map(\.subject) == ["a departure plan told differently", "one outlet's quotation"])
        #expect(plan.isDiscrepancy && !title.isDiscrepancy)
    }

    /// `given the fact that …` is a conjunction: nothing is delivered, while a shipyard that
    /// delivered two boats still delivered them.
    @Test(arguments: [
        ("Arson is suspected, given the fact that the shed had no power line when it burned.", false),
        ("Given the fact that no one has been charged, residents are uneasy.", false),
        ("The shipyard delivered two patrol boats to the navy on Friday.", true),
    ])
    func aConjunctionGivenDeliversNothing(_ sentence: String, _ delivery: Bool) {
        let claims = Fixtures.analyze(sentence).claims.filter { $0.kind == .delivery }
        #expect(claims.isEmpty != delivery, "\(claims.map(\.slots))")
    }

    /// A person named in a temporal clause (`before X left office`) is not the subject of an
    /// absence verb in another clause; the subject of `skipped` itself is absent.
    @Test(arguments: [
        ("The rule, signed weeks before Governor Ray Mills left office, let agencies skip reviews by wildlife experts.", false),
        ("Governor Ray Mills skipped the summit on Friday, aides said.", true),
    ])
    func absenceNeedsTheVerbsOwnSubject(_ sentence: String, _ absent: Bool) {
        let claims = Fixtures.analyze(sentence).claims.filter { $0.kind == .absence }
        #expect(claims.isEmpty != absent, "\(claims.map(\.slots))")
    }

    /// One surname, given names one letter apart, each article naming one person of it: a
    /// name variant a reader should check.
    @Test func givenNameSpelledTwoWaysIsAVariant() throws {
        let report = Self.report([
            ("a", "Fire chief Jon Pruitt said the blaze began before dawn on Tuesday at the old cannery."),
            ("b", "John Pruitt, the fire chief, said crews reached the old cannery within minutes on Tuesday."),
        ])
        let finding = try #require(report.findings.first { $0.subject.contains("Pruitt") && $0.kind == .other }, "\(report.findings.map(\.summary))")
        #expect(finding.status == .variant)
        #expect(finding.summary.contains("spell a given name differently"), "\(finding.summary)")
    }

    /// A pretty-printed `.json` article with an error on its third line is named at line 3,
    /// with the column.
    @Test func badJSONNamesTheLineOfTheByte() throws {
        let (root, set) = try BadInputTests.makeSet(["broken.json": Array("{\n  \"title\": \"Storm\",\n  \"text\": \"a\" \"b\"\n}\n".utf8)])
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 3)
        #expect(result.err.contains("broken.json:3: JSON: not valid JSON"), "stderr: \(result.err)")
        #expect(result.err.contains("column 15"), "stderr: \(result.err)")
    }

    /// A folder the system refuses to list is an error naming it and "permission denied" (exit
    /// 3), never a folder "without articles" (simulated: the test runs as any user).
    @Test(arguments: [CocoaError(.fileReadNoPermission) as Error, POSIXError(.EACCES) as Error])
    func unlistableFolderIsPermissionDenied(_ error: Error) {
        let mapped = CorpusReader.listingError(error, folder: "corpus/locked")
        #expect(mapped.message.hasPrefix("corpus/locked: cannot be read (permission denied"), "\(mapped.message)")
        #expect(mapped.exitCode == 3)
    }

    /// Agreement between copies of one story becomes only-in, and its words say so: an only-in
    /// finding never reads "Sources agree".
    @Test func copiesOfOneStoryNeverReadAsAgreement() {
        let wire = "The singer and actress Mara Quell died on Thursday at her home in Lakeview, her spokesman Tom Arden said. She was 91. Quell starred in a dozen musical films in the 1950s and later ran a swimwear business that bore her name for three decades before retiring to the coast."
        let report = Self.report([
            ("a", wire),
            ("b", wire + " She is survived by two sons."),
            ("c", "Mara Quell, a star of musical films, has died, her family announced in a short statement."),
        ])
        let onlyIn = report.findings.filter { $0.status == .onlyIn }
        #expect(!onlyIn.contains { $0.summary.hasPrefix("Sources agree") || $0.summary.contains(" the same ") }, "\(onlyIn.map(\.summary))")
        #expect(onlyIn.contains { $0.summary.contains("copies of one story") }, "\(report.findings.map(\.summary))")
    }

    /// The pronoun `I` after a name is the subject of what follows, not part of the name.
    @Test func pronounAfterANameIsNotPartOfIt() {
        let names = Fixtures.analyze("Unlike Senator Tom Breck I do not hide from voters, the governor wrote on Monday.").entities.map(\.name)
        #expect(names.contains("Tom Breck"), "\(names)")
        #expect(!names.contains { $0.hasSuffix(" I") }, "\(names)")
    }

    /// A quoted nickname of one to three capitalised words inside or beside a name is no
    /// quotation of the person.
    @Test func quotedNicknameIsNoQuotation() {
        let analysis = Fixtures.analyze("General Ada Kessler resigned on Friday. The general, nicknamed \"Iron Hand Kessler\" by her troops, will leave in March. \"Big Ed\" Lomax, her deputy, takes over.")
        let quotes = analysis.claims.filter { $0.kind == .quote }.compactMap(\.slots.quote)
        #expect(quotes.isEmpty, "\(quotes)")
    }

    /// A court or a president that overturns a rule sinks nothing: a word of several classes
    /// (a boat overturns too) names no class of happening.
    @Test func overturningARuleIsNoSinking() {
        let claims = Fixtures.analyze("The appeals court on Tuesday overturned a ban on night fishing in the bay.", published: "2026-05-12").claims
        let events = claims.filter { $0.kind == .date }.compactMap(\.slots.event)
        #expect(!events.contains("sinking"), "\(claims.map(\.slots))")
    }

    /// A relative week (`this week`) never dates the main event: the story has no `when`
    /// rather than a seven-day span.
    @Test func aRelativeWeekIsNoMainDate() throws {
        let report = Self.report([
            ("a", "Two senators traded insults this week over a campaign advertisement about their wives."),
            ("b", "Two senators traded insults over a campaign advertisement, aides to both said."),
        ])
        let story = try #require(report.story)
        let when = story.frame.filter { $0.slot == .when }.flatMap { $0.values.values.flatMap { $0 } }
        #expect(!when.contains { $0.contains("/") }, "\(when)")
    }

    /// An article giving several figures for one noun (troops here and there) gives several
    /// facts: the figure is no series rising or falling between publications.
    @Test func severalFiguresInOneArticleAreNoSeries() throws {
        let checker = CrossChecker()
        let read = [
            Fixtures.article("Officials said 1,200 troops were sent to the border and 300 troops to the port on Monday.", id: "a", published: "2026-05-11"),
            Fixtures.article("Officials said 900 troops were sent to the border on Monday.", id: "b", published: "2026-05-13"),
        ]
        let report = checker.makeReport(set: "trial-ten", analyses: checker.analyze(read), diagnostics: [])
        let story = try #require(report.story)
        #expect(!story.updates.contains { $0.subject.contains("troops") }, "\(story.updates)")
    }
}
