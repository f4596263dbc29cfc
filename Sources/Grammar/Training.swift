import Foundation

/// The whole training recipe: tag set and labels from the training file, a jackknifed tagger
/// to give the parser realistic tags, the final tagger, the parser, the lemmatizer.
public struct TrainingRecipe: Sendable {
    // The committed model's recipe (README, "Grammar layer"): dev accuracy per epoch peaked
    // at 7 parser epochs; pruning below 0.8 keeps the file at 16 MB for 0.3 points of UAS.
    public var taggerEpochs = 8
    public var parserEpochs = 7
    public var folds = 4
    public var threshold: Float = 0.8
    /// The parser's own pruning level (nil: `threshold`).
    public var parserThreshold: Float?
    /// Train the parser to choose a move and its relation together (`ParserTrainer.joint`):
    /// better on EWT dev, not in the committed model (README, "Grammar layer").
    public var joint = false
    /// Where the jackknifed train tags and the dev tags are kept between runs (nil: not kept).
    public var tagCache: String?

    public init() {}

    /// The trained layer before pruning; `model(threshold:)` prunes and packs it.
    public struct Trained: Sendable {
        public var tagger: TaggerTrainer.Trained
        public var parser: ParserTrainer.Trained
        public var lemmatizer: Lemmatizer
        public var metadata: String

        public func model(threshold: Float, parserThreshold: Float? = nil) -> GrammarModel {
            let p = parserThreshold ?? threshold
            return GrammarModel(tagger: tagger.tagger(threshold: threshold), parser: parser.parser(threshold: p), lemmatizer: lemmatizer,
                metadata: metadata + (p == threshold ? " Pruned below \(threshold)." : " Pruned below \(threshold) (tagger), \(p) (parser)."))
        }
    }

    /// Tag set, relation labels and the parser's examples of one training run.
    public struct Prepared: Sendable {
        public var tags: TagSet
        public var labels: [String]
        public var tagger: TaggerTrainer.Trained?
        public var trainExamples: [ParserTrainer.Example]
        public var devExamples: [ParserTrainer.Example]
    }

    /// Trains the taggers: the final one, and the jackknife that gives the parser realistic
    /// tags on train (each fold tagged by a tagger that never saw it); dev is tagged by the final one.
    public func prepare(train: [CoNLLUSentence], dev: [CoNLLUSentence], needsTagger: Bool = true, log: @escaping (String) -> Void) -> Prepared {
        let tags = TagSet.collect(train)
        var labels: [String] = []
        for sentence in train { for relation in sentence.relations where !labels.contains(relation) { labels.append(relation) } }
        log("training: \(train.count) sentences, \(tags.count) tag pairs, \(labels.count) relations; dev: \(dev.count) sentences")
        let trainExamples = TaggerTrainer.examples(train, tags: tags)
        let devExamples = TaggerTrainer.examples(dev, tags: tags)

        var tagger = TaggerTrainer()
        tagger.epochs = taggerEpochs
        tagger.threshold = threshold
        var trainTags = Array(repeating: [Int](), count: train.count)
        var devTags: [[Int]] = []
        let cached = tagCache.flatMap { Self.readTags($0, counts: trainExamples.map(\.words.count) + devExamples.map(\.words.count)) }
        if let cached {
            trainTags = Array(cached.prefix(train.count))
            devTags = Array(cached.suffix(dev.count))
            log("jackknifed tags read from \(tagCache!)")
        } else {
            for fold in 0..<folds {
                let held = trainExamples.indices.filter { $0 % folds == fold }
                let rest = trainExamples.indices.filter { $0 % folds != fold }.map { trainExamples[$0] }
                var foldTrainer = tagger
                foldTrainer.seed = tagger.seed &+ UInt64(fold + 1)
                let foldTagger = foldTrainer.train(rest, dev: [], tags: tags).tagger(threshold: threshold)
                for index in held { trainTags[index] = foldTagger.tag(trainExamples[index].words) }
                log("jackknife fold \(fold + 1)/\(folds) tagged")
            }
        }
        tagger.log = log
        let trainedTagger = cached != nil && !needsTagger ? nil : tagger.train(trainExamples, dev: devExamples, tags: tags)
        if cached == nil, let trainedTagger {
            let finalTagger = trainedTagger.tagger(threshold: threshold)
            devTags = devExamples.map { finalTagger.tag($0.words) }
            if let path = tagCache { Self.writeTags(trainTags + devTags, to: path) }
        }
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        func parserExamples(_ sentences: [CoNLLUSentence], _ examples: [TaggerTrainer.Example], tags: [[Int]]) -> [ParserTrainer.Example] {
            sentences.indices.map { i in
                ParserTrainer.Example(words: examples[i].words, tags: tags[i], heads: sentences[i].heads, labels: sentences[i].relations.map { labelIndex[$0] ?? 0 })
            }
        }
        return Prepared(tags: tags, labels: labels, tagger: trainedTagger,
            trainExamples: parserExamples(train, trainExamples, tags: trainTags), devExamples: parserExamples(dev, devExamples, tags: devTags))
    }

    /// The parser trained on prepared examples, dev accuracy per epoch logged.
    public func trainParser(_ prepared: Prepared, log: @escaping (String) -> Void) -> ParserTrainer.Trained {
        var parser = ParserTrainer()
        parser.epochs = parserEpochs
        parser.threshold = parserThreshold ?? threshold
        parser.joint = joint
        parser.log = log
        return parser.train(prepared.trainExamples, dev: prepared.devExamples, labels: prepared.labels)
    }

    public func train(train: [CoNLLUSentence], dev: [CoNLLUSentence], log: @escaping (String) -> Void) -> Trained {
        let prepared = prepare(train: train, dev: dev, log: log)
        let trainedTagger = prepared.tagger!
        let trainExamples = TaggerTrainer.examples(train, tags: prepared.tags)
        let trainedParser = trainParser(prepared, log: log)

        var lemmaWords: [(form: String, tag: Int, lemma: String)] = []
        for (sentence, example) in zip(train, trainExamples) {
            for i in sentence.forms.indices { lemmaWords.append((sentence.forms[i], example.gold[i], sentence.lemmas[i])) }
        }
        let lemmatizer = Lemmatizer.train(lemmaWords)
        let metadata = """
            crosscheck grammar model: UD English EWT (train \(train.count) sentences), tagger \(taggerEpochs) epochs, \
            parser \(parserEpochs) epochs (arc-hybrid, dynamic oracle), \(folds)-fold jackknifed tags, prune \(threshold).
            Trained on UD_English-EWT (Silveira et al. 2014), CC BY-SA 4.0; this model is CC BY-SA 4.0.
            """
        return Trained(tagger: trainedTagger, parser: trainedParser, lemmatizer: lemmatizer, metadata: metadata)
    }

    /// Tag classes of many sentences, one sentence a line (a cache for experiments); nil
    /// when the file is absent or does not fit the sentence lengths.
    static func readTags(_ path: String, counts: [Int]) -> [[Int]]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard lines.count == counts.count else { return nil }
        var result: [[Int]] = []
        for (line, count) in zip(lines, counts) {
            let tags = line.split(separator: " ").compactMap { Int($0) }
            guard tags.count == count else { return nil }
            result.append(tags)
        }
        return result
    }

    static func writeTags(_ tags: [[Int]], to path: String) {
        let text = tags.map { $0.map(String.init).joined(separator: " ") + "\n" }.joined()
        // A cache of the tagger output for parser experiments: written whole (temporary file, then
        // rename) and only a speed-up, so a failed write just means the tags are computed again.
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
