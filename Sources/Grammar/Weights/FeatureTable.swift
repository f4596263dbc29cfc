/// Open-addressing map from a 64-bit feature key (never 0) to a dense row number.
///
/// The home slot comes from the key's low 32 bits (multiply-shift, so any capacity works); the
/// slot stores a 32-bit fingerprint from its high bits (never 0; 0 marks an empty slot) and
/// the row. Tables are at most 70% full; lookups probe linearly. The two slot arrays are what the model file stores, so
/// loading is a bulk copy. A table being built also keeps each row's full key, to grow.
public struct FeatureTable: Sendable {
    public private(set) var fingerprints: [UInt32]
    public private(set) var rows: [UInt32]
    public private(set) var count: Int
    /// Full key of each row, in row order; empty for a table read from a model file.
    public private(set) var rowKeys: [UInt64] = []

    public init(capacity: Int = 1024) {
        let size = Self.size(for: capacity)
        fingerprints = Array(repeating: 0, count: size)
        rows = Array(repeating: 0, count: size)
        count = 0
    }

    static func size(for count: Int) -> Int { max(16, (count * 10 + 6) / 7) }

    /// Rebuilds a table from stored arrays (model loading). Nil when they are inconsistent:
    /// a table must keep an empty slot, or a lookup would not end.
    public init?(fingerprints: [UInt32], rows: [UInt32], count: Int) {
        guard fingerprints.count == rows.count, fingerprints.count >= 16, fingerprints.count < 1 << 32,
            count * 10 <= fingerprints.count * 7, fingerprints.contains(0) else { return nil }
        self.fingerprints = fingerprints
        self.rows = rows
        self.count = count
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 32) | 1 }

    @inline(__always)
    static func home(_ key: UInt64, _ capacity: Int) -> Int { Int(((key & 0xFFFF_FFFF) &* UInt64(capacity)) >> 32) }

    /// The slot holding `key`, or -1.
    @inline(__always)
    static func slot(of key: UInt64, in slots: UnsafeBufferPointer<UInt32>) -> Int {
        let print = fingerprint(key)
        let capacity = slots.count
        var slot = home(key, capacity)
        while true {
            let stored = slots[slot]
            if stored == print { return slot }
            if stored == 0 { return -1 }
            slot += 1
            if slot == capacity { slot = 0 }
        }
    }

    /// The row of `key`, or -1.
    @inline(__always)
    public func find(_ key: UInt64) -> Int {
        let slot = fingerprints.withUnsafeBufferPointer { Self.slot(of: key, in: $0) }
        return slot < 0 ? -1 : Int(rows[slot])
    }

    /// The row of `key`, inserting it with the next free row number when absent.
    public mutating func insert(_ key: UInt64) -> Int {
        if (count + 1) * 10 > fingerprints.count * 7 { grow() }
        let print = Self.fingerprint(key)
        let capacity = fingerprints.count
        var slot = Self.home(key, capacity)
        while true {
            let stored = fingerprints[slot]
            if stored == print { return Int(rows[slot]) }
            if stored == 0 {
                fingerprints[slot] = print
                rows[slot] = UInt32(count)
                rowKeys.append(key)
                count += 1
                return count - 1
            }
            slot += 1
            if slot == capacity { slot = 0 }
        }
    }

    private mutating func grow() {
        precondition(rowKeys.count == count, "a table read from a model file does not grow")
        let size = fingerprints.count * 2
        fingerprints = Array(repeating: 0, count: size)
        rows = Array(repeating: 0, count: size)
        for (row, key) in rowKeys.enumerated() {
            var slot = Self.home(key, size)
            while fingerprints[slot] != 0 { slot = slot + 1 == size ? 0 : slot + 1 }
            fingerprints[slot] = Self.fingerprint(key)
            rows[slot] = UInt32(row)
        }
    }

    /// The same keys, each row number `r` replaced by `values[r]`.
    public func remapped(_ values: [Int]) -> FeatureTable {
        var copy = self
        for slot in copy.fingerprints.indices where copy.fingerprints[slot] != 0 { copy.rows[slot] = UInt32(values[Int(copy.rows[slot])]) }
        copy.rowKeys = []
        return copy
    }

    public var byteSize: Int { fingerprints.count * 8 }
}
