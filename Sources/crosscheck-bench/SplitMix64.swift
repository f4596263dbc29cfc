/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, well-mixed generator. Every corpus
/// the bench makes comes from one seed through this, so the same seed gives the same bytes
/// on every machine and toolchain (no `SystemRandomNumberGenerator`, no `Hasher`).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0). Multiply-shift: no modulo bias worth
    /// measuring here, and identical on every platform.
    mutating func below(_ bound: Int) -> Int {
        Int(UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True with probability `percent` in 100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A derived generator for a sub-stream (one per set, one per article), so changing how
    /// many numbers one article draws never shifts every later article.
    mutating func fork(_ salt: UInt64) -> SplitMix64 { SplitMix64(seed: next() ^ (salt &* 0xD6E8_FEB8_6659_FD93)) }
}
