import ClaimExtractor
import ClaimModel
import Comparator
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// Defects a first-time user met on real sets (session 8), one test per rule. Sentences are
/// news-style, written for the test.
struct FreshEyesTests {
    static func report(_ bodies: [(id: String, outlet: String?, body: String)]) -> Report {
        let checker = CrossChecker()
        let articles = bodies.map {
            Article(id: $0.id, path: "\($0.id).txt", body: $0.body, sha256: SHA256.hex($0.body), outlet: $0.outlet, published: "2024-05-02")
        }
        return checker.makeReport(set: "t", analyses: checker.analyze(articles), diagnostics: [])
    }

    /// One alignment decides both: a figure the number rule aligns across two articles is not
    /// also said to be given by one article only (a delivery read from the same words).
    @Test func alignedFigureIsNoOnlyIn() {
        let report = FreshEyesTests.report([
            (id: "a", outlet: "first.example", body: "The smuggler was convicted of fraud and given three extra prison terms by the court on Tuesday."),
            (id: "b", outlet: "second.example", body: "The court on Tuesday handed the smuggler three additional prison terms after the fraud conviction."),
        ])
        let shared = report.findings.filter { $0.kind == .number && $0.status != .onlyIn && $0.articles.count == 2 }
        let sharedSpans = shared.flatMap { $0.evidence.flatMap { article, list in list.map { (article, $0.span) } } }
        let contradicted = report.findings.filter { finding in
            finding.status == .onlyIn && (finding.kind == .item || finding.kind == .number)
                && finding.evidence.allSatisfy { article, list in
                    list.allSatisfy { span in sharedSpans.contains { $0.0 == article && $0.1.start < span.span.end && span.span.start < $0.1.end } }
                }
        }
        #expect(contradicted.isEmpty, "\(contradicted.map(\.summary)) beside \(shared.map(\.summary))")
    }

    /// The terminal summary lists the glance list's findings first, in its order.
    @Test func terminalAndGlanceListAgree() {
        let report = FreshEyesTests.report([
            (id: "a", outlet: "first.example", body: "Fire crews rescued 12 hikers near the ridge on Monday, the sheriff said. Two helicopters joined the search."),
            (id: "b", outlet: "second.example", body: "Fire crews rescued 14 hikers near the ridge on Monday. The sheriff, Dana Holt, said 40 volunteers helped."),
        ])
        let glance = GlanceList.findings(report)
        let terminal = TerminalRenderer(color: false).render(report, written: [])
        let shown = glance.prefix(8).map { String($0.summary.prefix(60)) }
        var position = terminal.startIndex
        for summary in shown {
            guard let found = terminal.range(of: summary, range: position..<terminal.endIndex) else {
                Issue.record("terminal lacks “\(summary)” (in glance order)\n\(terminal)")
                return
            }
            position = found.upperBound
        }
        #expect(!shown.isEmpty)
    }

    /// Two articles of one outlet get distinct labels in the findings: the outlet and a short id.
    @Test func outletLabelsAreUniqueInASet() {
        let labels = OutletLabels.labels([
            (id: "metro-12_1", outlet: "metro.example"), (id: "metro-12_2", outlet: "metro.example"),
            (id: "wire-3", outlet: "wire.example"), (id: "loose", outlet: nil),
        ])
        #expect(labels == ["metro-12_1": "metro.example (12_1)", "metro-12_2": "metro.example (12_2)", "wire-3": "wire.example", "loose": "loose"])
        let report = FreshEyesTests.report([
            (id: "metro-1", outlet: "metro.example", body: "The council approved the new budget on Monday, the mayor said."),
            (id: "metro-2", outlet: "metro.example", body: "The council approved the budget on Monday after a long debate."),
            (id: "wire-1", outlet: "wire.example", body: "Officials said 30 workers were hired for the new depot."),
        ])
        #expect(report.articles.map(\.label) == ["metro.example (1)", "metro.example (2)", "wire.example"])
        let summaries = report.findings.map(\.summary).joined(separator: "\n")
        #expect(!summaries.contains("metro.example and metro.example"), "\(summaries)")
    }

    static func people(_ text: String) -> ArticleAnalysis { Fixtures.analyze(text) }

    /// A name ending in `Jr.` keeps the age after it, and the age is evidence of a person.
    @Test(arguments: [
        ("Marlon Everett Pruitt Jr., 52, walked away from a work crew on Friday.", "Marlon Everett Pruitt Jr", "52"),
        ("Tobias Wren Jr., 38, was arrested at the border.", "Tobias Wren Jr", "38"),
    ])
    func ageAfterGenerationalSuffix(_ text: String, _ name: String, _ age: String) {
        let analysis = FreshEyesTests.people(text)
        #expect(analysis.entities.map(\.name).contains(name), "\(analysis.entities.map(\.name))")
        let ages = analysis.claims.filter { $0.kind == .age }.compactMap(\.slots.value)
        #expect(ages == [age], "\(analysis.claims.map { "\($0.kind) \($0.slots.value ?? "")" })")
    }

    /// A generational suffix after two capitalised words is evidence of a person, with no
    /// known given name, title or age.
    @Test func generationalSuffixNamesAPerson() {
        let analysis = FreshEyesTests.people("Harbor Quillon Jr. walked away from the work crew on Friday.")
        #expect(analysis.entities.filter { $0.type == .person }.map(\.name) == ["Harbor Quillon Jr"], "\(analysis.entities.map(\.name))")
    }

    /// One capitalised word after a preposition that places an event is a place; a plural
    /// role after it (`officials said`) is no title.
    @Test(arguments: [
        "The convoy was stopped near Kessling, officials said.",
        "The fire started in Marwood, residents said on Sunday.",
    ])
    func placeAfterLocativeIsNoPerson(_ text: String) {
        let analysis = FreshEyesTests.people(text)
        #expect(analysis.entities.filter { $0.type == .person }.isEmpty, "\(analysis.entities.map { "\($0.name) \($0.mentions.compactMap(\.title))" })")
    }

    /// A plural role is not one person's appositive title.
    @Test func pluralRoleIsNoTitle() {
        let analysis = FreshEyesTests.people("Ruth Calloway, officials said, had left the building before noon.")
        #expect(!analysis.titlesByName.values.contains { $0.contains { Folding.fold($0).contains("officials") } }, "\(analysis.titlesByName)")
    }

    /// A decimal right after a capitalised name is the name's version, not a count.
    @Test(arguments: [
        "The laptop has two USB 3.0 ports and a card reader.",
        "The headset supports Bluetooth 5.3 connections to two phones.",
    ])
    func versionNumberIsNoCount(_ text: String) {
        let figures = NumberReadingTests.numbers(text)
        #expect(!figures.contains { ($0.slots.value ?? "").hasPrefix("3") || ($0.slots.value ?? "").hasPrefix("5") },
                "\(figures.map { "\($0.evidence.text) → \($0.slots.measure ?? "-") \($0.slots.value ?? "")" })")
    }

    /// A duration shorter than a day is shown as stated, not rounded to `0 days`.
    @Test func shortDurationKeepsItsUnit() {
        let report = FreshEyesTests.report([
            (id: "a", outlet: "first.example", body: "The new tablet offers 7 hours of battery life, the company said."),
            (id: "b", outlet: "second.example", body: "The company said the tablet ships in June with a larger screen."),
        ])
        let values = report.findings.filter { $0.kind == .number }.flatMap { $0.values.values.flatMap { $0 } }
        #expect(values.contains("7 hours"), "\(values)")
        #expect(!values.contains { $0.hasSuffix("days") || $0.hasSuffix("day") }, "\(values)")
    }

    /// A duration is shown in the unit it was written in, not converted to months for display.
    @Test(arguments: [
        ("Signing the order within the first 100 days of office is a signal to voters, the governor said.", "100 days"),
        ("The ferry crossing was suspended for six weeks of repairs.", "six weeks"),
    ])
    func durationIsShownAsWritten(_ text: String, _ expected: String) {
        let report = FreshEyesTests.report([
            (id: "a", outlet: "first.example", body: text),
            (id: "b", outlet: "second.example", body: "Residents met on Monday to discuss the plan with county officials."),
        ])
        let values = report.findings.filter { $0.kind == .number }.flatMap { $0.values.values.flatMap { $0 } }
        #expect(values.contains { $0.hasSuffix(expected) }, "\(values)")
        #expect(!values.contains { $0.contains("month") }, "\(values)")
    }
}
