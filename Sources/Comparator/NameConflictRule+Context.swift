import ClaimModel

/// What the words around a person's mentions say about who the person is: a word of kinship
/// beside the name, or a description in apposition (`Liam Doyle, a farmer,`).
extension NameConflictRule {
    /// Words either side of a mention read for a word of kinship.
    static let kinshipWindow = 6

    /// The words of kinship within a few words of any mention of the person (`his son, Liam
    /// Doyle`; `Nora Doyle, the senator's sister`): a family member named in one article is
    /// another person than the namesake the others name, not a changed name; but two names
    /// both set beside the same word (`her estranged husband, X Doyle`) are one relative
    /// described alike.
    func kinship(_ person: GlobalEntity, in context: ComparisonContext) -> Set<String> {
        var found = Set<String>()
        for (articleID, mentions) in context.mentions[person.id] ?? [:] {
            guard let article = context.article(articleID) else { continue }
            for mention in mentions {
                let before = Folding.words(article.text(max(0, mention.span.start - 80), mention.span.start)).suffix(NameConflictRule.kinshipWindow)
                let after = Folding.words(article.text(mention.span.end, min(article.scalars.count, mention.span.end + 80))).prefix(NameConflictRule.kinshipWindow)
                // `His daughter, Olivia Penn`: the extractor keeps the kinship word as the mention's title.
                let own = Folding.words(mention.title ?? "")
                found.formUnion((before + after + own).filter(NameConflictRule.kinship.contains))
            }
        }
        return found
    }

    /// The words of the descriptions set in apposition after the person's name (`Liam Doyle,
    /// a dairy farmer, said` → `dairy`, `farmer`), without their determiner. Two namesakes the
    /// articles describe with no word in common (`a farmer` / `a nurse`) are two people; an
    /// edited given name leaves the description as it was.
    func descriptions(_ person: GlobalEntity, in context: ComparisonContext) -> Set<String> {
        var words = Set<String>()
        for (articleID, mentions) in context.mentions[person.id] ?? [:] {
            guard let article = context.article(articleID) else { continue }
            for mention in mentions where mention.form == .name {
                let after = article.text(mention.span.end, min(article.scalars.count, mention.span.end + 60))
                guard after.hasPrefix(", ") else { continue }
                let phrase = after.dropFirst(2).prefix { !",.;:(".contains($0) }
                let folded = Folding.words(String(phrase))
                guard let first = folded.first, NameConflictRule.appositionDeterminers.contains(first) else { continue }
                words.formUnion(folded.dropFirst().filter { $0.count > 2 })
            }
        }
        return words
    }

    /// Descriptions in apposition that share no word: two people.
    func describedApart(_ a: GlobalEntity, _ b: GlobalEntity, in context: ComparisonContext) -> Bool {
        let x = descriptions(a, in: context), y = descriptions(b, in: context)
        return !x.isEmpty && !y.isEmpty && x.isDisjoint(with: y)
    }
}
