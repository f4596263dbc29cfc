import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// Golden files for every report format, from the hand-built `ReportFixture` report.
/// Re-record on purpose with `CROSSCHECK_RECORD=1 swift test --filter ReportSnapshot`
/// and review the diff; the test still fails when it records.
struct ReportSnapshotTests {
    static let snapshots = Fixtures.root + "/Tests/CrossCheckTests/Snapshots"

    /// Every format under test, by snapshot file name.
    static let outputs: [String: @Sendable (Report) -> String] = [
        "fixture.md": { MarkdownRenderer().render($0) },
        "fixture.html": { HTMLRenderer().render($0) },
        "fixture.json": { JSONRenderer().render($0) },
        "fixture.lines.txt": { LineRenderer().render($0) },
        "fixture.terminal.txt": { TerminalRenderer(color: false).render($0, written: ["out/fixture.md", "out/fixture.html"]) },
        "fixture.terminal-color.txt": { TerminalRenderer(color: true, limit: 3).render($0, written: ["out/fixture.md"]) },
    ]

    @Test(arguments: outputs.keys.sorted())
    func snapshotMatches(_ name: String) throws {
        let produced = Self.outputs[name]!(ReportFixture.report)
        let path = Self.snapshots + "/" + name
        if Fixtures.recording {
            try AtomicFile.write(produced, to: path)
            Issue.record("recorded \(path); run again without CROSSCHECK_RECORD")
            return
        }
        let committed = try #require(
            try? String(contentsOfFile: path, encoding: .utf8),
            "no snapshot at \(path): record it with CROSSCHECK_RECORD=1 swift test --filter ReportSnapshot")
        #expect(committed == produced, "\(name) differs from its snapshot: re-record with CROSSCHECK_RECORD=1 and review the diff")
    }

    @Test(arguments: outputs.keys.sorted())
    func renderingTwiceGivesIdenticalBytes(_ name: String) {
        let render = Self.outputs[name]!
        #expect(Array(render(ReportFixture.report).utf8) == Array(render(ReportFixture.report).utf8))
    }

    @Test func everyFormatOfTheRegistryIsDeterministic() {
        for format in ReportFormat.allCases {
            #expect(ReportWriter.render(ReportFixture.report, as: format) == ReportWriter.render(ReportFixture.report, as: format))
        }
    }

    @Test func markdownShowsDiscrepanciesAsDiffBlocksWithEvidenceAndLines() {
        let markdown = MarkdownRenderer().render(ReportFixture.report)
        #expect(markdown.contains("```diff\n- Example Wire (a-wire): 2025-03-03\n-     body line 1: “March 3”\n-     body line 1: “Tuesday”\n+ Daily Courier (b-daily): 2025-03-04"))
        #expect(markdown.contains("-  c-state: not mentioned") == false)
        #expect(markdown.contains("| Ken Ito | **absent** | not mentioned | not mentioned | only in |"))
        // Sections by kind in contract order, discrepancies before agreements.
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == [
            "## Discrepancies at a glance", "## People and the titles each article uses", "## Who took part, per article",
            "## Titles", "## Participants", "## Absences", "## Dates", "## Numbers", "## Places", "## Items", "## Attributions", "## Quotes",
            "## Consistency within one article",
            "## Input notes",
        ])
        // Article text never becomes HTML outside code blocks.
        var inCode = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inCode.toggle(); continue }
            if !inCode { #expect(!line.contains("<script") && !line.contains("</style"), "raw markup in: \(line)") }
        }
    }

    /// Highlights come from scalar offsets, after a prefix of multi-scalar characters.
    @Test func htmlHighlightsTheExactScalarSpans() {
        let html = HTMLRenderer().render(ReportFixture.report)
        #expect(html.contains(">Defense Secretary Jane Roe</mark>"))
        #expect(html.contains(">Wednesday, March 4</mark>"))
        #expect(html.contains("data-n=\"1\"><span class=\"tx\">“Café” — 👩‍👩‍👧 <a class=\"ref\""))
        #expect(html.contains(">PORTVILLE</mark>, <a class=\"ref\""))
        // Both directions: the finding links to the highlight anchor, the anchor back to the finding.
        let dateFinding = ReportFixture.report.findings.first { $0.kind == .date }!
        #expect(html.contains("href=\"#\(dateFinding.id)-a2-1\">body line 1: “Wednesday, March 4”</a>"))
        #expect(html.contains("id=\"\(dateFinding.id)-a2-1\" href=\"#\(dateFinding.id)\""))
        #expect(html.contains("id=\"\(dateFinding.id)\" data-kind=\"date\" data-status=\"conflict\""))
    }
}

/// Article text, titles, outlets and URLs render as inert text in every markup format.
struct HostileInputTests {
    static func hostileReport() throws -> Report {
        try CrossChecker().compare(setFolder: Fixtures.root + "/Tests/Fixtures/hostile", name: "hostile").report
    }

    static func contentSecurityPolicy(_ html: String) -> String? {
        guard let start = html.range(of: "<meta http-equiv=\"Content-Security-Policy\" content=\""),
            let end = html[start.upperBound...].range(of: "\">")
        else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func between(_ html: String, _ open: String, _ close: String) -> String? {
        guard let start = html.range(of: open), let end = html[start.upperBound...].range(of: close) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func cspHash(_ text: String) -> String {
        "'sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString() + "'"
    }

    @Test(arguments: ["corpus", "fixture"])
    func htmlIsInert(_ source: String) throws {
        let report = source == "corpus" ? try Self.hostileReport() : ReportFixture.report
        let html = HTMLRenderer().render(report)
        let lower = html.lowercased()
        #expect(lower.components(separatedBy: "<script").count == 2, "exactly one script element, the page's own")
        #expect(lower.components(separatedBy: "</script").count == 2)
        #expect(lower.components(separatedBy: "<style").count == 2, "exactly one style element, the page's own")
        #expect(lower.components(separatedBy: "</style").count == 2)
        for forbidden in ["<img", "<iframe", "<svg onload", "<a href=\"javascript", "href=\"javascript:", "src=\"http", "<textarea", "<b>"] {
            #expect(!lower.contains(forbidden), "found \(forbidden)")
        }
        // No element carries an event handler: text `<` is always escaped, so `<name …>` is real markup.
        let handler = try NSRegularExpression(pattern: "<[a-z][^<>]*\\son[a-z]+\\s*=", options: [.caseInsensitive])
        #expect(handler.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) == nil)
        // No report text reaches an href other than a fragment.
        for part in html.components(separatedBy: "href=\"").dropFirst() { #expect(part.hasPrefix("#"), "a non-fragment link: \(part.prefix(40))") }
        let policy = try #require(Self.contentSecurityPolicy(html))
        #expect(policy.hasPrefix("default-src 'none';"))
        #expect(!policy.contains("http") && !policy.contains("*"))
        let style = try #require(Self.between(html, "<style>", "</style>"))
        let script = try #require(Self.between(html, "<script>", "</script>"))
        #expect(policy.contains("style-src \(Self.cspHash(style))"))
        #expect(policy.contains("script-src \(Self.cspHash(script))"))
        #expect(html.contains("@media print"))
    }

    @Test func hostileTextIsShownEscaped() throws {
        let report = try Self.hostileReport()
        let html = HTMLRenderer().render(report)
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("javascript:alert(document.cookie)"))
        #expect(html.contains("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;script&gt;alert(&quot;outlet&quot;)&lt;/script&gt; Wire"))
    }

    @Test func markdownKeepsHostileTextOutOfMarkup() throws {
        let markdown = MarkdownRenderer().render(try Self.hostileReport())
        var inCode = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inCode.toggle(); continue }
            guard !inCode else { continue }
            for forbidden in ["<script", "<img", "<iframe", "<svg", "<style", "</style", "<a href"] {
                #expect(!line.lowercased().contains(forbidden), "raw markup in: \(line)")
            }
        }
    }
}

/// Highlights that overlap, nest and cross line ends, sliced on scalars.
struct HTMLHighlightTests {
    static func report(body: String, spans: [(Int, Int, FindingStatus)]) -> Report {
        let article = ArticleRecord(article: Article(id: "a", path: "a.txt", body: body, sha256: SHA256.hex(body), outlet: "A"))
        let scalars = Array(body.unicodeScalars)
        let findings = spans.enumerated().map { index, span in
            let text = String(String.UnicodeScalarView(scalars[span.0..<min(span.1, scalars.count)]))
            let line = scalars[..<span.0].filter { $0 == "\n" }.count + 1
            return Finding(
                kind: .other, status: span.2, severity: .info, subject: "s\(index)", subjectKey: "s\(index)", entity: nil,
                summary: "finding \(index)", values: ["a": ["v\(index)"]],
                evidence: ["a": [Evidence(text: text, span: SourceSpan(article: "a", start: span.0, end: span.1, line: line))]])
        }
        return Report(tool: .init(name: "crosscheck", version: "0"), set: "h", articles: [article], entities: [], claims: [], findings: findings, diagnostics: [])
    }

    /// The article's lines, with the ref anchors removed to keep the expectations short.
    static func lines(_ html: String) -> [String] {
        let refs = try! NSRegularExpression(pattern: "<a class=\"ref\"[^>]*>[0-9]+</a>")
        let attributes = try! NSRegularExpression(pattern: "<mark class=\"([a-z-]+)\"[^>]*>")
        return html.split(separator: "\n").filter { $0.hasPrefix("<div class=\"ln\"") }.map { line in
            var text = String(line)
            text = refs.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
            text = attributes.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "<$1>")
            return text.replacingOccurrences(of: "</span></div>", with: "").replacingOccurrences(of: #"<div class="ln" id="a1-L"#, with: "L")
        }
    }

    @Test func overlappingSpansAcrossALineEnd() {
        // "é" is one scalar, "👍🏽" two: offsets count scalars.
        let body = "é👍🏽 one\ntwo <b>"
        let html = HTMLRenderer().render(Self.report(body: body, spans: [(4, 7, .agree), (6, 11, .conflict), (13, 14, .onlyIn)]))
        #expect(Self.lines(html) == [
            #"L1" data-n="1"><span class="tx">é👍🏽 <s-agree>on</mark><s-conflict>e</mark>"#,
            #"L2" data-n="2"><span class="tx"><s-conflict>two</mark> &lt;<s-only-in>b</mark>&gt;"#,
        ])
        // Each finding links to its anchor, each anchor back to its finding.
        for finding in Self.report(body: body, spans: [(4, 7, .agree), (6, 11, .conflict), (13, 14, .onlyIn)]).findings {
            #expect(html.contains("id=\"\(finding.id)-a1-1\" href=\"#\(finding.id)\""))
            #expect(html.contains("href=\"#\(finding.id)-a1-1\">body line"))
        }
    }

    @Test func spansPastTheBodyAreClampedAndEmptyLinesKept() {
        let html = HTMLRenderer().render(Self.report(body: "ab\n\ncd", spans: [(5, 99, .variant)]))
        #expect(Self.lines(html) == [
            #"L1" data-n="1"><span class="tx">ab"#,
            #"L2" data-n="2"><span class="tx">"#,
            #"L3" data-n="3"><span class="tx">c<s-variant>d</mark>"#,
        ])
    }
}
