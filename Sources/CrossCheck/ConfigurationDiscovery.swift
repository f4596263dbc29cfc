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
        try ConfigurationDiscovery(explicit: explicit).configuration(forSet: folder)
    }

    /// The folders whose `crosscheck.json` applies to a set, outermost first.
    public static func folders(forSet folder: String) -> [String] {
        folders(forSet: folder) { FileManager.default.fileExists(atPath: $0) }
    }

    /// `folders(forSet:)` with `exists` answering whether a path exists (a memo, in a run).
    static func folders(forSet folder: String, exists: (String) -> Bool) -> [String] {
        let set = URL(fileURLWithPath: folder).standardizedFileURL
        var chain: [URL] = [set]
        var current = set
        var root: URL? = exists(set.appendingPathComponent(".git").path) ? set : nil
        while root == nil, current.path != "/" {
            current = current.deletingLastPathComponent()
            chain.append(current)
            if exists(current.appendingPathComponent(".git").path) { root = current }
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

/// Configuration discovery for many sets in one run (`check` of a corpus): what the sets
/// share is looked up once: whether a folder holds `.git` (the walk up to the repository
/// root), and the configuration of the folders above a set (the corpus's
/// `crosscheck.json`, read, parsed and hashed once). Each set's own file is still read.
/// Gives what `Configuration.discover(forSet:explicit:)` gives, set by set; meant for one
/// run, not to be kept while files change.
public final class ConfigurationDiscovery {
    let explicit: String?
    private var exists: [String: Bool] = [:]
    private var above: [[String]: Configuration] = [:]

    public init(explicit: String? = nil) {
        self.explicit = explicit
    }

    public func configuration(forSet folder: String) throws -> Configuration {
        let folders = Configuration.folders(forSet: folder) { path in
            if let known = exists[path] { return known }
            let found = FileManager.default.fileExists(atPath: path)
            exists[path] = found
            return found
        }
        // The folders above the set are shared with its siblings; the set's own file is not.
        let outer = Array(folders.dropLast())
        var configuration: Configuration
        if let known = above[outer] {
            configuration = known
        } else {
            configuration = try Configuration.load(folders: outer)
            above[outer] = configuration
        }
        if let own = folders.last {
            let path = (own as NSString).appendingPathComponent(Configuration.fileName)
            if FileManager.default.fileExists(atPath: path) { try configuration.merge(path: path) }
        }
        if let explicit { try configuration.merge(explicit: explicit) }
        return configuration
    }
}
