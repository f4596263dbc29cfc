import ClaimModel

/// A date, partial date, interval or set of candidate dates found in a text, normalized.
public struct TemporalExpression: Sendable, Hashable {
    /// Token range in the document.
    public var tokens: Range<Int>
    /// `2025-11-02`, `2025-11`, `2025`; an interval `2025-10-27/2025-11-02`; candidates of an
    /// ambiguous day/month order `2025-03-11|2025-11-03`.
    public var value: String
    /// The weekday written with the date when the calendar disagrees (0 = Sunday), and the real one.
    public var writtenWeekday: Int?
    public var actualWeekday: Int?
    /// How the value was reached when it was not written out: `relative to published 2025-11-03`.
    public var note: String?

    public var isAmbiguous: Bool { value.contains("|") }
    public var hasWeekdayMismatch: Bool { writtenWeekday != nil && actualWeekday != nil && writtenWeekday != actualWeekday }
}
