/// Trains the parser with the arc-hybrid dynamic oracle: the update moves towards the best
/// move that loses no reachable gold arc; from the second epoch the trainer follows its own
/// wrong moves 90% of the time, so it learns to recover from them. In the joint recipe (an
/// option, not in the committed model) a step's prediction and its target are (move, relation) pairs, scored as the
/// move's votes plus the relation's, and a wrong pair updates both tables.
public struct ParserTrainer {
    public var epochs = 10
    public var seed: UInt64 = 17
    public var exploration = 0.9
    public var threshold: Float = 0.05
    /// Choose a move and its relation together (a move's score plus its best relation's), and
    /// update both when either is wrong; otherwise the move alone, then the relation.
    public var joint = false
    public var log: (String) -> Void = { _ in }

    public init() {}

    public struct Example: Sendable {
        public var words: [Lexeme]
        /// Tag classes the parser sees (predicted by the tagger, as at run time).
        public var tags: [Int]
        /// Gold heads, index 0 unused: `gold[i]` is the head of word i.
        public var gold: [Int]
        public var goldLabels: [Int]
        public var children: [[Int]]

        public init(words: [Lexeme], tags: [Int], heads: [Int], labels: [Int]) {
            self.words = words
            self.tags = tags
            gold = [0] + heads
            goldLabels = [0] + labels
            var children = Array(repeating: [Int](), count: heads.count + 1)
            for (index, head) in heads.enumerated() { children[head].append(index + 1) }
            self.children = children
        }
    }

    /// A trained parser before pruning: move and relation perceptrons.
    public struct Trained: Sendable {
        public var transitions: AveragedPerceptron
        public var relations: AveragedPerceptron
        public var origin: [UInt64: Origin]
        public var labels: [String]
        public var joint = false

        public func parser(threshold: Float) -> Parser {
            var rows = transitions.export(threshold: threshold)
            for (mixed, entries) in relations.export(threshold: threshold) {
                guard let source = origin[mixed] else { continue }
                let offset = 3 + source.direction * labels.count
                rows[source.key, default: []].append(contentsOf: entries.map { ($0.cls + offset, $0.weight) })
            }
            var parser = Parser(labels: labels, weights: SparseWeights.pack(rows, classCount: 3 + 2 * labels.count, boundaries: Parser.boundaries(labels.count)))
            parser.joint = joint
            return parser
        }
    }

    /// The feature key and arc direction a relation feature was made from.
    public struct Origin: Sendable {
        public var key: UInt64
        public var direction: Int
    }

    public func train(_ train: [Example], dev: [Example], labels: [String]) -> Trained {
        let labelCount = labels.count
        var transitions = AveragedPerceptron(classCount: 3)
        var relations = AveragedPerceptron(classCount: labelCount)
        var origin: [UInt64: Origin] = [:]
        var random = SplitMix(seed: seed)
        var order = Array(train.indices)
        var keys = [UInt64](repeating: 0, count: ParserFeatures.count)
        var labelKeys = keys
        var scores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: max(1, labelCount))
        let moves: [ParserState.Move] = [.shift, .left, .right]
        var directionKeys = [keys, keys]
        var directionScores = [labelScores, labelScores]
        /// One step of the joint recipe: scores of (move, relation) pairs, the best pair that
        /// loses no reachable gold arc (with the gold relation on a gold arc) as the target.
        func jointStep(_ state: ParserState, _ example: Example, epoch: Int) -> (ParserState.Move, Int) {
            var predicted: (move: ParserState.Move, label: Int, score: Float)?
            var target: (move: ParserState.Move, label: Int, score: Float)?
            var predictedCost = 0
            for move in moves where state.isValid(move) {
                let cost = state.cost(move, gold: example.gold, children: example.children)
                var label = 0
                var score = scores[move.rawValue]
                var targetLabel = 0
                var targetScore = score
                if move != .shift && labelCount > 0 {
                    let direction = move == .left ? 0 : 1
                    for i in keys.indices { directionKeys[direction][i] = FeatureHash.mix(keys[i], UInt64(direction + 1)) }
                    relations.score(directionKeys[direction], into: &directionScores[direction])
                    let votes = directionScores[direction]
                    for c in 1..<labelCount where votes[c] > votes[label] { label = c }
                    score += votes[label]
                    let (head, dependent) = state.arc(move)
                    targetLabel = example.gold[dependent] == head ? example.goldLabels[dependent] : label
                    targetScore = scores[move.rawValue] + votes[targetLabel]
                }
                if predicted == nil || score > predicted!.score { predicted = (move, label, score); predictedCost = cost }
                if cost == 0 && (target == nil || targetScore > target!.score) { target = (move, targetLabel, targetScore) }
            }
            guard let guess = predicted else { return (.shift, 0) }
            let truth = target ?? guess
            if truth.move != guess.move || truth.label != guess.label {
                if truth.move != guess.move { transitions.update(keys, truth: truth.move.rawValue, guess: guess.move.rawValue) }
                for (side, delta) in [(truth, Float(1)), (guess, Float(-1))] where side.move != .shift {
                    let direction = side.move == .left ? 0 : 1
                    let sideKeys = directionKeys[direction]
                    for i in keys.indices where origin[sideKeys[i]] == nil { origin[sideKeys[i]] = Origin(key: keys[i], direction: direction) }
                    relations.adjust(sideKeys, class: side.label, by: delta)
                }
            }
            transitions.tick()
            relations.tick()
            if predictedCost > 0 && epoch > 1 && Double(random.next() % 1000) < exploration * 1000 { return (guess.move, guess.label) }
            return (truth.move, truth.label)
        }
        for epoch in 1...epochs {
            random.shuffle(&order)
            for index in order {
                let example = train[index]
                var state = ParserState(count: example.words.count)
                example.words.withUnsafeBufferPointer { words in
                    example.tags.withUnsafeBufferPointer { tags in
                        while !state.isTerminal {
                            keys.withUnsafeMutableBufferPointer { ParserFeatures.extract(state, words: words, tags: tags, into: $0.baseAddress!) }
                            transitions.score(keys, into: &scores)
                            if joint {
                                let (move, label) = jointStep(state, example, epoch: epoch)
                                state.apply(move, label: label)
                                continue
                            }
                            transitions.score(keys, into: &scores)
                            var guess: ParserState.Move?
                            var best: ParserState.Move?
                            var costs = [Int](repeating: Int.max, count: 3)
                            for move in moves where state.isValid(move) {
                                costs[move.rawValue] = state.cost(move, gold: example.gold, children: example.children)
                                if guess == nil || scores[move.rawValue] > scores[guess!.rawValue] { guess = move }
                                if costs[move.rawValue] == 0 && (best == nil || scores[move.rawValue] > scores[best!.rawValue]) { best = move }
                            }
                            guard let predicted = guess else { break }
                            let target = best ?? predicted
                            if costs[predicted.rawValue] > 0 { transitions.update(keys, truth: target.rawValue, guess: predicted.rawValue) }
                            transitions.tick()
                            var move = target
                            if costs[predicted.rawValue] > 0 && epoch > 1 && Double(random.next() % 1000) < exploration * 1000 { move = predicted }
                            var label = 0
                            if move != .shift && labelCount > 0 {
                                let direction = move == .left ? 0 : 1
                                for i in keys.indices {
                                    labelKeys[i] = FeatureHash.mix(keys[i], UInt64(direction + 1))
                                }
                                relations.score(labelKeys, into: &labelScores)
                                for c in 1..<labelCount where labelScores[c] > labelScores[label] { label = c }
                                let (head, dependent) = state.arc(move)
                                if example.gold[dependent] == head {
                                    let truth = example.goldLabels[dependent]
                                    if truth != label {
                                        for i in keys.indices where origin[labelKeys[i]] == nil { origin[labelKeys[i]] = Origin(key: keys[i], direction: direction) }
                                        relations.update(labelKeys, truth: truth, guess: label)
                                    }
                                    relations.tick()
                                }
                            }
                            state.apply(move, label: label)
                        }
                    }
                }
            }
            let parser = Trained(transitions: transitions, relations: relations, origin: origin, labels: labels, joint: joint).parser(threshold: threshold)
            let score = Self.attachment(parser, dev)
            log(String(format: "parser epoch %d: dev UAS %.2f%% LAS %.2f%%, %d + %d features", epoch, score.uas, score.las, transitions.table.count, relations.table.count))
        }
        return Trained(transitions: transitions, relations: relations, origin: origin, labels: labels, joint: joint)
    }

    /// UAS and LAS (percent, punctuation included) of `parser` on `examples`.
    public static func attachment(_ parser: Parser, _ examples: [Example]) -> (uas: Double, las: Double) {
        var heads = 0
        var both = 0
        var total = 0
        for example in examples {
            let (predicted, relations) = parser.parse(example.words, tags: example.tags)
            for i in predicted.indices {
                total += 1
                if predicted[i] == example.gold[i + 1] {
                    heads += 1
                    if relations[i] == example.goldLabels[i + 1] { both += 1 }
                }
            }
        }
        return (100 * Double(heads) / Double(max(1, total)), 100 * Double(both) / Double(max(1, total)))
    }
}
