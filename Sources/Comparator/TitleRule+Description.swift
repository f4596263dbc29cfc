import ClaimModel

/// Titles written as a description rather than as a title: a role noun in lowercase opened by
/// an article (`a spokeswoman for the department`, `the spokeswoman, Ito`). A description
/// names the kind of post; it may leave out the rank or the field the formal title gives
/// (`Deputy Spokesperson`), and that omission is no other office.
extension TitleRule {
    /// Ids of the title claims written as a description: no capital letter in the title, and
    /// the word before it one of the determiners that open an apposition.
    static func descriptions(_ context: ComparisonContext) -> Set<String> {
        var articles: [String: Article] = [:]
        for article in context.articles { articles[article.id] = article }
        var result = Set<String>()
        for claim in context.claims(.title) {
            guard let title = claim.slots.title, !title.unicodeScalars.contains(where: { $0.properties.isUppercase }),
                  let article = articles[claim.article] else { continue }
            if let word = wordBefore(article.scalars, claim.evidence.span.start), NameConflictRule.appositionDeterminers.contains(word) {
                result.insert(key(claim))
            }
        }
        return result
    }

    static func key(_ claim: Claim) -> String { claim.article + "\u{1F}" + claim.id }

    /// The folded word ending just before `offset` (spaces skipped), if any.
    static func wordBefore(_ s: [Unicode.Scalar], _ offset: Int) -> String? {
        var end = min(max(0, offset), s.count)
        while end > 0, s[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, s[start - 1].isAlphabeticScalar { start -= 1 }
        return start < end ? Folding.fold(String(scalars: s[start..<end])) : nil
    }

    /// One of the two titles is a description that says less than the other: no qualifier the
    /// other lacks, and no field or one the other has too.
    static func looser(_ x: (claim: Claim, office: Office), _ y: (claim: Claim, office: Office), _ descriptions: Set<String>) -> Bool {
        func covers(_ d: Office, _ full: Office) -> Bool {
            d.role == full.role && Set(d.qualifiers).isSubset(of: full.qualifiers) && (d.portfolio == nil || d.portfolio == full.portfolio)
        }
        return (descriptions.contains(key(x.claim)) && covers(x.office, y.office))
            || (descriptions.contains(key(y.claim)) && covers(y.office, x.office))
    }
}
