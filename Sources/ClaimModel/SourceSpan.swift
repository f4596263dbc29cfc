/// Where a piece of evidence stands: an article and a half-open range of Unicode scalar
/// offsets into that article's body text, with the 1-based line of its start.
///
/// Spans are made once, at tokenisation, and travel with every mention, claim and finding;
/// nothing ever finds a position again by searching for text.
public struct SourceSpan: Hashable, Codable, Sendable, Comparable {
    public var article: String
    public var start: Int
    public var end: Int
    public var line: Int

    public init(article: String, start: Int, end: Int, line: Int) {
        self.article = article
        self.start = start
        self.end = end
        self.line = line
    }

    public var length: Int { end - start }

    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.article, lhs.start, lhs.end) < (rhs.article, rhs.start, rhs.end)
    }

    /// The smallest span covering both (same article assumed).
    public func union(_ other: SourceSpan) -> SourceSpan {
        if other.start < start {
            return SourceSpan(article: article, start: other.start, end: max(end, other.end), line: other.line)
        }
        return SourceSpan(article: article, start: start, end: max(end, other.end), line: line)
    }
}

/// Line starts of one text, computed once; maps scalar offsets to 1-based lines.
public struct LineTable: Sendable, Hashable {
    /// Scalar offset at which each line starts; `starts[0] == 0`.
    public let starts: [Int]

    public init(scalars: [Unicode.Scalar]) {
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        self.starts = starts
    }

    /// The 1-based line holding `offset`.
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    public var count: Int { starts.count }
}
