extension Unicode.Scalar {
    /// `properties.isAlphabetic`, answered for ASCII without the Unicode property tables (the
    /// look-up was a tenth of comparing a large set: every letter of every sentence read).
    var isAlphabeticScalar: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }
}
