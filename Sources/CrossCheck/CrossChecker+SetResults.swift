import ClaimModel
import Foundation

extension CrossChecker {
    /// `compare(setFolder:cache:)` through a `SetResultCache`: an unchanged set's result is
    /// read back instead of being compared again, and a compared set's result is stored.
    ///
    /// For the gate: the report of a cached result holds the articles, findings and
    /// diagnostics but no claims or entities (see `SetResultCache`), and counts every article
    /// as cached. Without `results` this is `compare(setFolder:cache:)`.
    public func compare(setFolder: String, cache: AnalysisCache?, results: SetResultCache?) throws -> SetResult {
        guard let results else { return try compare(setFolder: setFolder, cache: cache) }
        let name = URL(fileURLWithPath: setFolder).standardizedFileURL.lastPathComponent
        // A folder that cannot be listed is `compare`'s to report.
        guard let set = try? SetFolder(folder: setFolder, name: name, configuration: configuration, followLinks: followLinks) else {
            return try compare(setFolder: setFolder, cache: cache)
        }
        let lookup = results.lookup(set)
        if let hit = lookup.result { return hit }
        var result = try compare(setFolder: setFolder, cache: cache)
        do {
            try results.store(result, for: set, after: lookup)
        } catch let error as CrossCheckError {
            result.cacheFailures.append(error)
        } catch {
            result.cacheFailures.append(.write(path: results.folder, reason: "\(error)"))
        }
        return result
    }
}
