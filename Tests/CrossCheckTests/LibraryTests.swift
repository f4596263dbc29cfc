import CrossCheck
import Foundation
import Testing

/// crosscheck as a library: a versioned dependency's manifest, module-qualified names, and
/// articles compared as values, in memory.
struct LibraryTests {
    static let wire = ArticleText(id: "wire", text: """
        HANOI, Nov 2 (Example Wire) - Secretary of Defense Pete Hegseth met Defense Minister Phan Van Giang in Hanoi on Sunday.
        """, outlet: "Example Wire")
    static let daily = ArticleText(id: "daily", text: """
        Secretary of War Pete Hegseth met Defense Minister Phan Van Giang in Hanoi on Sunday, November 2, 2025.
        """, outlet: "Daily Ledger", published: "2025-11-03")

    @Test func manifestHasNoUnsafeFlags() throws {
        // SwiftPM refuses a versioned dependency whose manifest has unsafe flags.
        let manifest = try String(contentsOfFile: Fixtures.root + "/Package.swift", encoding: .utf8)
        #expect(!manifest.contains(".unsafeFlags("))
        #expect(manifest.contains(".library(name: \"CrossCheck\""))
    }

    @Test func moduleQualifiedNamesResolve() {
        // The facade is `CrossChecker`, so `CrossCheck.` names the module.
        let configuration: CrossCheck.Configuration = CrossCheck.Configuration()
        let checker = CrossCheck.CrossChecker(configuration: configuration)
        #expect(checker.configuration.maxClaimsPerArticle == 20_000)
        // Model types come with `import CrossCheck` (re-exported).
        let severity: CrossCheck.Severity = .warning
        #expect(severity > .info)
    }

    @Test func articlesGivenAsValuesAreCompared() throws {
        let report = try CrossChecker().compare([Self.wire, Self.daily], set: "hanoi-visit")
        #expect(report.schema == "crosscheck.report/1")
        #expect(report.set == "hanoi-visit")
        #expect(report.articles.map(\.id) == ["daily", "wire"])
        #expect(report.articles.first { $0.id == "daily" }?.outlet == "Daily Ledger")
        #expect(report.articles.first { $0.id == "daily" }?.published == "2025-11-03")
        #expect(report.articles.first { $0.id == "wire" }?.path == "wire.txt")
        let title = try #require(report.findings.first { $0.kind == .title && $0.subject == "Pete Hegseth" })
        #expect(title.status == .conflict)
        #expect(title.values["wire"] == ["Secretary of Defense"])
        #expect(title.values["daily"] == ["Secretary of War"])
        #expect(title.summary == "Sources give Pete Hegseth different titles")
        // Rendered like any report.
        #expect(ReportWriter.render(report, as: .markdown).contains("Pete Hegseth"))
    }

    @Test func valuesAndFilesGiveTheSameReport() throws {
        let folder = Fixtures.temporaryFolder() + "/visit"
        Fixtures.write(Self.wire.text, to: folder + "/wire.txt")
        Fixtures.write(Self.daily.text, to: folder + "/daily.txt")
        let fromFiles = try CrossChecker().compare(setFolder: folder).report
        let plain = [
            ArticleText(id: "wire", text: Self.wire.text, path: folder + "/wire.txt"),
            ArticleText(id: "daily", text: Self.daily.text, path: folder + "/daily.txt"),
        ]
        let fromValues = try CrossChecker().compare(plain, set: "visit")
        #expect(ReportWriter.render(fromValues, as: .json) == ReportWriter.render(fromFiles, as: .json))
    }

    @Test func formatsAndErrorsAreThoseOfFiles() throws {
        let markdown = ArticleText(id: "m", text: "---\noutlet: Front Wire\n---\nMinister Anna Kowalska met Tomas Berg.\n", format: .markdown)
        let report = try CrossChecker().compare([markdown], set: "one")
        #expect(report.articles.first?.outlet == "Front Wire")
        #expect(throws: CrossCheckError.self) { try CrossChecker().compare([ArticleText(id: "e", text: "  \n")]) }
        #expect {
            try CrossChecker().compare([Self.wire, Self.wire])
        } throws: { error in
            (error as? CrossCheckError)?.message.contains("two articles have the id 'wire'") == true
        }
    }
}
