import ClaimModel
import Comparator
import Foundation

/// `crosscheck.json`, at the corpus root and in a set folder (the set's keys win).
///
/// ```json
/// {
///   "version": 1,
///   "aliases": {"Volodymyr Zelensky": ["Zelenskyy", "Zelenskiy"]},
///   "equivalentTitles": [["Secretary of Defense", "Secretary of War"]],
///   "severity": {"title/conflict": "error", "attribution": "info", "quote": "off"},
///   "ignore": ["f-0123456789abcdef"],
///   "limits": {"maxArticleBytes": 10485760, "maxClaimsPerArticle": 20000},
///   "dateOrder": "dmy"
/// }
/// ```
public struct Configuration: Sendable, Hashable {
    public static let fileName = "crosscheck.json"
    public static let knownKeys: Set<String> = ["version", "aliases", "equivalentTitles", "severity", "ignore", "limits", "dateOrder"]

    public var comparator = ComparatorConfiguration()
    public var maxArticleBytes = 16 * 1024 * 1024
    public var maxClaimsPerArticle = 20_000
    /// The largest value a limit may take (1 GiB): an article is read whole into memory.
    public static let limitCeiling = 1 << 30
    /// `dmy` or `mdy`: how to read an ambiguous numeric date when nothing in the text decides.
    public var dateOrder: String?
    /// Finding kinds (`quote`) and kind/status pairs (`quote/only-in`) set to `off`: such
    /// findings are left out of reports and the gate.
    public var disabled: Set<String> = []
    /// The files the configuration was read from, in order.
    public var sources: [String] = []
    /// The SHA-256 of each source's bytes as read, in the same order (for cache keys).
    public var sourceDigests: [String] = []

    public init() {}

    /// Reads `crosscheck.json` from each folder that has one, later folders overriding.
    public static func load(folders: [String]) throws -> Configuration {
        var configuration = Configuration()
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            try configuration.merge(path: path)
        }
        return configuration
    }

    /// A finding that `off` in `severity` leaves out.
    public func isDisabled(_ finding: Finding) -> Bool {
        disabled.contains(finding.kind.rawValue) || disabled.contains("\(finding.kind.rawValue)/\(finding.status.rawValue)")
    }

    mutating func merge(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CrossCheckError.unreadable(path: path, reason: "permission denied or not a file")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw CrossCheckError.configuration(path: path, keyPath: "", message: "not valid JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "parse error")); check commas and quotes")
        }
        guard let root = object as? [String: Any] else {
            throw CrossCheckError.configuration(path: path, keyPath: "", message: "expected a JSON object with a `version` key")
        }
        func fail(_ keyPath: String, _ message: String) -> CrossCheckError {
            .configuration(path: path, keyPath: keyPath, message: message)
        }
        guard let version = root["version"] as? Int else { throw fail("version", "missing or not a number; add \"version\": 1") }
        guard version == 1 else { throw fail("version", "version \(version) is not supported; this crosscheck reads version 1") }
        for key in root.keys.sorted() where !Configuration.knownKeys.contains(key) {
            throw fail(key, "unknown key; known keys are \(Configuration.knownKeys.sorted().joined(separator: ", "))")
        }
        if let aliases = root["aliases"] {
            guard let table = aliases as? [String: Any] else { throw fail("aliases", "expected an object of name → [other names]") }
            for (name, value) in table {
                guard let list = value as? [String] else { throw fail("aliases.\(name)", "expected a list of names") }
                comparator.aliases[name] = list
            }
        }
        if let groups = root["equivalentTitles"] {
            guard let list = groups as? [Any] else { throw fail("equivalentTitles", "expected a list of lists of titles") }
            for (index, group) in list.enumerated() {
                guard let titles = group as? [String], titles.count >= 2 else { throw fail("equivalentTitles[\(index)]", "expected a list of two or more titles") }
                comparator.equivalentTitles.append(titles)
            }
        }
        if let severities = root["severity"] {
            guard let table = severities as? [String: Any] else { throw fail("severity", "expected an object of kind or kind/status → info|warning|error|off") }
            for (key, value) in table {
                let kind = String(key.split(separator: "/").first ?? "")
                guard FindingKind(rawValue: kind) != nil else { throw fail("severity.\(key)", "unknown finding kind '\(kind)'; kinds are \(FindingKind.allCases.map(\.rawValue).joined(separator: ", "))") }
                if key.contains("/") {
                    let status = String(key.split(separator: "/").last ?? "")
                    guard FindingStatus(rawValue: status) != nil else { throw fail("severity.\(key)", "unknown status '\(status)'; statuses are conflict, only-in, variant, agree") }
                }
                if value as? String == "off" {
                    disabled.insert(key)
                    comparator.severities[key] = nil
                    continue
                }
                guard let text = value as? String, let severity = Severity(rawValue: text) else { throw fail("severity.\(key)", "expected info, warning, error or off") }
                disabled.remove(key)
                comparator.severities[key] = severity
            }
        }
        if let ignore = root["ignore"] {
            guard let ids = ignore as? [String] else { throw fail("ignore", "expected a list of finding ids") }
            comparator.ignore.formUnion(ids)
        }
        if let limits = root["limits"] {
            guard let table = limits as? [String: Any] else { throw fail("limits", "expected an object") }
            for (key, value) in table {
                guard let number = value as? Int, number > 0 else { throw fail("limits.\(key)", "expected a positive whole number") }
                // A limit near Int.max would overflow the reader's arithmetic (`limit + 1`).
                guard number <= Configuration.limitCeiling else {
                    throw fail("limits.\(key)", "\(number) is over the largest accepted value, \(Configuration.limitCeiling) (1 GiB); use a smaller limit")
                }
                switch key {
                case "maxArticleBytes": maxArticleBytes = number
                case "maxClaimsPerArticle": maxClaimsPerArticle = number
                default: throw fail("limits.\(key)", "unknown limit; limits are maxArticleBytes, maxClaimsPerArticle")
                }
            }
        }
        if let order = root["dateOrder"] {
            guard let text = order as? String, text == "dmy" || text == "mdy" else { throw fail("dateOrder", "expected \"dmy\" or \"mdy\"") }
            dateOrder = text
        }
        sources.append(path)
        sourceDigests.append(SHA256.hex(data))
    }

    /// The effective configuration as JSON, for `crosscheck config`.
    public func rendered() -> String {
        var object: [String: Any] = ["version": 1]
        object["aliases"] = comparator.aliases
        object["equivalentTitles"] = comparator.equivalentTitles
        var severity = comparator.severities.mapValues(\.rawValue)
        for key in disabled { severity[key] = "off" }
        object["severity"] = severity
        object["ignore"] = comparator.ignore.sorted()
        object["limits"] = ["maxArticleBytes": maxArticleBytes, "maxClaimsPerArticle": maxClaimsPerArticle]
        if let dateOrder { object["dateOrder"] = dateOrder }
        object["readFrom"] = sources
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
