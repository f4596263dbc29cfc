/// Which folded words may stand inside a title phrase, and which make one.
enum TitleVocabulary {
    static let lexicons = Lexicons.shared

    /// A word a title phrase may hold: role heads, qualifiers, portfolio words, abbreviations,
    /// organisation words, jurisdictions.
    static func isTitleWord(_ folded: String) -> Bool {
        TitleLexicon.roleHeads.contains(folded) || TitleLexicon.qualifiers.contains(folded)
            || TitleLexicon.portfolios[folded] != nil || TitleLexicon.abbreviations[folded] != nil
            || TitleLexicon.nobleTitles.contains(folded) || lexicons.organizationWords.contains(folded)
            || lexicons.jurisdiction(folded) != nil || lexicons.metonyms.contains(folded)
            || folded == "affairs" || folded == "government" || folded == "party" || folded == "staff"
            || folded == "marine" || folded == "marines" || folded == "vice-president" || folded.hasSuffix("-elect")
            || folded.hasPrefix("ex-") || folded.hasPrefix("under-") || folded == "co-founder"
    }

    /// A word that makes a phrase a title (a role, a rank, a fixed office head).
    static func isHead(_ folded: String) -> Bool {
        TitleLexicon.roleHeads.contains(folded) || TitleLexicon.abbreviations[folded] != nil
            || TitleLexicon.nobleTitles.contains(folded) || folded == "vice-president" || folded.hasSuffix("-elect")
    }

    /// A lowercase word that may stand in a title before a name (`defense secretary Jim Mattis`).
    static func isLowercaseTitleWord(_ folded: String) -> Bool {
        TitleLexicon.roleHeads.contains(folded) || TitleLexicon.portfolios[folded] != nil
            || TitleLexicon.officeQualifiers.contains(folded) || folded == "foreign" || folded == "prime"
            || folded == "general" || folded == "chief" || folded == "top" || folded == "senior"
    }

    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "whose"]
    static let possessivePronouns: Set<String> = ["his", "her", "their", "its", "our", "my", "your"]
    static let connectors: Set<String> = ["of", "for", "the", "and", "on", "in"]
}
