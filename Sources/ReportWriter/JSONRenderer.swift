import ClaimModel
import Foundation

/// The JSON contract: sorted keys, two-space indentation, a final newline.
public struct JSONRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
