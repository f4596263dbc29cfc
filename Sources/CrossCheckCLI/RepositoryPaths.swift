import Foundation

/// Paths as CI tools want them: relative to the root of the git checkout.
struct RepositoryPaths: Sendable {
    /// The checkout's root (the folder holding `.git`), or the working directory when the
    /// corpus is not in a checkout.
    let root: String
    let workingDirectory: String

    /// Finds the checkout that holds `folder` by walking up to a `.git` file or folder.
    init(containing folder: String, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
        var url = URL(fileURLWithPath: RepositoryPaths.absolute(folder, workingDirectory)).standardizedFileURL
        var found: String? = nil
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) {
                found = url.path
                break
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path || url.path == "/" { break }
            url = parent
        }
        root = found ?? URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
    }

    static func absolute(_ path: String, _ workingDirectory: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
    }

    /// `path` relative to the root when it lies under it, else absolute.
    func relative(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: RepositoryPaths.absolute(path, workingDirectory)).standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
