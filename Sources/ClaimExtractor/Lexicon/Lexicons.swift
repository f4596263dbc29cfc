import ClaimModel

/// Folded look-up tables built once from the lexicon data, shared by every recognizer.
public struct Lexicons: Sendable {
    public static let shared = Lexicons()

    /// Folded country name or abbreviation → canonical country.
    public let countries: [String: String]
    /// Folded demonym → canonical country.
    public let demonyms: [String: String]
    /// Folded city → country.
    public let cities: [String: String]
    public let regions: Set<String>
    /// Folded state or province → country.
    public let states: [String: String]
    /// Folded state abbreviation without periods (`va`, `ny`) → state.
    public let stateAbbreviations: [String: String]
    /// Folded district or town → the city whose area holds it.
    public let districts: [String: String]
    public let organizationWords: Set<String>
    public let metonyms: Set<String>
    public let notNames: Set<String>
    public let givenNames: Set<String>
    public let leadingFamilyNames: Set<String>
    /// First folded word of every multi-word place, so a scanner can look ahead only when needed.
    public let placeFirstWords: Set<String>
    public let longestPlaceWords: Int
    /// Folded city or region → its name as the gazetteer spells it (cities first; of two
    /// spellings that fold alike, the first in sort order), so `place` is one look-up.
    let placeNames: [String: String]

    init() {
        func fold(_ table: [String: String]) -> [String: String] {
            var out: [String: String] = [:]
            for (key, value) in table { out[Folding.fold(key)] = value }
            return out
        }
        countries = fold(Gazetteer.countries)
        demonyms = fold(Gazetteer.demonyms)
        cities = fold(Gazetteer.cities)
        regions = Set(Gazetteer.regions.map(Folding.fold))
        states = fold(Gazetteer.states)
        stateAbbreviations = fold(Gazetteer.stateAbbreviations)
        districts = fold(Gazetteer.districts)
        organizationWords = OrganizationLexicon.words
        metonyms = Set(OrganizationLexicon.metonyms.map(Folding.fold))
        notNames = CommonWords.notNames
        givenNames = NameLexicon.givenNames
        leadingFamilyNames = NameLexicon.leadingFamilyNames
        var first = Set<String>()
        var longest = 1
        for name in Array(Gazetteer.countries.keys) + Array(Gazetteer.cities.keys) + Array(Gazetteer.regions) + Array(OrganizationLexicon.metonyms) + Array(Gazetteer.demonyms.keys) {
            let words = name.split(separator: " ")
            longest = max(longest, words.count)
            first.insert(Folding.fold(String(words[0])))
        }
        placeFirstWords = first
        var names: [String: String] = [:]
        for key in Gazetteer.cities.keys.sorted() where names[Folding.fold(key)] == nil { names[Folding.fold(key)] = key }
        for key in Gazetteer.regions.sorted() where names[Folding.fold(key)] == nil { names[Folding.fold(key)] = key }
        placeNames = names
        longestPlaceWords = longest
    }

    /// The canonical place a folded phrase names, if any: a country, demonym, city or region.
    public func place(_ folded: String) -> String? {
        if let country = countries[folded] { return country }
        if cities[folded] != nil || regions.contains(folded) { return nil ?? placeName(folded) }
        return nil
    }

    private func placeName(_ folded: String) -> String? { placeNames[folded] }

    public func isPlace(_ folded: String) -> Bool {
        countries[folded] != nil || cities[folded] != nil || regions.contains(folded) || demonyms[folded] != nil || metonyms.contains(folded)
    }

    /// Jurisdiction words that may open a title: `US`, `Vietnam`, `Vietnamese`, `British`.
    public func jurisdiction(_ folded: String) -> String? {
        countries[folded] ?? demonyms[folded]
    }
}
