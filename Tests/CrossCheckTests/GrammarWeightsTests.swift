import Foundation
import Grammar
import Testing

/// The packed weight layout: a feature's votes split into the parser's segments (moves, left
/// labels, right labels) must add up to exactly what adding all of them gives.
@Suite struct GrammarWeightsTests {
    /// Random rows over `3 + 2 × labels` classes, fixed seed.
    static func rows(labels: Int, features: Int, seed: UInt64) -> [UInt64: [(cls: Int, weight: Float)]] {
        var random = SplitMix(seed: seed)
        var rows: [UInt64: [(cls: Int, weight: Float)]] = [:]
        for _ in 0..<features {
            let key = random.next() | 1
            var entries: [(cls: Int, weight: Float)] = []
            for cls in 0..<(3 + 2 * labels) where random.below(3) == 0 { entries.append((cls, Float(random.below(2001) - 1000) / 100)) }
            rows[key] = entries
        }
        return rows
    }

    static func scores(_ weights: SparseWeights, _ keys: [UInt64], _ segments: [SparseWeights.Segment]) -> [Int32] {
        var found = [UInt64](repeating: 0, count: keys.count)
        var scores = [Int32](repeating: 0, count: SparseWeights.scoreWidth)
        keys.withUnsafeBufferPointer { keys in
            found.withUnsafeMutableBufferPointer { found in
                weights.resolve(keys, into: found.baseAddress!)
                scores.withUnsafeMutableBufferPointer { scores in
                    for segment in segments { weights.add(found.baseAddress!, count: keys.count, segment, into: scores) }
                }
            }
        }
        return scores
    }

    @Test(arguments: [1, 17, 50])
    func segmentsAddUpToAllVotes(labels: Int) {
        let rows = Self.rows(labels: labels, features: 300, seed: UInt64(labels))
        let weights = SparseWeights.pack(rows, classCount: 3 + 2 * labels, boundaries: (3, 3 + labels))
        var keys = Array(rows.keys.sorted().prefix(40))
        keys += [0x1234_5678_9ABC_DEF1, 0x0FED_CBA9_8765_4321]  // absent features add nothing
        let all = Self.scores(weights, keys, [.all])
        #expect(all.contains { $0 != 0 })
        #expect(Self.scores(weights, keys, [.moves, .leftLabels, .rightLabels]) == all)
        let moves = Self.scores(weights, keys, [.moves])
        #expect(Array(moves[..<3]) == Array(all[..<3]))
        #expect(moves[3...].allSatisfy { $0 == 0 })
        let left = Self.scores(weights, keys, [.leftLabels])
        #expect(Array(left[3..<(3 + labels)]) == Array(all[3..<(3 + labels)]))
        #expect(left[..<3].allSatisfy { $0 == 0 } && left[(3 + labels)...].allSatisfy { $0 == 0 })
        let right = Self.scores(weights, keys, [.rightLabels])
        #expect(Array(right[(3 + labels)...]) == Array(all[(3 + labels)...]))
        #expect(right[..<(3 + labels)].allSatisfy { $0 == 0 })
    }

    @Test func packedVotesKeepTheWeightsOrder() {
        // One feature voting +2 for class 4 and -1 for class 0: quantised to the full Int16 scale.
        let weights = SparseWeights.pack([7: [(4, 2), (0, -1)]], classCount: 5)
        let scores = Self.scores(weights, [7], [.all])
        #expect(scores[4] == 32000)
        #expect(scores[0] == -16000)
        #expect(scores[1] == 0 && scores[2] == 0 && scores[3] == 0)
        #expect(weights.featureCount == 1 && weights.voteCount == 2)
        #expect(weights.isConsistent)
    }

    static func scores(_ weights: MoveWeights, _ keys: [UInt64], _ segments: [SparseWeights.Segment]) -> [Int32] {
        var found = [Int](repeating: 0, count: keys.count)
        var scores = [Int32](repeating: 0, count: SparseWeights.scoreWidth)
        keys.withUnsafeBufferPointer { keys in
            found.withUnsafeMutableBufferPointer { found in
                weights.resolve(keys, into: found.baseAddress!)
                scores.withUnsafeMutableBufferPointer { scores in
                    for segment in segments { weights.add(found.baseAddress!, count: keys.count, segment, into: scores) }
                }
            }
        }
        return scores
    }

    /// The parser's load-time layout (move weights in the slot, label votes apart) scores every
    /// segment exactly as the stored layout, for features found at home, after a probe, or absent.
    @Test(arguments: [1, 17, 50])
    func moveLayoutScoresAsTheStoredOne(labels: Int) {
        let rows = Self.rows(labels: labels, features: 2000, seed: 100 + UInt64(labels))
        let weights = SparseWeights.pack(rows, classCount: 3 + 2 * labels, boundaries: (3, 3 + labels))
        let layout = MoveWeights(weights)
        var random = SplitMix(seed: 7)
        let present = rows.keys.sorted()
        for round in 0..<40 {
            var keys = (0..<57).map { _ in present[random.below(present.count)] }
            keys += (0..<8).map { _ in random.next() | 1 }
            for segments: [SparseWeights.Segment] in [[.all], [.moves], [.leftLabels], [.rightLabels], [.moves, .rightLabels]] {
                #expect(Self.scores(layout, keys, segments) == Self.scores(weights, keys, segments), "round \(round) \(segments)")
            }
        }
        #expect(Self.scores(layout, present, [.all]).contains { $0 != 0 })
    }
}
