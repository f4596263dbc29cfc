/// SplitMix64: a small, fast generator whose sequence is fixed by its seed on every platform.
/// Swift's `Hasher` and `SystemRandomNumberGenerator` are not used anywhere in the benchmark:
/// the same seed gives the same edits and the same bytes.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one purpose (a set and an edit kind), independent of every other one:
    /// adding a set or a kind does not change the edits of the others.
    init(seed: UInt64, _ parts: String...) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0x1f
            hash = hash &* 0x100_0000_01b3
        }
        state = hash
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }

    /// One element, or nil when there is none.
    mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[below(items.count)] }

    /// The first `count` elements of a seeded shuffle (Fisher–Yates).
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var items = items
        let taken = min(count, items.count)
        for index in 0..<taken {
            let other = index + below(items.count - index)
            items.swapAt(index, other)
        }
        return Array(items.prefix(taken))
    }
}
