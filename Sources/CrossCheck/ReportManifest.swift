import ClaimModel
import Foundation

/// `crosscheck-manifest.json`, written into the report folder after every report of a run:
/// which files the run wrote and the SHA-256 of each, so a reader can tell reports of one
/// run from a mix of generations (a run killed half-way leaves the old manifest, which no
/// longer matches the files it replaced).
///
/// It also marks the folder as crosscheck's output: a folder holding it is never read as a
/// set, so a report folder inside a corpus is not compared as articles on the next run.
public struct ReportManifest: Codable, Sendable, Equatable {
    public static let fileName = "crosscheck-manifest.json"

    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var sha256: String
        public var set: String

        public init(path: String, sha256: String, set: String) {
            self.path = path
            self.sha256 = sha256
            self.set = set
        }
    }

    public var schema = "crosscheck.manifest/1"
    public var tool: String
    /// A hash of every file's name and hash: equal for identical runs, and what a reader
    /// compares to know that the files belong together.
    public var generation: String
    public var files: [File]

    public init(tool: String, files: [File]) {
        self.tool = tool
        self.files = files.sorted { $0.path < $1.path }
        self.generation = "g-" + String(SHA256.hex(self.files.map { "\($0.path)\u{1F}\($0.sha256)" }.joined(separator: "\u{1E}")).prefix(16))
    }

    /// The file names (inside the folder) whose bytes no longer match the manifest.
    public func mismatches(in folder: String) -> [String] {
        files.filter { file in
            guard let data = FileManager.default.contents(atPath: FolderPath.join(folder, file.path)) else { return true }
            return SHA256.hex([UInt8](data)) != file.sha256
        }.map(\.path)
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Whether `folder` holds crosscheck's reports (and so is never read as a set).
    public static func marks(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: FolderPath.join(folder, fileName))
    }
}
