import ClaimModel
import Foundation

/// The JSON contract: sorted keys, two-space indentation, a final newline.
///
/// The report's three long arrays (claims, entities, findings) are encoded a slice at a time
/// and set into the rest of the report, indented as one encoding of the whole report indents
/// them (pretty-printed JSON has no raw newline inside a string, so re-indenting is a matter of
/// lines): the bytes are the same, and the encoder never holds a large set's whole report at
/// once (a 1,000-article set's 38 MB report had held about 100 MB of encoder buffers).
public struct JSONRenderer: ReportRenderer {
    public init() {}

    /// Elements encoded at a time.
    static let slice = 256

    public func render(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var shell = report
        shell.claims = []
        shell.entities = []
        shell.findings = []
        guard let frame = try? encoder.encode(shell) else { return "{}\n" }
        // In key order, as the sorted keys put them in the frame.
        var parts: [(key: String, elements: [Data])] = []
        do {
            parts.append(("claims", try JSONRenderer.slices(report.claims, encoder)))
            parts.append(("entities", try JSONRenderer.slices(report.entities, encoder)))
            parts.append(("findings", try JSONRenderer.slices(report.findings, encoder)))
        } catch {
            return "{}\n"
        }
        let bytes = [UInt8](frame)
        // Each slice's inner lines (its `[\n` and `\n]` dropped), two spaces deeper; an empty line stays empty.
        let total = bytes.count + parts.reduce(0) { $0 + $1.elements.reduce(0) { sum, slice in
            sum + slice.count + 2 * slice.withUnsafeBytes { $0.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } } + 8 } } + 16
        var failed = false
        let text = String(unsafeUninitializedCapacity: total) { buffer in
            var n = 0
            func put(_ byte: UInt8) { buffer[n] = byte; n += 1 }
            func put<S: Sequence>(_ bytes: S) where S.Element == UInt8 { for byte in bytes { put(byte) } }
            var position = 0
            for part in parts where !part.elements.isEmpty {
                // `\n  "key" : ` opens the empty array at depth one; it closes at the next `]`.
                let marker = Array("\n  \"\(part.key)\" : ".utf8)
                guard let start = JSONRenderer.find(marker, in: bytes, from: position),
                      let close = bytes[(start + marker.count)...].firstIndex(of: UInt8(ascii: "]")) else { failed = true; return 0 }
                put(bytes[position..<(start + marker.count)])
                put("[\n".utf8)
                for (index, slice) in part.elements.enumerated() {
                    if index > 0 { put(",\n".utf8) }
                    var lineStart = true
                    // Through the bytes in place: `Data`'s own iterator was a tenth of rendering.
                    slice.withUnsafeBytes { raw in
                        for byte in raw.dropFirst(2).dropLast(2) {
                            if lineStart && byte != 0x0A { put(0x20); put(0x20) }
                            put(byte)
                            lineStart = byte == 0x0A
                        }
                    }
                }
                put("\n  ]".utf8)
                position = close + 1
            }
            put(bytes[position...])
            put(0x0A)
            return n
        }
        return failed ? "{}\n" : text
    }

    /// The elements encoded `slice` at a time, each as a pretty-printed array.
    static func slices<T: Encodable>(_ elements: [T], _ encoder: JSONEncoder) throws -> [Data] {
        var result: [Data] = []
        var start = 0
        while start < elements.count {
            let end = min(start + slice, elements.count)
            result.append(try encoder.encode(Array(elements[start..<end])))
            start = end
        }
        return result
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var k = from
        while k + needle.count <= haystack.count {
            if haystack[k] == needle[0], haystack[k..<(k + needle.count)].elementsEqual(needle) { return k }
            k += 1
        }
        return nil
    }
}
