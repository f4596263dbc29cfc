import ReportWriter
import ClaimExtractor
import ClaimModel
import CrossCheck
import Foundation
import Testing

/// The "Bad input" table of the README, row by row: what crosscheck says, the exit status,
/// and that the other articles of the set are still compared. Single-file rows that only
/// check the one-line error are in `CommandLineTests.badInputs`.
struct BadInputTests {
    static let good = "Defense Minister Anna Kowalska met Foreign Minister Tomas Berg in Oslo.\n"

    /// A set folder holding `good.txt` and the given files; returns (root, set).
    static func makeSet(_ files: [String: [UInt8]] = [:], name: String = "set", good: Bool = true) throws -> (root: String, set: String) {
        let root = Fixtures.temporaryFolder("crosscheck-bad")
        let set = root + "/" + name
        try FileManager.default.createDirectory(atPath: set, withIntermediateDirectories: true)
        if good { Fixtures.write(BadInputTests.good, to: set + "/good.txt") }
        for (file, bytes) in files { _ = FileManager.default.createFile(atPath: set + "/" + file, contents: Data(bytes)) }
        return (root, set)
    }

    static func report(_ path: String) throws -> Report {
        try JSONDecoder().decode(Report.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Runs `compare` on a set; returns the CLI result and the JSON report when one was written.
    static func compare(_ set: String, root: String, extra: [String] = []) throws -> (status: Int32, out: String, err: String, report: Report?) {
        let output = root + "/reports"
        let result = Fixtures.run(["compare", set, "--output", output, "--format", "json", "--quiet"] + extra)
        let name = URL(fileURLWithPath: set).standardizedFileURL.lastPathComponent
        let path = output + "/" + name + ".json"
        let report = FileManager.default.fileExists(atPath: path) ? try BadInputTests.report(path) : nil
        return (result.status, result.out, result.err, report)
    }

    // MARK: Unreadable files next to a good one

    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var bytes: [UInt8]
        /// Expected in the one-line error and in the report's `unreadable-article` diagnostic.
        var expected: String
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "whitespace only", file: "w.txt", bytes: Array(" \n\t\n  \r\n".utf8), expected: "w.txt: the file is empty"),
        Row(name: "binary with NUL bytes", file: "n.txt", bytes: Array("line one\n".utf8) + [0x00, 0x01, 0x02, 0xFF], expected: "n.txt:2: holds NUL bytes"),
        Row(name: "invalid UTF-8 in the middle", file: "u.md", bytes: Array("one\ntwo\nMinister Kowalska said ".utf8) + [0xC3, 0x28] + Array(" more\nfour\n".utf8), expected: "u.md:3: not valid UTF-8 (byte 31)"),
        Row(name: "UTF-16 with a BOM", file: "le.txt", bytes: [0xFF, 0xFE] + Array("Hi\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, expected: "le.txt: is UTF-16; re-save it as UTF-8"),
        Row(name: "UTF-16 without a BOM", file: "be.txt", bytes: Array("Hi\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, expected: "be.txt:1: holds NUL bytes"),
        Row(name: "unterminated front matter", file: "f.md", bytes: Array("---\noutlet: X\ntitle: Y\nThe body never starts.\n".utf8), expected: "f.md:1: front matter: opened with `---` but never closed; add a `---` line after the last key"),
        Row(name: "front matter key with a space", file: "k.md", bytes: Array("---\noutlet: X\nwho said: Y\n---\nBody.\n".utf8), expected: "k.md:3: front matter: expected `key: value`"),
        Row(name: "HTML with an unclosed script", file: "s.html", bytes: Array("<html>\n<body>\n<script>var a = '<p>text</p>';\n".utf8), expected: "s.html:3: no article text (`<script>` is never closed"),
        Row(name: "HTML that is one unclosed tag", file: "t.html", bytes: Array("<p class=\"x Minister Kowalska met Berg".utf8), expected: "t.html:1: no article text (a tag `<` has no closing `>`"),
        Row(name: "HTML with a title and no body text", file: "h.html", bytes: Array("<html><head><title>Ferry terminal opens</title></head><body>\n</body></html>\n".utf8), expected: "h.html: the page has no body text (only the title 'Ferry terminal opens'); put the article's text in <body>"),
        Row(name: "HTML that is markup only", file: "m.html", bytes: Array("<html><body><div></div></body></html>".utf8), expected: "m.html: the page has no body text (only markup)"),
        Row(name: "JSON that is not an object", file: "j.json", bytes: Array("[1, 2]".utf8), expected: "j.json:1: JSON: expected one article object"),
        Row(name: "JSON lines all broken", file: "l.jsonl", bytes: Array("{\"text\": 1}\n{oops\n".utf8), expected: "l.jsonl:1: JSON: no line holds a readable article"),
    ]

    @Test(arguments: rows)
    func unreadableFileIsReportedAndTheOthersCompared(_ row: Row) throws {
        let (root, set) = try BadInputTests.makeSet([row.file: row.bytes])
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 3)
        #expect(result.err.contains(row.expected), "stderr: \(result.err)")
        #expect(result.err.split(separator: "\n").count == 1)
        let report = try #require(result.report)
        #expect(report.articles.map(\.id) == ["good"])
        #expect(report.diagnostics.contains { $0.code == "unreadable-article" && $0.path.hasSuffix(row.file) })
    }

    @Test func oneBrokenJSONLineIsAnErrorAndTheOtherLinesAreCompared() throws {
        let lines = #"{"id": "first", "text": "Minister Anna Kowalska opened the new ferry terminal on Monday."}"# + "\n{\"id\": \"second\", \"text\": oops}\n"
        let (root, set) = try BadInputTests.makeSet(["feed.jsonl": Array(lines.utf8)])
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 3)
        #expect(result.err.hasPrefix("crosscheck: \(set)/feed.jsonl:2: JSON: not valid JSON"), "stderr: \(result.err)")
        #expect(result.err.contains("this line was skipped, the other lines were read"))
        let report = try #require(result.report)
        #expect(report.articles.map(\.id) == ["first", "good"])
        let markdown = ReportWriter.render(report, as: .markdown)
        #expect(markdown.contains("**1 line could not be read** (`feed.jsonl:2`; the other lines of its file were read)"))
        #expect(!markdown.contains("file could not be read"))
    }

    // MARK: Size

    @Test func hundredMegabyteArticleIsRefusedFromItsSizeWithoutReadingIt() throws {
        let (root, set) = try BadInputTests.makeSet()
        // A sparse file: 100 MB long, no disk used, and nothing read if the size check comes first.
        let path = set + "/huge.txt"
        Fixtures.write("Minister Anna Kowalska ", to: path)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 3)
        #expect(result.err.contains("huge.txt: 104857600 bytes is over the article size limit of 16777216 bytes; split the file or raise `limits.maxArticleBytes`"), "stderr: \(result.err)")
        #expect(result.report?.articles.map(\.id) == ["good"])
    }

    @Test func articleSizeLimitIsConfigurable() throws {
        let (root, set) = try BadInputTests.makeSet(["long.txt": Array(String(repeating: "Anna Kowalska met Tomas Berg. ", count: 20).utf8)])
        Fixtures.write(#"{"version": 1, "limits": {"maxArticleBytes": 200}}"#, to: set + "/crosscheck.json")
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 3)
        #expect(result.err.contains("long.txt: 600 bytes is over the article size limit of 200 bytes"))
        #expect(result.report?.articles.map(\.id) == ["good"])
        // A limit that is not a positive number is a configuration error, exit 2.
        Fixtures.write(#"{"version": 1, "limits": {"maxArticleBytes": -1}}"#, to: set + "/crosscheck.json")
        let bad = Fixtures.run(["compare", set, "--output", root + "/reports", "--quiet"])
        #expect(bad.status == 2)
        #expect(bad.err.contains("crosscheck.json: at limits.maxArticleBytes: expected a positive whole number"))
    }

    @Test func claimLimitIsConfigurableAndReported() throws {
        let lines = (0..<12).map { "Defense Minister Anna Kowalska met Foreign Minister Tomas Berg in city \($0)." }
        let (root, set) = try BadInputTests.makeSet(["many.txt": Array(lines.joined(separator: "\n").utf8)])
        Fixtures.write(#"{"version": 1, "limits": {"maxClaimsPerArticle": 3}}"#, to: set + "/crosscheck.json")
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 0)
        let report = try #require(result.report)
        #expect(report.claims.filter { $0.article == "many" }.count == 3)
        let diagnostic = try #require(report.diagnostics.first { $0.code == "claim-limit" && $0.path.hasSuffix("many.txt") })
        #expect(diagnostic.path.hasSuffix("many.txt"))
        #expect(diagnostic.message.contains("only the first 3 are kept (raise `limits.maxClaimsPerArticle` in crosscheck.json)"))
    }

    /// `CROSSCHECK_HOSTILE_FULL=1` runs the full sizes (10 MB through `compare`, 100,000 files);
    /// by default the slow parts run on smaller inputs so a debug build finishes in seconds.
    static var full: Bool { ProcessInfo.processInfo.environment["CROSSCHECK_HOSTILE_FULL"] == "1" }

    static func oneLine(bytes: Int) -> [UInt8] {
        let sentence = "Defense Minister Anna Kowalska met Foreign Minister Tomas Berg in Oslo on Monday, officials said; the talks went on into the night and the delegation left at dawn. "
        let line = Array(String(repeating: sentence, count: bytes / sentence.utf8.count + 1).utf8.prefix(bytes))
        return line
    }

    /// 10 MB on one line, under the default size limit: read, not refused, and no reading step
    /// is worse than linear in the line's length (dateline inference reads only the head).
    @Test func tenMegabyteLineIsRead() throws {
        let (root, set) = try BadInputTests.makeSet(["line.txt": BadInputTests.oneLine(bytes: 10 * 1024 * 1024)], good: false)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let parsed = try CorpusReader().readFile(set + "/line.txt")
        let article = try #require(parsed.articles.first)
        #expect(article.scalars.count == 10 * 1024 * 1024)
        #expect(article.lines.line(of: article.scalars.count - 1) == 1)
        #expect(parsed.diagnostics.isEmpty)
    }

    /// The same kind of line through `compare`: 256 KB by default (extraction in a debug build
    /// runs at about 25 µs a byte on this title-dense text), 10 MB with `CROSSCHECK_HOSTILE_FULL=1`.
    @Test func longLineIsCompared() throws {
        let size = BadInputTests.full ? 10 * 1024 * 1024 : 256 * 1024
        let (root, set) = try BadInputTests.makeSet(["line.txt": BadInputTests.oneLine(bytes: size)], good: false)
        defer { try? FileManager.default.removeItem(atPath: root) }
        Fixtures.write(#"{"version": 1, "limits": {"maxClaimsPerArticle": 1000}}"#, to: set + "/crosscheck.json")
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 0, "stderr: \(result.err)")
        let report = try #require(result.report)
        #expect(report.articles.first?.words ?? 0 > size / 8)
        // The line repeats a few sentences: the repeat bound (issue #19) keeps each claim at
        // most 20 times, before the claim limit is reached.
        #expect(report.claims.count <= 1000)
        #expect(report.diagnostics.contains { $0.code == "repeat-limit" || $0.code == "claim-limit" })
    }

    // MARK: Many files

    /// `CROSSCHECK_HOSTILE_FULL=1` reads 100,000 files; by default 5,000 (a few seconds in a debug build).
    static var tinyFileCount: Int { full ? 100_000 : 5_000 }

    @Test func manyTinyFilesAreAllRead() throws {
        let count = BadInputTests.tinyFileCount
        let (root, set) = try BadInputTests.makeSet(good: false)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for index in 0..<count {
            _ = FileManager.default.createFile(atPath: set + "/a\(index).txt", contents: Data("Anna Kowalska met Tomas Berg, item \(index).\n".utf8))
        }
        let contents = try CorpusReader().read(set: set)
        #expect(contents.articles.count == count)
        #expect(contents.failures.isEmpty)
        #expect(Set(contents.articles.map(\.id)).count == count)
    }

    // MARK: HTML

    @Test func deeplyNestedAndUnclosedHTML() throws {
        let depth = 100_000
        let nested = String(repeating: "<div><span><b>", count: depth) + "Defense Minister Anna Kowalska met Tomas Berg." + String(repeating: "</b></span>", count: depth)
        let unclosedComment = "<p>Anna Kowalska met Tomas Berg.</p>\n<!-- a comment that never ends <p>hidden</p>"
        let (root, set) = try BadInputTests.makeSet([
            "nested.html": Array(nested.utf8),
            "comment.html": Array(unclosedComment.utf8),
        ])
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 0, "stderr: \(result.err)")
        let report = try #require(result.report)
        #expect(report.articles.map(\.id) == ["comment", "good", "nested"])
        let warning = try #require(report.diagnostics.first { $0.code == "unclosed-html" })
        #expect(warning.path.hasSuffix("comment.html"))
        #expect(warning.line == 2)
        #expect(warning.message == "a comment `<!--` is never closed; the text after it was not read (close it to read the rest)")
        let parsed = try ArticleParser.parse(bytes: Array(nested.utf8), path: "n.html", id: "n", format: .html)
        #expect(parsed.articles.first?.body == "Defense Minister Anna Kowalska met Tomas Berg.")
    }

    // MARK: Front matter

    @Test func frontMatterWithOddTypesIsKeptAsText() throws {
        let text = """
            ---
            outlet: Example Wire
            published: 2025-11-02T10:00:00+07:00
            count: 42
            ratio: 0.5
            live: true
            nothing:
            tags: [defence, "visit", 3]
            authors:
              - Ann Lee
              - Bo Chan
            place:
              city: Hanoi
              country: Viet Nam
            empty: ""
            ---
            Defense Minister Anna Kowalska met Tomas Berg.
            """
        let parsed = try ArticleParser.parse(bytes: Array(text.utf8), path: "odd.md", id: "odd", format: .markdown)
        let article = try #require(parsed.articles.first)
        #expect(article.outlet == "Example Wire")
        #expect(article.published == "2025-11-02")
        #expect(article.metadata["count"] == "42")
        #expect(article.metadata["live"] == "true")
        #expect(article.metadata["tags"] == "defence, \"visit\", 3")
        #expect(article.metadata["authors"] == "Ann Lee, Bo Chan")
        #expect(article.metadata["place"] == "city: Hanoi, country: Viet Nam")
        #expect(article.body == "Defense Minister Anna Kowalska met Tomas Berg.")
        #expect(article.bodyLineOffset == 16)
        // A date that is not a date is kept raw, and the article is still read.
        let numeric = try ArticleParser.parse(bytes: Array("---\npublished: 20251102\n---\nBody text.\n".utf8), path: "n.md", id: "n", format: .markdown)
        #expect(numeric.articles.first?.metadata["published_raw"] == "20251102")
    }

    // MARK: Ids, links, special files, permissions

    @Test func duplicateIdsAreBothKeptAndNamed() throws {
        let (root, set) = try BadInputTests.makeSet(["a.md": Array("Anna Kowalska met Tomas Berg.\n".utf8), "a.txt": Array("Tomas Berg met Anna Kowalska.\n".utf8)])
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 0)
        let report = try #require(result.report)
        #expect(report.articles.map(\.id).sorted() == ["a", "a.txt", "good"])
        let diagnostic = try #require(report.diagnostics.first { $0.code == "duplicate-id" })
        #expect(diagnostic.path.hasSuffix("/a.txt"))
        #expect(diagnostic.message.contains("a.md"))
        #expect(diagnostic.message.contains("'a.txt'"))
    }

    @Test func symlinkLoopsDoNotRecurseAndDanglingLinksAreNamed() throws {
        let (root, set) = try BadInputTests.makeSet()
        // A folder link to the set's parent, and one to the set itself.
        try FileManager.default.createSymbolicLink(atPath: set + "/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: set + "/self", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: root + "/loop", withDestinationPath: root)
        // A link to itself and a link to nothing.
        try FileManager.default.createSymbolicLink(atPath: set + "/loop.txt", withDestinationPath: "loop.txt")
        try FileManager.default.createSymbolicLink(atPath: set + "/gone.txt", withDestinationPath: "missing.txt")
        let sets = try CrossChecker.sets(in: root)
        // The set, and the loop back to the corpus root holds no articles of its own.
        #expect(sets.map { ($0 as NSString).lastPathComponent } == ["set"])
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 3)
        #expect(result.err.contains("loop.txt: is a symbolic link that loops, not an article file"), "stderr: \(result.err)")
        #expect(result.err.contains("gone.txt: is a symbolic link to a missing file, not an article file"))
        #expect(result.report?.articles.map(\.id) == ["good"])
    }

    @Test func namedPipeIsRefusedWithoutWaiting() throws {
        let (root, set) = try BadInputTests.makeSet()
        #expect(mkfifo(set + "/pipe.txt", 0o644) == 0)
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 3)
        #expect(result.err.contains("pipe.txt: is a named pipe (FIFO), not an article file; replace it with a regular file or remove it from the set"))
        #expect(result.report?.articles.map(\.id) == ["good"])
    }

    /// `chmod 000` blocks reading except for root; as root the file is read like any other,
    /// and the test says so instead of failing.
    @Test func unreadableFileIsNamed() throws {
        let (root, set) = try BadInputTests.makeSet(["locked.txt": Array("Anna Kowalska met Tomas Berg.\n".utf8)])
        chmod(set + "/locked.txt", 0o000)
        defer { chmod(set + "/locked.txt", 0o644) }
        let blocked = open(set + "/locked.txt", O_RDONLY) < 0 || { close(open(set + "/locked.txt", O_RDONLY)); return false }()
        let result = try BadInputTests.compare(set, root: root)
        if blocked {
            #expect(result.status == 3)
            #expect(result.err.contains("locked.txt: cannot be read (permission denied); check its permissions"), "stderr: \(result.err)")
            #expect(result.report?.articles.map(\.id) == ["good"])
        } else {
            // Running as root: permissions do not block reads; the file is read normally.
            #expect(result.status == 0)
            #expect(result.report?.articles.map(\.id) == ["good", "locked"])
        }
    }

    // MARK: Set folder names

    @Test(arguments: ["a b", "Hà Nội", "x..y", "ümlaut & ‘quotes’"])
    func setFolderWithAnOddName(_ name: String) throws {
        let (root, set) = try BadInputTests.makeSet(name: name)
        let result = try BadInputTests.compare(set, root: root)
        #expect(result.status == 0, "stderr: \(result.err)")
        #expect(result.report?.set == name)
        #expect(FileManager.default.fileExists(atPath: root + "/reports/\(name).json"))
    }

    @Test func setFolderGivenThroughDotDot() throws {
        let (root, set) = try BadInputTests.makeSet(name: "real set")
        try FileManager.default.createDirectory(atPath: set + "/sub", withIntermediateDirectories: true)
        let result = try BadInputTests.compare(set + "/sub/..", root: root)
        #expect(result.status == 0, "stderr: \(result.err)")
        #expect(result.report?.set == "real set")
    }
}

/// Entities in an HTML page's title are decoded like those in its text.
struct HTMLTitleTests {
    @Test func titleEntitiesAreDecoded() {
        let page = HTMLText.extract("<html><head><title>Fund &amp; tariff &#8217;deal&#x2019; &lt;agreed&gt;</title></head><body><p>Text.</p></body></html>")
        #expect(page.title == "Fund & tariff \u{2019}deal\u{2019} <agreed>")
        #expect(page.text == "Text.")
    }
}
