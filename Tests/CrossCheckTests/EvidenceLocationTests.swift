import ClaimModel
import CrossCheck
import Testing
import ReportWriter

/// Where evidence stands on its line, and what the gate keeps of a report to say so.
struct EvidenceLocationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var body: String
        var quote: String
        var column: Int
        var testDescription: String { quote }
    }

    /// Columns count Unicode scalars from the start of the evidence's line, whatever the
    /// bytes before it (accents, dashes, quotes, emoji outside the Basic Multilingual Plane).
    static let cases: [Case] = [
        Case(body: "The council met on Monday.\nMayor Dana Orlek said the vote would wait.", quote: "Dana Orlek", column: 7),
        Case(body: "Ms. Ilvić resigned — again.\nThe minister, Tomás Vey, denied it.", quote: "Tomás Vey", column: 15),
        Case(body: "Fans wrote “🎉 at last” online.\n\n“We won,” said coach Bea Ruhn, 41.", quote: "Bea Ruhn", column: 22),
        Case(body: "Émile Sarrat, 63, opened the bridge.", quote: "63", column: 15),
        Case(body: "Three lines.\nTwo.\nOne: the port reopened at dawn.", quote: "port", column: 10),
    ]

    @Test(arguments: cases)
    func columnCountsScalarsFromTheLineStart(_ example: Case) throws {
        let scalars = Array(example.body.unicodeScalars)
        let quote = Array(example.quote.unicodeScalars)
        let start = try #require((0...(scalars.count - quote.count)).first { Array(scalars[$0..<$0 + quote.count]) == quote })
        let line = scalars[..<start].filter { $0 == "\n" }.count + 1
        let article = ArticleRecord(article: Article(id: "a", path: "a.txt", body: example.body, sha256: ""))
        let evidence = Evidence(text: example.quote, span: SourceSpan(article: "a", start: start, end: start + quote.count, line: line))
        let location = EvidenceLocation(article: article, evidence: evidence)
        #expect(location.column == example.column)
        #expect(location.bodyLine == line)
        #expect(location.fileLine == line)
    }

    /// The gate's report keeps no body (its outputs print no column), so cached entries are
    /// small; the file line still comes from the line offset it keeps.
    @Test func theGateViewKeepsNoBodyButKeepsFileLines() throws {
        let (_, folder) = try CheckCommandTests.copyOfBundledSet()
        let full = try CrossChecker().compare(setFolder: folder, cache: nil)
        let gate = SetResultCache.gateView(full.report)
        #expect(!gate.findings.isEmpty)
        #expect(gate.articles.allSatisfy { $0.body == nil })
        #expect(gate.articles.map(\.bodyLineOffset) == full.report.articles.map(\.bodyLineOffset))
        for finding in gate.findings {
            let kept = EvidenceLocation.all(finding, in: gate).map(\.rendered)
            #expect(kept == EvidenceLocation.all(finding, in: full.report).map(\.rendered))
        }
    }
}
