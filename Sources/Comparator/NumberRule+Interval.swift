import ClaimModel

/// The interval arithmetic of `NumberRule`: a figure's stored value read as an interval, and
/// whether two intervals meet within a tolerance.
extension NumberRule {
    /// Intervals overlap, or the gap between them is within `tolerance` of the larger finite bound.
    static func overlaps(_ aLow: Double, _ aHigh: Double, _ bLow: Double, _ bHigh: Double, _ tolerance: Double) -> Bool {
        let gap = max(aLow - bHigh, bLow - aHigh)
        if gap <= 0 { return true }
        let scale = [aLow, aHigh, bLow, bHigh].filter { $0.isFinite }.map(abs).max() ?? 0
        return gap <= tolerance * scale
    }

    /// `12` → [12, 12]; `[12,∞)` → [12, ∞); `[30,40]` → [30, 40].
    static func interval(_ value: String) -> (Double, Double)? {
        if let single = Double(value) { return (single, single) }
        guard value.hasPrefix("[") else { return nil }
        let inner = value.dropFirst().dropLast()
        let parts = inner.split(separator: ",").map(String.init)
        guard parts.count == 2, let low = Double(parts[0]) else { return nil }
        if parts[1] == "∞" { return (low, .infinity) }
        guard let high = Double(parts[1]) else { return nil }
        return (low, high)
    }
}
