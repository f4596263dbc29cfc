import ClaimModel
import Foundation

/// A small, fixed report built by hand, so the renderer snapshots change only when a
/// renderer changes, never when extraction or comparison does. Most finding kinds of the
/// contract appear; bodies start with a multibyte prefix so span
/// slicing is proven on Unicode scalars.
enum ReportFixture {
    static let prefix = "“Café” — 👩‍👩‍👧 "

    static let bodies: [String: String] = [
        "a-wire": prefix + """
            PORTVILLE, March 3 (Example Wire) - Defense Secretary Jane Roe met Foreign Minister Ana Lopez on Tuesday.
            Prime Minister Ken Ito was absent from the talks, officials said.
            Roe announced three patrol boats and said: "We stand together."
            """,
        "b-daily": prefix + """
            PORTVILLE (Daily Courier) - Secretary of War Jane Roe held talks with Ana López on Wednesday, March 4.
            The two discussed 3 patrol boats and the C-130 Hercules, according to Reuters.
            "We stand together," Roe said. <script>alert("x")</script>
            """,
        "c-state": """
            Minister Ana López received Ms. Roe.

            The meeting was "frank and cordial".
            """,
    ]

    /// The scalar span of the `occurrence`-th `text` in an article's body (the fixture is
    /// written here, so the test may search it; product code never does).
    static func evidence(_ article: String, _ text: String, occurrence: Int = 1) -> Evidence {
        let scalars = Array(bodies[article]!.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        var found = 0
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            found += 1
            if found == occurrence {
                let line = scalars[..<start].filter { $0 == "\n" }.count + 1
                return Evidence(text: text, span: SourceSpan(article: article, start: start, end: start + needle.count, line: line))
            }
        }
        fatalError("fixture text not found: \(text)")
    }

    static func record(_ id: String, outlet: String?, published: String?, title: String?) -> ArticleRecord {
        let body = bodies[id]!
        var record = ArticleRecord(
            article: Article(id: id, path: "fixture/\(id).txt", body: body, sha256: SHA256.hex(body), outlet: outlet, published: published, title: title))
        if id == "c-state" { record.inferred = ["published": "dateline"] }
        return record
    }

    static func mention(_ article: String, _ text: String, title: String?) -> MentionRecord {
        let evidence = evidence(article, text)
        let span = evidence.span
        return MentionRecord(Mention(entity: "", text: text, name: text, title: title, form: .name, span: span))
    }

    static var report: Report {
        let articles = [
            record("a-wire", outlet: "Example Wire", published: "2025-03-03", title: "Defense chief meets foreign minister"),
            record("b-daily", outlet: "Daily Courier", published: "2025-03-04", title: "War secretary | talks </style> in Portville"),
            record("c-state", outlet: nil, published: "2025-03-04", title: nil),
        ]
        let entities = [
            EntityRecord(
                id: "person:jane-roe", type: .person, name: "Jane Roe",
                mentions: [
                    "a-wire": [mention("a-wire", "Defense Secretary Jane Roe", title: "Defense Secretary")],
                    "b-daily": [mention("b-daily", "Secretary of War Jane Roe", title: "Secretary of War")],
                ], merged: nil),
            EntityRecord(
                id: "person:ana-lopez", type: .person, name: "Ana López",
                mentions: [
                    "a-wire": [mention("a-wire", "Foreign Minister Ana Lopez", title: "Foreign Minister")],
                    "c-state": [mention("c-state", "Minister Ana López", title: "Minister")],
                ], merged: nil),
        ]
        let findings = [
            Finding(
                kind: .title, status: .conflict, severity: .warning, subject: "Jane Roe", subjectKey: "person:jane-roe",
                entity: "person:jane-roe", summary: "Sources give Jane Roe different titles",
                reason: "Defense Secretary (Example Wire) and Secretary of War (Daily Courier) name different offices",
                values: ["a-wire": ["Defense Secretary"], "b-daily": ["Secretary of War"]],
                evidence: ["a-wire": [evidence("a-wire", "Defense Secretary Jane Roe")], "b-daily": [evidence("b-daily", "Secretary of War Jane Roe")]]),
            Finding(
                kind: .title, status: .variant, severity: .info, subject: "Ana López", subjectKey: "person:ana-lopez",
                entity: "person:ana-lopez", summary: "Sources word Ana López's title differently", reason: "a shorter form of the same office",
                values: ["a-wire": ["Foreign Minister"], "c-state": ["Minister"]],
                evidence: ["a-wire": [evidence("a-wire", "Foreign Minister Ana Lopez")], "c-state": [evidence("c-state", "Minister Ana López")]]),
            Finding(
                kind: .participant, status: .agree, severity: .info, subject: "Ana López", subjectKey: "person:ana-lopez",
                entity: "person:ana-lopez", summary: "All three articles report Ana López taking part (with Jane Roe)",
                values: ["a-wire": ["met"], "b-daily": ["met"], "c-state": ["hosted"]],
                evidence: [
                    "a-wire": [evidence("a-wire", "Defense Secretary Jane Roe met Foreign Minister Ana Lopez on Tuesday.")],
                    "b-daily": [evidence("b-daily", "Secretary of War Jane Roe held talks with Ana López")],
                    "c-state": [evidence("c-state", "Minister Ana López received Ms. Roe.")],
                ]),
            Finding(
                kind: .absence, status: .onlyIn, severity: .warning, subject: "Ken Ito", subjectKey: "person:ken-ito",
                entity: "person:ken-ito", summary: "Only Example Wire reports Ken Ito absent",
                values: ["a-wire": ["absent"]],
                evidence: ["a-wire": [evidence("a-wire", "Prime Minister Ken Ito was absent from the talks")]]),
            Finding(
                kind: .date, status: .conflict, severity: .error, subject: "the meeting", subjectKey: "date:meeting",
                entity: nil, summary: "Sources date the meeting differently",
                values: ["a-wire": ["2025-03-03"], "b-daily": ["2025-03-04"]],
                evidence: ["a-wire": [evidence("a-wire", "March 3"), evidence("a-wire", "Tuesday")], "b-daily": [evidence("b-daily", "Wednesday, March 4")]]),
            Finding(
                kind: .place, status: .agree, severity: .info, subject: "the meeting", subjectKey: "place:meeting",
                entity: nil, summary: "Both articles place the meeting in Portville",
                values: ["a-wire": ["Portville"], "b-daily": ["Portville"]],
                evidence: ["a-wire": [evidence("a-wire", "PORTVILLE")], "b-daily": [evidence("b-daily", "PORTVILLE")]]),
            Finding(
                kind: .consistency, status: .conflict, severity: .warning, subject: "March 3", subjectKey: "weekday:a-wire",
                entity: nil, summary: "Example Wire calls March 3, 2025 a Tuesday; it was a Monday",
                values: ["a-wire": ["2025-03-03", "Tuesday"]],
                evidence: ["a-wire": [evidence("a-wire", "March 3"), evidence("a-wire", "Tuesday")]]),
            Finding(
                kind: .number, status: .variant, severity: .info, subject: "patrol boats", subjectKey: "number:patrol-boats",
                entity: nil, summary: "Both articles count 3 patrol boats", reason: "\"three\" and \"3\" are the same number",
                values: ["a-wire": ["3"], "b-daily": ["3"]],
                evidence: ["a-wire": [evidence("a-wire", "three patrol boats")], "b-daily": [evidence("b-daily", "3 patrol boats")]]),
            Finding(
                kind: .item, status: .onlyIn, severity: .warning, subject: "C-130 Hercules", subjectKey: "item:c-130",
                entity: nil, summary: "Only Daily Courier mentions the C-130 Hercules",
                values: ["b-daily": ["C-130 Hercules"]],
                evidence: ["b-daily": [evidence("b-daily", "the C-130 Hercules")]]),
            Finding(
                kind: .attribution, status: .onlyIn, severity: .info, subject: "Reuters", subjectKey: "source:reuters",
                entity: nil, summary: "Only Daily Courier cites Reuters",
                values: ["b-daily": ["Reuters"]],
                evidence: ["b-daily": [evidence("b-daily", "according to Reuters")]]),
            Finding(
                kind: .quote, status: .agree, severity: .info, subject: "Jane Roe", subjectKey: "quote:jane-roe",
                entity: "person:jane-roe", summary: "Two articles quote Jane Roe alike: <We stand together>",
                values: ["a-wire": ["We stand together."], "b-daily": ["We stand together,"]],
                evidence: ["a-wire": [evidence("a-wire", "\"We stand together.\"")], "b-daily": [evidence("b-daily", "\"We stand together,\" Roe said. <script>alert(\"x\")</script>")]]),
        ]
        let diagnostics = [Diagnostic(level: .warning, code: "skipped", path: "fixture/notes.docx", message: "not an article format; skipped")]
        return Report(
            tool: Report.Tool(name: "crosscheck", version: "0.0.0-test"), set: "fixture", articles: articles, entities: entities,
            claims: [], findings: findings, diagnostics: diagnostics)
    }
}
