/// Greedy arc-hybrid dependency parser. One averaged perceptron scores the three moves and,
/// for an arc, its relation (classes `3 + direction × labels + label`), so a step costs one
/// pass over its features. It takes the best move, then that arc's best relation; a joint
/// parser (`XCGRAM04`, trained with `ParserTrainer.joint`) the move and relation with the
/// highest sum of both.
/// Linear time; always returns a tree with one root word.
public struct Parser: Sendable {
    public let labels: [String]
    public let weights: SparseWeights
    /// `weights` laid out for the steps (built here; see `MoveWeights`).
    let lookup: MoveWeights
    /// Whether a move is chosen together with its relation (the move's votes plus its best
    /// relation's), as the parser was trained; otherwise by its move votes alone.
    public var joint = false
    /// Tags that take no dependents (`PUNCT`, set by `GrammarModel`): an arc headed by such a
    /// word is taken only when no other move is possible. Empty: no restriction.
    public var leafTags: [Bool] = []
    /// Per tag, the label a root word of that tag takes when its largest dependent replaces it
    /// as the root (`RootRepair`; -1: the tag may be the root). Empty: no repair.
    public var demotedRoot: [Int] = []

    public init(labels: [String], weights: SparseWeights, joint: Bool = false) {
        self.labels = labels
        self.weights = weights
        lookup = MoveWeights(weights)
        self.joint = joint
    }

    public var classCount: Int { 3 + 2 * labels.count }

    /// The first left-arc label class and the first right-arc label class (`SparseWeights` segments).
    static func boundaries(_ labelCount: Int) -> (Int, Int) { (3, 3 + labelCount) }

    /// Heads (1-based, 0 for the root) and relation indices for one sentence.
    ///
    /// A step looks its features up once, adds their move votes, and adds label votes only
    /// for an arc, of that arc's direction (same scores as adding every vote).
    public func parse(_ words: [Lexeme], tags: [Int]) -> (heads: [Int], relations: [Int]) {
        let n = words.count
        guard n > 0 else { return ([], []) }
        var keys = [UInt64](repeating: 0, count: ParserFeatures.count)
        var found = [Int](repeating: 0, count: ParserFeatures.count)
        var scores = [Int32](repeating: 0, count: SparseWeights.scoreWidth)
        let labelCount = labels.count
        // Per word (1-based, 0 the root): whether it may not head an arc.
        var leaf = [Bool](repeating: false, count: n + 1)
        if !leafTags.isEmpty { for i in 0..<n where tags[i] >= 0 && tags[i] < leafTags.count { leaf[i + 1] = leafTags[tags[i]] } }
        // The state is a local of the innermost closure, not a variable the closures capture:
        // a captured one was copied (its eleven arrays retained and released) at every step.
        let state = words.withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { tags in
                keys.withUnsafeMutableBufferPointer { keys in
                    found.withUnsafeMutableBufferPointer { found in
                        scores.withUnsafeMutableBufferPointer { scores in
                            var state = ParserState(count: n)
                            while !state.isTerminal {
                                // A forced shift (only the root on the stack) needs no scores.
                                if state.stack.count == 1 {
                                    state.apply(.shift, label: 0)
                                    continue
                                }
                                ParserFeatures.extract(state, words: words, tags: tags, into: keys.baseAddress!)
                                lookup.resolve(UnsafeBufferPointer(keys), into: found.baseAddress!)
                                if joint {
                                    // Every vote of a feature at once (moves, then left, then
                                    // right labels lie together): one pass over the features.
                                    for c in 0..<3 + 2 * labelCount { scores[c] = 0 }
                                    lookup.add(found.baseAddress!, count: keys.count, .all, into: scores)
                                    var best = ParserState.Move.shift
                                    var bestScore = Int32.min
                                    var label = 0
                                    if state.allowed(.shift, leaf: leaf) { bestScore = scores[0] }
                                    for raw in 1...2 {
                                        let move = ParserState.Move(rawValue: raw)!
                                        guard state.allowed(move, leaf: leaf) else { continue }
                                        let base = 3 + (move == .left ? 0 : labelCount)
                                        var top = 0
                                        for c in 1..<max(1, labelCount) where scores[base + c] > scores[base + top] { top = c }
                                        let score = scores[move.rawValue] &+ (labelCount > 0 ? scores[base + top] : 0)
                                        if bestScore == Int32.min || score > bestScore { best = move; bestScore = score; label = top }
                                    }
                                    state.apply(best, label: label)
                                    continue
                                }
                                scores[0] = 0; scores[1] = 0; scores[2] = 0
                                lookup.add(found.baseAddress!, count: keys.count, .moves, into: scores)
                                var best: ParserState.Move?
                                for raw in 0..<3 {
                                    let move = ParserState.Move(rawValue: raw)!
                                    if state.allowed(move, leaf: leaf) && (best == nil || scores[raw] > scores[best!.rawValue]) { best = move }
                                }
                                guard let move = best else { break }
                                var label = 0
                                if move != .shift && labelCount > 0 {
                                    let base = 3 + (move == .left ? 0 : labelCount)
                                    for c in base..<base + labelCount { scores[c] = 0 }
                                    lookup.add(found.baseAddress!, count: keys.count, move == .left ? .leftLabels : .rightLabels, into: scores)
                                    for c in 1..<labelCount where scores[base + c] > scores[base + label] { label = c }
                                }
                                state.apply(move, label: label)
                            }
                            return state
                        }
                    }
                }
            }
        }
        var (heads, relations) = Self.tree(state)
        if !demotedRoot.isEmpty, let rootLabel = labels.firstIndex(of: "root") {
            RootRepair.apply(heads: &heads, relations: &relations, tags: tags, demoted: demotedRoot, rootLabel: rootLabel)
        }
        return (heads, relations)
    }

    /// The heads and labels of a final state; any word left without a head (never expected)
    /// is attached to the root word, so the output is always a tree.
    static func tree(_ state: ParserState) -> (heads: [Int], relations: [Int]) {
        let n = state.count
        var heads = (1...n).map { Int(state.heads[$0]) }
        let relations = (1...n).map { max(0, Int(state.labels[$0])) }
        let root = heads.firstIndex(of: 0).map { $0 + 1 } ?? 1
        for index in heads.indices where heads[index] < 0 || (heads[index] == 0 && index + 1 != root) {
            heads[index] = index + 1 == root ? 0 : root
        }
        if heads[root - 1] != 0 { heads[root - 1] = 0 }
        return (heads, relations)
    }
}
