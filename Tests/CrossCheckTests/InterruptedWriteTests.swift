import ClaimModel
import CrossCheck
import Foundation
import Testing

/// No previously written report is ever damaged: a write that fails part-way (a full disk),
/// an output folder that cannot be written, and a process killed mid-write all leave the old
/// file byte for byte.
struct InterruptedWriteTests {
    static let old = "OLD REPORT: must survive\n"

    static func temporaryFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    /// A writer that writes half the bytes, then fails as a full disk does.
    static let fullDisk: AtomicFile.Writer = { handle, data in
        try handle.write(contentsOf: data.prefix(data.count / 2))
        throw POSIXError(.ENOSPC)
    }

    @Test func fullDiskLeavesThePreviousFileIntact() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/set.json"
        try AtomicFile.write(InterruptedWriteTests.old, to: path)
        let error = #expect(throws: CrossCheckError.self) {
            try AtomicFile.write(String(repeating: "new report ", count: 10_000), to: path, writer: InterruptedWriteTests.fullDisk)
        }
        #expect(error == .write(path: path, reason: "No space left on device"))
        #expect(error?.exitCode == 4)
        #expect(error?.message == "\(path): cannot write (No space left on device); check that the folder exists and is writable, and that the disk has space")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == InterruptedWriteTests.old)
        #expect(InterruptedWriteTests.temporaryFiles(in: folder).isEmpty)
    }

    /// `chmod 555` blocks writing except for root; as root the write succeeds and the test says so.
    @Test func unwritableOutputFolderIsExitFourAndKeepsTheOldReport() throws {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write(BadInputTests.good, to: folder + "/set/a.txt")
        let output = folder + "/reports"
        Fixtures.write(InterruptedWriteTests.old, to: output + "/set.json")
        chmod(output, 0o555)
        defer { chmod(output, 0o755) }
        let result = Fixtures.run(["compare", folder + "/set", "--output", output, "--format", "json", "--quiet"])
        if access(output, W_OK) != 0 {
            #expect(result.status == 4)
            #expect(result.err == "crosscheck: \(output)/set.json: cannot write (cannot create a file in \(output)); check that the folder exists and is writable, and that the disk has space\n")
            #expect(try String(contentsOfFile: output + "/set.json", encoding: .utf8) == InterruptedWriteTests.old)
        } else {
            // Running as root: permissions do not block writes.
            #expect(result.status == 0)
        }
    }

    /// A real full disk: a 256 KiB tmpfs, filled, when the tests run as root and `mount` works
    /// (a container without CAP_SYS_ADMIN skips it; the writer above covers the same path).
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")))
    func fullTmpfsLeavesThePreviousReportIntact() throws {
        let folder = Fixtures.temporaryFolder()
        let disk = folder + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard InterruptedWriteTests.shell("/bin/mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", disk]) == 0 else { return }
        defer { _ = InterruptedWriteTests.shell("/bin/umount", [disk]) }
        Fixtures.write(BadInputTests.good, to: folder + "/set/a.txt")
        try AtomicFile.write(InterruptedWriteTests.old, to: disk + "/set.json")
        // Fill what is left.
        let filler = try #require(FileHandle(forWritingAtPath: { _ = FileManager.default.createFile(atPath: disk + "/filler", contents: nil); return disk + "/filler" }()))
        while (try? filler.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler.close()
        let result = Fixtures.run(["compare", folder + "/set", "--output", disk, "--format", "json", "--quiet"])
        #expect(result.status == 4)
        #expect(result.err.contains("set.json: cannot write (No space left on device)"), "stderr: \(result.err)")
        #expect(try String(contentsOfFile: disk + "/set.json", encoding: .utf8) == InterruptedWriteTests.old)
        #expect(InterruptedWriteTests.temporaryFiles(in: disk).isEmpty)
    }

    static func shell(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The built `crosscheck` beside the test bundle (`swift build --build-tests` builds both).
    static var executable: String? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("crosscheck").path
        for candidate in [beside, Fixtures.root + "/.build/debug/crosscheck"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return nil
    }

    /// SIGKILLs a real `crosscheck compare` the moment its temporary report file appears (and,
    /// in other rounds, after fixed delays), then checks every report is either the old bytes
    /// or the complete new report: never a mix, never truncated.
    @Test(.enabled(if: executable != nil, "the crosscheck executable is not built; run `swift build --build-tests`"))
    func killedMidWriteLeavesOldOrNewNeverHalf() throws {
        let executable = try #require(InterruptedWriteTests.executable)
        let folder = Fixtures.temporaryFolder()
        let set = Fixtures.corpus + "/trade-summit-geneva"
        let formats = ["json", "md", "html", "sarif", "junit"]
        let names = ["trade-summit-geneva.json", "trade-summit-geneva.md", "trade-summit-geneva.html", "trade-summit-geneva.sarif", "trade-summit-geneva.junit.xml"]
        // The complete reports, for reference.
        let reference = folder + "/reference"
        let complete = Process()
        complete.executableURL = URL(fileURLWithPath: executable)
        complete.arguments = ["compare", set, "--output", reference, "--format", formats.joined(separator: ","), "--quiet"]
        try complete.run()
        complete.waitUntilExit()
        #expect(complete.terminationStatus == 0)
        let produced = try FileManager.default.contentsOfDirectory(atPath: reference).filter { !$0.hasPrefix(".") }.sorted()
        // The manifest is written last, after the reports (issue #19).
        #expect(produced == (names + ["crosscheck-manifest.json"]).sorted())
        var caughtMidWrite = 0
        for round in 0..<12 {
            let output = folder + "/out\(round)"
            for name in produced { Fixtures.write(InterruptedWriteTests.old, to: output + "/" + name) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["compare", set, "--output", output, "--format", formats.joined(separator: ","), "--quiet"]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            if round % 3 == 2 {
                // A fixed delay: anywhere in the run.
                usleep(UInt32(20_000 * round))
            } else {
                // As soon as a temporary report exists: mid-write (or mid-fsync).
                while process.isRunning && InterruptedWriteTests.temporaryFiles(in: output).isEmpty {}
                if !InterruptedWriteTests.temporaryFiles(in: output).isEmpty { caughtMidWrite += 1 }
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for name in produced {
                let now = try Data(contentsOf: URL(fileURLWithPath: output + "/" + name))
                let new = try Data(contentsOf: URL(fileURLWithPath: reference + "/" + name))
                #expect(now == Data(InterruptedWriteTests.old.utf8) || now == new, "round \(round): \(name) is neither the old nor the new report (\(now.count) bytes)")
            }
        }
        // A kill cannot always land inside a write; note how often it did.
        print("crosscheck kill test: \(caughtMidWrite) of 8 kills landed while a temporary report existed")
    }

    /// A run stopped by SIGTERM or SIGINT unlinks the temporary files it registered while
    /// writing (the handler calls `removeWritesInProgress`); the old report is kept.
    @Test func temporaryFileIsRegisteredWhileWrittenAndRemovedOnStop() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-signal")
        let target = folder + "/set.json"
        Fixtures.write(Self.old, to: target)
        let seen = Seen()
        #expect(throws: CrossCheckError.self) {
            try AtomicFile.write(Data("new report\n".utf8), to: target) { handle, data in
                seen.during = AtomicFile.writesInProgress(in: folder)
                seen.removed = AtomicFile.removeWritesInProgress(in: folder)
                try handle.write(contentsOf: data)
            }
        }
        #expect(seen.during.count == 1)
        #expect(seen.during.first.map { ($0 as NSString).lastPathComponent.hasPrefix(".set.json.\(ProcessInfo.processInfo.processIdentifier).") } == true)
        #expect(seen.removed == seen.during)
        #expect(AtomicFile.writesInProgress(in: folder).isEmpty)
        #expect(Self.temporaryFiles(in: folder).isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == Self.old)
        try AtomicFile.write("done\n", to: target)
        #expect(AtomicFile.writesInProgress(in: folder).isEmpty)
    }

    final class Seen: @unchecked Sendable {
        var during: [String] = []
        var removed: [String] = []
    }
}
