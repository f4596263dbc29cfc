import ClaimExtractor
import ClaimModel
import Comparator
import CrossCheck
import Foundation
import Testing

/// Entity resolution, syndication, acronym typos and configuration, on small literal sets.
struct ComparatorTests {
    func report(_ bodies: [String: String], configuration: Configuration = Configuration()) -> Report {
        let checker = CrossChecker(configuration: configuration)
        let articles = bodies.keys.sorted().map { Fixtures.article(bodies[$0]!, id: $0) }
        return checker.makeReport(set: "t", analyses: checker.analyze(articles), diagnostics: [])
    }

    struct SamePerson: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var a: String
        var b: String
        var rule: String
    }

    @Test(arguments: [
        SamePerson(testDescription: "diacritics folded", a: "Defense Minister Phan Văn Giang spoke.", b: "Defense Minister Phan Van Giang spoke.", rule: "same name, case and diacritics folded"),
        SamePerson(testDescription: "middle initial dropped", a: "Adviser John R. Bolton said so.", b: "Adviser John Bolton said so.", rule: "same name without initials"),
        SamePerson(testDescription: "common nickname", a: "Defense Secretary James Mattis resigned.", b: "Defense Secretary Jim Mattis resigned.", rule: "same surname, given name a common short form"),
        SamePerson(testDescription: "surname alone", a: "Defense Secretary James Mattis resigned.", b: "Secretary Mattis resigned on Thursday.", rule: "surname only"),
        SamePerson(testDescription: "a middle name in one article", a: "Former Senator Marian Holt Becker spoke in Reno.", b: "Former Senator Marian Becker spoke in Reno.", rule: "same name, a middle name in one"),
        SamePerson(testDescription: "one-letter transliteration", a: "President Volodymyr Zelensky spoke.", b: "President Volodymyr Zelenskyy spoke.", rule: "same given name, surname spelled one letter apart"),
    ])
    func samePersonAcrossArticles(_ case_: SamePerson) throws {
        let result = report(["a": case_.a, "b": case_.b])
        let people = result.entities.filter { $0.type == .person }
        #expect(people.count == 1, "\(people.map(\.name))")
        let merged = try #require(people.first?.merged)
        #expect(merged.contains { $0.rule == case_.rule }, "\(merged)")
        #expect(people.first?.mentions.keys.sorted() == ["a", "b"])
    }

    @Test func twoPeopleSharingASurnameAreNeverMerged() {
        let result = report([
            "a": "Rep. Loretta Sanchez won the vice chair race.",
            "b": "Rep. Linda Sanchez won the vice chair race.",
        ])
        let names = result.entities.filter { $0.type == .person }.map(\.name).sorted()
        #expect(names == ["Linda Sanchez", "Loretta Sanchez"])
    }

    @Test func nameWrittenDifferentlyIsAVariantWithItsRule() throws {
        let result = report(["a": "Defense Secretary James Mattis resigned.", "b": "Defense Secretary Jim Mattis resigned."])
        let finding = try #require(result.findings.first { $0.kind == .other && $0.subject.hasSuffix("Mattis") })
        #expect(finding.status == .variant)
        #expect(finding.values == ["a": ["James Mattis"], "b": ["Jim Mattis"]])
        #expect(finding.reason?.contains("common short form") == true)
    }

    /// A title finding's id hashes the offices compared: writing out an abbreviation in one
    /// article keeps the id (and so its baseline entry); another office makes a new one.
    @Test func titleFindingIdSurvivesAnAbbreviationWrittenOut() throws {
        func titleID(_ b: String) throws -> String {
            let result = report(["a": "Rep. Dana Lowe, a Democrat, spoke on Monday.", "b": b])
            return try #require(result.findings.first { $0.kind == .title && $0.subject == "Dana Lowe" }).id
        }
        let abbreviated = try titleID("Rep. Dana Lowe spoke on Monday.")
        #expect(try titleID("Representative Dana Lowe spoke on Monday.") == abbreviated)
        #expect(try titleID("Senator Dana Lowe spoke on Monday.") != abbreviated)
    }

    @Test func acronymTypoIsAConsistencyFinding() throws {
        let result = report([
            "a": "The U.S. delegation arrived. U.S. officials said the U.S. plan holds.",
            "b": "The visit moved the U.C.-Vietnam relationship forward, U.S. officials said.",
        ])
        let finding = try #require(result.findings.first { $0.kind == .consistency && $0.subject == "U.C." })
        #expect(finding.status == .conflict)
        #expect(finding.summary.contains("U.S."))
        #expect(finding.evidence["b"]?.first?.text == "U.C.")
    }

    @Test func acronymWithoutANearbyKnownOneIsNotFlagged() {
        let result = report(["a": "The NHC said the storm weakened.", "b": "Forecasters at the NHC expect rain."])
        #expect(!result.findings.contains { $0.kind == .consistency })
    }

    @Test func syndicatedCopiesCountAsOneSource() throws {
        let story = "Defense Minister Anna Kowalska met Foreign Minister Tomas Berg in Oslo on Monday to discuss a new naval agreement between the two countries, officials from both governments said after the talks ended late in the evening."
        let result = report(["a": story, "b": story + " More to follow.", "c": "Anna Kowalska held talks in Oslo."])
        let syndication = try #require(result.findings.first { $0.kind == .other && $0.subject == "syndication" })
        #expect(syndication.values.keys.sorted() == ["a", "b"])
        // Berg appears only in the two copies: their agreement is one source.
        let berg = try #require(result.findings.first { $0.kind == .participant && $0.subject == "Tomas Berg" })
        #expect(berg.status == .onlyIn)
        #expect(berg.reason?.contains("copies of one story") == true)
    }

    @Test func configuredEquivalentTitlesAreAVariantWithTheReason() throws {
        var configuration = Configuration()
        configuration.comparator.equivalentTitles = [["Secretary of Defense", "Secretary of War"]]
        let result = report(["a": "Secretary of Defense Pete Smith arrived.", "b": "Secretary of War Pete Smith arrived."], configuration: configuration)
        let finding = try #require(result.findings.first { $0.kind == .title })
        #expect(finding.status == .variant)
        #expect(finding.reason?.contains("declared equivalent") == true)
        let plain = report(["a": "Secretary of Defense Pete Smith arrived.", "b": "Secretary of War Pete Smith arrived."])
        #expect(plain.findings.first { $0.kind == .title }?.status == .conflict)
    }

    @Test func findingIDsAreStableAndIgnoredIDsDisappear() throws {
        let bodies = ["a": "Secretary of Defense Pete Smith arrived.", "b": "Secretary of War Pete Smith arrived."]
        let first = report(bodies)
        let id = try #require(first.findings.first { $0.kind == .title }?.id)
        #expect(report(bodies).findings.first { $0.kind == .title }?.id == id)
        var configuration = Configuration()
        configuration.comparator.ignore = [id]
        #expect(!report(bodies, configuration: configuration).findings.contains { $0.id == id })
    }

    struct BadConfiguration: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var json: String
        var expected: String
    }

    @Test(arguments: [
        BadConfiguration(testDescription: "not JSON", json: "{version: 1", expected: "crosscheck.json: not valid JSON"),
        BadConfiguration(testDescription: "no version", json: "{}", expected: "at version: missing"),
        BadConfiguration(testDescription: "unknown key", json: "{\"version\": 1, \"alias\": {}}", expected: "at alias: unknown key"),
        BadConfiguration(testDescription: "bad severity", json: "{\"version\": 1, \"severity\": {\"title\": \"loud\"}}", expected: "at severity.title: expected info, warning, error or off"),
        BadConfiguration(testDescription: "bad kind", json: "{\"version\": 1, \"severity\": {\"titel\": \"error\"}}", expected: "at severity.titel: unknown finding kind"),
        BadConfiguration(testDescription: "bad limit", json: "{\"version\": 1, \"limits\": {\"maxArticleBytes\": -4}}", expected: "at limits.maxArticleBytes: expected a positive whole number"),
        BadConfiguration(testDescription: "bad alias list", json: "{\"version\": 1, \"aliases\": {\"A B\": \"C\"}}", expected: "at aliases.A B: expected a list of names"),
    ])
    func configurationErrorsNameFileAndKeyPath(_ case_: BadConfiguration) {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("Defense Minister Anna Kowalska met Foreign Minister Tomas Berg.\n", to: folder + "/set/a.txt")
        Fixtures.write(case_.json, to: folder + "/set/crosscheck.json")
        let result = Fixtures.run(["compare", folder + "/set", "--output", folder + "/out", "--quiet"])
        #expect(result.status == 2)
        #expect(result.err.contains(case_.expected), "\(result.err)")
        #expect(result.err.contains("set/crosscheck.json"))
    }

    @Test func configCommandPrintsTheEffectiveConfiguration() {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("{\"version\": 1, \"severity\": {\"title\": \"error\"}}", to: folder + "/crosscheck.json")
        Fixtures.write("{\"version\": 1, \"ignore\": [\"f-1\"]}", to: folder + "/set/crosscheck.json")
        Fixtures.write("Minister Anna Kowalska spoke.\n", to: folder + "/set/a.txt")
        let result = Fixtures.run(["config", folder + "/set"])
        #expect(result.status == 0)
        #expect(result.out.contains("\"title\" : \"error\""))
        #expect(result.out.contains("\"f-1\""))
        #expect(result.out.contains("readFrom"))
    }

    @Test func diffShowsBothSides() {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("Secretary of Defense Pete Smith met President Ana Lopez.\n", to: folder + "/a.txt")
        Fixtures.write("Secretary of War Pete Smith met President Ana Lopez.\n", to: folder + "/b.txt")
        let result = Fixtures.run(["diff", folder + "/a.txt", folder + "/b.txt", "--no-color"])
        #expect(result.status == 0)
        #expect(result.out.contains("conflict title: Pete Smith"))
        #expect(result.out.contains("A: Secretary of Defense"))
        #expect(result.out.contains("B: Secretary of War"))
    }

    /// A title conflict is a warning: `--fail-on error` lets it pass, as in compare.
    @Test(arguments: [("info", Int32(1)), ("warning", 1), ("error", 0), (nil, 0)] as [(String?, Int32)])
    func diffHonoursFailOn(_ level: String?, _ status: Int32) {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("Secretary of Defense Pete Smith met President Ana Lopez.\n", to: folder + "/a.txt")
        Fixtures.write("Secretary of War Pete Smith met President Ana Lopez.\n", to: folder + "/b.txt")
        let result = Fixtures.run(["diff", folder + "/a.txt", folder + "/b.txt", "--no-color"] + (level.map { ["--fail-on", $0] } ?? []))
        #expect(result.status == status, "\(result.err)")
        #expect(result.out.contains("conflict title: Pete Smith"))
        #expect(Fixtures.run(["diff", folder + "/a.txt", folder + "/a.txt", "--fail-on", "info"]).status == 0)
        #expect(Fixtures.run(["diff", folder + "/a.txt", folder + "/b.txt", "--fail-on", "loud"]).status == 2)
    }

    @Test func configuredDateOrderDecidesAmbiguousNumericDates() throws {
        let text = "The mayor met the council on 10/03/2026, officials said."
        let plain = report(["a": text])
        #expect(plain.claims.first { $0.kind == .date }?.slots.date == "2026-03-10|2026-10-03")
        var configuration = Configuration()
        configuration.dateOrder = "dmy"
        #expect(report(["a": text], configuration: configuration).claims.first { $0.kind == .date }?.slots.date == "2026-03-10")
        configuration.dateOrder = "mdy"
        #expect(report(["a": text], configuration: configuration).claims.first { $0.kind == .date }?.slots.date == "2026-10-03")
    }
}
