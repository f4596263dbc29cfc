import ClaimModel

/// Tallies of votes: two counts joined by a hyphen or `to`, the first the larger, in a sentence
/// about a vote (`NumberWords.tallyWords`): `confirmed 98-0`, `won by a 134-to-63 vote`, `a vote
/// of 98 to 96`, `a 5-4 decision`. Each side is a figure of its own: `votes for` (the larger)
/// and `votes against`, so a changed side meets its like in another article; read as a range,
/// `134 to 63` would be nothing (its bounds run backwards) and `98-0` not even a number.
public enum TallyScanner {
    /// One side of a tally: its figure and what it counts.
    public struct Side: Sendable, Hashable {
        public var quantity: Quantity
        public var measure: String
    }

    /// Measures of the two sides.
    static let measures = (larger: "votes for", smaller: "votes against")

    public static func scan(_ d: Document, in s: Range<Int>, excluded: Set<Int>) -> [Side] {
        guard s.contains(where: { d.tokens[$0].kind == .word && NumberWords.tallyWords.contains(d.folded[$0]) }) else { return [] }
        var sides: [Side] = []
        var i = s.lowerBound
        while i < s.upperBound {
            guard !excluded.contains(i), d.tokens[i].kind == .number, let (first, second, end) = tally(d, i, s), !excluded.contains(end - 1) else {
                i += 1
                continue
            }
            sides.append(Side(quantity: Quantity(tokens: first.range, low: first.value, high: first.value), measure: measures.larger))
            sides.append(Side(quantity: Quantity(tokens: second.range, low: second.value, high: second.value), measure: measures.smaller))
            i = end
        }
        return sides
    }

    /// `98-0` (one token), `134-to-63`, `134 to 63`, `52 - 48`: the two counts, their tokens and
    /// the end of the tally; nil when the second is not smaller or a count is no whole number
    /// of votes (a year, a decimal, a figure with a unit).
    static func tally(_ d: Document, _ i: Int, _ s: Range<Int>) -> ((value: Double, range: Range<Int>), (value: Double, range: Range<Int>), Int)? {
        let t = d.tokens
        func count(_ text: String) -> Double? {
            guard !text.isEmpty, text.count <= 3, text.allSatisfy(\.isASCII), let value = Int(text) else { return nil }
            return Double(value)
        }
        // `from 30 to 20` is a fall, not a tally.
        if i > s.lowerBound, d.folded[i - 1] == "from" || d.folded[i - 1] == "between" { return nil }
        let parts = t[i].text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2 {
            guard let a = count(parts[0]), let b = count(parts[1]), b < a else { return nil }
            return ((a, i..<(i + 1)), (b, i..<(i + 1)), i + 1)
        }
        guard let a = count(t[i].text) else { return nil }
        var k = i + 1
        var joined = false
        while k < s.upperBound, k <= i + 3, t[k].isPunct("-") || t[k].isPunct("–") || d.folded[k] == "to" {
            joined = true
            k += 1
        }
        // `134-to-63` may end in one word `to-63`.
        if joined, k < s.upperBound, t[k].kind == .word, d.folded[k].hasPrefix("to-"), let b = count(String(d.folded[k].dropFirst(3))), b < a {
            return ((a, i..<(i + 1)), (b, k..<(k + 1)), k + 1)
        }
        guard joined, k < s.upperBound, t[k].kind == .number, let b = count(t[k].text), b < a else { return nil }
        return ((a, i..<(i + 1)), (b, k..<(k + 1)), k + 1)
    }
}
