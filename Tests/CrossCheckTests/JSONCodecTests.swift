import ClaimModel
import CrossCheck
import Foundation
import ReportWriter
import Testing

/// The project's JSON writer (`PrettyJSON`) writes what Foundation's encoder writes with the
/// report's options, byte for byte; its reader (`JSONReader`, `TreeDecoding`) reads what
/// Foundation's decoder reads, and names where a line stops being JSON. Sentences written for
/// the test.
struct JSONCodecTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func ours<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try PrettyJSON.encode(value), as: UTF8.self)
    }

    struct Sample: Codable, Equatable {
        var text: String
        var count: Int
        var flag: Bool
        var share: Double?
        var note: String?
        var list: [String]
        var nested: [String: [Int]]
        var empty: [Int]
        var none: [String: String]
    }

    /// Escapes (quotes, backslashes, every control character, a slash left as it is), text
    /// outside ASCII, keys sorted by their UTF-8 bytes (capitals, digits, accents), empty
    /// arrays and objects, doubles with and without a fraction.
    @Test(arguments: [
        "plain words", "quote \" and back\\slash / slash", "tab\tline\nreturn\rbell\u{07}\u{1F}\u{0C}\u{08}\u{00}",
        "Hà Nội — “curly” ünïcödé 東京 🚢", "",
    ])
    func writerMatchesFoundation(text: String) throws {
        let sample = Sample(
            text: text, count: -42, flag: true, share: text.isEmpty ? nil : 0.25, note: nil, list: [text, "b", ""],
            nested: ["b": [1, 2], "B": [], "a10": [3], "a9": [4], "é": [5], "Z": [6], text: [7]], empty: [], none: [:])
        #expect(try Self.ours(sample) == Self.foundation(sample))
        #expect(try Self.ours([sample, sample]) == Self.foundation([sample, sample]))
        #expect(try Self.ours([Sample]()) == Self.foundation([Sample]()))
        for number in [1.0, -3.5, 1e21, 0.1, 123456.789] {
            #expect(try Self.ours(["n": number]) == Self.foundation(["n": number]))
        }
    }

    /// A compared set's report: the same bytes as Foundation's encoding of the whole report.
    @Test func reportMatchesFoundation() throws {
        let analyses = (0..<6).map { index in
            Fixtures.analyze("""
                The ferry operator of Kelsey Bay said on Monday that \(index + 3) sailings were cancelled after the gale.

                "We will not sail until the swell drops," harbour master Ana Roche said in a statement.
                """, id: "a0\(index)", published: "2026-03-0\(index % 4 + 1)")
        }
        let report = CrossChecker().makeReport(set: "gale", analyses: analyses, diagnostics: [])
        #expect(!report.findings.isEmpty && !report.claims.isEmpty)
        #expect(JSONRenderer().render(report) == (try Self.foundation(report)) + "\n")
    }

    /// The reader gives the values Foundation's decoder gives, for the same text.
    @Test func readerMatchesFoundation() throws {
        let sample = Sample(
            text: "Hà Nội \"q\" \\ / \u{01}\n🚢", count: 7, flag: false, share: 2.5, note: "n", list: ["x", ""],
            nested: ["k": [1, -2]], empty: [], none: [:])
        let text = try Self.foundation(sample)
        let ours = try Array(text.utf8).withUnsafeBufferPointer { try TreeDecoding.decode(Sample.self, from: $0) }
        #expect(ours == sample)
        let escaped = #"{"text":"\u00e9\ud83d\udea2\/\t","count":1,"flag":true,"list":[],"nested":{},"empty":[],"none":{"a":"b"},"extra":[null,{}]}"#
        let decoded = try Array(escaped.utf8).withUnsafeBufferPointer { try TreeDecoding.decode(Sample.self, from: $0) }
        #expect(decoded == (try JSONDecoder().decode(Sample.self, from: Data(escaped.utf8))))
        #expect(decoded.text == "é🚢/\t" && decoded.share == nil && decoded.none == ["a": "b"])
    }

    /// Where a text stops being JSON: the byte offset and what was expected there.
    @Test(arguments: [
        (#"{"a": 1,}"#, 8, "a key in quotes"), (#"[1 2]"#, 3, "`,` or `]`"), (#"{"a": tru}"#, 6, "`true`"),
        (#"{"a": "open"#, 11, "the closing quote"), (#"[01]"#, 2, "no leading zero"), (#"{} x"#, 3, "text after the value"),
        ("[\"a\u{01}\"]", 3, "no control character in a string (escape it)"), (#"["\x"]"#, 3, #"an escape (\" \\ \/ \b \f \n \r \t \u)"#),
    ])
    func syntaxErrorsNameTheirOffset(text: String, offset: Int, expected: String) {
        #expect(throws: JSONSyntaxError(offset: offset, message: expected)) { try JSONReader.parse(Array(text.utf8)) }
    }

    /// A claims file's bad line is named with its file, line and what is wrong there.
    @Test func claimsFileErrorsNameFileLineAndPlace() throws {
        let folder = Fixtures.temporaryFolder()
        Fixtures.write("\n{\"article\": {\"id\": 3}}\n", to: folder + "/field.jsonl")
        #expect {
            try ClaimsRecord.read(path: folder + "/field.jsonl")
        } throws: { error in
            let message = (error as? CrossCheckError)?.message ?? ""
            return message.contains("field.jsonl:2: JSON: not a record of `crosscheck extract --format jsonl` (article.id: expected a string, found a number)")
        }
        Fixtures.write("{\"article\": {\"id\": \"a\"}\n", to: folder + "/syntax.jsonl")
        #expect {
            try ClaimsRecord.read(path: folder + "/syntax.jsonl")
        } throws: { error in
            ((error as? CrossCheckError)?.message ?? "").contains("syntax.jsonl:1: JSON: not JSON at column 24: expected `,` or `}`, found the end")
        }
    }

    /// Claims are written and read by hand: every stored property of `Claim`, `Slots`,
    /// `Evidence` and `SourceSpan` must be one the hand-written code knows.
    @Test func handWrittenClaimCodeKnowsEveryField() {
        let claim = Claim(article: "a1", kind: .quote, slots: Slots(), evidence: Evidence(text: "t", span: SourceSpan(article: "a1", start: 0, end: 1, line: 1)))
        #expect(Mirror(reflecting: claim).children.map(\.label) == Claim.jsonFields)
        #expect(Mirror(reflecting: Slots()).children.map(\.label) == Slots.jsonFields)
        #expect(Mirror(reflecting: claim.evidence).children.map(\.label) == Evidence.jsonFields)
        #expect(Mirror(reflecting: claim.evidence.span).children.map(\.label) == SourceSpan.jsonFields)
    }

    /// Claims with every slot, none, a hedge and an attribution: written as Foundation writes
    /// them, and read back (by hand) to the claims Foundation's decoder reads.
    @Test(arguments: [false, true]) func claimsRoundTripAsFoundation(full: Bool) throws {
        var slots = Slots()
        if full {
            for (index, name) in Slots.jsonFields.enumerated() {
                let value = "\(name) \"\(index)\" é\n"
                let isSlot = slots.set(name, to: value)
                #expect(isSlot, "no slot for \(name)")
            }
        }
        let claims = [
            Claim(article: "a1", kind: .quote, polarity: full ? .negative : .positive, hedged: full, attribution: full ? "the agency" : nil,
                  slots: slots, evidence: Evidence(text: "The mayor said \"no\".", span: SourceSpan(article: "a1", start: 4, end: 30, line: 2))),
            Claim(article: "a1", kind: .number, slots: Slots(value: "12"), evidence: Evidence(text: "12 ferries", span: SourceSpan(article: "a1", start: 40, end: 50, line: 3))),
        ]
        var writer = PrettyJSONWriter()
        try writer.writeArray(claims, level: 0)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == (try Self.foundation(claims)))
        let text = try Self.foundation(claims)
        let read = try Array(text.utf8).withUnsafeBufferPointer { try TreeDecoding.decode([Claim].self, from: $0) }
        #expect(read == (try JSONDecoder().decode([Claim].self, from: Data(text.utf8))))
    }
}
