import ClaimExtractor
import ClaimModel
import Foundation
import Testing

/// The reading layer's byte paths give what the character and Foundation paths gave: SHA-256
/// over blocks read in place, spaces trimmed in the bytes, front matter trimmed in the bytes.
@Suite struct ReadingBytesTests {
    /// FIPS 180-4 test vectors, and messages whose padding takes one or two more blocks.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        (String(repeating: "x", count: 55), "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"),
        (String(repeating: "x", count: 63), "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"),
        (String(repeating: "x", count: 64), "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"),
    ])
    func sha256(_ message: String, _ hex: String) {
        #expect(SHA256.hex(message) == hex)
        #expect(SHA256.hex(Array(message.utf8)) == hex)
        // A collection without contiguous storage is hashed the same.
        #expect(SHA256.hex(message.utf8.lazy.map { $0 }) == hex)
    }

    @Test func sha256OfAMillionBytes() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// A dateline line padded with spaces, tabs and a carriage return reads as without them.
    @Test(arguments: [
        ("  \tLISBON, May 5 (Example Wire) - Ferries were halted.\t \r", "Lisbon"),
        ("LISBON ,  May 5 (Example Wire) - Ferries were halted.", "Lisbon"),
        ("Lisbon, May 5 - Ferries were halted. \t ", "Lisbon"),
    ] as [(String, String?)])
    func paddedDatelines(_ body: String, _ place: String?) {
        #expect(OutletClues.datelinePlace(Article(id: "x", path: "x.txt", body: body, sha256: "0")) == place)
    }

    /// Front matter keys and values are trimmed of spaces and tabs only (not of other ASCII
    /// controls); a no-break space is trimmed too, as Foundation's white space set holds it.
    @Test(arguments: [
        ("---\noutlet  :\t Harbor Times \t\ntitle: \"Ferry strike\"\n---\nBody.", ["outlet": "Harbor Times", "title": "Ferry strike"]),
        ("---\noutlet: \u{A0}Harbor Times\u{A0}\n---\nBody.", ["outlet": "Harbor Times"]),
        ("---\noutlet: Harbor Times\u{0B}\n---\nBody.", ["outlet": "Harbor Times\u{0B}"]),
    ])
    func frontMatterTrimming(_ text: String, _ fields: [String: String]) throws {
        let (front, body) = try FrontMatter.split(text, path: "x.md")
        #expect(front.fields == fields)
        #expect(body == "Body.")
    }
}
