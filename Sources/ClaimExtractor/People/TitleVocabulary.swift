/// Which folded words may stand inside a title phrase, and which make one.
enum TitleVocabulary {
    static let lexicons = Lexicons.shared

    /// A word a title phrase may hold: role heads, qualifiers, portfolio words, abbreviations,
    /// organisation words, jurisdictions.
    static func isTitleWord(_ folded: String) -> Bool {
        if let head = pastPrefixed(folded) { return isTitleWord(head) }
        return TitleLexicon.roleHeads.contains(folded) || TitleLexicon.qualifiers.contains(folded)
            || TitleLexicon.portfolios[folded] != nil || TitleLexicon.abbreviations[folded] != nil
            || TitleLexicon.nobleTitles.contains(folded) || lexicons.organizationWords.contains(folded)
            || lexicons.jurisdiction(folded) != nil || lexicons.metonyms.contains(folded)
            || folded == "affairs" || folded == "government" || folded == "party" || folded == "staff"
            || folded == "marine" || folded == "marines" || folded == "vice-president" || folded.hasSuffix("-elect")
            || folded.hasPrefix("under-") || folded == "co-founder"
            || folded.hasSuffix("-designate") || TitleLexicon.honorificTitles.contains(folded) || portfolioWords.contains(folded)
    }

    /// The word after a past prefix (`then-president` → `president`), if it has one.
    static func pastPrefixed(_ folded: String) -> String? {
        guard let prefix = TitleLexicon.pastPrefixes.first(where: { folded.count > $0.count + 1 && folded.hasPrefix($0) }) else { return nil }
        return String(folded.dropFirst(prefix.count))
    }

    /// Every word of a multi-word portfolio (`economic` of `economic affairs`).
    static let portfolioWords: Set<String> = Set(TitleLexicon.portfolios.keys.flatMap { $0.split(separator: " ").map(String.init) })
        .subtracting(["the", "and", "of", "home", "work", "public", "natural", "social", "internal", "external"])

    /// A word that makes a phrase a title (a role, a rank, a fixed office head).
    static func isHead(_ folded: String) -> Bool {
        if let head = pastPrefixed(folded) { return isHead(head) }
        return TitleLexicon.roleHeads.contains(folded) || TitleLexicon.abbreviations[folded] != nil
            || TitleLexicon.nobleTitles.contains(folded) || folded == "vice-president" || folded.hasSuffix("-elect")
            || folded.hasSuffix("-designate") || TitleLexicon.honorificTitles.contains(folded)
    }

    /// A lowercase word that may stand in a title before a name (`defense secretary Jim Mattis`).
    static func isLowercaseTitleWord(_ folded: String) -> Bool {
        if let head = pastPrefixed(folded) { return isTitleWord(head) }
        return TitleLexicon.roleHeads.contains(folded) || TitleLexicon.portfolios[folded] != nil
            || TitleLexicon.officeQualifiers.contains(folded) || folded == "foreign" || folded == "prime"
            || folded == "general" || folded == "chief" || folded == "top" || folded == "senior"
            || (TitleLexicon.qualifiers.contains(folded) && !riskyLowercaseQualifiers.contains(folded))
            || folded.hasSuffix("-elect") || folded.hasSuffix("-designate")
    }
}
