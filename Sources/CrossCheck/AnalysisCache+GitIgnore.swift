import Foundation

extension AnalysisCache {
    /// Creates the cache folder with a `.gitignore` that ignores everything in it, so a cache
    /// kept beside the sets (the default, `corpus/.crosscheck-cache`) never shows up in
    /// `git status` or a commit, whatever the repository's own `.gitignore` says. Failing to
    /// write it is not an error: the cache works without it.
    public func ignoreInGit() {
        let file = (folder as NSString).appendingPathComponent(".gitignore")
        guard !FileManager.default.fileExists(atPath: file) else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data("# crosscheck's claims cache: safe to delete, never commit\n*\n".utf8))
    }
}
