import ClaimModel
import CrossCheck
import Foundation
import Testing

/// The JSON contract (`docs/REPORT-FORMAT.md`): real outputs validate against the JSON
/// Schemas in `docs/schemas/`, and the description names what the code produces.
struct ContractTests {
    static let docs = Fixtures.root + "/docs"

    static func validator(_ name: String) throws -> JSONSchemaValidator {
        let data = try #require(FileManager.default.contents(atPath: docs + "/schemas/" + name), "docs/schemas/\(name) is missing")
        return JSONSchemaValidator(schema: try JSONValue.parse(data))
    }

    @Test func committedAndFreshReportsValidate() throws {
        let schema = try Self.validator("crosscheck.report-1.schema.json")
        let reports = try FileManager.default.contentsOfDirectory(atPath: Fixtures.reports).filter { $0.hasSuffix(".json") && $0 != ReportManifest.fileName }.sorted()
        #expect(reports.count >= 4)
        for name in reports {
            let data = try #require(FileManager.default.contents(atPath: Fixtures.reports + "/" + name))
            #expect(schema.validate(try JSONValue.parse(data)) == [], "reports/\(name)")
        }
        // A report with diagnostics: a skipped file, an unreadable one (with a line).
        let folder = Fixtures.temporaryFolder() + "/set"
        try FileManager.default.copyItem(atPath: Fixtures.corpus + "/trade-summit-geneva", toPath: folder)
        Fixtures.write("%PDF-1.4", to: folder + "/scan.pdf")
        Fixtures.write("---\noutlet: X\n", to: folder + "/broken.md")
        let noisy = try CrossChecker().compare(setFolder: folder).report
        #expect(noisy.diagnostics.contains { $0.line != nil })
        #expect(noisy.diagnostics.contains { $0.code == "skipped-file" })
        #expect(schema.validate(try JSONValue.parse(Data(ReportWriter.render(noisy, as: .json).utf8))) == [])
        // Several sets on stdout: each JSON line is a report.
        let lines = Fixtures.run(["compare", Fixtures.corpus, "--format", "json", "--output", "-"]).out.split(separator: "\n")
        for line in lines { #expect(schema.validate(try JSONValue.parse(Data(line.utf8))) == []) }
    }

    @Test func theSchemaRejectsWhatTheContractForbids() throws {
        let schema = try Self.validator("crosscheck.report-1.schema.json")
        let data = try #require(FileManager.default.contents(atPath: Fixtures.reports + "/hanoi-defense-visit-2025.json"))
        guard case .object(var report) = try JSONValue.parse(data), case .array(var findings)? = report["findings"],
              case .object(var finding) = findings[0] else { Issue.record("unexpected report shape"); return }
        finding["status"] = .string("disagree")
        findings[0] = .object(finding)
        report["findings"] = .array(findings)
        report["schema"] = .string("crosscheck.report/2")
        let errors = schema.validate(.object(report))
        #expect(errors.contains { $0.hasPrefix("$.schema:") })
        #expect(errors.contains { $0.hasPrefix("$.findings[0].status:") })
    }

    @Test func checkVerdictValidates() throws {
        let schema = try Self.validator("crosscheck.check-1.schema.json")
        let (corpus, folder) = try CheckCommandTests.copyOfBundledSet()
        #expect(Fixtures.run(["baseline", folder, "--no-cache"]).status == 0)
        Fixtures.write(CheckCommandTests.lateArticle, to: folder + "/d-late.md")
        Fixtures.write("not json", to: corpus + "/broken/a.json")
        let result = Fixtures.run(["check", corpus, "--json", "-", "--no-cache", "--strict"])
        #expect(result.status == 3)
        let verdict = try JSONValue.parse(Data(result.out.utf8))
        #expect(schema.validate(verdict) == [])
        guard case .array(let sets)? = verdict["sets"] else { Issue.record("no sets"); return }
        #expect(sets.count == 2)
    }

    @Test func reportManifestValidatesAndItsSchemaRejectsAForeignHash() throws {
        let schema = try Self.validator("crosscheck.manifest-1.schema.json")
        let committed = try #require(FileManager.default.contents(atPath: Fixtures.reports + "/" + ReportManifest.fileName))
        #expect(schema.validate(try JSONValue.parse(committed)) == [])
        let written = try ReportManifest(tool: "crosscheck 1.2.3", files: [.init(path: "a.md", sha256: String(repeating: "ab", count: 32), set: "a")]).encoded()
        #expect(schema.validate(try JSONValue.parse(written)) == [])
        let broken = try ReportManifest(tool: "crosscheck 1.2.3", files: [.init(path: "a.md", sha256: "not-a-hash", set: "a")]).encoded()
        #expect(schema.validate(try JSONValue.parse(broken)).contains { $0.hasPrefix("$.files[0].sha256:") })
    }

    @Test func theFormatDescriptionNamesEveryKindAndStatus() throws {
        let text = try String(contentsOfFile: Self.docs + "/REPORT-FORMAT.md", encoding: .utf8)
        for kind in FindingKind.allCases { #expect(text.contains("`\(kind.rawValue)`"), "finding kind \(kind.rawValue)") }
        for kind in ClaimKind.allCases { #expect(text.contains("`\(kind.rawValue)`"), "claim kind \(kind.rawValue)") }
        for status in FindingStatus.allCases { #expect(text.contains("`\(status.rawValue)`"), "status \(status.rawValue)") }
        #expect(text.contains(Report.schemaName))
        #expect(text.contains("crosscheck.check/1"))
        #expect(text.contains("crosscheck.manifest-1.schema.json"))
    }
}
