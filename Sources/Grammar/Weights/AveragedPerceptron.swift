/// A multiclass perceptron under training, with weight averaging (Daumé's trick: keep the
/// weights `w` and `u = Σ c·δ`; the average is `w - u / c`).
///
/// Rows are created only for features that take part in an update, so memory follows the
/// mistakes, not the feature space.
public struct AveragedPerceptron: Sendable {
    public let classCount: Int
    public private(set) var table = FeatureTable(capacity: 1 << 16)
    private var weights: [Float] = []
    private var totals: [Float] = []
    /// Updates so far (the `c` of the average), starting at 1.
    public private(set) var clock: Float = 1

    public init(classCount: Int) { self.classCount = classCount }

    /// Current (not averaged) scores of every class; absent features add nothing.
    public func score(_ keys: [UInt64], into scores: inout [Float]) {
        for index in 0..<classCount { scores[index] = 0 }
        weights.withUnsafeBufferPointer { weights in
            scores.withUnsafeMutableBufferPointer { scores in
                for key in keys {
                    let row = table.find(key)
                    if row < 0 { continue }
                    let base = row * classCount
                    for cls in 0..<classCount { scores[cls] += weights[base + cls] }
                }
            }
        }
    }

    /// One training example done: advances the averaging clock.
    public mutating func tick() { clock += 1 }

    /// Moves the weights of `keys` towards `truth` and away from `guess`.
    public mutating func update(_ keys: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for key in keys {
            let row = table.insert(key)
            if row * classCount >= weights.count {
                weights.append(contentsOf: repeatElement(0, count: classCount))
                totals.append(contentsOf: repeatElement(0, count: classCount))
            }
            let base = row * classCount
            weights[base + truth] += 1
            totals[base + truth] += clock
            weights[base + guess] -= 1
            totals[base + guess] -= clock
        }
    }

    /// Adds `delta` to class `cls` of every key (one side of an update whose two sides have
    /// different features).
    public mutating func adjust(_ keys: [UInt64], class cls: Int, by delta: Float) {
        for key in keys {
            let row = table.insert(key)
            if row * classCount >= weights.count {
                weights.append(contentsOf: repeatElement(0, count: classCount))
                totals.append(contentsOf: repeatElement(0, count: classCount))
            }
            weights[row * classCount + cls] += delta
            totals[row * classCount + cls] += delta * clock
        }
    }

    /// The averaged weights of `key`'s row, or nil.
    public func averaged(row: Int) -> [Float] {
        let base = row * classCount
        return (0..<classCount).map { weights[base + $0] - totals[base + $0] / clock }
    }

    /// Averaged, pruned and quantised: entries whose magnitude is below `threshold` are dropped.
    public func export(threshold: Float, classOffset: Int = 0) -> [UInt64: [(cls: Int, weight: Float)]] {
        var result: [UInt64: [(cls: Int, weight: Float)]] = [:]
        for (row, key) in table.rowKeys.enumerated() {
            let values = averaged(row: row)
            var kept: [(cls: Int, weight: Float)] = []
            for (cls, value) in values.enumerated() where abs(value) >= threshold { kept.append((cls + classOffset, value)) }
            if !kept.isEmpty { result[key] = kept }
        }
        return result
    }
}
