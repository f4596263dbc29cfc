import Foundation

extension AnalysisCache {
    /// Creates the cache folder with a `.gitignore` that ignores everything in it, so a cache
    /// kept beside the sets (the default, `corpus/.crosscheck-cache`) never shows up in
    /// `git status` or a commit, whatever the repository's own `.gitignore` says. Failing to
    /// write it is not an error: the cache works without it. Returns true when this call made
    /// the folder, so a command can say once where its cache went.
    @discardableResult
    public func ignoreInGit() -> Bool {
        let file = (folder as NSString).appendingPathComponent(".gitignore")
        guard !FileManager.default.fileExists(atPath: file) else { return false }
        let existed = FileManager.default.fileExists(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data("# crosscheck's claims cache: safe to delete, never commit\n*\n".utf8))
        return !existed && FileManager.default.fileExists(atPath: folder)
    }
}
