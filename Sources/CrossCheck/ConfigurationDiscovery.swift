import ClaimModel
import Foundation

extension Configuration {
    /// The environment variable naming a configuration file, as `--config FILE` does.
    public static let environmentVariable = "CROSSCHECK_CONFIG"

    /// The configuration that applies to a set folder: every `crosscheck.json` from the
    /// repository root (the nearest folder above the set holding `.git`) down to the set
    /// folder, nearer files overriding; with no repository, the set's parent folder and the
    /// set folder. Then `explicit` (`--config FILE`, or `CROSSCHECK_CONFIG`), which wins
    /// over every discovered file. An explicit file that does not exist is an error.
    public static func discover(forSet folder: String, explicit: String? = nil) throws -> Configuration {
        var configuration = try load(folders: folders(forSet: folder))
        if let explicit {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: explicit, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw CrossCheckError.configuration(path: explicit, keyPath: "", message: "no such configuration file; check the path given to --config or \(environmentVariable)")
            }
            try configuration.merge(path: explicit)
        }
        return configuration
    }

    /// The folders whose `crosscheck.json` applies to a set, outermost first.
    public static func folders(forSet folder: String) -> [String] {
        let set = URL(fileURLWithPath: folder).standardizedFileURL
        var chain: [URL] = [set]
        var current = set
        var root: URL? = FileManager.default.fileExists(atPath: set.appendingPathComponent(".git").path) ? set : nil
        while root == nil, current.path != "/" {
            current = current.deletingLastPathComponent()
            chain.append(current)
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) { root = current }
        }
        let kept = root == nil ? Array(chain.prefix(2)) : chain
        // Paths as the caller gave them where possible, so messages name files as typed.
        let given = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return kept.reversed().map { url in
            if url == set { return given }
            // FolderPath, not NSString.deletingLastPathComponent: that traps on `.` and `x`.
            if url == set.deletingLastPathComponent() { return FolderPath.parent(of: given) }
            return url.path
        }
    }
}
