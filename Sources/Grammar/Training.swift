/// The whole training recipe: tag set and labels from the training file, a jackknifed tagger
/// to give the parser realistic tags, the final tagger, the parser, the lemmatizer.
public struct TrainingRecipe: Sendable {
    // The committed model's recipe (README, "Grammar layer"): dev accuracy per epoch peaked
    // at 7 parser epochs; pruning below 0.8 keeps the file at 16 MB for 0.3 points of UAS.
    public var taggerEpochs = 8
    public var parserEpochs = 7
    public var folds = 4
    public var threshold: Float = 0.8

    public init() {}

    /// The trained layer before pruning; `model(threshold:)` prunes and packs it.
    public struct Trained: Sendable {
        public var tagger: TaggerTrainer.Trained
        public var parser: ParserTrainer.Trained
        public var lemmatizer: Lemmatizer
        public var metadata: String

        public func model(threshold: Float) -> GrammarModel {
            GrammarModel(tagger: tagger.tagger(threshold: threshold), parser: parser.parser(threshold: threshold), lemmatizer: lemmatizer,
                metadata: metadata + " Pruned below \(threshold).")
        }
    }

    public func train(train: [CoNLLUSentence], dev: [CoNLLUSentence], log: @escaping (String) -> Void) -> Trained {
        let tags = TagSet.collect(train)
        var labels: [String] = []
        for sentence in train { for relation in sentence.relations where !labels.contains(relation) { labels.append(relation) } }
        log("training: \(train.count) sentences, \(tags.count) tag pairs, \(labels.count) relations; dev: \(dev.count) sentences")
        let trainExamples = TaggerTrainer.examples(train, tags: tags)
        let devExamples = TaggerTrainer.examples(dev, tags: tags)

        var tagger = TaggerTrainer()
        tagger.epochs = taggerEpochs
        tagger.threshold = threshold

        // Jackknifing: each fold tagged by a tagger that never saw it.
        var trainTags = Array(repeating: [Int](), count: train.count)
        for fold in 0..<folds {
            let held = trainExamples.indices.filter { $0 % folds == fold }
            let rest = trainExamples.indices.filter { $0 % folds != fold }.map { trainExamples[$0] }
            var foldTrainer = tagger
            foldTrainer.seed = tagger.seed &+ UInt64(fold + 1)
            let foldTagger = foldTrainer.train(rest, dev: [], tags: tags).tagger(threshold: threshold)
            for index in held { trainTags[index] = foldTagger.tag(trainExamples[index].words) }
            log("jackknife fold \(fold + 1)/\(folds) tagged")
        }
        tagger.log = log
        let trainedTagger = tagger.train(trainExamples, dev: devExamples, tags: tags)
        let finalTagger = trainedTagger.tagger(threshold: threshold)

        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        func parserExamples(_ sentences: [CoNLLUSentence], _ examples: [TaggerTrainer.Example], tags: [[Int]]) -> [ParserTrainer.Example] {
            sentences.indices.map { i in
                ParserTrainer.Example(words: examples[i].words, tags: tags[i], heads: sentences[i].heads, labels: sentences[i].relations.map { labelIndex[$0] ?? 0 })
            }
        }
        let devTags = devExamples.map { finalTagger.tag($0.words) }
        var parser = ParserTrainer()
        parser.epochs = parserEpochs
        parser.threshold = threshold
        parser.log = log
        let trainedParser = parser.train(parserExamples(train, trainExamples, tags: trainTags), dev: parserExamples(dev, devExamples, tags: devTags), labels: labels)

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
}
