import ClaimModel

/// What a run of capitalized words names, read from the gazetteer: a country, a state or
/// province, a city, a district of a city, a part of any of these (`Northeast Philadelphia`,
/// `northern Syria`), a region (`Middle East`), or a venue (`the Grand Hotel`, `the Kraft Foods
/// plant`), with the levels it lies in (`PlaceLevels`).
///
/// The whole run must be the name: `New York Times`, `Texas Rangers` and `Washington Post`
/// start with a place but name something else, so they are not places. A name the gazetteer
/// gives two kinds (`Georgia`: a country and a state; `New York`: a city and a state) keeps only
/// the levels both readings share.
struct PlaceName: Equatable {
    enum Kind: String {
        case country, state, city, district, part, region, venue
    }

    var kind: Kind
    /// The name as the gazetteer spells it (`United States` for `U.S.`), or as written.
    var name: String
    var levels: PlaceLevels

    /// Gazetteer spellings by folded key: cities, states and districts.
    static let spelled: [String: String] = {
        var names: [String: String] = [:]
        for key in (Array(Gazetteer.districts.keys) + Array(Gazetteer.cities.keys) + Array(Gazetteer.states.keys)).sorted()
        where names[Folding.fold(key)] == nil {
            names[Folding.fold(key)] = key
        }
        return names
    }()

    /// The place a folded name (words joined by spaces) stands for in the gazetteer.
    static func lookup(_ folded: String, written: String) -> PlaceName? {
        let lexicons = Lexicons.shared
        let bare = folded.replacingOccurrences(of: ".", with: "")
        let name = spelled[folded] ?? spelled[bare] ?? written
        if let city = lexicons.districts[folded] {
            var levels = PlaceLevels([.city: city])
            levels[.country] = lexicons.cities[Folding.fold(city)]
            return PlaceName(kind: .district, name: name, levels: levels)
        }
        let country = lexicons.countries[folded] ?? lexicons.countries[bare]
        let city = lexicons.cities[folded]
        let state = lexicons.states[folded]
        switch (country, state, city) {
        case (let country?, nil, nil):
            return PlaceName(kind: .country, name: country, levels: PlaceLevels([.country: country]))
        case (nil, let state?, nil):
            return PlaceName(kind: .state, name: name, levels: PlaceLevels([.state: name, .country: state]))
        case (nil, nil, let city?):
            return PlaceName(kind: .city, name: name, levels: PlaceLevels([.city: name, .country: city]))
        case (nil, let state?, let city?) where state == city:
            // `New York`: the city or the state; only the country is sure.
            return PlaceName(kind: .region, name: name, levels: PlaceLevels([.country: city]))
        case (nil, nil, nil):
            if lexicons.regions.contains(folded) {
                return PlaceName(kind: .region, name: lexicons.place(folded) ?? written, levels: PlaceLevels())
            }
            return nil
        default:
            // `Georgia`: a country and a state; nothing is sure.
            return PlaceName(kind: .region, name: name, levels: PlaceLevels())
        }
    }

    /// Reads words `range` of `doc` (capitalized, the article and any lowercase direction words
    /// before them already skipped) as a place: the whole run, a direction word and a place
    /// (`Northeast Philadelphia`), or a run ending in a venue word (`Lakeside Stadium`).
    static func read(_ doc: Document, _ range: Range<Int>) -> PlaceName? {
        guard !range.isEmpty else { return nil }
        let words = range.map { doc.folded[$0] }
        let written = doc.text(range)
        // Folded as written, so `St. Louis` keeps its period beside `St`.
        let key = { (text: String) in Folding.fold(text).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }
        if let place = lookup(key(written), written: written) { return place }
        if words.count >= 2, PlaceRecognizer.directions.contains(words[0]) {
            let rest = doc.text((range.lowerBound + 1)..<range.upperBound)
            if let whole = lookup(key(rest), written: rest), whole.kind != .venue { return part(of: whole, written: written) }
        }
        if words.count >= 2, let last = words.last, PlaceRecognizer.venueHeads.contains(last) {
            return PlaceName(kind: .venue, name: written, levels: PlaceLevels())
        }
        return nil
    }

    /// `northern Syria`, `Northeast Philadelphia`: inside `whole`, at its levels.
    static func part(of whole: PlaceName, written: String) -> PlaceName {
        PlaceName(kind: .part, name: written, levels: whole.levels)
    }

    /// A state written after a town and a comma (`Va.`, `California`), folded without periods.
    static func state(_ folded: String) -> String? {
        let bare = folded.replacingOccurrences(of: ".", with: "")
        if let state = Lexicons.shared.stateAbbreviations[bare] { return state }
        if Lexicons.shared.states[bare] != nil, Lexicons.shared.countries[bare] == nil { return spelled[bare] }
        return nil
    }
}
