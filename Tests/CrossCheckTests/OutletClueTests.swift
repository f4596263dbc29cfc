import ClaimExtractor
import ClaimModel
import Testing

/// Outlets inferred without front matter, each with the clue named, and dateline places.
@Suite struct OutletClueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var path: String
        var body: String
        var url: String?
        var outlet: String?
        var source: String?
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "wire dateline without a date", path: "x1.txt", body: "WASHINGTON (Example Wire) - The Senate passed the bill late on Friday.\nMore text.", outlet: "Example Wire", source: "dateline"),
        Case(id: "dateline with country and date", path: "x8.txt", body: "KALMAR, Sweden, March 4 (Example Wire) - A ferry capsized on Tuesday.\nMore.", outlet: "Example Wire", source: "dateline"),
        Case(id: "dateline with country, agency before a dash", path: "x9.txt", body: "KALMAR, Sweden (AP) — A ferry sank near the port.\nMore.", outlet: "AP", source: "dateline"),
        Case(id: "a sentence in mixed case before a parenthesis is no dateline", path: "x10.txt", body: "Officials in Kalmar (Sweden) - not the coast guard - spoke first.", outlet: nil, source: nil),
        Case(id: "agency before a horizontal bar", path: "x10.txt", body: "RIVERTON (AP) \u{2015} A levee gave way near the port.\nMore.", outlet: "AP", source: "dateline"),
        Case(id: "agency in parentheses at the start", path: "x2.txt", body: "(AP) — Firefighters contained the blaze by noon.\nMore.", outlet: "AP", source: "dateline"),
        Case(id: "byline with outlet", path: "x3.txt", body: "Council approves new budget\nBy Jane Moreau, Lakeside Courier\nThe city council approved the budget on Tuesday.", outlet: "Lakeside Courier", source: "byline"),
        Case(id: "url host", path: "x4.txt", body: "The council approved the budget on Tuesday.", url: "https://www.lakesidecourier.example/news/budget", outlet: "lakesidecourier.example", source: "url"),
        Case(id: "file named after the outlet", path: "corpus/set/lakesidecourier.txt", body: "The council approved the budget on Tuesday.", outlet: "lakesidecourier", source: "file name"),
        Case(id: "file name with a dash is no outlet", path: "corpus/set/a-wire.txt", body: "The council approved the budget on Tuesday.", outlet: nil, source: nil),
        Case(id: "a parenthesis inside a sentence is no dateline", path: "x7.txt", body: "The mayor (who took office in May) spoke first - then the governor.", outlet: nil, source: nil),
    ]

    @Test(arguments: cases)
    func outletClue(_ c: Case) {
        for prefix in ["", "“Café” — 👩‍👩‍👧 \n"] {
            var article = Article(id: "x", path: c.path, body: prefix + c.body, sha256: "0", url: c.url)
            article.outlet = nil
            let clue = OutletClues.outlet(article)
            // Behind a line of other text, a first-line clue may move to the second line only.
            #expect(clue?.outlet == c.outlet, "\(prefix.isEmpty ? "plain" : "prefixed")")
            #expect(clue?.source == c.source)
        }
    }

    @Test(arguments: [
        ("HANOI, Nov 2 (Example Wire) - Talks began.", "Hanoi"),
        ("Hanoi, 2 Nov - Talks began.", "Hanoi"),
        ("PORTO SERRANO, Brazil, March 14 (APW) - A bridge fell.", "Porto Serrano"),
        ("WASHINGTON — Senate leaders met on Monday.", "Washington"),
        ("WASHINGTON \u{2015} Senate leaders met on Monday.", "Washington"),
        ("RIVERTON (Example Wire) \u{2015} A levee gave way.", "Riverton"),
        ("Hollywood's Mermaid, Ana Reyes dies at 91\nMore.", nil),
        ("Officials said on Monday that the bridge would reopen.", nil),
        ("Friday, June 7, 2013\nThe actress died on Thursday.", nil),
        // The first three non-blank lines of the first 4,000 characters are read, no more.
        ("\n\n  \nOSLO, March 3 (Example Wire) - Ferries were halted.", "Oslo"),
        ("Ferries halted\nBy a staff writer\nOSLO, March 3 (Example Wire) - Ferries were halted.", "Oslo"),
        ("Ferries halted\nBy a staff writer\nUpdated at noon\nOSLO, March 3 (Example Wire) - Ferries were halted.", nil),
        (String(repeating: "ferry ", count: 700) + "\nOSLO, March 3 (Example Wire) - Ferries were halted.", nil),
        (String(repeating: "ferry ", count: 600) + "\nOSLO, March 3 (Example Wire) - Ferries were halted.", "Oslo"),
    ] as [(String, String?)])
    func datelinePlace(_ body: String, _ place: String?) {
        #expect(OutletClues.datelinePlace(Article(id: "x", path: "x.txt", body: body, sha256: "0")) == place)
    }

    /// The Markdown table names the clue a publication date came from: a page's
    /// `article:published_time` is "html meta" (every inferred date was called "dateline").
    @Test func theReportNamesTheHTMLMetaAsTheDateClue() {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("""
            <html><head><title>Council passes budget</title>
            <meta property="article:published_time" content="2026-04-02T09:00:00Z"></head>
            <body><p>The city council passed the budget on Wednesday.</p></body></html>
            """, to: folder + "/set/page.html")
        Fixtures.write("RIVERTON, April 2, 2026 (Example Wire) - The city council passed the budget on Wednesday.\n", to: folder + "/set/wire.txt")
        let result = Fixtures.run(["compare", folder + "/set", "--format", "md", "--output", "-"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("| `page` | page (inferred from the file name) | 2026-04-02 (inferred from the html meta) |"), "\(result.out)")
        #expect(result.out.contains("| `wire` | Example Wire (inferred from the dateline) | 2026-04-02 (inferred from the dateline) |"))
    }

    @Test func parserNamesTheClueInProvenance() throws {
        let bytes = Array("WASHINGTON (Example Wire) - The Senate passed the bill late on Friday.\n".utf8)
        let article = try #require(ArticleParser.parse(bytes: bytes, path: "d/story1.txt", id: "story1", format: .text).articles.first)
        #expect(article.outlet == "Example Wire")
        #expect(article.provenance["outlet"] == "dateline")
        #expect(article.metadata[Article.datelinePlaceKey] == "Washington")
    }
    /// A byline on the first line names the writer and the outlet, not the story: it is no
    /// headline; a headline above it still is.
    @Test(arguments: [
        ("By Jane Moreau, Lakeside Courier\nThe city council approved the budget on Tuesday.", nil as String?),
        ("Council approves new budget\nBy Jane Moreau, Lakeside Courier\nThe city council approved the budget on Tuesday.", "Council approves new budget"),
    ])
    func aBylineIsNoHeadline(body: String, title: String?) throws {
        let article = try #require(ArticleParser.parse(bytes: Array(body.utf8), path: "d/x.txt", id: "x", format: .text).articles.first)
        #expect(article.title == title)
        #expect(article.outlet == "Lakeside Courier")
    }
}
