import Foundation
import Testing

/// `crosscheck parse`: an article's sentences, tags and tree, as text or CoNLL-U.
struct ParseCommandTests {
    static let article = Fixtures.corpus + "/hanoi-defense-visit-2025/b-daily.md"

    @Test func textListingShowsTagsAndTree() {
        let result = Fixtures.run(["parse", Self.article])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("sentence 1: "))
        #expect(result.out.contains("root"))
        #expect(result.out.contains("nsubj"))
        #expect(result.out.contains("PROPN"))
    }

    @Test func coNLLUHasTenColumnsAndByteRanges() {
        let result = Fixtures.run(["parse", Self.article, "--format", "conllu"])
        #expect(result.status == 0)
        #expect(result.out.contains("# text = "))
        let rows = result.out.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 10 })
        #expect(rows.allSatisfy { $0.contains("TokenRange=") })
        #expect(rows.filter { $0.split(separator: "\t")[6] == "0" }.count == result.out.components(separatedBy: "# sent_id").count - 1)
    }

    /// The listing's first line counts in English: "1 sentence", not "1 sentences".
    @Test(arguments: [("The council approved the budget on Monday.", "stdin: 1 sentence, 8 tokens"),
                      ("The mayor spoke. Councillors voted.", "stdin: 2 sentences, 7 tokens")])
    func theSummaryLineAgreesInNumber(text: String, summary: String) {
        let result = Fixtures.run(["parse", "-"], input: text)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.split(separator: "\n").first.map(String.init) == summary)
    }

    /// A text file's first line is its title and also the body's first line: read once
    /// (the headline was sentence 1 and sentence 2); a front-matter title the body does not hold comes first.
    @Test(arguments: [("Ferry terminal opens in Haiphong\n\nThe terminal opened on Monday.\n", "a.txt", 2),
                      ("---\ntitle: Ferry terminal opens\n---\nThe terminal opened on Monday.\n", "a.md", 2)])
    func theHeadlineIsReadOnce(text: String, name: String, sentences: Int) {
        let result = Fixtures.run(["parse", "-", "--name", name], input: text)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.components(separatedBy: "\nsentence ").count - 1 == sentences, "\(result.out)")
        #expect(result.out.components(separatedBy: ": Ferry terminal opens").count - 1 == 1)
    }

    @Test func usageAndInputErrors() {
        #expect(Fixtures.run(["parse"]).status == 2)
        #expect(Fixtures.run(["parse", Self.article, "--format", "xml"]).status == 2)
        #expect(Fixtures.run(["parse", "/nonexistent/article.txt"]).status == 3)
        #expect(Fixtures.run(["--help"]).out.contains("parse"))
    }

    @Test func aSetFolderParsesEveryArticleAndACorpusFolderGetsAdvice() throws {
        let set = Fixtures.corpus + "/hanoi-defense-visit-2025"
        let articles = try FileManager.default.contentsOfDirectory(atPath: set).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".json") }
        let result = Fixtures.run(["parse", set, "--no-color"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.split(separator: "\n").filter { $0.contains(" sentences, ") && $0.contains(" tokens") }.count == articles.count)
        let corpus = Fixtures.run(["parse", Fixtures.corpus])
        #expect(corpus.status == 2)
        #expect(corpus.err.contains("holds sets, not articles"))
        #expect(corpus.err.contains("crosscheck parse "))
    }

    @Test func extractAndParseTakeTheColourFlagsEveryCommandTakes() {
        #expect(Fixtures.run(["extract", Self.article, "--no-color"]).status == 0)
        #expect(Fixtures.run(["parse", Self.article, "--color"]).status == 0)
    }
}
