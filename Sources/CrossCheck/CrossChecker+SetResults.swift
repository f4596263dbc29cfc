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

extension CrossChecker {
    /// One article has nothing to be compared with: what it alone says is no finding (its
    /// story keeps the values, without a status or a link); an article that contradicts
    /// itself still is one.
    static func alone(_ findings: [Finding], _ story: Story) -> ([Finding], Story) {
        let kept = findings.filter { $0.status != .onlyIn }
        let ids = Set(kept.map(\.id))
        var story = story
        story.frame = story.frame.map { row in
            guard let id = row.finding, !ids.contains(id) else { return row }
            var row = row
            row.status = nil
            row.finding = nil
            return row
        }
        story.salience = story.salience.filter { ids.contains($0.key) }
        story.minor = story.minor.filter(ids.contains)
        story.repeats = story.repeats.filter(ids.contains)
        story.background = story.background.filter(ids.contains)
        story.updates = story.updates.filter { ids.contains($0.finding) }
        return (kept, story)
    }
}
