import ClaimModel
import CrossCheck
import Foundation
import Testing

/// The acceptance checks of the foundation issue, on the two seed articles.
@Suite(.enabled(if: Fixtures.seedsAvailable, "../shared/seeds not found beside the project: seed tests skipped"))
struct SeedTests {
    let report: Report

    init() throws {
        report = try CrossChecker().compare(setFolder: Fixtures.seeds).report
    }

    func lookup(_ kind: FindingKind, _ subjectFolded: String) -> Finding? {
        report.findings.first { $0.kind == kind && Folding.fold($0.subject).contains(subjectFolded) }
    }

    @Test func titleConflictForTheVisitingSecretary() throws {
        let finding = try #require(lookup(.title, "hegseth"))
        #expect(finding.status == .conflict || finding.status == .variant)
        let all = finding.values.values.flatMap { $0 }
        #expect(all.contains("Secretary of War"))
        #expect(all.contains("Secretary of Defense"))
        #expect(all.contains("Pentagon Chief"))
        #expect(finding.status == .conflict)
    }

    @Test func bothArticlesReportTheMeetingWithTheDefenceMinister() throws {
        let finding = try #require(lookup(.participant, "phan van giang"))
        #expect(finding.status == .agree)
        #expect(finding.values.count == 2)
        // One person, with and without diacritics.
        #expect(report.entities.filter { Folding.fold($0.name) == "phan van giang" }.count == 1)
    }

    @Test(arguments: ["to lam", "luong cuong"])
    func partyChiefAndPresidentOnlyInTheSecondArticle(_ name: String) throws {
        let finding = try #require(lookup(.participant, name))
        #expect(finding.status == .onlyIn)
        #expect(finding.values.keys.sorted() == ["002_e28bfee1bda318e6"])
    }

    @Test func primeMinisterReportedAbsentBySecondOnly() throws {
        let finding = try #require(lookup(.absence, "pham minh chinh"))
        #expect(finding.status == .onlyIn)
        #expect(finding.values["002_e28bfee1bda318e6"] == ["absent"])
    }

    @Test func defenseMinisterTitlesAreNotAConflict() throws {
        let finding = try #require(lookup(.title, "phan van giang"))
        #expect(finding.status == .variant || finding.status == .agree)
    }

    @Test func secondArticleDatelineIsThirdOfNovember() {
        let article = report.articles.first { $0.id == "002_e28bfee1bda318e6" }
        #expect(article?.published == "2025-11-03")
        #expect(article?.outlet == "CaliToday")
    }
}
