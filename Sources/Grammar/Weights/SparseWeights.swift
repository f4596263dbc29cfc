/// The inference form of a perceptron: per feature, the classes it votes for and by how much.
///
/// Weights are quantised to `Int16` with one scale per model and pruned of small entries. The
/// feature slots are a `FeatureTable`'s fingerprints; slot `s` owns the entries
/// `slotStart[s]..<slotStart[s + 1]` of `classes` (one byte) and `weights` (two bytes), so a
/// feature costs 8 bytes of index and a vote 3 bytes.
public struct SparseWeights: Sendable {
    public let classCount: Int
    public let fingerprints: [UInt32]
    public let slotStart: [UInt32]
    public let classes: [UInt8]
    public let weights: [Int16]

    public init(classCount: Int, fingerprints: [UInt32], slotStart: [UInt32], classes: [UInt8], weights: [Int16]) {
        self.classCount = classCount
        self.fingerprints = fingerprints
        self.slotStart = slotStart
        self.classes = classes
        self.weights = weights
    }

    /// Whether the arrays fit together (checked on loading in constant time: scoring clamps
    /// each entry range to the arrays and scores into 256 classes, so a damaged file can give
    /// wrong scores but never read out of bounds; a lookup ends because a slot is empty).
    public var isConsistent: Bool {
        fingerprints.count >= 16 && slotStart.count == fingerprints.count + 1 && classes.count == weights.count
            && classCount <= Self.scoreWidth && fingerprints.contains(0)
    }

    /// The length of a score buffer: every class a byte can name.
    public static let scoreWidth = 256

    /// Features with at least one vote.
    public var featureCount: Int { fingerprints.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

    /// Adds the votes of `keys` to `scores` (which holds `scoreWidth` values).
    @inline(__always)
    public func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        precondition(scores.count >= Self.scoreWidth)
        fingerprints.withUnsafeBufferPointer { slots in
            slotStart.withUnsafeBufferPointer { starts in
                classes.withUnsafeBufferPointer { classes in
                    weights.withUnsafeBufferPointer { weights in
                        for key in keys {
                            let slot = FeatureTable.slot(of: key, in: slots)
                            if slot < 0 { continue }
                            var index = Int(starts[slot])
                            let end = min(Int(starts[slot + 1]), classes.count)
                            while index < end {
                                scores[Int(classes[index])] &+= Int32(weights[index])
                                index += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Size of the stored arrays in bytes.
    public var byteSize: Int { fingerprints.count * 4 + slotStart.count * 4 + classes.count * 3 }

    /// Packs averaged rows (from one or several perceptrons) into the inference form, with one
    /// `Int16` scale for all. Deterministic: rows are inserted in key order.
    public static func pack(_ rows: [UInt64: [(cls: Int, weight: Float)]], classCount: Int) -> SparseWeights {
        precondition(classCount <= 256, "a class must fit in one byte")
        var maxAbs: Float = 1e-6
        for entries in rows.values { for entry in entries { maxAbs = max(maxAbs, abs(entry.weight)) } }
        let scale = 32000 / maxAbs
        var quantised: [(key: UInt64, votes: [(UInt8, Int16)])] = []
        for key in rows.keys.sorted() {
            let votes = rows[key]!.sorted { $0.cls < $1.cls }.compactMap { entry -> (UInt8, Int16)? in
                let q = Int16(clamping: Int((entry.weight * scale).rounded()))
                return q == 0 ? nil : (UInt8(entry.cls), q)
            }
            if !votes.isEmpty { quantised.append((key, votes)) }
        }
        var table = FeatureTable(capacity: quantised.count)
        for item in quantised { _ = table.insert(item.key) }
        let fingerprints = table.fingerprints
        var slotStart: [UInt32] = [0]
        slotStart.reserveCapacity(fingerprints.count + 1)
        var classes: [UInt8] = []
        var weights: [Int16] = []
        for slot in fingerprints.indices {
            if fingerprints[slot] != 0 {
                for (cls, weight) in quantised[Int(table.rows[slot])].votes {
                    classes.append(cls)
                    weights.append(weight)
                }
            }
            slotStart.append(UInt32(classes.count))
        }
        return SparseWeights(classCount: classCount, fingerprints: fingerprints, slotStart: slotStart, classes: classes, weights: weights)
    }

    /// An empty model: every score is 0.
    public static func empty(classCount: Int) -> SparseWeights {
        SparseWeights(classCount: classCount, fingerprints: Array(repeating: 0, count: 16), slotStart: Array(repeating: 0, count: 17), classes: [], weights: [])
    }
}
