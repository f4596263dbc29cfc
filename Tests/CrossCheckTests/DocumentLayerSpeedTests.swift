import ClaimExtractor
import ClaimModel
import Foundation
import Testing

/// Issue #20: the token layer makes each token's text once and folds ASCII words from their
/// scalars; the reader skips scalar work for text without invisible characters or carriage
/// returns. Each shortcut must give exactly what the general path gives.
struct DocumentLayerSpeedTests {
    @Test(arguments: [
        "The Harbour Authority said 1,300 workers left on Tuesday.",
        "Đặng Thị Hoà met Øster-Ålund’s deputy, the NATO envoy, in São Paulo.",
        "'We are pleased, ' the chairwoman said. 'Very pleased.'",
        "U.S. officials met D.C. police at 9 a.m. on the 30th; No. 3 spoke.",
        "Kowal\u{0301}ska—the mayor—said “no” to a 2bn plan (UPDATED).",
    ])
    func foldedTextIsEachTokensFold(_ text: String) {
        let document = Document(article: Fixtures.article(text))
        #expect(document.folded.count == document.tokens.count)
        for (token, folded) in zip(document.tokens, document.folded) {
            let expected = token.kind == .word || token.kind == .number ? Folding.fold(token.text) : token.text
            #expect(folded == expected, "token \(token.text)")
            #expect(Array(folded.utf8) == Array(expected.utf8))
        }
    }

    @Test func singleMarksAreFoldedAsTheirNewText() {
        let document = Document(article: Fixtures.article("'We will rebuild the pier,' the harbour chief said."))
        let marks = document.tokens.indices.filter { document.tokens[$0].kind == .punct && document.tokens[$0].text != "," && document.tokens[$0].text != "." }
        #expect(marks.map { document.tokens[$0].text } == ["\u{201C}", "\u{201D}"])
        #expect(marks.map { document.folded[$0] } == ["\u{201C}", "\u{201D}"])
    }

    @Test(arguments: [0x00AD, 0x061C, 0x200B, 0x200E, 0x200F, 0x202A, 0x202C, 0x202E, 0x2060, 0x2066, 0x2069, 0xFEFF,
                      0x00AC, 0x061B, 0x200C, 0x200D, 0x2010, 0x2019, 0x201C, 0x2029, 0x202F, 0x2061, 0x2065, 0x206A, 0xFEFE, 0x1EA1] as [UInt32])
    func invisibleBytesAgreeWithScalars(_ value: UInt32) {
        let scalar = Unicode.Scalar(value)!
        let text = "Mayor Ana Lo" + String(Character(scalar)) + "pez spoke."
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBufferPointer(InvisibleCharacters.containsInvisible)
        #expect(found == InvisibleCharacters.isInvisible(scalar))
        let removed = InvisibleCharacters.removed(from: text)
        #expect(removed == (found ? "Mayor Ana Lopez spoke." : text))
    }

    @Test(arguments: ["Line one.\nLine two.", "Line one.\r\nLine two.", "Line one.\rLine two.", "\u{FEFF}Line one.\nLine two."])
    func decodedTextEndsLinesWithLineFeeds(_ text: String) throws {
        #expect(try TextDecoding.decode(Array(text.utf8), path: "a.txt") == "Line one.\nLine two.")
    }
}
