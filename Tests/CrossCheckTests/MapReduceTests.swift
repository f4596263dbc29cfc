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
