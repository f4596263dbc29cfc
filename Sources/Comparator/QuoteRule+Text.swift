import ClaimModel

/// A quotation only one article gives as a quotation may still stand word for word in another
/// article's text, where it was not read as a quotation (its marks split over a line break, a
/// closing mark of the wrong shape, a tweet set off without marks). That article says it too,
/// so the quotation is not `only-in`: before one is reported so, every other article's body is
/// searched for the quotation's words in order (folded words, letters and digits; at least
/// `textWords` of them, so a stock phrase is not taken for the quotation), and each article
/// holding them is cited with the words found there.
extension QuoteRule {
    /// The fewest words a quotation must have to be looked for in another article's text.
    static let textWords = 6

    /// An article's body as folded words, each with its scalar range.
    struct BodyWords {
        var article: Article
        var words: [String] = []
        var ranges: [Range<Int>] = []

        init(_ article: Article) {
            self.article = article
            let s = article.scalars
            var k = 0
            while k < s.count {
                guard QuoteRule.isWordScalar(s[k]) else { k += 1; continue }
                let start = k
                while k < s.count, QuoteRule.isWordScalar(s[k]) { k += 1 }
                words.append(Folding.fold(String(scalars: s[start..<k])))
                ranges.append(start..<k)
            }
        }

        /// The evidence of the first place `run` stands in this body as consecutive words.
        func find(_ run: [String]) -> Evidence? {
            guard let first = run.first, run.count <= words.count else { return nil }
            for start in 0...(words.count - run.count) where words[start] == first && words[start..<(start + run.count)].elementsEqual(run) {
                return article.evidence(ranges[start].lowerBound, ranges[start + run.count - 1].upperBound)
            }
            return nil
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabeticScalar || ("0"..."9").contains(scalar)
    }

    /// The quotation's folded words, as `BodyWords` splits a body.
    static func textRun(_ quote: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in quote.unicodeScalars {
            if isWordScalar(scalar) { current.append(scalar); continue }
            if !current.isEmpty { words.append(Folding.fold(String(current))) }
            current = String.UnicodeScalarView()
        }
        if !current.isEmpty { words.append(Folding.fold(String(current))) }
        return words
    }

    /// Article id → the words of `quote` found in that article's body, for the articles other
    /// than `article` (in id order); empty when the quotation is too short to look for.
    static func foundInText(_ quote: String, from article: String, bodies: [BodyWords]) -> [String: Evidence] {
        let run = textRun(quote)
        guard run.count >= textWords else { return [:] }
        var found: [String: Evidence] = [:]
        for body in bodies where body.article.id != article {
            if let evidence = body.find(run) { found[body.article.id] = evidence }
        }
        return found
    }
}
