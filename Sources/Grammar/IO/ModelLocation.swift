import Foundation

/// Where the committed model is found: `CROSSCHECK_MODEL` first, then the resource bundle
/// SwiftPM copies beside the executable (`swift run`, the release binary, `swift test`),
/// then the source tree the binary was built from (a fresh clone). `Bundle.module` is not
/// used: on Linux it stops the process when the bundle is missing.
extension GrammarModel {
    public static let fileName = "grammar-en-ewt.xcgram"
    static let bundleName = "crosscheck_Grammar.resources"

    public static func candidatePaths(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        if let path = environment["CROSSCHECK_MODEL"], !path.isEmpty { return [path] }
        var paths: [String] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for directory in [executable, URL(fileURLWithPath: Bundle.main.bundlePath)] {
            paths.append(directory.appendingPathComponent(bundleName).appendingPathComponent(fileName).path)
            paths.append(directory.appendingPathComponent("crosscheck_Grammar.bundle/Contents/Resources").appendingPathComponent(fileName).path)
            paths.append(directory.appendingPathComponent("crosscheck_Grammar.bundle").appendingPathComponent(fileName).path)
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        paths.append(source.appendingPathComponent("Resources").appendingPathComponent(fileName).path)
        return paths
    }

    /// Loads the model from the first candidate path that exists.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> GrammarModel {
        for path in candidatePaths(environment: environment) where FileManager.default.fileExists(atPath: path) {
            return try GrammarModel(path: path)
        }
        throw GrammarModelError.notFound
    }

    /// The model, loaded once per process.
    public static let shared: Result<GrammarModel, GrammarModelError> = {
        do { return .success(try load()) } catch let error as GrammarModelError { return .failure(error) } catch { return .failure(.notFound) }
    }()
}
