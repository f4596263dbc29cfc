import ClaimModel
import Foundation

/// Reduces title text to an `Office`.
public enum OfficeNormalizer {
    /// The longest key of `table` formed by consecutive `words`: (start, word count, key).
    static func longestPhrase(in words: [String], table: [String: String], longest: Int) -> (Int, Int, String)? {
        var best: (Int, Int, String)? = nil
        for length in stride(from: min(longest, words.count), through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let phrase = words[start..<(start + length)].joined(separator: " ")
                guard table[phrase] != nil else { continue }
                if best == nil || phrase.count > best!.2.count { best = (start, length, phrase) }
            }
            if best != nil { return best }
        }
        return best
    }

    /// `words` are the title's words as written (determiners already removed).
    public static func office(_ title: String) -> Office {
        var words = title.split(whereSeparator: { $0 == " " || $0 == "," })
            .map { Folding.fold(String($0)).trimmingSuffix(".").trimmingSuffix("'s") }
            .filter { !$0.isEmpty && $0 != "the" && $0 != "(" && $0 != ")" }
        // Expand abbreviations: gen → general, lt → lieutenant.
        words = words.map { TitleLexicon.abbreviations[$0] ?? $0 }
        // Split hyphenated qualifiers: vice-president stays, under-secretary → under secretary.
        var expanded: [String] = []
        for word in words {
            if word.hasPrefix("under-") || TitleVocabulary.pastPrefixed(word) != nil || word.hasPrefix("co-") || word.hasSuffix("-elect") || word.hasSuffix("-designate") {
                expanded.append(contentsOf: word.split(separator: "-").map(String.init))
            } else {
                expanded.append(word)
            }
        }
        words = expanded
        let lexicons = Lexicons.shared
        var qualifiers: [String] = []
        var jurisdiction: String?
        var organization: String?
        var portfolio: String?
        var role: String?

        // Jurisdiction: a country or demonym anywhere ("US", "of Vietnam").
        var remaining: [String] = []
        var index = 0
        while index < words.count {
            // Two-word countries first.
            if index + 1 < words.count, let country = lexicons.countries[words[index] + " " + words[index + 1]] {
                jurisdiction = country
                index += 2
                continue
            }
            // A metonym names its country too (`Pentagon chief`), and stays a portfolio word.
            if jurisdiction == nil, let country = OrganizationLexicon.metonymJurisdictions[words[index]] {
                jurisdiction = country
            }
            if let country = lexicons.jurisdiction(words[index]), !(TitleLexicon.portfolios[words[index]] != nil) {
                jurisdiction = country
                index += 1
                continue
            }
            remaining.append(words[index])
            index += 1
        }
        words = remaining
        // Fixed offices, then portfolios: the longest phrase (in words, then characters,
        // then the earliest) found among the title's word n-grams. Dictionary look-ups, no scans.
        var rest = words
        if let (start, length, phrase) = longestPhrase(in: rest, table: TitleLexicon.fixedOffices, longest: 5) {
            role = TitleLexicon.fixedOffices[phrase]
            rest.removeSubrange(start..<(start + length))
            if phrase == "foreign minister" { portfolio = "foreign affairs"; role = "cabinet" }
        }
        if portfolio == nil, let (start, length, phrase) = longestPhrase(in: rest, table: TitleLexicon.portfolios, longest: 4) {
            portfolio = TitleLexicon.portfolios[phrase]
            rest.removeSubrange(start..<(start + length))
        }
        // Role head: the last role word not used as a qualifier.
        for word in rest.reversed() where role == nil {
            if TitleLexicon.roleHeads.contains(word) || TitleLexicon.nobleTitles.contains(word) { role = word }
        }
        for word in rest {
            if TitleLexicon.officeQualifiers.contains(word) && word != role { qualifiers.append(word == "ex" ? "former" : word) }
            if lexicons.organizationWords.contains(word) && word != role && word != "state" && organization == nil { organization = word }
        }
        var finalRole = role ?? (rest.last ?? "title")
        if TitleLexicon.cabinetHeads.contains(finalRole) && (portfolio != nil || finalRole == "minister" || finalRole == "secretary") {
            finalRole = "cabinet"
        }
        if finalRole == "spokeswoman" || finalRole == "spokesperson" { finalRole = "spokesman" }
        if finalRole == "chairwoman" || finalRole == "chairperson" || finalRole == "chair" { finalRole = "chairman" }
        if let synonym = TitleLexicon.roleSynonyms[finalRole] { finalRole = synonym }
        if finalRole == "vice" { finalRole = "vice president" }
        if qualifiers.contains("vice") && finalRole == "president" { finalRole = "vice president"; qualifiers.removeAll { $0 == "vice" } }
        if finalRole == "general secretary" { organization = organization == "party" ? nil : organization }
        if organization == "party" && (finalRole == "chief" || finalRole == "leader" || finalRole == "secretary") { finalRole = "general secretary"; organization = nil }
        // The family of posts one person holds one of at a time; a cabinet post only with its portfolio.
        let family = finalRole == "cabinet" && portfolio == nil ? nil : TitleLexicon.officeFamilies[finalRole]
        return Office(role: finalRole, portfolio: portfolio, organization: organization, jurisdiction: jurisdiction, qualifiers: Array(Set(qualifiers)).sorted(), family: family)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }

    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
