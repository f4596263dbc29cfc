import ClaimModel
import Foundation

/// SARIF 2.1.0: one result per discrepancy, located in every article it cites.
public struct SARIFRenderer: ReportRenderer {
    public init() {}

    struct Log: Encodable {
        var version = "2.1.0"
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
    }
    struct Run: Encodable { var tool: Tool; var results: [Result] }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable { var name: String; var version: String; var informationUri: String; var rules: [Rule] }
    struct Rule: Encodable { var id: String; var shortDescription: Message }
    struct Message: Encodable { var text: String }
    struct Result: Encodable {
        var ruleId: String
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
    }
    struct Location: Encodable { var physicalLocation: Physical }
    struct Physical: Encodable { var artifactLocation: Artifact; var region: Region }
    struct Artifact: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int; var snippet: Message? }

    public func render(_ report: Report) -> String {
        let discrepancies = report.findings.filter { $0.status.isDiscrepancy }
        var ruleIDs = Set<String>()
        var results: [Result] = []
        for finding in discrepancies {
            let ruleID = "\(finding.kind.rawValue)/\(finding.status.rawValue)"
            ruleIDs.insert(ruleID)
            var locations: [Location] = []
            for article in finding.articles {
                guard let path = report.article(article)?.path else { continue }
                for evidence in (finding.evidence[article] ?? []).prefix(3) {
                    locations.append(Location(physicalLocation: Physical(artifactLocation: Artifact(uri: path), region: Region(startLine: evidence.span.line, snippet: Message(text: evidence.text)))))
                }
            }
            let level = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "note"
            results.append(Result(ruleId: ruleID, level: level, message: Message(text: finding.summary), locations: locations, partialFingerprints: ["crosscheckFindingId": finding.id]))
        }
        let rules = ruleIDs.sorted().map { Rule(id: $0, shortDescription: Message(text: "Sources \($0.hasSuffix("conflict") ? "disagree on" : "differ in reporting") a \($0.split(separator: "/")[0])")) }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(name: report.tool.name, version: report.tool.version, informationUri: "https://example.invalid/crosscheck", rules: rules)), results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
