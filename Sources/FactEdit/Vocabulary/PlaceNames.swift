import ClaimModel

/// Place names the place edit recognises and writes, by class: a state is replaced by a
/// state, a country by a country, a city by a city. A general gazetteer of well-known names.
enum PlaceNames {
    enum PlaceClass: String, Sendable { case state, country, city }

    static let states = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    ]

    static let countries = [
        "Afghanistan", "Argentina", "Australia", "Austria", "Belgium", "Brazil", "Canada", "Chile", "China",
        "Colombia", "Cuba", "Denmark", "Egypt", "Ethiopia", "Finland", "France", "Germany", "Greece", "India",
        "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kenya", "Lebanon", "Libya",
        "Malaysia", "Mexico", "Morocco", "Netherlands", "Nigeria", "North Korea", "Norway", "Pakistan", "Peru",
        "Philippines", "Poland", "Portugal", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Spain",
        "Sweden", "Switzerland", "Syria", "Taiwan", "Thailand", "Turkey", "Ukraine", "Venezuela", "Vietnam", "Yemen",
    ]

    static let cities = [
        "Atlanta", "Austin", "Baghdad", "Baltimore", "Beijing", "Berlin", "Boston", "Cairo", "Chicago",
        "Cleveland", "Dallas", "Denver", "Detroit", "Honolulu", "Houston", "Istanbul", "Jerusalem", "Kabul",
        "Las Vegas", "London", "Los Angeles", "Madrid", "Manhattan", "Miami", "Milwaukee", "Minneapolis", "Moscow",
        "Nashville", "New Orleans", "Oakland", "Paris", "Philadelphia", "Phoenix", "Pittsburgh", "Portland", "Rome",
        "Sacramento", "San Antonio", "San Diego", "San Francisco", "San Jose", "Seattle", "Seoul", "Shanghai",
        "St. Louis", "Sydney", "Tehran", "Tokyo", "Toronto", "Tucson",
    ]

    /// Every name with its class, longest first (so `West Virginia` wins over `Virginia`),
    /// as folded words.
    static let all: [(words: [String], name: String, placeClass: PlaceClass)] = {
        var entries: [(words: [String], name: String, placeClass: PlaceClass)] = []
        for (names, placeClass) in [(states, PlaceClass.state), (countries, .country), (cities, .city)] {
            for name in names {
                let words = name.split(separator: " ").map { Folding.fold(String($0)).replacingOccurrences(of: ".", with: "") }
                entries.append((words, name, placeClass))
            }
        }
        return entries.sorted { ($0.words.count, $1.name) > ($1.words.count, $0.name) }
    }()

    static func names(of placeClass: PlaceClass) -> [String] {
        switch placeClass {
        case .state: return states
        case .country: return countries
        case .city: return cities
        }
    }
}
