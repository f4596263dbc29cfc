/// One token of a body text, with its scalar offsets.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits, inner hyphens or apostrophes: `Kowalska`, `C-130`, `O'Brien`, `U.S.`.
        case word
        /// Digits, possibly with separators and a suffix: `1,300`, `2.5`, `30th`, `300m`.
        case number
        /// The possessive ending `'s` or `’s`.
        case possessive
        /// Any other single character: `,` `.` `“` `(` `–`.
        case punct
        /// A line break: a hard boundary.
        case newline
    }

    public var kind: Kind
    public var start: Int
    public var end: Int
    public var text: String
    /// White space stands between this token and the previous one.
    public var spaceBefore: Bool

    public init(kind: Kind, start: Int, end: Int, text: String, spaceBefore: Bool) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.spaceBefore = spaceBefore
    }

    /// First letter uppercase: `Kowalska`, `US`, `Đặng`.
    public var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        if first.isASCII { return first.value >= 65 && first.value <= 90 }
        return first.properties.isUppercase
    }

    /// Every letter uppercase and at least two letters: `NATO`, `US`, `U.S.`.
    public var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    public var lower: String { text.lowercased() }

    public func isPunct(_ character: Unicode.Scalar) -> Bool {
        kind == .punct && text.unicodeScalars.first == character
    }

    /// A single uppercase letter, the shape of an initial (`J` of `J. R. Smith`).
    public var isInitialLetter: Bool {
        kind == .word && text.unicodeScalars.count == 1 && isCapitalized
    }
}
