import ClaimModel
import Foundation
import Testing

/// The CLI as a user meets it: help, version, exit codes, one-line errors, no half-written reports.
struct CommandLineTests {
    @Test func versionAndHelp() {
        let version = Fixtures.run(["--version"])
        #expect(version.status == 0)
        #expect(version.out == "crosscheck 0.1.0\n")
        let help = Fixtures.run(["--help"])
        #expect(help.status == 0)
        #expect(help.out.contains("compare"))
        #expect(help.out.contains("Exit status"))
        let compareHelp = Fixtures.run(["compare", "--help"])
        #expect(compareHelp.out.contains("--format"))
    }

    @Test func unknownCommandAndOptionAreUsageErrors() {
        #expect(Fixtures.run(["frobnicate"]).status == 2)
        let result = Fixtures.run(["compare", "x", "--formt", "md"])
        #expect(result.status == 2)
        #expect(result.err.contains("--format"))
        #expect(Fixtures.run([]).status == 2)
    }

    struct BadInput: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: [UInt8]]
        var expected: String
        var testDescription: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "empty folder", files: [:], expected: "no articles found"),
        BadInput(name: "empty file", files: ["a.txt": []], expected: "a.txt: the file is empty"),
        BadInput(name: "not UTF-8", files: ["a.txt": Array("Caf".utf8) + [0xE9, 0x0A]], expected: "a.txt:1: not valid UTF-8"),
        BadInput(name: "invalid UTF-8 on line 3", files: ["b.md": Array("one\ntwo\nthr".utf8) + [0xFF] + Array("ee\n".utf8)], expected: "b.md:3: not valid UTF-8"),
        BadInput(name: "unterminated front matter", files: ["c.md": Array("---\noutlet: X\nbody text\n".utf8)], expected: "front matter"),
    ]

    @Test(arguments: badInputs)
    func badInputGivesOneLineErrorAndNoReport(_ input: BadInput) throws {
        let folder = Fixtures.temporaryFolder()
        let set = folder + "/set"
        try FileManager.default.createDirectory(atPath: set, withIntermediateDirectories: true)
        for (name, bytes) in input.files { _ = FileManager.default.createFile(atPath: set + "/" + name, contents: Data(bytes)) }
        let output = folder + "/reports"
        let result = Fixtures.run(["compare", set, "--output", output, "--quiet"])
        #expect(result.status == 3)
        #expect(result.err.contains(input.expected), "stderr: \(result.err)")
        #expect(result.err.split(separator: "\n").count == 1)
        // No report for a set with no readable article.
        #expect(!FileManager.default.fileExists(atPath: output + "/set.json"))
    }

    @Test func missingFolder() {
        let result = Fixtures.run(["compare", "/nonexistent/crosscheck-set"])
        #expect(result.status == 3)
        #expect(result.err.hasPrefix("crosscheck: /nonexistent/crosscheck-set: no such file or folder"))
    }

    @Test func oneBadFileStillComparesTheOthers() throws {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("Defense Minister Anna Kowalska met Foreign Minister Tomas Berg in Oslo.\n", to: folder + "/set/a.txt")
        Fixtures.write("Anna Kowalska met Tomas Berg on Monday.\n", to: folder + "/set/b.txt")
        _ = FileManager.default.createFile(atPath: folder + "/set/c.txt", contents: Data([0x41, 0xFF]))
        let result = Fixtures.run(["compare", folder + "/set", "--output", folder + "/out", "--quiet"])
        #expect(result.status == 3)
        #expect(result.err.contains("c.txt:1: not valid UTF-8"))
        let json = try String(contentsOfFile: folder + "/out/set.json", encoding: .utf8)
        #expect(json.contains("\"unreadable-article\""))
        #expect(json.contains("Anna Kowalska"))
    }

    @Test func unwritableOutputIsExitFour() throws {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("Defense Minister Anna Kowalska met Foreign Minister Tomas Berg.\n", to: folder + "/set/a.txt")
        Fixtures.write("not a folder", to: folder + "/file")
        let result = Fixtures.run(["compare", folder + "/set", "--output", folder + "/file/reports", "--quiet"])
        #expect(result.status == 4)
        #expect(result.err.contains("cannot write"))
    }

    @Test func noColorIsHonoured() throws {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("Defense Minister Anna Kowalska met Foreign Minister Tomas Berg.\n", to: folder + "/set/a.txt")
        let colored = Fixtures.run(["compare", folder + "/set", "--output", folder + "/out", "--color"])
        #expect(colored.out.contains("\u{1B}["))
        let plain = Fixtures.run(["compare", folder + "/set", "--output", folder + "/out"], environment: ["NO_COLOR": "1"])
        #expect(!plain.out.contains("\u{1B}["))
    }
}
