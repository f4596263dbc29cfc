import ClaimModel
import Foundation
import ReportWriter
import Testing

/// Issue #19, injection and bypass: text from input (folder and file names, front matter,
/// article text, baseline entries) never drives a terminal, a CI runner or a Markdown viewer.
struct InjectionTests {
    static let stop = "\n::stop-commands::tok\n"
    /// An escape that clears the screen, an OSC hyperlink and a BEL.
    static let ansi = "\u{1B}[2J\u{1B}]8;;https://evil.example/\u{07}click\u{1B}]8;;\u{07}"

    /// No line of `text` starts a workflow command, and no control character but the line ends is left.
    static func expectInert(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("::stop-commands") }, "\(text)", sourceLocation: sourceLocation)
        #expect(!text.unicodeScalars.contains { $0 != "\n" && Printable.isControl($0) }, "\(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func printableRemovesControlsAndBreaksLines() {
        #expect(Printable.line("a\nb\r\n\tc") == "a b c")
        #expect(Printable.line("x\u{1B}[31my\u{07}z\u{85}w") == "x[31myz w")
        #expect(Printable.line("Phan\u{202E}gnaiG") == "PhangnaiG")
        #expect(Printable.line("Hà Nội") == "Hà Nội")
    }

    @Test func setPathAndStaleBaselineEntryCannotStopAnnotations() throws {
        let (root, _) = try BadInputTests.makeSet(name: "s" + Self.stop + "x")
        let set = root + "/s" + Self.stop + "x"
        Fixtures.write("""
            {"version": 1, "findings": [{"id": "f-0000000000000001", "kind": "title\\n::stop-commands::tok", "subject": "A\\u001b[2J\\n::stop-commands::tok"}]}
            """, to: set + "/baseline.json")
        // `--strict`: the stale entry fails the gate (a set of one article has no new finding).
        let result = Fixtures.run(["check", root, "--no-cache", "--annotations", "--strict"])
        #expect(result.status == 1, "\(result.out)\(result.err)")
        #expect(result.out.contains("STALE f-0000000000000001 title ::stop-commands::tok “A[2J ::stop-commands::tok”"), "\(result.out)")
        Self.expectInert(result.out)
        Self.expectInert(result.err)
    }

    @Test func escapesInFileNamesOutletsTitlesAndQuotesReachNeitherTerminalNorMarkdown() throws {
        // A file name cannot hold `/`: the CSI and a BEL only.
        let name = "a\u{1B}[2J\u{07}b.md"
        let article = """
            ---
            outlet: Wire\(Self.ansi)
            title: Title\u{1B}]0;owned\u{07}
            ---
            Defense Minister Anna Kowalska met Foreign Minister Tomas Berg in Oslo. "We agreed\u{1B}[8m on everything," Kowalska said.

            """
        let (root, set) = try BadInputTests.makeSet([name: Array(article.utf8)])
        let compare = Fixtures.run(["compare", set, "--output", root + "/reports", "--format", "md,json"])
        #expect(compare.status == 0, "\(compare.err)")
        Self.expectInert(compare.out)
        let markdown = try String(contentsOfFile: root + "/reports/set.md", encoding: .utf8)
        Self.expectInert(markdown)
        #expect(markdown.contains(#"Wire\[2J\]8;;https://evil.example/click\]8;;"#), "\(markdown)")
        #expect(markdown.contains("| `a[2Jb` |"), "\(markdown)")
        let extract = Fixtures.run(["extract", set + "/" + name])
        Self.expectInert(extract.out)
        #expect(extract.out.contains("Wire[2J]8;;"), "\(extract.out)")
        let diff = Fixtures.run(["diff", set + "/" + name, set + "/good.txt", "--all"])
        Self.expectInert(diff.out)
        let check = Fixtures.run(["check", set, "--no-cache"])
        Self.expectInert(check.out + check.err)
    }

    @Test func markdownInOutletsTitlesAndIdsStaysText() throws {
        let article = """
            ---
            outlet: "![t](https://evil.example/p.png)"
            title: "[x](javascript:alert(1)) *bold* `code`"
            ---
            Defense Minister Anna Kowalska met Foreign Minister Tomas Berg in Oslo.

            """
        let (root, set) = try BadInputTests.makeSet(["x|`[y](javascript:alert(1))`.md": Array(article.utf8)])
        let compare = Fixtures.run(["compare", set, "--output", root + "/reports", "--format", "md", "--quiet"])
        #expect(compare.status == 0, "\(compare.err)")
        let markdown = try String(contentsOfFile: root + "/reports/set.md", encoding: .utf8)
        #expect(markdown.contains(#"\!\[t\](https://evil.example/p.png)"#) || markdown.contains(#"!\[t\](https://evil.example/p.png)"#), "\(markdown)")
        #expect(markdown.contains(#"\[x\](javascript:alert(1)) \*bold\* \`code\`"#), "\(markdown)")
        // The id's pipe is escaped inside its code span, and its backticks cannot end it.
        #expect(markdown.contains(#"| `x\|'[y](javascript:alert(1))'` |"#), "\(markdown)")
        #expect(!markdown.contains("](javascript:alert(1))` |"))
        // No line of the article table has more cells than the header.
        let table = markdown.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for row in table { #expect(row.replacingOccurrences(of: #"\|"#, with: "").filter { $0 == "|" }.count == 6, "\(row)") }
    }

    @Test(.enabled(if: Git.available, "git is not installed: --changed-since not tested"),
          arguments: ["Hà Nội", "quote\"mark", "tab\there"])
    func changedSinceSeesSetsWhosePathGitQuotes(_ name: String) throws {
        let root = Fixtures.temporaryFolder("crosscheck-quoted")
        let corpus = root + "/corpus"
        Fixtures.write(BadInputTests.good, to: corpus + "/" + name + "/a.txt")
        Fixtures.write(BadInputTests.good, to: corpus + "/other/a.txt")
        for arguments in [["init", "-q"], ["add", "corpus"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "corpus"]] {
            #expect(Git.run(arguments, in: root) == 0)
        }
        Fixtures.write("Defense Minister Anna Kowalska met Senator Mark Ridley in Hanoi.\n", to: corpus + "/" + name + "/b.txt")
        let result = Fixtures.run(["check", corpus, "--changed-since", "HEAD", "--no-cache"])
        #expect(result.out.contains("check: 1 set, 2 articles"), "\(result.out)")
        #expect(result.out.contains(Printable.line(name)), "\(result.out)")
    }
}
