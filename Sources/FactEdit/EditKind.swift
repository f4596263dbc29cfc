/// What one run of the benchmark changes in one article: a fact (an edit the tool should
/// notice) or a control (a change that keeps the meaning, which the tool should not flag).
public enum EditKind: String, Codable, Sendable, CaseIterable, Comparable {
    // Edits: the fact changes.
    /// A figure: `48` → `58`, `three` → `four`.
    case number
    /// A year: `2018` → `2017`.
    case year
    /// A weekday: `Tuesday` → `Monday`.
    case weekday
    /// A month: `December` → `March`, `Dec.` → `Oct.`.
    case month
    /// An age: `Mr. X, 41,` → `45`; `41-year-old`; `aged 41`.
    case age
    /// An office before a name: `Senator X` → `Representative X`.
    case office
    /// A party: `Republican` ↔ `Democrat`, `(R-Ohio)` ↔ `(D-Ohio)`.
    case party
    /// A place: a state, country or city replaced by another of its class.
    case place
    /// A first name before a surname: `Margaret X` → `Mary X`.
    case firstName = "first-name"
    /// A quotation negated: `is` → `is not`, `no one` → `everyone`.
    case quoteNegation = "quote-negation"
    /// A word of a quotation replaced by its antonym: `right` → `wrong`.
    case quoteAntonym = "quote-antonym"
    /// A quotation given to another person named in the set.
    case quoteSpeaker = "quote-speaker"
    /// A quotation cut short (its second half dropped): caught by a new variant too.
    case quoteCut = "quote-cut"
    /// `at least 10,000` → `10,000`.
    case approximationDropped = "approx-dropped"
    /// `at least 10,000` → `at least 100,000`.
    case approximationMagnitude = "approx-magnitude"

    // Controls: the meaning is kept.
    /// `three` ↔ `3`.
    case digitsWords = "digits-words"
    /// `Senator` ↔ `Sen.`, `Governor` ↔ `Gov.`.
    case titleAbbreviation = "title-abbreviation"
    /// `U.S.` ↔ `US`.
    case usAbbreviation = "us-abbreviation"
    /// `José` → `Jose`.
    case diacritics
    /// Two adjacent paragraphs swapped.
    case paragraphOrder = "paragraph-order"
    /// `said` → `stated`.
    case speechVerb = "speech-verb"

    public var isControl: Bool {
        switch self {
        case .digitsWords, .titleAbbreviation, .usAbbreviation, .diacritics, .paragraphOrder, .speechVerb: return true
        default: return false
        }
    }

    /// A new variant also catches the edit (a quotation cut short is a variant by contract).
    public var variantCatches: Bool { self == .quoteCut }

    public static var edits: [EditKind] { allCases.filter { !$0.isControl } }
    public static var controls: [EditKind] { allCases.filter(\.isControl) }

    public var order: Int { EditKind.allCases.firstIndex(of: self)! }

    public static func < (lhs: EditKind, rhs: EditKind) -> Bool { lhs.order < rhs.order }
}
