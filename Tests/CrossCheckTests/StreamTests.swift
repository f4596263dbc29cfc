import CrossCheck
import Foundation
import Testing

/// Standard input and output: `-` as an article, `-` as an output file, devices written
/// directly, several reports on stdout as JSON Lines.
struct StreamTests {
    static let defense = "Secretary of Defense Pete Smith met President Ana Lopez.\n"
    static let war = "Secretary of War Pete Smith met President Ana Lopez.\n"

    @Test func extractReadsStandardInputNamedByName() throws {
        let text = Fixtures.run(["extract", "-", "--name", "wire.md"], input: "---\noutlet: Stdin Wire\n---\n" + Self.defense)
        #expect(text.status == 0)
        #expect(text.out.hasPrefix("wire.md  [Stdin Wire, undated]"))
        #expect(text.out.contains("Pete Smith  (body lines 1)"))
        let json = Fixtures.run(["extract", "-", "--format", "jsonl"], input: Self.defense)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect((object["article"] as? [String: Any])?["path"] as? String == "stdin.txt")
        #expect(Fixtures.run(["extract", "-"], input: "").status == 3)
        #expect(Fixtures.run(["extract", "-", "--name", "x.pdf"], input: Self.defense).err.contains("--name x.pdf: .pdf is not an article format"))
        #expect(Fixtures.run(["extract", "-", "-"], input: Self.defense).status == 2)
    }

    @Test func extractMixesFilesAndFoldersAndAdvisesOnACorpus() {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write(Self.defense, to: folder + "/corpus/set/a.txt")
        Fixtures.write(Self.war, to: folder + "/b.txt")
        let mixed = Fixtures.run(["extract", folder + "/corpus/set", folder + "/b.txt"])
        #expect(mixed.status == 0)
        #expect(mixed.out.contains("/corpus/set/a.txt  ["))
        #expect(mixed.out.contains("/b.txt  ["))
        let corpus = Fixtures.run(["extract", folder + "/corpus"])
        #expect(corpus.status == 2)
        #expect(corpus.err.contains("holds sets, not articles: extract takes article files or a set folder (`crosscheck extract \(folder)/corpus/set`); to compare the sets, run `crosscheck compare \(folder)/corpus`"))
    }

    @Test func diffReadsOneArticleFromStandardInput() {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write(Self.defense, to: folder + "/a.txt")
        let result = Fixtures.run(["diff", folder + "/a.txt", "-", "--name", "b.txt", "--no-color"], input: Self.war)
        #expect(result.status == 0)
        #expect(result.out.contains("B: -"))
        #expect(result.out.contains("B: Secretary of War (body line 1)"))
        #expect(Fixtures.run(["diff", "-", "-"], input: Self.war).status == 2)
        #expect(Fixtures.run(["diff", folder, "-"], input: Self.war).err.contains("is a folder: diff compares two article files"))
    }

    /// Two versions of one article are near copies (one source in a set), but `diff` is asked
    /// to tell them apart: what both say agrees, the changed figure conflicts, and nothing is
    /// "only in" one of them while both state it.
    @Test func diffComparesTwoVersionsOfOneArticleAsTwoSources() {
        let folder = Fixtures.temporaryFolder()
        let first = """
            The county council voted on Monday to close the old ferry terminal at the end of the summer season. \
            Mayor Ruth Calder said the terminal had lost $2 million last year and that the ferry company would move \
            its boats to the new harbour north of town. The vote passed by 7 to 2 after a long debate in which \
            several residents asked the council to keep a small waiting room open for the winter months.

            """
        Fixtures.write(first, to: folder + "/v1.txt")
        Fixtures.write(first.replacingOccurrences(of: "$2 million", with: "$3 million"), to: folder + "/v2.txt")
        let result = Fixtures.run(["diff", folder + "/v1.txt", folder + "/v2.txt", "--all", "--no-color"])
        #expect(result.status == 0)
        #expect(result.out.contains("conflict number"))
        #expect(result.out.contains("agree    title: Ruth Calder"))
        #expect(!result.out.contains("only-in"))
    }

    /// `diff A B` and `diff B A` give the same findings, named alike, with the rows swapped:
    /// the argument order only labels the columns.
    @Test func diffReadsTheSameFindingsInEitherOrder() {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("""
            Harbour Commissioner Nora Q. Fenwick said on Tuesday that the port will close its north pier for 45 days.

            """, to: folder + "/one.txt")
        Fixtures.write("""
            Nora Fenwick, the harbour commissioner, said on Wednesday that the north pier would close for two months.

            """, to: folder + "/two.txt")
        func rows(_ first: String, _ second: String, swap: Bool) -> [String] {
            let out = Fixtures.run(["diff", folder + first, folder + second, "--all", "--no-color"]).out
            let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3).map(String.init)
            var result: [String] = []
            var index = 0
            while index + 2 < lines.count {
                let (a, b) = (String(lines[index + 1].dropFirst(5)), String(lines[index + 2].dropFirst(5)))
                result.append(lines[index] + " | " + (swap ? b + " | " + a : a + " | " + b))
                index += 3
            }
            return result.sorted()
        }
        let forward = rows("/one.txt", "/two.txt", swap: false)
        #expect(forward.count >= 2, "\(forward)")
        #expect(forward == rows("/two.txt", "/one.txt", swap: true))
    }

    @Test func checkWritesADocumentToStandardOutputAndTheLinesToStandardError() throws {
        let (corpus, _) = try CheckCommandTests.copyOfBundledSet()
        let result = Fixtures.run(["check", corpus, "--json", "-", "--no-cache"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "crosscheck.check/1")
        #expect(result.err.contains("check: 1 set, 3 articles"))
        let sarif = Fixtures.run(["check", corpus, "--sarif", "-", "--no-cache"])
        #expect(sarif.out.hasPrefix("{"))
        #expect(sarif.out.contains("\"version\" : \"2.1.0\""))
        let junit = Fixtures.run(["check", corpus, "--junit", "-", "--no-cache"])
        #expect(junit.out.hasPrefix("<?xml"))
        #expect(Fixtures.run(["check", corpus, "--json", "-", "--sarif", "-"]).status == 2)
    }

    @Test func aDeviceIsWrittenDirectlyNotReplaced() throws {
        let folder = Fixtures.temporaryFolder()
        let link = folder + "/out.sarif"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        try AtomicFile.write("{}\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/null")
        #expect(AtomicFile.isSpecialFile("/dev/null"))
        #expect(!AtomicFile.isSpecialFile(folder))
        // A named pipe is special too (never renamed over); opening it waits for a reader, so
        // only its kind is checked here.
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(AtomicFile.isSpecialFile(fifo))
        // check --sarif /dev/stdout style: a device path through compare's writer too.
        let (corpus, _) = try CheckCommandTests.copyOfBundledSet()
        #expect(Fixtures.run(["check", corpus, "--sarif", link, "--no-cache"]).status == 1)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/null")
    }

    @Test func severalSetsOnStandardOutputAreJSONLines() throws {
        let result = Fixtures.run(["compare", Fixtures.corpus, "--format", "json", "--output", "-"])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        let sets = try CrossChecker.sets(in: Fixtures.corpus)
        #expect(lines.count == sets.count)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["schema"] as? String == "crosscheck.report/1")
        }
        // One set: the pretty document a file holds.
        let one = Fixtures.run(["compare", sets[0], "--format", "json", "--output", "-"])
        #expect(one.out.hasPrefix("{\n"))
        // Several sets of SARIF: one document.
        let sarif = Fixtures.run(["compare", Fixtures.corpus, "--format", "sarif", "--output", "-"])
        #expect(sarif.out.components(separatedBy: "\"$schema\"").count == 2)
    }

    @Test func standardOutputTakesOneFormat() {
        let result = Fixtures.run(["compare", Fixtures.corpus + "/trade-summit-geneva", "--format", "json,md", "--output", "-"])
        #expect(result.status == 2)
        #expect(result.err.contains("--output - prints one format, not json,md; choose one with --format"))
        #expect(result.out.isEmpty)
        #expect(Fixtures.run(["compare", Fixtures.corpus, "--format", "html", "--output", "-"]).status == 2)
    }
}
