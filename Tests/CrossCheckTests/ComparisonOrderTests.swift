import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// What the faster comparison must keep: the pair a number conflict names (found by walking
/// pairs of articles in the order the pair is chosen by, not every pair), and the JSON report
/// (encoded in slices and set into the rest). Sentences written for the test.
struct ComparisonOrderTests {
    /// Of the articles giving 14 and those giving 16, the conflict names the pair published
    /// earliest, then the one whose other article came out last: a01 (May 1) and a03 (May 5),
    /// whatever the file order.
    @Test(arguments: [false, true]) func numberConflictNamesTheEarliestThenLatestPair(reversed: Bool) throws {
        let given: [(id: String, published: String, ferries: Int)] = [
            ("a00", "2026-05-03", 14), ("a01", "2026-05-01", 14), ("a02", "2026-05-02", 16),
            ("a03", "2026-05-05", 16), ("a04", "2026-05-01", 16), ("a05", "2026-05-04", 14),
        ]
        let ordered = reversed ? Array(given.reversed()) : given
        let analyses = ordered.map { item in
            Fixtures.analyze("The island operator cancelled \(item.ferries) ferries because of the gale, a spokeswoman said.",
                             id: item.id, published: item.published)
        }
        let report = CrossChecker().makeReport(set: "gale", analyses: analyses, diagnostics: [])
        let conflict = try #require(report.findings.first { $0.kind == .number && $0.status == .conflict })
        #expect(conflict.summary.hasSuffix("(published 2026-05-01 and 2026-05-05)"))
        let reason = try #require(conflict.reason)
        #expect(reason.contains("(a01) and "))
        #expect(reason.contains("(a03) do not overlap"))
    }

    /// A report with more claims than one slice of the renderer (256) is byte for byte the
    /// report encoded whole.
    @Test func longReportRendersAsOneEncoding() throws {
        let analyses = (0..<80).map { index in
            Fixtures.analyze("""
                The port authority of Kelsey Bay said on Monday that \(index + 3) cranes and \(index + 40) trucks stood idle after the storm.

                Harbour master Ana Roche said repairs to the quay would take \(index % 5 + 2) weeks and cost $\(index + 1) million.
                """, id: String(format: "a%02d", index), published: String(format: "2026-03-%02d", index % 9 + 1))
        }
        let report = CrossChecker().makeReport(set: "port", analyses: analyses, diagnostics: [])
        #expect(report.claims.count > 256)
        #expect(!report.findings.isEmpty && !report.entities.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let whole = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        #expect(JSONRenderer().render(report) == whole)
    }
}
