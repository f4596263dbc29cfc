/// The parser's `SparseWeights` laid out for its steps, built when a model is loaded (the file
/// format is unchanged). Every step adds the move votes of all its features and only an arc
/// step adds label votes, so a feature's three move weights lie in its slot: a step that
/// shifts reads one cache line per feature instead of two (slot, then votes).
///
/// The table keeps the stored table's slots in the same places (same capacity, home and
/// linear probe, so the same answers), each four `UInt32` words, four to a 64-byte line: the
/// fingerprint (0 for an empty slot); the split byte above the start of the feature's label
/// votes in `labels`; the weights of moves 0 and 1 (`Int16` each, 0 for no vote, which adds
/// the same); the weight of move 2 below the number of label votes. Label votes follow the
/// table in the same memory, as the stored words (weight above bit 16, class in the low
/// byte), in class order.
public struct MoveWeights: @unchecked Sendable {
    let table: WeightMemory
    /// Where the label votes start in `table`.
    let labelStart: Int
    let capacity: Int

    public init(_ weights: SparseWeights) {
        let capacity = weights.slots.count - 1
        self.capacity = capacity
        let voteTotal = weights.votes.count
        // A feature's votes (clamped to the array), and where its label votes begin.
        @inline(__always) func votes(_ slots: UnsafeBufferPointer<UInt64>, _ s: Int) -> (start: Int, moveEnd: Int, end: Int) {
            let word = slots[s]
            let start = Int(word & 0xFF_FFFF)
            let end = max(start, min(Int(slots[s + 1] & 0xFF_FFFF), voteTotal))
            let moveEnd = min(end, start + Int(word >> 24 & 3))
            return (start, moveEnd, min(end, moveEnd + 0xFFFF))
        }
        let labelTotal = weights.slots.withUnsafeBufferPointer { slots in
            (0..<capacity).reduce(0) { total, s in
                guard slots[s] >> 32 != 0 else { return total }
                let (_, moveEnd, end) = votes(slots, s)
                return total + end - moveEnd
            }
        }
        precondition(labelTotal < 1 << 24, "too many votes for 24-bit starts")
        let labelStart = capacity * 4
        self.labelStart = labelStart
        let table = WeightMemory(count: labelStart + labelTotal)
        weights.slots.withUnsafeBufferPointer { slots in
            weights.votes.withUnsafeBufferPointer { stored in
                let words = table.words
                var next = 0
                for s in 0..<capacity {
                    let word = slots[s]
                    guard word >> 32 != 0 else { continue }
                    let (start, moveEnd, end) = votes(slots, s)
                    var moves: (Int16, Int16, Int16) = (0, 0, 0)
                    // A stored model's move votes are classes 0-2 (a damaged file's others are dropped).
                    for v in start..<moveEnd {
                        let weight = Int16(truncatingIfNeeded: Int32(bitPattern: stored[v]) >> 16)
                        switch stored[v] & 0xFF {
                        case 0: moves.0 &+= weight
                        case 1: moves.1 &+= weight
                        case 2: moves.2 &+= weight
                        default: break
                        }
                    }
                    let slot = words + 4 * s
                    slot[0] = UInt32(truncatingIfNeeded: word >> 32)
                    slot[1] = UInt32(truncatingIfNeeded: word >> 24 & 0xFF) << 24 | UInt32(next)
                    slot[2] = UInt32(UInt16(bitPattern: moves.0)) | UInt32(UInt16(bitPattern: moves.1)) << 16
                    slot[3] = UInt32(UInt16(bitPattern: moves.2)) | UInt32(end - moveEnd) << 16
                    for v in moveEnd..<end {
                        words[labelStart + next] = stored[v]
                        next += 1
                    }
                }
            }
        }
        self.table = table
    }

    /// Looks every key up. `found[i]` gets key `i`'s slot, or -1.
    ///
    /// In phases over all keys, so that the cache misses of different features overlap instead
    /// of queueing: home slots first, then one probe step of every key still unresolved per
    /// round (the same linear probe, so the same answers).
    @inline(__always)
    public func resolve(_ keys: UnsafeBufferPointer<UInt64>, into found: UnsafeMutablePointer<Int>) {
        let n = keys.count
        let words = table.words
        let capacity = capacity
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * max(1, n)) { scratch in
            let pending = scratch.baseAddress!
            let stored = pending + n
            for i in 0..<n {
                let slot = FeatureTable.home(keys[i], capacity)
                found[i] = slot
                stored[i] = Int(words[4 * slot])
            }
            var waiting = 0
            for i in 0..<n {
                let print = UInt32(truncatingIfNeeded: stored[i])
                if print == FeatureTable.fingerprint(keys[i]) { continue }
                if print == 0 { found[i] = -1; continue }
                pending[waiting] = i
                waiting += 1
            }
            while waiting > 0 {
                for p in 0..<waiting {
                    let i = pending[p]
                    var slot = found[i] + 1
                    if slot == capacity { slot = 0 }
                    found[i] = slot
                    stored[p] = Int(words[4 * slot])
                }
                var still = 0
                for p in 0..<waiting {
                    let i = pending[p]
                    let print = UInt32(truncatingIfNeeded: stored[p])
                    if print == FeatureTable.fingerprint(keys[i]) { continue }
                    if print == 0 { found[i] = -1; continue }
                    pending[still] = i
                    still += 1
                }
                waiting = still
            }
        }
    }

    /// Adds the votes in `segment` of `count` features resolved by `resolve` (the segments of
    /// `SparseWeights.add`; sums of integers, so the same scores in any order).
    @inline(__always)
    public func add(_ found: UnsafePointer<Int>, count n: Int, _ segment: SparseWeights.Segment, into scores: UnsafeMutableBufferPointer<Int32>) {
        precondition(scores.count >= SparseWeights.scoreWidth)
        let words = table.words
        if segment == .all || segment == .moves {
            var m0: Int32 = 0, m1: Int32 = 0, m2: Int32 = 0
            for i in 0..<n {
                let s = found[i]
                if s < 0 { continue }
                let slot = words + 4 * s
                let pair = slot[2]
                m0 &+= Int32(Int16(truncatingIfNeeded: pair))
                m1 &+= Int32(Int16(truncatingIfNeeded: pair >> 16))
                m2 &+= Int32(Int16(truncatingIfNeeded: slot[3]))
            }
            scores[0] &+= m0
            scores[1] &+= m1
            scores[2] &+= m2
            if segment == .moves { return }
        }
        let labels = words + labelStart
        @inline(__always) func range(_ s: Int) -> (Int, Int) {
            let slot = words + 4 * s
            let count = Int(slot[3] >> 16)
            let start = Int(slot[1] & 0xFF_FFFF)
            let left = min(count, Int(slot[1] >> 26))
            let (lower, upper) = segment == .leftLabels ? (0, left) : (segment == .rightLabels ? left : 0, count)
            return (start + lower, start + upper)
        }
        // The first label vote of every feature (independent loads), then the others.
        for i in 0..<n {
            let s = found[i]
            if s < 0 { continue }
            let (index, end) = range(s)
            if index < end {
                let vote = labels[index]
                scores[Int(vote & 0xFF)] &+= Int32(bitPattern: vote) >> 16
            }
        }
        for i in 0..<n {
            let s = found[i]
            if s < 0 { continue }
            var (index, end) = range(s)
            index += 1
            while index < end {
                let vote = labels[index]
                scores[Int(vote & 0xFF)] &+= Int32(bitPattern: vote) >> 16
                index += 1
            }
        }
    }
}
