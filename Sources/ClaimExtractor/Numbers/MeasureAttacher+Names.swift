import ClaimModel

/// Figures that count nothing of the story, and a count read past a size:
///
/// - a figure in a name: a count or ordinal in digits before a capitalized word whose phrase
///   ends on a singular noun (`the 8 Block gang`: eight would count blocks or gangs, in the
///   plural; `the 10th Circuit`, `5th Avenue`; but `the 86th Academy Awards` numbers an
///   edition and `12 Republicans` counts); not in a line written in title case;
/// - a distance: a figure and its noun before a distance word (`arrested five buildings away`,
///   `two blocks apart`) says how far, not how many were arrested: measured `buildings away`;
/// - a size inside a count (`12 9-mm shell casings`): the figure joined to its unit by a hyphen
///   right after another figure describes the counted thing; the first figure counts it.
extension MeasureAttacher {
    /// A figure that names, places or sizes something instead of counting it.
    static func countsNothing(_ q: Quantity, in d: Document, sentence s: Range<Int>) -> Bool {
        let t = d.tokens
        let first = q.tokens.lowerBound
        let after = q.tokens.upperBound
        // A size after a count: `12 9-mm`.
        if q.unit != nil, q.tokens.contains(where: { t[$0].isPunct("-") }), first > s.lowerBound, t[first - 1].kind == .number { return true }
        guard q.tokens.count == 1, t[first].kind == .number, after < s.upperBound, t[after].kind == .word, t[after].isCapitalized,
              !isTitleCase(d, s) else { return false }
        // `mother of 13 Jane Doe`: the parent's name, after the count of children.
        if first >= s.lowerBound + 2, d.folded[first - 1] == "of", parentNouns[d.folded[first - 2]] != nil { return false }
        guard q.unit == nil || q.isOrdinal, q.low == q.high, q.low > 1 || q.isOrdinal, let np = nounPhrase(d, after, s) else { return false }
        // `the 86th Academy Awards`, `12 Republicans`: a plural phrase is counted or numbered.
        return !isPlural(np.head)
    }

    /// `arrested five buildings away` → `buildings away`: a distance, measured in its noun,
    /// never the count of the verb before it.
    static func distance(_ q: Quantity, in d: Document, sentence s: Range<Int>) -> String? {
        guard q.unit == nil, let np = nounPhrase(d, q.tokens.upperBound, s), np.end < s.upperBound, d.tokens[np.end].kind == .word,
              distanceWords.contains(d.folded[np.end]) else { return nil }
        return np.phrase + " " + d.folded[np.end]
    }

    /// `12 9-mm shell casings`: what a figure counts when a hyphened size follows it.
    static func countBeforeSize(_ q: Quantity, in d: Document, sentence s: Range<Int>) -> String? {
        let t = d.tokens
        let after = q.tokens.upperBound
        guard q.unit == nil, after + 3 < s.upperBound, t[after].kind == .number, t[after + 1].isPunct("-"), !t[after + 1].spaceBefore,
              t[after + 2].kind == .word, !t[after + 2].spaceBefore, let np = nounPhrase(d, after + 3, s) else { return nil }
        return np.phrase
    }

    /// Most words of the sentence capitalized: a headline in title case.
    static func isTitleCase(_ d: Document, _ s: Range<Int>) -> Bool {
        let words = s.filter { d.tokens[$0].kind == .word }
        return words.count >= 3 && words.filter { d.tokens[$0].isCapitalized }.count * 10 >= words.count * 7
    }
}
