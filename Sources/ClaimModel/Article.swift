/// One article of a set, as read: metadata and the body text that every span refers to.
public struct Article: Sendable {
    /// Unique in its set: the file name without extension (or the `id` of a JSONL record).
    public var id: String
    /// The path the article was read from, as given to the reader.
    public var path: String
    public var outlet: String?
    /// Normalized publication date, `YYYY-MM-DD` or partial (`YYYY-MM`, `YYYY`).
    public var published: String?
    public var title: String?
    public var url: String?
    public var language: String?
    /// Front matter keys that have no field of their own, kept as read.
    public var metadata: [String: String]
    /// Where each metadata value came from: `front matter`, `dateline`, `first line`, `json`.
    public var provenance: [String: String]
    /// The body text as the report shows it (front matter removed, line ends normalized to `\n`).
    public let body: String
    /// The body as Unicode scalars: span offsets index this array.
    public let scalars: [Unicode.Scalar]
    public let lines: LineTable
    /// SHA-256 of the file's bytes (for a JSONL record, of the record's line).
    public var sha256: String
    /// 1-based line in the source file at which the body starts (front matter shifts it).
    public var bodyLineOffset: Int

    public init(
        id: String, path: String, body: String, sha256: String,
        outlet: String? = nil, published: String? = nil, title: String? = nil, url: String? = nil,
        language: String? = nil, metadata: [String: String] = [:], provenance: [String: String] = [:],
        bodyLineOffset: Int = 0
    ) {
        self.id = id
        self.path = path
        self.outlet = outlet
        self.published = published
        self.title = title
        self.url = url
        self.language = language
        self.metadata = metadata
        self.provenance = provenance
        self.body = body
        let scalars = Array(body.unicodeScalars)
        self.scalars = scalars
        self.lines = LineTable(scalars: scalars)
        self.sha256 = sha256
        self.bodyLineOffset = bodyLineOffset
    }

    /// The body text in a half-open scalar range, clamped to the body.
    public func text(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }

    public func span(_ start: Int, _ end: Int) -> SourceSpan {
        SourceSpan(article: id, start: start, end: end, line: lines.line(of: start))
    }

    public func evidence(_ start: Int, _ end: Int) -> Evidence {
        Evidence(text: text(start, end), span: span(start, end))
    }

    /// Words in the body: runs of letters or digits.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in scalars {
            let value = scalar.value
            let isWordScalar = value < 0x80
                ? (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
                : scalar.properties.isAlphabetic
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}

/// Quoted words and where they stand.
public struct Evidence: Hashable, Codable, Sendable, Comparable {
    public var text: String
    public var span: SourceSpan

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool { lhs.span < rhs.span }
}

extension String {
    /// The string of a run of scalars, encoded straight into the string's UTF-8 storage:
    /// one allocation, no per-scalar appends. Tokens, evidence and names are made this way.
    @inlinable
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        guard capacity > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[index] = UInt8(truncatingIfNeeded: value)
                    index += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[index] = byte
                        index += 1
                    }
                }
            }
            return index
        }
    }
}
