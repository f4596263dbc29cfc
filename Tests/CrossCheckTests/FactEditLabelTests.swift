import FactEdit
import Foundation
import Testing

/// Labelled sites: the benchmark counts, per labelled kind and in total, the edits caught of
/// those labelled `shared`, and leaves unlabelled kinds with the first figure only.
struct FactEditLabelTests {
    static func run(_ kind: EditKind, _ article: String, line: Int, _ original: String, _ edited: String, caught: Bool) -> EditRun {
        EditRun(set: "vote", article: article, path: "vote/\(article).md", line: line, kind: kind, original: original, edited: edited,
                before: original, after: edited, flagged: caught, newFindings: [], by: nil, claimsAtEdit: [])
    }

    /// Five weekday runs (two with the same five fields on one line), two months, one number.
    static let runs: [EditRun] = [
        run(.number, "a", line: 4, "12", "15", caught: true),
        run(.year, "b", line: 9, "2019", "2018", caught: false),
        run(.weekday, "a", line: 3, "Tuesday", "Monday", caught: true),
        run(.weekday, "a", line: 7, "Friday", "Sunday", caught: false),
        run(.weekday, "b", line: 5, "Tuesday", "Friday", caught: true),
        run(.weekday, "b", line: 5, "Tuesday", "Friday", caught: false),
        run(.weekday, "c", line: 2, "Monday", "Sunday", caught: true),
        run(.month, "a", line: 6, "March", "May", caught: false),
        run(.month, "c", line: 1, "June", "July", caught: true),
    ]

    static let weekday = """
        set\tarticle\tline\toriginal\tedited\tlabel\tnote
        vote\ta\t3\tTuesday\tMonday\tshared\tb:5 "voted on Tuesday"
        vote\ta\t7\tFriday\tSunday\talone\tonly a dates the mayor's remark
        vote\tb\t5\tTuesday\tFriday\tshared\ta:3 "the vote on Tuesday"
        vote\tb\t5\tTuesday\tFriday\tunclear\ta forecast against the event
        vote\tc\t2\tMonday\tSunday\tshared\ta:3 the same count

        """
    static let month = """
        set\tarticle\tline\toriginal\tedited\tlabel\tnote
        vote\ta\t6\tMarch\tMay\tshared\tc:4 "in March"
        vote\tc\t1\tJune\tJuly\talone\tpage stamp

        """

    static func labelled() throws -> FactEditResult {
        var labels = EditLabels()
        try labels.add(kind: .weekday, text: weekday)
        try labels.add(kind: .month, text: month)
        var result = FactEditResult(seed: 17, perKind: 4, sets: ["vote"], articles: 3, runs: runs)
        result.apply(labels)
        return result
    }

    @Test func countsCaughtOfTheEditsLabelledShared() throws {
        let result = try Self.labelled()
        #expect(result.runs.map(\.label) == [nil, nil, .shared, .alone, .shared, .unclear, .shared, .shared, .alone])
        #expect(result.labelledKinds == [.weekday, .month])
        let weekday = try #require(result.edits.first { $0.kind == .weekday })
        #expect((weekday.runs, weekday.flagged, weekday.shared, weekday.sharedCaught) == (5, 3, 3, 3))
        #expect(weekday.sharedText == "labelled shared 3/3")
        let month = try #require(result.edits.first { $0.kind == .month })
        #expect((month.runs, month.flagged, month.shared, month.sharedCaught) == (2, 1, 1, 0))
        let year = try #require(result.edits.first { $0.kind == .year })
        #expect(year.shared == nil && year.sharedText.isEmpty)
        #expect((result.shared, result.sharedCaught) == (4, 3))
        let text = result.text()
        #expect(text.contains("weekday" + String(repeating: " ", count: 19) + "5       3   0.60 · labelled shared 3/3 (1.00)"))
        #expect(text.contains("month" + String(repeating: " ", count: 21) + "2       1   0.50 · labelled shared 0/1 (0.00)"))
        #expect(text.contains("\nyear" + String(repeating: " ", count: 22) + "1       0   0.00\n"))
        #expect(text.contains("labelled kinds (weekday, month): 7 edits, 4 shared, 2 alone, 1 unclear, 0 unlabelled · labelled shared caught 3/4 (0.75)"))
        let json = try #require(try JSONSerialization.jsonObject(with: result.json()) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["shared"] as? Int == 4 && summary["sharedCaught"] as? Int == 3 && summary["sharedCaughtRate"] as? String == "0.75")
        #expect(summary["alone"] as? Int == 2 && summary["unclear"] as? Int == 1 && summary["labelled"] as? Int == 7)
        let rows = try #require(json["edits"] as? [[String: Any]])
        #expect(rows.first { $0["kind"] as? String == "weekday" }?["sharedCaught"] as? Int == 3)
        #expect(rows.first { $0["kind"] as? String == "year" }?["shared"] == nil)
        let labels = try #require(json["runs"] as? [[String: Any]]).map { $0["label"] }
        #expect(labels[0] is NSNull && labels[2] as? String == "shared")
    }

    @Test func withoutLabelsOnlyTheFirstFigure() throws {
        let result = FactEditResult(seed: 17, perKind: 4, sets: ["vote"], articles: 3, runs: Self.runs)
        #expect(result.shared == nil && result.edits.allSatisfy { $0.shared == nil })
        #expect(!result.text().contains("labelled"))
        let summary = try #require((try JSONSerialization.jsonObject(with: result.json()) as? [String: Any])?["summary"] as? [String: Any])
        #expect(summary["shared"] == nil)
    }

    @Test func readsAFolderAndRefusesABadRow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factedit-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.weekday.write(to: folder.appendingPathComponent("weekday.tsv"), atomically: true, encoding: .utf8)
        try "labels of this folder".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let labels = try EditLabels.load(directory: folder.path)
        #expect(labels.kinds == [.weekday])
        var bad = EditLabels()
        #expect(throws: EditLabels.LabelError.self) { try bad.add(kind: .weekday, text: Self.weekday.replacingOccurrences(of: "\tunclear\t", with: "\tmaybe\t")) }
        #expect(throws: EditLabels.LabelError.self) { try bad.add(kind: .weekday, text: "vote\ta\t3\tTuesday\tMonday\tshared\t\n") }
    }
}
