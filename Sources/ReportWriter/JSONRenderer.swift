import ClaimModel
import Foundation

/// The JSON contract: sorted keys, two-space indentation, a final newline.
public struct JSONRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(report) else { return "{}\n" }
        // The newline goes on the bytes: `String + "\n"` copied a large report a third time
        // while the other two copies were still held (peak memory of a 1,000-article set).
        data.append(0x0A)
        return String(decoding: data, as: UTF8.self)
    }
}
