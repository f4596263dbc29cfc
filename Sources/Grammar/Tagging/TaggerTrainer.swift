/// Trains the tagger: fixed epochs, a fixed-seed shuffle per epoch, averaged weights.
public struct TaggerTrainer {
    public var epochs = 8
    public var seed: UInt64 = 13
    /// Averaged weights smaller than this are pruned from the model.
    public var threshold: Float = 0.05
    public var log: (String) -> Void = { _ in }

    public init() {}

    /// A training sentence: lexemes and gold classes.
    public struct Example {
        public var words: [Lexeme]
        public var gold: [Int]
    }

    public static func examples(_ sentences: [CoNLLUSentence], tags: TagSet) -> [Example] {
        sentences.map { sentence in
            Example(words: sentence.forms.map(Lexeme.init), gold: sentence.forms.indices.map { tags.index(upos: sentence.upos[$0], xpos: sentence.xpos[$0]) ?? 0 })
        }
    }

    /// Words seen at least `minimum` times with one tag in at least 99% of cases.
    public static func dictionary(_ examples: [Example], minimum: Int = 20) -> FeatureTable {
        var counts: [UInt64: [Int: Int]] = [:]
        for example in examples {
            for (word, tag) in zip(example.words, example.gold) { counts[word.form, default: [:]][tag, default: 0] += 1 }
        }
        var pairs: [(UInt64, Int)] = []
        for (form, tags) in counts {
            let total = tags.values.reduce(0, +)
            guard total >= minimum, let top = tags.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { continue }
            if Double(top.value) >= 0.99 * Double(total) { pairs.append((form, top.key)) }
        }
        var table = FeatureTable(capacity: pairs.count)
        var tagOfRow: [Int] = []
        for (form, tag) in pairs.sorted(by: { $0.0 < $1.0 }) {
            _ = table.insert(form)
            tagOfRow.append(tag)
        }
        // The value stored for a word is its tag, not an insertion row.
        return table.remapped(tagOfRow)
    }

    /// Ambiguity classes: each lower-case form seen at least `minimum` times maps to a row
    /// standing for the set of tags training saw it with ("walk" → {VERB VB, VERB VBP, NOUN NN});
    /// forms with the same set share a row. Rarer forms get none: their set would be little
    /// more than the gold tag, which the tagger would learn to copy in training.
    /// Measured on dev (`crosscheck-train tagger`, 8 epochs): UPOS 94.62 without classes, 94.86
    /// with `minimum` 10 (a variant keeping only tags of 5% of uses: 94.69 with 2, 94.79 with 10,
    /// 94.72 with 30). Restricting a known word's tag to its class was tried: 94.81, not kept.
    public static func ambiguityClasses(_ examples: [Example], minimum: Int = 10) -> FeatureTable {
        var counts: [UInt64: (total: Int, tags: [Int])] = [:]
        for example in examples {
            for (word, tag) in zip(example.words, example.gold) {
                var entry = counts[word.lower, default: (0, [])]
                entry.total += 1
                if !entry.tags.contains(tag) { entry.tags.append(tag) }
                counts[word.lower] = entry
            }
        }
        var rowOfSet: [[Int]: Int] = [:]
        var table = FeatureTable(capacity: counts.count)
        var rowOfForm: [Int] = []
        for (form, entry) in counts.sorted(by: { $0.key < $1.key }) where entry.total >= minimum {
            let set = entry.tags.sorted()
            let row: Int
            if let known = rowOfSet[set] { row = known } else { row = rowOfSet.count; rowOfSet[set] = row }
            _ = table.insert(form)
            rowOfForm.append(row)
        }
        return table.remapped(rowOfForm)
    }

    /// A trained tagger before pruning: the averaged perceptron, the tag dictionary and the
    /// ambiguity classes.
    public struct Trained: Sendable {
        public var model: AveragedPerceptron
        public var dictionary: FeatureTable
        public var classes: FeatureTable
        public var tags: TagSet
        public func tagger(threshold: Float) -> Tagger {
            Tagger(tags: tags, weights: SparseWeights.pack(model.export(threshold: threshold), classCount: tags.count), dictionary: dictionary, classes: classes)
        }
    }

    /// `codes` and `devCodes` replace the ambiguity codes of each sentence's words when given
    /// (the two-pass experiment of `crosscheck-train tagger --two-pass 1`).
    public func train(_ train: [Example], dev: [Example], tags: TagSet, codes given: [[UInt64]]? = nil, devCodes: [[UInt64]]? = nil) -> Trained {
        let dictionary = Self.dictionary(train)
        let classes = Self.ambiguityClasses(train)
        let codes = given ?? train.map { example in example.words.withUnsafeBufferPointer { Tagger.classCodes($0, in: classes) } }
        var model = AveragedPerceptron(classCount: tags.count)
        var order = Array(train.indices)
        var random = SplitMix(seed: seed)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: tags.count)
        for epoch in 1...epochs {
            random.shuffle(&order)
            var correct = 0
            var total = 0
            for index in order {
                let example = train[index]
                var p1 = -1
                var p2 = -2
                let exampleCodes = codes[index]
                example.words.withUnsafeBufferPointer { words in
                    exampleCodes.withUnsafeBufferPointer { exampleCodes in
                    for i in 0..<words.count {
                        var guess = dictionary.find(words[i].form)
                        if guess < 0 {
                            keys.withUnsafeMutableBufferPointer { TaggerFeatures.extract(words, exampleCodes, i, previous: p1, p2, into: $0.baseAddress!) }
                            model.score(keys, into: &scores)
                            guess = 0
                            for c in 1..<scores.count where scores[c] > scores[guess] { guess = c }
                            model.update(keys, truth: example.gold[i], guess: guess)
                            model.tick()
                        }
                        if guess == example.gold[i] { correct += 1 }
                        total += 1
                        p2 = p1
                        p1 = guess
                    }
                    }
                }
            }
            guard !dev.isEmpty else { continue }
            let tagger = Trained(model: model, dictionary: dictionary, classes: classes, tags: tags).tagger(threshold: threshold)
            let (upos, xpos) = Self.accuracy(tagger, dev, codes: devCodes)
            log(String(format: "tagger epoch %d: train %.2f%%, dev UPOS %.2f%% XPOS %.2f%%, %d features", epoch, 100 * Double(correct) / Double(max(1, total)), upos, xpos, model.table.count))
        }
        return Trained(model: model, dictionary: dictionary, classes: classes, tags: tags)
    }

    /// UPOS and XPOS accuracy (percent) of `tagger` on `examples`.
    public static func accuracy(_ tagger: Tagger, _ examples: [Example], codes: [[UInt64]]? = nil) -> (upos: Double, xpos: Double) {
        var upos = 0
        var xpos = 0
        var total = 0
        for (index, example) in examples.enumerated() {
            let guesses = codes.map { tagger.tag(example.words, codes: $0[index]) } ?? tagger.tag(example.words)
            for (guess, gold) in zip(guesses, example.gold) {
                if tagger.tags.upos[guess] == tagger.tags.upos[gold] { upos += 1 }
                if tagger.tags.xpos[guess] == tagger.tags.xpos[gold] { xpos += 1 }
                total += 1
            }
        }
        return (100 * Double(upos) / Double(max(1, total)), 100 * Double(xpos) / Double(max(1, total)))
    }
}

/// SplitMix64: the trainer's only source of randomness.
public struct SplitMix: Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    public mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
    public mutating func shuffle(_ items: inout [Int]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, below(i + 1)) }
    }
}
