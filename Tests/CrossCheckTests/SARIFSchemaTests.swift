import ClaimModel
import CrossCheck
import Foundation
import Testing

/// SARIF as GitHub code scanning reads it, validated against the official SARIF 2.1.0
/// schema vendored in `Tests/Fixtures/schemas` (no Python, nothing beside the clone).
struct SARIFSchemaTests {
    static let schemaPath = Fixtures.root + "/Tests/Fixtures/schemas/sarif-schema-2.1.0.json"
    static let schema: JSONSchemaValidator = {
        let data = FileManager.default.contents(atPath: schemaPath) ?? Data("{}".utf8)
        return JSONSchemaValidator(schema: (try? JSONValue.parse(data)) ?? .object([:]))
    }()

    static func violations(_ file: String) throws -> [String] {
        let data = try #require(FileManager.default.contents(atPath: file), "\(file) was not written")
        return schema.validate(try JSONValue.parse(data))
    }

    /// A corpus with a new article in one set and a bundled set with its baseline.
    static func checkedCorpus() throws -> (corpus: String, folder: String) {
        let (corpus, folder) = try CheckCommandTests.copyOfBundledSet()
        #expect(Fixtures.run(["baseline", folder]).status == 0)
        Fixtures.write(CheckCommandTests.lateArticle, to: folder + "/d-late.md")
        try FileManager.default.copyItem(atPath: Fixtures.corpus + "/trade-summit-geneva", toPath: corpus + "/trade-summit-geneva")
        return (corpus, folder)
    }

    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        #expect(FileManager.default.fileExists(atPath: Self.schemaPath))
        let bad = try JSONValue.parse(Data(#"{"version": "2.0.0", "runs": [{"tool": {}}]}"#.utf8))
        let errors = Self.schema.validate(bad)
        #expect(errors.contains { $0.contains("$.version") })
        #expect(errors.contains { $0.contains("missing required property 'driver'") })
    }

    @Test func sarifValidatesAgainstTheOfficialSchema() throws {
        let (corpus, folder) = try Self.checkedCorpus()
        let sarif = corpus + "/../check.sarif"
        _ = Fixtures.run(["check", corpus, "--sarif", sarif])
        #expect(try Self.violations(sarif) == [])
        let log = try CheckCommandTests.json(sarif)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        // By default only new results: GitHub ignores `suppressions` and would open
        // acknowledged findings as alerts.
        #expect(results.count >= 2)
        #expect(results.allSatisfy { $0["baselineState"] as? String == "new" && $0["suppressions"] == nil })
        for result in results {
            let fingerprint = (result["partialFingerprints"] as? [String: String])?["crosscheckFindingId/v1"]
            #expect(fingerprint?.hasPrefix("f-") == true)
            // One location (GitHub uses only the first); the other places are related.
            #expect((result["locations"] as? [Any])?.count == 1)
        }
        // Rules carry help text and Markdown.
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let help = try #require(rules.first?["help"] as? [String: String])
        #expect(help["text"]?.contains("crosscheck baseline") == true)
        #expect(help["markdown"]?.contains("`crosscheck baseline") == true)
        // Conflict rules carry the precision measured by the fact-edit benchmark; only-in
        // rules, not measured, carry none.
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            let precision = (rule["properties"] as? [String: Any])?["precision"] as? String
            #expect(precision == RulePrecision.measured[id], "\(id)")
            if id.hasSuffix("/only-in") { #expect(precision == nil) }
        }
        #expect(rules.contains { ($0["properties"] as? [String: Any])?["precision"] as? String == "medium" })

        // --sarif-acknowledged keeps acknowledged results, suppressed with the baseline's reason.
        let all = corpus + "/../all.sarif"
        _ = Fixtures.run(["check", corpus, "--sarif", all, "--sarif-acknowledged"])
        #expect(try Self.violations(all) == [])
        let allResults = try #require(((try CheckCommandTests.json(all))["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let produced = Set(allResults.compactMap { ($0["partialFingerprints"] as? [String: String])?["crosscheckFindingId/v1"] })
        let baselineIDs = try Baseline.load(path: folder + "/baseline.json").entries.map(\.id)
            + Baseline.load(path: corpus + "/trade-summit-geneva/baseline.json").entries.map(\.id)
        let acknowledged = baselineIDs.filter { produced.contains($0) }.count
        #expect(acknowledged >= baselineIDs.count - 3)
        #expect(allResults.count == results.count + acknowledged)
        #expect(allResults.filter { $0["suppressions"] != nil }.count == acknowledged)
        #expect(allResults.filter { $0["baselineState"] as? String == "unchanged" }.count == acknowledged)

        // compare --format sarif validates too.
        _ = Fixtures.run(["compare", Fixtures.corpus + "/trade-summit-geneva", "--format", "sarif", "--output", corpus + "/../out", "--quiet"])
        #expect(try Self.violations(corpus + "/../out/trade-summit-geneva.sarif") == [])
    }

    @Test func otherArticlesAreRelatedLocations() throws {
        let sarif = Fixtures.temporaryFolder() + "/h.sarif"
        _ = Fixtures.run(["compare", Fixtures.corpus + "/hanoi-defense-visit-2025", "--format", "sarif", "--output", (sarif as NSString).deletingLastPathComponent, "--quiet"])
        let file = (sarif as NSString).deletingLastPathComponent + "/hanoi-defense-visit-2025.sarif"
        #expect(try Self.violations(file) == [])
        let results = try #require(((try CheckCommandTests.json(file))["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let conflict = try #require(results.first { ($0["ruleId"] as? String)?.hasSuffix("/conflict") == true })
        let related = try #require(conflict["relatedLocations"] as? [[String: Any]])
        let first = (((conflict["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        let uris = related.compactMap { (($0["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String }
        #expect(first != nil)
        #expect(Set(uris).contains { $0 != first })
        #expect(related.count <= 1000)
    }
}
