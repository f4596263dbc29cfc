import ClaimExtractor
import ClaimModel
import Testing

/// The extractor's own sentence splitter (`Document`): abbreviations before a number or at the
/// start of a line keep their full stop inside the sentence; the word "no" ends one.
@Suite struct DocumentSentenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var sentences: [String]
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "No. before a number", text: "Rep. Ana Lorne, the No. 3 Republican, spoke. She left.",
            sentences: ["Rep. Ana Lorne, the No. 3 Republican, spoke.", "She left."]),
        Case(id: "No. at the end of a sentence", text: "The vote was No. 4. Then they left.",
            sentences: ["The vote was No. 4.", "Then they left."]),
        Case(id: "title opening a line", text: "The panel met.\nSen. Ana Lorne, D-Ore., said no. Others agreed.",
            sentences: ["The panel met.", "Sen. Ana Lorne, D-Ore., said no.", "Others agreed."]),
        Case(id: "the word no ends a sentence", text: "He said no. Others agreed.", sentences: ["He said no.", "Others agreed."]),
        Case(id: "No. opening a line", text: "Seeds announced\nNo. 2 seed Ana Lorne won. She left.",
            sentences: ["Seeds announced", "No. 2 seed Ana Lorne won.", "She left."]),
        Case(id: "title after a headline", text: "Budget talks stall\nSen. Ana Lorne said no. Others agreed.",
            sentences: ["Budget talks stall", "Sen. Ana Lorne said no.", "Others agreed."]),
        Case(id: "title opening the text", text: "Gov. Ben Ruiz signed it. Critics objected.",
            sentences: ["Gov. Ben Ruiz signed it.", "Critics objected."]),
        Case(id: "a state written with inner stops", text: "Rep. Ana Lorne (D-N.Y.) told reporters it was over. She left.",
            sentences: ["Rep. Ana Lorne (D-N.Y.) told reporters it was over.", "She left."]),
        Case(id: "plain full stops", text: "The talks ended. Both sides left.", sentences: ["The talks ended.", "Both sides left."]),
    ]

    @Test(arguments: cases) func sentences(_ c: Case) {
        let document = Document(article: Fixtures.article(c.text))
        #expect(document.sentences.map { document.text($0) } == c.sentences)
    }
}
