import CrossCheck
import Foundation
import Testing

/// Issue #19, crashes: `crosscheck compare .` (SIGILL in `deletingLastPathComponent`) and a
/// limit of `Int.max` in `crosscheck.json` (an overflow in the reader).
struct HostileCrashTests {
    struct ParentCase: CustomTestStringConvertible, Sendable {
        var path: String
        var parent: String
        var testDescription: String { "\(path) → \(parent)" }
    }

    static let parents: [ParentCase] = [
        ParentCase(path: ".", parent: ".."), ParentCase(path: "./", parent: ".."), ParentCase(path: "x", parent: "."),
        ParentCase(path: "x/", parent: "."), ParentCase(path: "x//", parent: "."), ParentCase(path: "corpus/set", parent: "corpus"),
        ParentCase(path: "corpus/set/", parent: "corpus"), ParentCase(path: "corpus/set/.", parent: "corpus"), ParentCase(path: "..", parent: "../.."),
        ParentCase(path: "../set", parent: ".."), ParentCase(path: "/set", parent: "/"), ParentCase(path: "/", parent: "/"),
        ParentCase(path: "", parent: "."), ParentCase(path: "/a/b", parent: "/a"),
    ]

    @Test(arguments: parents)
    func parentOfAFolderAsTyped(_ row: ParentCase) {
        #expect(FolderPath.parent(of: row.path) == row.parent)
    }

    /// The `crosscheck` executable beside the test runner (built with the tests), or nil.
    static var executable: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("crosscheck").path,
            Fixtures.root + "/.build/debug/crosscheck",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the executable in `directory`; returns the exit status (a signal gives 128 + signal).
    static func spawn(_ arguments: [String], in directory: String) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return (status, String(decoding: data, as: UTF8.self))
    }

    /// A process, not in-process: the working directory is the point, and tests run in parallel.
    @Test(.enabled(if: HostileCrashTests.executable != nil), arguments: [".", "./", "x", "x/"])
    func everyCommandRunsOnARelativeSetFolder(_ folder: String) throws {
        let root = Fixtures.temporaryFolder("crosscheck-dot")
        let set = root + "/x"
        Fixtures.write(BadInputTests.good, to: set + "/a.txt")
        Fixtures.write("Defense Minister Anna Kowalska met Tomas Berg in Bergen.\n", to: set + "/b.txt")
        let directory = folder.hasPrefix("x") ? root : set
        let output = root + "/reports"
        let compare = try HostileCrashTests.spawn(["compare", folder, "--output", output, "--quiet"], in: directory)
        #expect(compare.status == 0, "stderr: \(compare.err)")
        #expect(FileManager.default.fileExists(atPath: output + "/x.json"))
        let baseline = try HostileCrashTests.spawn(["baseline", folder, "--no-cache"], in: directory)
        #expect(baseline.status == 0, "stderr: \(baseline.err)")
        let check = try HostileCrashTests.spawn(["check", folder, "--no-cache", "--quiet"], in: directory)
        #expect(check.status == 0, "stderr: \(check.err)")
        let config = try HostileCrashTests.spawn(["config", folder], in: directory)
        #expect(config.status == 0, "stderr: \(config.err)")
    }

    @Test(arguments: ["9223372036854775807", "1073741825"])
    func hugeLimitIsAConfigurationError(_ value: String) throws {
        let (root, set) = try BadInputTests.makeSet()
        Fixtures.write("{\"version\": 1, \"limits\": {\"maxArticleBytes\": \(value)}}", to: root + "/crosscheck.json")
        let result = Fixtures.run(["check", root, "--no-cache", "--quiet"])
        #expect(result.status == 2)
        #expect(result.err == "crosscheck: \(root)/crosscheck.json: at limits.maxArticleBytes: \(value) is over the largest accepted value, 1073741824 (1 GiB); use a smaller limit\n")
        _ = set
    }

    @Test func readerWithALimitOfIntMaxDoesNotOverflow() throws {
        let (_, set) = try BadInputTests.makeSet()
        let parsed = try CorpusReader(maxArticleBytes: Int.max).readFile(set + "/good.txt")
        #expect(parsed.articles.map(\.id) == ["good"])
    }
}
