/// Where a place lies, level by level: the country, state (or province) and city it is in or
/// is. A `place` claim carries them in its `value` slot (`city=Philadelphia;country=United
/// States`), so the comparator can tell containment (`Philadelphia` inside `United States`) from
/// rival places (`Philadelphia` against `Seattle`) without a gazetteer of its own.
///
/// A level is filled only when the extractor knows it: from its gazetteer, or from the text
/// (`Ashland, Va.` gives the state). An unknown level never decides anything.
public struct PlaceLevels: Hashable, Sendable {
    /// Levels from largest to smallest. Two places of one event that name different values at
    /// one level cannot both hold.
    public enum Level: String, CaseIterable, Sendable {
        case country
        case state
        case city
    }

    public private(set) var values: [Level: String] = [:]

    public init(_ values: [Level: String] = [:]) {
        for (level, value) in values where !value.isEmpty { self.values[level] = value }
    }

    public subscript(level: Level) -> String? {
        get { values[level] }
        set { values[level] = newValue.flatMap { $0.isEmpty ? nil : $0 } }
    }

    public var isEmpty: Bool { values.isEmpty }

    /// `city=Philadelphia;country=United States`: smallest level first, levels in a fixed order.
    public var encoded: String {
        Level.allCases.reversed().compactMap { level in values[level].map { "\(level.rawValue)=\($0)" } }.joined(separator: ";")
    }

    /// Reads `encoded`; unknown levels and malformed parts are skipped.
    public init(encoded: String) {
        for part in encoded.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, let level = Level(rawValue: pair[0]) else { continue }
            self[level] = pair[1]
        }
    }

    /// The first level, largest first, at which both places are known and differ (folded):
    /// where they cannot both hold. Nil when every shared level agrees.
    public func firstDifference(_ other: PlaceLevels) -> Level? {
        Level.allCases.first { level in
            guard let a = values[level], let b = other.values[level] else { return false }
            return Folding.fold(a) != Folding.fold(b)
        }
    }
}

extension PlaceLevels {
    /// The `verb` slot of a place claim read from a dateline (`WASHINGTON —`): where the
    /// article was filed, not where an event happened.
    public static let datelineVerb = "dateline"

    public static func isDateline(_ claim: Claim) -> Bool { claim.kind == .place && claim.slots.verb == datelineVerb }

    /// The `verb` slot of a place claim named in a fact's frame (`Ohio passed`, `the Russia
    /// investigation`, `a Seattle woman`), not where an event happened.
    public static let mentionVerb = "mention"

    public static func isMention(_ claim: Claim) -> Bool { claim.kind == .place && claim.slots.verb == mentionVerb }

    /// A place claim that says where an event happened: neither a dateline nor a mention.
    public static func isEventPlace(_ claim: Claim) -> Bool { !isDateline(claim) && !isMention(claim) }
}
