import ClaimModel
import Foundation

/// SARIF 2.1.0 (OASIS), valid against the official schema.
///
/// - One run; one result per discrepancy (conflict or only-in). Its `locations` hold the first
///   place it cites (GitHub uses only the first); the other places (up to three per article,
///   every article it cites) are `relatedLocations`, at most 1,000 (GitHub's limit).
///   Agreements and variants are not results.
/// - `ruleId` is `kind/status` (`title/conflict`); the driver lists every such rule in a fixed
///   order, and each result carries its `ruleIndex`.
/// - `partialFingerprints["crosscheckFindingId/v1"]` is the finding id, stable across runs.
/// - Regions: in `.txt`/`.md` files `startLine`/`endLine` are file lines (front matter counted)
///   with the evidence as `snippet`. Spans are Unicode-scalar offsets into the body as read
///   (after front matter, BOM and CR removal), which are not file offsets, so no `charOffset`
///   is claimed. In `.html`/`.json`/`.jsonl` files no line is claimed either: the location
///   names the file and its message quotes the evidence and its body line.
/// - In `crosscheck check`, results carry `baselineState`. Findings the baseline acknowledges
///   are left out (GitHub ignores `suppressions` and would open them as alerts) unless
///   `includeAcknowledged` is set; then they carry `unchanged` and an `external` suppression
///   with the baseline's reason.
/// - Rules carry `help` (text and Markdown) and, when measured, a `precision` property
///   (`RulePrecision`).
public struct SARIFRenderer: ReportRenderer {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// Maps an article path to the `artifactLocation.uri` (relative to the repository root).
    public var uri: @Sendable (String) -> String
    /// Keep acknowledged findings as suppressed results (left out by default).
    public var includeAcknowledged: Bool
    /// GitHub rejects a result with more related locations.
    public static let maxRelatedLocations = 1_000

    public init(uri: @escaping @Sendable (String) -> String = SARIFRenderer.relativeURI, includeAcknowledged: Bool = false) {
        self.uri = uri
        self.includeAcknowledged = includeAcknowledged
    }

    /// A report's path as a relative URI reference: segments percent-encoded, `/` kept.
    @Sendable public static func relativeURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":?#[]@%")
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        let encoded = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    struct Log: Encodable {
        var schema = SARIFRenderer.schemaURI
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
    }
    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var automationDetails: Automation?
    }
    struct Automation: Encodable { var id: String }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable { var name: String; var version: String; var semanticVersion: String; var rules: [Rule] }
    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Help
        var defaultConfiguration: RuleConfiguration
        var properties: RuleProperties
    }
    struct RuleConfiguration: Encodable { var level: String }
    struct RuleProperties: Encodable { var tags: [String]; var precision: String? }
    struct Help: Encodable { var text: String; var markdown: String }
    struct Message: Encodable { var text: String }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
        var baselineState: String?
        var suppressions: [Suppression]?
        var properties: ResultProperties
    }
    struct ResultProperties: Encodable {
        var set: String
        var findingId: String
        var kind: String
        var status: String
        var subject: String
        var values: [String: [String]]
    }
    struct Suppression: Encodable { var kind: String; var status: String; var justification: String? }
    struct Location: Encodable { var id: Int; var physicalLocation: Physical; var message: Message }
    struct Physical: Encodable { var artifactLocation: Artifact; var region: Region? }
    struct Artifact: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int; var endLine: Int; var snippet: Message }

    /// The rules, in a fixed order: every finding kind with each discrepancy status.
    static let ruleIDs: [String] = FindingKind.allCases.flatMap { kind in
        [FindingStatus.conflict, .onlyIn, .variant].map { "\(kind.rawValue)/\($0.rawValue)" }
    }

    static func rule(_ id: String) -> Rule {
        let parts = id.split(separator: "/").map(String.init)
        let kind = parts[0]
        let conflict = parts[1] == FindingStatus.conflict.rawValue
        let variant = parts[1] == FindingStatus.variant.rawValue
        let name = kind.prefix(1).uppercased() + kind.dropFirst() + (conflict ? "Conflict" : variant ? "Variant" : "OnlyIn")
        let short = conflict ? "Articles disagree on a \(kind)" : variant ? "Articles tell a \(kind) differently" : "Only some articles report a \(kind)"
        let full = conflict
            ? "Two or more articles of the set state incompatible values for the same \(kind) finding."
            : variant
            ? "Articles of the set state the same \(kind) finding in different words or values that may both hold (a plan changed between publication days, a quotation worded differently); reported at warning or above."
            : "Some articles of the set state a \(kind) finding that the others do not mention."
        let level = conflict ? "warning" : "note"
        let advice = conflict || variant
            ? "Read the quoted words in each article: if one article is wrong, correct it; if the difference is real (an update, another source), acknowledge the finding with `crosscheck baseline <set-folder> --reason TEXT` and commit the set's baseline.json."
            : "Check whether the other articles leave it out or contradict it: if it is wrong, correct the article; if it is simply not reported elsewhere, acknowledge the finding with `crosscheck baseline <set-folder> --reason TEXT` and commit the set's baseline.json."
        let help = Help(
            text: full + " " + advice,
            markdown: "**\(short).** \(full)\n\n\(advice)\n\nThe related locations show what each other article says; the result's properties give every article's values.")
        return Rule(id: id, name: name, shortDescription: Message(text: short), fullDescription: Message(text: full), help: help,
                    defaultConfiguration: RuleConfiguration(level: level),
                    properties: RuleProperties(tags: ["crosscheck", kind, parts[1]], precision: RulePrecision.measured[id]))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// One report, as `compare --format sarif` writes it (no baseline states).
    public func render(_ report: Report) -> String {
        render(sets: [CheckedSet(report: report)], baseline: false)
    }

    /// Every set of a check in one run; `baseline` adds baseline states and suppressions.
    public func render(sets: [CheckedSet], baseline: Bool = true) -> String {
        var results: [Result] = []
        for set in sets {
            for finding in set.discrepancies {
                let ruleID = "\(finding.kind.rawValue)/\(finding.status.rawValue)"
                var locations: [Location] = []
                for place in EvidenceLocation.all(finding, in: set.report) {
                    let label = set.report.label(place.article)
                    let region = place.fileLine.map { Region(startLine: $0, endLine: place.fileEndLine ?? $0, snippet: Message(text: place.text)) }
                    let where_ = place.fileLine == nil ? " (body line \(place.bodyLine) of the text as read)" : ""
                    locations.append(Location(
                        id: locations.count, physicalLocation: Physical(artifactLocation: Artifact(uri: uri(place.path)), region: region),
                        message: Message(text: "\(label): “\(ReportText.clip(place.text, 300))”\(where_)")))
                }
                var suppressions: [Suppression]? = nil
                var state: String? = nil
                if baseline {
                    if let reason = set.acknowledged[finding.id] {
                        guard includeAcknowledged else { continue }
                        state = "unchanged"
                        suppressions = [Suppression(kind: "external", status: "accepted", justification: reason ?? "acknowledged in \(set.baselinePath)")]
                    } else {
                        state = "new"
                    }
                }
                results.append(Result(
                    ruleId: ruleID, ruleIndex: SARIFRenderer.ruleIDs.firstIndex(of: ruleID) ?? 0,
                    level: SARIFRenderer.level(finding.severity),
                    message: Message(text: "\(set.report.set): \(finding.summary) [\(finding.id)]"),
                    locations: Array(locations.prefix(1)),
                    relatedLocations: locations.count > 1 ? Array(locations.dropFirst().prefix(SARIFRenderer.maxRelatedLocations)) : nil,
                    partialFingerprints: ["crosscheckFindingId/v1": finding.id],
                    baselineState: state, suppressions: suppressions,
                    properties: ResultProperties(set: set.report.set, findingId: finding.id, kind: finding.kind.rawValue,
                                                 status: finding.status.rawValue, subject: finding.subject, values: finding.values)))
            }
        }
        let tool = sets.first?.report.tool ?? Report.Tool(name: "crosscheck", version: "")
        let driver = Driver(name: tool.name, version: tool.version, semanticVersion: tool.version, rules: SARIFRenderer.ruleIDs.map(SARIFRenderer.rule))
        let automation = sets.count == 1 ? Automation(id: "crosscheck/\(sets[0].report.set)/") : nil
        let log = Log(runs: [Run(tool: Tool(driver: driver), results: results, automationDetails: automation)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
