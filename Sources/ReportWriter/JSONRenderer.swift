import ClaimModel

/// The JSON contract: sorted keys, two-space indentation, a final newline.
///
/// Written by `PrettyJSON` (the bytes of Foundation's `JSONEncoder` with `.sortedKeys`,
/// `.prettyPrinted` and `.withoutEscapingSlashes`; tested against it), not through Foundation:
/// encoding the report was a sixth of comparing a 1,000-article set. The report's three long
/// arrays (claims, entities, findings) are built and written one element at a time, so the
/// writer never holds a large set's whole report as a tree.
public struct JSONRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        String(decoding: bytes(report), as: UTF8.self)
    }

    /// The report's UTF-8 bytes, with the final newline.
    public func bytes(_ report: Report) -> [UInt8] {
        var writer = PrettyJSONWriter(capacity: 1 << 16)
        do {
            try write(report, into: &writer)
        } catch {
            return Array("{}\n".utf8)
        }
        return writer.bytes
    }

    /// Writes the report a megabyte at a time to `chunk` (a file), so a large set's report is
    /// never held whole; the same bytes as `bytes`.
    public func write(_ report: Report, to chunk: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        var writer = PrettyJSONWriter(capacity: PrettyJSONWriter.chunk + (1 << 16), flush: chunk)
        try write(report, into: &writer)
        try writer.drain(above: 0)
    }

    func write(_ report: Report, into writer: inout PrettyJSONWriter) throws {
        var shell = report
        shell.claims = []
        shell.entities = []
        shell.findings = []
        guard case .object(let frame) = try PrettyJSON.node(shell, path: []) else {
            throw EncodingError.invalidValue(report, EncodingError.Context(codingPath: [], debugDescription: "a report is an object"))
        }
        try writer.writeObject(frame, level: 0) { key, writer, level in
            switch key {
            case "claims": try writer.writeArray(report.claims, level: level)
            case "entities": try writer.writeArray(report.entities, level: level)
            case "findings": try writer.writeArray(report.findings, level: level)
            default: return false
            }
            return true
        }
        writer.bytes.append(0x0A)
    }
}
