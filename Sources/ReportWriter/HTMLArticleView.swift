import ClaimModel

/// One article's body as HTML lines with line numbers, each finding's evidence highlighted.
///
/// Evidence spans are Unicode scalar offsets into the body; the body is sliced on its
/// scalars, never searched. Spans may overlap and cross lines: the body is cut at every
/// span boundary and line end, and each piece is marked with the findings covering it.
/// At the start of each piece of evidence stands a numbered link to its finding (the
/// anchor the finding links back to).
struct HTMLArticleView {
    /// One piece of evidence to highlight.
    struct Highlight {
        /// The finding's element id.
        var finding: String
        /// The finding's number in the report.
        var number: Int
        /// This highlight's element id, the target of the finding's evidence link.
        var anchor: String
        var status: FindingStatus
        var summary: String
        var start: Int
        var end: Int
    }

    var anchorPrefix: String
    var scalars: [Unicode.Scalar]
    var highlights: [Highlight]

    init(anchorPrefix: String, body: String, highlights: [Highlight]) {
        self.anchorPrefix = anchorPrefix
        let scalars = Array(body.unicodeScalars)
        self.scalars = scalars
        self.highlights = highlights.map { item in
            var item = item
            item.start = max(0, min(item.start, scalars.count))
            item.end = max(item.start, min(item.end, scalars.count))
            // A span that starts on a line end begins, for the reader, on the next line.
            while item.start < item.end && scalars[item.start] == "\n" { item.start += 1 }
            return item
        }.sorted { ($0.start, $0.number, $0.anchor) < ($1.start, $1.number, $1.anchor) }
    }

    func render() -> String {
        // Line bounds, then each highlight filed under the lines it touches, so a line looks
        // only at its own highlights (linear, not lines × highlights).
        var starts = [0]
        var ends: [Int] = []
        for index in scalars.indices where scalars[index] == "\n" {
            ends.append(index)
            starts.append(index + 1)
        }
        ends.append(scalars.count)
        var buckets = Array(repeating: [Int](), count: starts.count)
        for (position, item) in highlights.enumerated() {
            // Lines k with ends[k] >= start and starts[k] <= end.
            let first = Self.firstIndex(in: ends) { $0 >= item.start }
            let last = Self.firstIndex(in: starts) { $0 > item.end } - 1
            if first <= last { for line in first...last { buckets[line].append(position) } }
        }
        var out = ""
        for number in 1...starts.count {
            out += "<div class=\"ln\" id=\"\(anchorPrefix)-L\(number)\" data-n=\"\(number)\"><span class=\"tx\">"
            out += line(starts[number - 1], ends[number - 1], buckets[number - 1].map { highlights[$0] })
            out += "</span></div>\n"
        }
        return out
    }

    /// The first index whose value satisfies `predicate` in an ascending array (binary search).
    static func firstIndex(in values: [Int], where predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The scalars `[start, end)` of one line (no line end), cut at span boundaries; `here`
    /// holds the highlights touching the line.
    func line(_ start: Int, _ end: Int, _ here: [Highlight]) -> String {
        var cuts = Set([start, end])
        for item in here {
            if item.start > start && item.start < end { cuts.insert(item.start) }
            if item.end > start && item.end < end { cuts.insert(item.end) }
        }
        let points = cuts.sorted()
        var out = ""
        for (lower, upper) in zip(points, points.dropFirst()) {
            out += anchors(at: lower, in: here)
            let covering = here.filter { $0.start <= lower && $0.end >= upper && $0.start < $0.end }
            let text = Escaping.xml(slice(lower, upper))
            if covering.isEmpty {
                out += text
            } else {
                let worst = covering.map(\.status).min() ?? .agree
                let ids = orderedUnique(covering.map(\.finding))
                let titles = orderedUnique(covering.map { "\($0.number). \($0.summary)" })
                out += "<mark class=\"s-\(worst.rawValue)\" data-f=\"\(Escaping.xml(ids.joined(separator: " ")))\" title=\"\(titles.map(Escaping.xml).joined(separator: "&#10;"))\">\(text)</mark>"
            }
        }
        // Evidence that starts at the line end (or is empty) still gets its anchor.
        out += anchors(at: end, in: here, atEnd: true)
        return out
    }

    /// Numbered links to the findings whose evidence starts at `offset`.
    func anchors(at offset: Int, in items: [Highlight], atEnd: Bool = false) -> String {
        var out = ""
        for item in items where item.start == offset {
            // A non-empty span starting at the line end begins on the next line.
            if atEnd && item.end > item.start { continue }
            out += "<a class=\"ref\" id=\"\(Escaping.xml(item.anchor))\" href=\"#\(Escaping.xml(item.finding))\" data-f=\"\(Escaping.xml(item.finding))\" title=\"\(Escaping.xml("\(item.number). \(item.summary)"))\">\(item.number)</a>"
        }
        return out
    }

    func slice(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
