/// Words that write numbers, hedge them, scale them and say what they measure. Folded lowercase.
public enum NumberWords {
    /// Vague plurals as intervals: `dozens` → [24, 199], `hundreds`, `thousands`, `millions`.
    /// `tens of thousands` and `hundreds of thousands` are read by the scanner from these.
    public static let vaguePlurals: [String: (low: Double, high: Double)] = [
        "dozens": (24, 199), "scores": (40, 199), "hundreds": (200, 999), "thousands": (2_000, 9_999),
        "millions": (2_000_000, 9_999_999), "billions": (2_000_000_000, 9_999_999_999),
    ]

    /// A hedge before a figure and the interval it makes of value `v`.
    public enum Hedge: Sendable, Equatable {
        /// `at least`, `more than`, `over`, `upwards of`: [v, ∞).
        case atLeast
        /// `up to`, `as many as`, `fewer than`, `at most`, `under`: [0, v].
        case atMost
        /// `nearly`, `almost`, `just under`: [0.9 v, v].
        case nearly
        /// `about`, `around`, `some`, `roughly`, `approximately`, `an estimated`: [0.9 v, 1.1 v].
        case about
    }

    /// Hedges of one or two words, longest first when scanning.
    public static let hedges: [[String]: Hedge] = [
        ["at", "least"]: .atLeast, ["more", "than"]: .atLeast, ["over"]: .atLeast, ["upwards", "of"]: .atLeast,
        ["in", "excess", "of"]: .atLeast, ["no", "fewer", "than"]: .atLeast, ["no", "less", "than"]: .atLeast,
        ["up", "to"]: .atMost, ["as", "many", "as"]: .atMost, ["as", "much", "as"]: .atMost, ["fewer", "than"]: .atMost,
        ["less", "than"]: .atMost, ["at", "most"]: .atMost, ["under"]: .atMost,
        ["nearly"]: .nearly, ["almost"]: .nearly, ["just", "under"]: .nearly, ["close", "to"]: .nearly,
        ["about"]: .about, ["around"]: .about, ["some"]: .about, ["roughly"]: .about, ["approximately"]: .about,
        ["an", "estimated"]: .about, ["estimated"]: .about, ["approx"]: .about, ["circa"]: .about,
    ]

    /// Hedges written after a figure (`60 or more votes`, `a dozen or so`), in the order tried.
    public static let postHedges: [([String], Hedge)] = [
        (["or", "more"], .atLeast), (["or", "fewer"], .atMost), (["or", "less"], .atMost), (["or", "so"], .about),
    ]

    /// A unit as written → its base unit and the factor to it: lengths to metres, speeds to
    /// km/h, masses to kilograms, durations to months (sentences and terms read best so), areas to square kilometres,
    /// data sizes to gigabytes and clock rates to gigahertz (`4GB`, `1.7GHz`).
    public static let units: [String: (base: String, factor: Double)] = {
        var table: [String: (String, Double)] = [:]
        for word in ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"] { table[word] = ("m", 1_000) }
        for word in ["m", "metre", "metres", "meter", "meters"] { table[word] = ("m", 1) }
        for word in ["cm", "centimetre", "centimetres", "centimeter", "centimeters"] { table[word] = ("m", 0.01) }
        for word in ["mile", "miles", "mi"] { table[word] = ("m", 1_609.344) }
        for word in ["ft", "foot", "feet"] { table[word] = ("m", 0.3048) }
        for word in ["inch", "inches"] { table[word] = ("m", 0.0254) }
        for word in ["yard", "yards", "yd"] { table[word] = ("m", 0.9144) }
        for word in ["mph"] { table[word] = ("km/h", 1.609344) }
        for word in ["km/h", "kph", "kmh", "kmph"] { table[word] = ("km/h", 1) }
        for word in ["knot", "knots", "kt", "kts"] { table[word] = ("km/h", 1.852) }
        for word in ["kg", "kilogram", "kilograms", "kilo", "kilos"] { table[word] = ("kg", 1) }
        for word in ["tonne", "tonnes", "ton", "tons", "t"] { table[word] = ("kg", 1_000) }
        for word in ["lb", "lbs"] { table[word] = ("kg", 0.45359237) }
        for word in ["day", "days"] { table[word] = ("month", 1 / 30.4375) }
        for word in ["week", "weeks"] { table[word] = ("month", 7 / 30.4375) }
        for word in ["month", "months"] { table[word] = ("month", 1) }
        for word in ["year", "years"] { table[word] = ("month", 12) }
        for word in ["decade", "decades"] { table[word] = ("month", 120) }
        for word in ["hour", "hours", "hr", "hrs"] { table[word] = ("month", 1 / 730.5) }
        for word in ["minute", "minutes", "min", "mins"] { table[word] = ("month", 1 / 43_830) }
        for word in ["sq km", "km2", "km²"] { table[word] = ("km2", 1) }
        for word in ["hectare", "hectares", "ha"] { table[word] = ("km2", 0.01) }
        for word in ["acre", "acres"] { table[word] = ("km2", 0.004046856) }
        // Data sizes and clock rates, in the unit specifications are mostly written in.
        for word in ["kb", "kilobyte", "kilobytes"] { table[word] = ("GB", 0.000001) }
        for word in ["mb", "megabyte", "megabytes"] { table[word] = ("GB", 0.001) }
        for word in ["gb", "gigabyte", "gigabytes"] { table[word] = ("GB", 1) }
        for word in ["tb", "terabyte", "terabytes"] { table[word] = ("GB", 1_000) }
        for word in ["mhz", "megahertz"] { table[word] = ("GHz", 0.001) }
        for word in ["ghz", "gigahertz"] { table[word] = ("GHz", 1) }
        return table.mapValues { (base: $0.0, factor: $0.1) }
    }()

    /// Verb stems → the measure a count of people takes from them: `killed` → deaths.
    public static let outcomeStems: [(stem: String, measure: String)] = [
        ("kill", "deaths"), ("die", "deaths"), ("died", "deaths"), ("dead", "deaths"), ("death", "deaths"),
        ("perish", "deaths"), ("fatalit", "deaths"), ("drown", "deaths"),
        ("injur", "injured"), ("hurt", "injured"), ("wound", "injured"),
        ("missing", "missing"), ("unaccounted", "missing"),
        ("arrest", "arrested"), ("detain", "arrested"),
        ("evacuat", "evacuated"), ("fled", "evacuated"), ("flee", "evacuated"), ("displac", "displaced"),
        ("rescu", "rescued"), ("hospitali", "hospitalized"), ("charg", "charged"), ("convict", "convicted"),
        ("voted", "voters"),
    ]

    /// The measure an outcome word names, if it is one (`killing` → deaths, `injured` → injured).
    public static func outcome(_ word: String) -> String? {
        for (stem, measure) in outcomeStems where word.hasPrefix(stem) {
            // `die` must not match `diesel`, `dead` not `deadline`.
            if stem == "die" && !(word == "die" || word == "dies" || word == "dying") { continue }
            if stem == "dead" && word != "dead" { continue }
            if stem == "death" && !(word == "death" || word == "deaths") { continue }
            if stem == "charg" && !word.hasPrefix("charged") { continue }
            return measure
        }
        return nil
    }

    /// Phrases that name a measure outright after a count: `without power` → power outages.
    public static let measurePhrases: [[String]: String] = [
        ["without", "power"]: "power outages", ["without", "electricity"]: "power outages",
        ["lost", "power"]: "power outages", ["left", "their", "homes"]: "evacuated",
    ]

    /// A cardinal word, with hyphenated compounds: `three` → 3, `twenty-five` → 25.
    public static func cardinal(_ word: String) -> Double? {
        if let value = cardinals[word] { return value }
        // Asked of most words: without a hyphen there is no compound to split.
        guard word.utf8.contains(0x2D) else { return nil }
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2, let tens = cardinals[parts[0]], tens >= 20, tens.truncatingRemainder(dividingBy: 10) == 0,
           let ones = cardinals[parts[1]], ones >= 1, ones <= 9 {
            return tens + ones
        }
        return nil
    }

    /// An ordinal word, with compounds: `third` → 3, `twenty-first` → 21.
    public static func ordinal(_ word: String) -> Double? {
        if let value = ordinals[word] { return value }
        guard word.utf8.contains(0x2D) else { return nil }
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2, let tens = cardinals[parts[0]], tens >= 20, let ones = ordinals[parts[1]], ones <= 9 {
            return tens + ones
        }
        return nil
    }
}
