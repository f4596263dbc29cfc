import ClaimModel
import Foundation

extension CrossChecker {
    /// The reduce step of a map/reduce run: the report of a set from its claims file (the
    /// JSON Lines of `crosscheck extract --format jsonl`, one record per article), without
    /// reading or extracting an article. The report equals, byte for byte, the one of
    /// comparing the set folder in one process, when the folder holds only article files and
    /// the same configuration applies (extraction used the defaults).
    public func compare(claims path: String, name: String) throws -> SetResult {
        let analyses = try ClaimsRecord.read(path: path)
        if analyses.isEmpty { throw CrossCheckError.emptySet(path: path) }
        return SetResult(report: makeReport(set: name, analyses: analyses, diagnostics: []), failures: [], extracted: 0)
    }
}

extension Configuration {
    /// The defaults, with `explicit` (`--config FILE`) applied when given: for input that has
    /// no set folder to discover `crosscheck.json` files from.
    public static func explicit(_ path: String?) throws -> Configuration {
        var configuration = Configuration()
        if let path { try configuration.merge(explicit: path) }
        return configuration
    }

    /// Applies the file given by `--config` (or the environment): it must be a file, else a
    /// configuration error that names the path.
    mutating func merge(explicit path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CrossCheckError.configuration(path: path, keyPath: "", message: "no such configuration file; check the path given to --config or \(Configuration.environmentVariable)")
        }
        try merge(path: path)
    }
}
