import ClaimModel

/// Whether a headline names a finding. A headline kept apart from the body (front matter
/// `title:`, an HTML `<title>`) holds no claims of its own, yet what it names is what the
/// article is about, so a finding it names weighs as one in the lede (`Salience`). A headline
/// read from the body's first line is body line 1 and needs no help.
///
/// The headline of an article that states the finding names it when it holds:
/// - for a figure, one of that article's figures, as digits (`Bridge collapse kills 12`);
/// - for a finding about a person, the person's surname (`Whitlock charged`);
/// - otherwise every word of the subject (`patrol boats`).
enum StoryHeadlines {
    /// Each titled article's headline as a set of folded words, made once per story rather
    /// than once per finding and article.
    static func titleWords(_ articles: [String: Article]) -> [String: Set<String>] {
        var words: [String: Set<String>] = [:]
        for (id, article) in articles { if let title = article.title { words[id] = Set(Folding.words(title)) } }
        return words
    }

    static func names(_ finding: Finding, titles: [String: Set<String>], entities: [EntityRecord]) -> Bool {
        // The entity, its surname and the subject's words, each found once per finding.
        let entity = finding.kind == .number ? nil : finding.entity.flatMap { id in entities.first { $0.id == id } }
        var surname: String?? = nil
        var subject: [String]? = nil
        return finding.values.contains { article, values in
            guard let words = titles[article], !values.isEmpty else { return false }
            if finding.kind == .number {
                return values.compactMap(Salience.firstFigure).contains { figure in
                    figure >= 1 && figure == figure.rounded() && words.contains(String(Int(figure)))
                }
            }
            if let entity {
                if surname == nil { surname = .some(Folding.words(entity.name).last) }
                return surname!.map(words.contains) ?? false
            }
            if subject == nil { subject = Folding.words(finding.subject) }
            return !subject!.isEmpty && subject!.allSatisfy(words.contains)
        }
    }
}
