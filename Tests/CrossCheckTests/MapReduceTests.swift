import ClaimModel
import CrossCheck
import Foundation
import Testing

/// The map step (`extract --format jsonl`, streamed, from a file list) and the reduce step
/// (`compare --claims FILE.jsonl`) of a pipeline give the reports of one `compare` run.
struct MapReduceTests {
    @Test(arguments: ["hanoi-defense-visit-2025", "storm-landfall-jsonl"])
    func reportsFromClaimsEqualTheOneProcessReports(set: String) throws {
        let (corpus, folder) = try CheckCommandTests.copyOfBundledSet(set)
        let work = corpus + "/.."
        let map = Fixtures.run(["extract", folder, "--format", "jsonl"])
        #expect(map.status == 0, "\(map.err)")
        Fixtures.write(map.out, to: work + "/claims/\(set).jsonl")
        #expect(map.out.split(separator: "\n").count >= 3)

        let one = Fixtures.run(["compare", folder, "--output", work + "/one", "--quiet"])
        let reduce = Fixtures.run(["compare", "--claims", work + "/claims/\(set).jsonl", "--output", work + "/two", "--quiet"])
        #expect(one.status == 0, "\(one.err)")
        #expect(reduce.status == 0, "\(reduce.err)")
        for ext in ["md", "json", "html"] {
            let expected = try #require(FileManager.default.contents(atPath: work + "/one/\(set).\(ext)"))
            let actual = try #require(FileManager.default.contents(atPath: work + "/two/\(set).\(ext)"))
            #expect(expected == actual, "\(set).\(ext) differs")
        }
    }

    /// The reduce step reads its claims from a pipe (`--claims /dev/stdin`, a shell's
    /// `<(crosscheck extract …)`) as from a file; it said "cannot be read; check its permissions".
    @Test func claimsAreReadFromANamedPipe() throws {
        let (corpus, folder) = try CheckCommandTests.copyOfBundledSet("hanoi-defense-visit-2025")
        let work = corpus + "/.."
        let map = Fixtures.run(["extract", folder, "--format", "jsonl"])
        #expect(map.status == 0, "\(map.err)")
        let fifo = work + "/hanoi-defense-visit-2025.jsonl"
        #expect(mkfifo(fifo, 0o600) == 0)
        signal(SIGPIPE, SIG_IGN)
        let done = DispatchSemaphore(value: 0)
        let claims = Data(map.out.utf8)
        DispatchQueue.global().async {
            if let handle = FileHandle(forWritingAtPath: fifo) { try? handle.write(contentsOf: claims); try? handle.close() }
            done.signal()
        }
        let reduce = Fixtures.run(["compare", "--claims", fifo, "--output", work + "/two", "--quiet"])
        // Never leave the writer waiting, whatever the reader did.
        let release = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(done.wait(timeout: .now() + 10) == .success)
        if release >= 0 { close(release) }
        #expect(reduce.status == 0, "\(reduce.err)")
        let one = Fixtures.run(["compare", folder, "--output", work + "/one", "--quiet"])
        #expect(one.status == 0)
        let expected = try #require(FileManager.default.contents(atPath: work + "/one/hanoi-defense-visit-2025.json"))
        #expect(FileManager.default.contents(atPath: work + "/two/hanoi-defense-visit-2025.json") == expected)
    }

    /// Two map outputs concatenated give one article twice: a line naming the repeat, exit 3
    /// (the comparison crashed on the repeated id).
    @Test func anArticleGivenTwiceInAClaimsFileIsALineError() throws {
        let (corpus, folder) = try CheckCommandTests.copyOfBundledSet("hanoi-defense-visit-2025")
        let map = Fixtures.run(["extract", folder + "/a-wire.md", folder + "/b-daily.md", "--format", "jsonl"])
        #expect(map.status == 0, "\(map.err)")
        Fixtures.write(map.out + map.out, to: corpus + "/../twice.jsonl")
        let reduce = Fixtures.run(["compare", "--claims", corpus + "/../twice.jsonl", "--output", corpus + "/../out"])
        #expect(reduce.status == 3)
        #expect(reduce.err.contains("twice.jsonl:3: JSON: article 'a-wire' is given again (first on line 1); a claims file holds each article of one set once (extract each set into its own file)"), "\(reduce.err)")
        #expect(!FileManager.default.fileExists(atPath: corpus + "/../out/twice.json"))
    }

    @Test func claimsInputIsCheckedLineByLine() {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("{\"article\": {}}\n", to: folder + "/bad.jsonl")
        let bad = Fixtures.run(["compare", "--claims", folder + "/bad.jsonl", "--output", folder + "/out"])
        #expect(bad.status == 3)
        #expect(bad.err.contains("bad.jsonl:1: JSON: not a record of `crosscheck extract --format jsonl`"), "\(bad.err)")
        // A malformed line is a content problem: no advice about permissions.
        #expect(!bad.err.contains("permissions"))
        #expect(Fixtures.run(["compare", "--claims", folder + "/missing.jsonl", "--output", folder + "/out"]).status == 3)
        #expect(Fixtures.run(["compare", folder, "--claims", folder + "/bad.jsonl"]).status == 2)
    }

    @Test func extractReadsAFileListAndStreamsTheSameJSON() throws {
        let folder = Fixtures.temporaryFolder()
        let names = (1...70).map { "a\($0).txt" }
        for (index, name) in names.enumerated() {
            Fixtures.write("Harbour Master Ines Lund said \(index + 3) ships docked in Tromso on Tuesday.\n", to: folder + "/set/" + name)
        }
        let list = names.map { folder + "/set/" + $0 }.joined(separator: "\n") + "\n"
        Fixtures.write(list, to: folder + "/list.txt")
        let fromFile = Fixtures.run(["extract", "--files-from", folder + "/list.txt", "--format", "jsonl"])
        let fromStdin = Fixtures.run(["extract", "--files-from", "-", "--format", "jsonl"], input: list)
        #expect(fromFile.status == 0)
        #expect(fromFile.out == fromStdin.out)
        // In list order, past one batch of 64.
        let paths = fromFile.out.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["article"] as? [String: Any])?["path"] as? String
        }
        #expect(paths == names.map { folder + "/set/" + $0 })

        // --format json: one array, as JSONEncoder prints it, written an article at a time.
        let json = Fixtures.run(["extract", folder + "/set/a1.txt", folder + "/set/a2.txt", "--format", "json"])
        #expect(json.out.hasPrefix("[\n  {\n    \"article\" : {"), "\(json.out.prefix(40))")
        #expect(json.out.hasSuffix("  }\n]\n"))
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array[0]["source"] == nil)
        let none = Fixtures.run(["extract", folder + "/missing.txt", "--format", "json"])
        #expect(none.status == 3)
        #expect((try JSONSerialization.jsonObject(with: Data(none.out.utf8)) as? [Any])?.isEmpty == true)
        #expect(Fixtures.run(["extract", "-", "--files-from", "-"], input: list).status == 2)
    }
}
