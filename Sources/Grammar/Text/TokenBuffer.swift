/// The tokens of a text: byte ranges into its UTF-8 buffer, struct of arrays.
public struct TokenBuffer: Sendable, Equatable {
    /// Byte offset where each token starts and ends (exclusive).
    public var starts: [Int32] = []
    public var ends: [Int32] = []
    /// Newlines between the previous token and this one (0 on the same line).
    public var newlinesBefore: [UInt8] = []

    public init() {}

    public var count: Int { starts.count }

    public mutating func append(_ start: Int, _ end: Int, newlines: Int) {
        starts.append(Int32(start))
        ends.append(Int32(end))
        newlinesBefore.append(UInt8(min(newlines, 255)))
    }

    public func range(_ index: Int) -> Range<Int> { Int(starts[index])..<Int(ends[index]) }
}

/// A sentence: a range of token indices.
public struct SentenceRange: Sendable, Equatable, Hashable {
    public var tokens: Range<Int>
    public init(_ tokens: Range<Int>) { self.tokens = tokens }
}
