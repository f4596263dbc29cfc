import Foundation
import Testing

/// The same corpus gives byte-identical reports in separate processes. In one process a
/// `Set` or `Dictionary` always iterates in the same order, so only separate processes (each
/// with its own hash seed) show an order leaking into the output.
struct DeterminismTests {
    /// Runs `crosscheck compare SET --format json --output DIR --quiet` and returns the report.
    static func report(of set: String) throws -> Data {
        let output = Fixtures.temporaryFolder("crosscheck-determinism")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(HostileCrashTests.executable))
        process.arguments = ["compare", set, "--format", "json", "--output", output, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let name = (set as NSString).lastPathComponent
        return try Data(contentsOf: URL(fileURLWithPath: output + "/\(name).json"))
    }

    @Test(.enabled(if: HostileCrashTests.executable != nil))
    func separateProcessesWriteTheSameReport() throws {
        let set = Fixtures.root + "/Tests/Fixtures/determinism/generated-set"
        let first = try Self.report(of: set)
        #expect(first.count > 10_000)
        for _ in 0..<3 {
            #expect(try Self.report(of: set) == first)
        }
    }
}
