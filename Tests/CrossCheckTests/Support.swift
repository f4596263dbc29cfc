import ClaimExtractor
import ClaimModel
import CrossCheck
import CrossCheckCLI
import Foundation

/// "“Café” — 👩‍👩‍👧 ": extraction cases run again behind it, so offsets are proven outside ASCII.
let multibytePrefix = "\u{201C}Caf\u{E9}\u{201D} \u{2014} \u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} "

/// Paths and helpers shared by the tests.
enum Fixtures {
    /// The package root, found from this file's path.
    static let root: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let corpus = root + "/corpus"
    static let reports = root + "/reports"
    static let dev = root + "/Tests/Fixtures/dev"
    /// `../shared/seeds` beside the project; tests that need it skip when it is absent.
    static let seeds = URL(fileURLWithPath: root + "/../shared/seeds").standardizedFileURL.path
    static let realnews = URL(fileURLWithPath: root + "/../shared/realnews").standardizedFileURL.path
    static var seedsAvailable: Bool { FileManager.default.fileExists(atPath: seeds) }
    static var realnewsAvailable: Bool { FileManager.default.fileExists(atPath: realnews) }

    /// Set `CROSSCHECK_RECORD=1` to rewrite golden files; the test still fails when it records.
    static var recording: Bool { ProcessInfo.processInfo.environment["CROSSCHECK_RECORD"] == "1" }

    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String = "crosscheck-test") -> String {
        let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) {
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// Runs the CLI in-process.
    static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil, stderrIsTTY: Bool = false) -> (status: Int32, out: String, err: String) {
        let console = Console(capture: true, environment: environment, stderrIsTTY: stderrIsTTY, input: input.map { Data($0.utf8) })
        let status = CrossCheckCommand.run(arguments: arguments, console: console)
        return (status, console.capturedOut, console.capturedErr)
    }

    /// An article from literal text.
    static func article(_ body: String, id: String = "a", published: String? = nil) -> Article {
        Article(id: id, path: "\(id).txt", body: body, sha256: SHA256.hex(body), published: published)
    }

    static func analyze(_ body: String, id: String = "a", published: String? = nil) -> ArticleAnalysis {
        ClaimExtractor().analyze(article(body, id: id, published: published))
    }
}

extension ArticleAnalysis {
    /// Entity name → titles used for it.
    var titlesByName: [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for entity in entities {
            result[entity.name, default: []].formUnion(entity.mentions.filter { $0.form != .role }.compactMap(\.title))
        }
        return result
    }

    func name(_ id: String?) -> String? { entities.first { $0.id == id }?.name }
}
