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
    static func names(_ finding: Finding, articles: [String: Article], entities: [EntityRecord]) -> Bool {
        finding.values.contains { article, values in
            guard let title = articles[article]?.title, !values.isEmpty else { return false }
            let words = Set(Folding.words(title))
            if finding.kind == .number {
                return values.compactMap(Salience.firstFigure).contains { figure in
                    figure >= 1 && figure == figure.rounded() && words.contains(String(Int(figure)))
                }
            }
            if let id = finding.entity, let entity = entities.first(where: { $0.id == id }) {
                return Folding.words(entity.name).last.map(words.contains) ?? false
            }
            let subject = Folding.words(finding.subject)
            return !subject.isEmpty && subject.allSatisfy(words.contains)
        }
    }
}
