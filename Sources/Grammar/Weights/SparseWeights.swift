/// The inference form of a perceptron: per feature, the classes it votes for and by how much.
///
/// Weights are quantised to `Int16` with one scale per model and pruned of small entries.
/// Features sit in an open-addressing table (`FeatureTable`'s hashing and probing): slot `s`
/// is one 64-bit word, the feature's 32-bit fingerprint (0 for an empty slot), then a byte
/// splitting its votes into segments (below), then the 24-bit start of its votes, which end
/// where slot `s + 1`'s start (one extra slot closes the table). A vote is one 32-bit word,
/// the weight above the class byte, in class order. A feature costs one cache line for its
/// slot and one for its votes.
///
/// Segments: the parser's classes are three moves, then the labels of a left arc, then those
/// of a right arc (`boundaries` 3 and 3 + labels). Its split byte holds how many of a
/// feature's votes are moves (2 bits) and left labels (6 bits), so a step adds the move votes
/// alone, and the label votes of one direction only when it makes an arc.
public struct SparseWeights: Sendable {
    public let classCount: Int
    public let slots: [UInt64]
    public let votes: [UInt32]

    public init(classCount: Int, slots: [UInt64], votes: [UInt32]) {
        self.classCount = classCount
        self.slots = slots
        self.votes = votes
    }

    /// Whether the arrays fit together (checked on loading in constant time: scoring clamps
    /// each vote range to the array and scores into 256 classes, so a damaged file can give
    /// wrong scores but never read out of bounds; a lookup ends because a slot is empty).
    public var isConsistent: Bool {
        slots.count >= 17 && classCount <= Self.scoreWidth && votes.count < 1 << 24 && slots.dropLast().contains { $0 >> 32 == 0 }
    }

    /// The length of a score buffer: every class a byte can name.
    public static let scoreWidth = 256

    /// Features with at least one vote.
    public var featureCount: Int { slots.dropLast().reduce(0) { $0 + ($1 >> 32 == 0 ? 0 : 1) } }

    /// Votes over all features.
    public var voteCount: Int { votes.count }

    @inline(__always)
    static func vote(class cls: Int, weight: Int16) -> UInt32 { UInt32(UInt16(bitPattern: weight)) << 16 | UInt32(cls) }

    /// Looks every key up. `found[i]` gets key `i`'s slot word without its fingerprint (split
    /// byte and start) and, above, the end of its votes; 0 when the key is absent.
    ///
    /// The work goes in phases over all keys, so that the cache misses of different features
    /// overlap instead of queueing (a lookup is memory bound): home slots first, then probes.
    @inline(__always)
    public func resolve(_ keys: UnsafeBufferPointer<UInt64>, into found: UnsafeMutablePointer<UInt64>) {
        let n = keys.count
        slots.withUnsafeBufferPointer { slots in
            let capacity = slots.count - 1
            for i in 0..<n { found[i] = slots[FeatureTable.home(keys[i], capacity)] }
            let total = UInt64(votes.count)
            for i in 0..<n {
                let key = keys[i]
                let print = UInt64(FeatureTable.fingerprint(key))
                var slot = FeatureTable.home(key, capacity)
                var stored = found[i]
                while stored >> 32 != print && stored >> 32 != 0 {
                    slot += 1
                    if slot == capacity { slot = 0 }
                    stored = slots[slot]
                }
                found[i] = stored >> 32 == 0 ? 0 : min(slots[slot + 1] & 0xFF_FFFF, total) << 32 | stored & 0xFFFF_FFFF
            }
        }
    }

    /// Which votes of a resolved feature to add.
    public enum Segment: Sendable {
        case all, moves, leftLabels, rightLabels
    }

    /// Adds the votes in `segment` of `count` features resolved by `resolve`.
    @inline(__always)
    public func add(_ found: UnsafePointer<UInt64>, count n: Int, _ segment: Segment, into scores: UnsafeMutableBufferPointer<Int32>) {
        precondition(scores.count >= Self.scoreWidth)
        votes.withUnsafeBufferPointer { votes in
            @inline(__always) func range(_ word: UInt64) -> (Int, Int) {
                let start = Int(word & 0xFF_FFFF)
                let end = Int(word >> 32)
                let split = Int(word >> 24 & 0xFF)
                switch segment {
                case .all: return (start, end)
                case .moves: return (start, min(end, start + split & 3))
                case .leftLabels: return (start + split & 3, min(end, start + split & 3 + split >> 2))
                case .rightLabels: return (start + split & 3 + split >> 2, end)
                }
            }
            // The first vote of every feature (independent loads), then the others.
            for i in 0..<n {
                let (start, end) = range(found[i])
                if start < end {
                    let vote = votes[start]
                    scores[Int(vote & 0xFF)] &+= Int32(bitPattern: vote) >> 16
                }
            }
            for i in 0..<n {
                var (index, end) = range(found[i])
                index += 1
                while index < end {
                    let vote = votes[index]
                    scores[Int(vote & 0xFF)] &+= Int32(bitPattern: vote) >> 16
                    index += 1
                }
            }
        }
    }

    /// Adds the votes of `keys` to `scores` (which holds `scoreWidth` values).
    @inline(__always)
    public func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keys.count) { found in
            resolve(keys, into: found.baseAddress!)
            add(found.baseAddress!, count: keys.count, .all, into: scores)
        }
    }

    /// Size of the stored arrays in bytes.
    public var byteSize: Int { slots.count * 8 + votes.count * 4 }

    /// The split byte of one feature's votes (in class order) for the parser's segments.
    static func split(_ classes: [Int], boundaries: (Int, Int)?) -> UInt64 {
        guard let (moves, left) = boundaries else { return 0 }
        let moveCount = classes.filter { $0 < moves }.count
        let leftCount = classes.filter { $0 >= moves && $0 < left }.count
        precondition(moveCount < 4 && leftCount < 64, "segments too wide for the split byte")
        return UInt64(moveCount | leftCount << 2)
    }

    /// Packs averaged rows (from one or several perceptrons) into the inference form, with one
    /// `Int16` scale for all. Deterministic: rows are inserted in key order. `boundaries`
    /// (the first left-label class and the first right-label class) make the parser's segments.
    public static func pack(_ rows: [UInt64: [(cls: Int, weight: Float)]], classCount: Int, boundaries: (Int, Int)? = nil) -> SparseWeights {
        precondition(classCount <= 256, "a class must fit in one byte")
        var maxAbs: Float = 1e-6
        for entries in rows.values { for entry in entries { maxAbs = max(maxAbs, abs(entry.weight)) } }
        let scale = 32000 / maxAbs
        var quantised: [(key: UInt64, classes: [Int], weights: [Int16])] = []
        for key in rows.keys.sorted() {
            var classes: [Int] = []
            var weights: [Int16] = []
            for entry in rows[key]!.sorted(by: { $0.cls < $1.cls }) {
                let q = Int16(clamping: Int((entry.weight * scale).rounded()))
                if q != 0 { classes.append(entry.cls); weights.append(q) }
            }
            if !classes.isEmpty { quantised.append((key, classes, weights)) }
        }
        var table = FeatureTable(capacity: quantised.count)
        for item in quantised { _ = table.insert(item.key) }
        return assemble(fingerprints: table.fingerprints, classCount: classCount, boundaries: boundaries) { slot in
            let item = quantised[Int(table.rows[slot])]
            return (item.classes, item.weights)
        }
    }

    /// Slots and votes from a table's fingerprints and each occupied slot's votes.
    static func assemble(fingerprints: [UInt32], classCount: Int, boundaries: (Int, Int)?, votesOf: (Int) -> ([Int], [Int16])) -> SparseWeights {
        var slots: [UInt64] = []
        slots.reserveCapacity(fingerprints.count + 1)
        var votes: [UInt32] = []
        for slot in fingerprints.indices {
            let print = fingerprints[slot]
            let start = UInt64(votes.count)
            var split: UInt64 = 0
            if print != 0 {
                let (classes, weights) = votesOf(slot)
                split = Self.split(classes, boundaries: boundaries)
                for (cls, weight) in zip(classes, weights) { votes.append(vote(class: cls, weight: weight)) }
            }
            slots.append(UInt64(print) << 32 | split << 24 | start)
        }
        precondition(votes.count < 1 << 24, "too many votes for 24-bit starts")
        slots.append(UInt64(votes.count))
        return SparseWeights(classCount: classCount, slots: slots, votes: votes)
    }

    /// An empty model: every score is 0.
    public static func empty(classCount: Int) -> SparseWeights {
        SparseWeights(classCount: classCount, slots: Array(repeating: 0, count: 17), votes: [])
    }
}
