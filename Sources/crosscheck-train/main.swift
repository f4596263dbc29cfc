import Foundation
import Grammar

/// crosscheck-train: trains, evaluates and benchmarks the grammar layer (see README, "Grammar layer").
let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    Usage:
      crosscheck-train train [--train FILE] [--dev FILE] [--out FILE] [--tagger-epochs N] [--parser-epochs N] [--threshold X] [--parser-threshold X] [--also-prune X,Y] [--also-prune-parser X,Y] [--tag-cache FILE] [--joint 0|1]
      crosscheck-train parser [--train FILE] [--dev FILE] [--parser-epochs N] [--threshold X] [--parser-threshold X] [--tag-cache FILE] [--joint 0|1]
      crosscheck-train tagger [--train FILE] [--dev FILE] [--tagger-epochs N] [--threshold X] [--two-pass 0|1]
      crosscheck-train eval FILE.conllu [--model FILE] [--write-predicted OUT.conllu]
      crosscheck-train errors GOLD.conllu [PREDICTED.conllu] [--model FILE] [--top N]
      crosscheck-train segment FILE.conllu|FILE.txt [--errors]
      crosscheck-train bench FILE... [--model FILE] [--repeat N]
      crosscheck-train rewrite OUT [--model FILE]

    train   fixed seeds, fixed epochs; prints dev accuracy per epoch and writes the model
            (defaults: ../shared/ud/en_ewt-ud-train.conllu, -dev.conllu, Sources/Grammar/Resources/\(GrammarModel.fileName))
    parser  trains the parser alone and prints its dev accuracy per epoch (writes nothing; the
            jackknifed tags are kept in --tag-cache, default /tmp/crosscheck-jackknife.tags)
    tagger  trains the tagger alone and prints its dev accuracy per epoch (writes nothing)
    eval    UPOS, XPOS, lemma, UAS, LAS on gold tokens; token and sentence F1 from the `# text` lines
            (--write-predicted writes the model's tags and trees over the gold words as CoNLL-U)
    errors  UPOS confusion pairs, LAS by gold relation, UAS by distance and by the gold head's tag
            (against a predicted file when one is given, else the model's trees)
    segment one sentence a line; with --errors, the missed and spurious boundaries by cause
    bench   model load time and tag+parse throughput on text files (single thread)
    rewrite writes the model in the current file format (same weights, no retraining)

    """

func option(_ name: String, _ fallback: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}

func positionals() -> [String] {
    var result: [String] = []
    var index = 1
    while index < arguments.count {
        if arguments[index] == "--errors" { index += 1; continue }  // the one option without a value
        if arguments[index].hasPrefix("--") { index += 2; continue }
        result.append(arguments[index])
        index += 1
    }
    return result
}

func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("crosscheck-train: " + message + "\n").utf8))
    exit(2)
}

func readCoNLLU(_ path: String) -> [CoNLLUSentence] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    return CoNLLU.parse(String(decoding: data, as: UTF8.self))
}

func loadModel() -> GrammarModel {
    let path = option("--model", "")
    do {
        return path.isEmpty ? try GrammarModel.load() : try GrammarModel(path: path)
    } catch {
        fail("\(error)")
    }
}

/// CPU time of this thread: on a shared machine the wall clock also counts other processes.
func threadCPUTime() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

switch arguments.first {
case "train":
    let trainPath = option("--train", "../shared/ud/en_ewt-ud-train.conllu")
    let devPath = option("--dev", "../shared/ud/en_ewt-ud-dev.conllu")
    if trainPath.contains("-test") || devPath.contains("-test") { fail("never train or tune on the test file") }
    let out = option("--out", "Sources/Grammar/Resources/\(GrammarModel.fileName)")
    var recipe = TrainingRecipe()
    recipe.taggerEpochs = Int(option("--tagger-epochs", "\(recipe.taggerEpochs)")) ?? recipe.taggerEpochs
    recipe.parserEpochs = Int(option("--parser-epochs", "\(recipe.parserEpochs)")) ?? recipe.parserEpochs
    recipe.threshold = Float(option("--threshold", "\(recipe.threshold)")) ?? recipe.threshold
    recipe.parserThreshold = Float(option("--parser-threshold", "")) ?? recipe.parserThreshold
    recipe.tagCache = arguments.contains("--tag-cache") ? option("--tag-cache", "") : nil
    recipe.joint = option("--joint", "0") != "0"
    let clock = ContinuousClock()
    let started = clock.now
    let trained = recipe.train(train: readCoNLLU(trainPath), dev: readCoNLLU(devPath), log: say)
    say(String(format: "trained in %.0f s", seconds(clock.now - started)))
    // Extra pruning levels (--also-prune 0.5,1) are written beside the model, for choosing one.
    let extra = option("--also-prune", "").split(separator: ",").compactMap { Float($0) }
    // --also-prune-parser 0.9,1 prunes the parser alone at other levels (the tagger as the model).
    let parserExtra = option("--also-prune-parser", "").split(separator: ",").compactMap { Float($0) }
    let variants = [(recipe.threshold, recipe.parserThreshold, out)] + extra.map { ($0, nil, out + ".prune-\($0)") }
        + parserExtra.map { (recipe.threshold, $0, out + ".parser-prune-\($0)") }
    for (threshold, parserThreshold, path) in variants {
        let bytes = trained.model(threshold: threshold, parserThreshold: parserThreshold).encoded()
        do { try Data(bytes).write(to: URL(fileURLWithPath: path)) } catch { fail("cannot write \(path): \(error)") }
        say(String(format: "wrote %@ (%.1f MB)", path, Double(bytes.count) / 1_048_576))
    }
case "parser":
    let trainPath = option("--train", "../shared/ud/en_ewt-ud-train.conllu")
    let devPath = option("--dev", "../shared/ud/en_ewt-ud-dev.conllu")
    if trainPath.contains("-test") || devPath.contains("-test") { fail("never train or tune on the test file") }
    var recipe = TrainingRecipe()
    recipe.parserEpochs = Int(option("--parser-epochs", "\(recipe.parserEpochs)")) ?? recipe.parserEpochs
    recipe.threshold = Float(option("--threshold", "\(recipe.threshold)")) ?? recipe.threshold
    recipe.parserThreshold = Float(option("--parser-threshold", "")) ?? recipe.parserThreshold
    recipe.tagCache = option("--tag-cache", "/tmp/crosscheck-jackknife.tags")
    let clock = ContinuousClock()
    let started = clock.now
    let prepared = recipe.prepare(train: readCoNLLU(trainPath), dev: readCoNLLU(devPath), needsTagger: false, log: say)
    recipe.joint = option("--joint", "0") != "0"
    _ = recipe.trainParser(prepared, log: say)
    say(String(format: "trained in %.0f s", seconds(clock.now - started)))
case "tagger":
    // A quick look at a tagger recipe: no jackknife, no parser, no model written.
    let trainPath = option("--train", "../shared/ud/en_ewt-ud-train.conllu")
    let devPath = option("--dev", "../shared/ud/en_ewt-ud-dev.conllu")
    if trainPath.contains("-test") || devPath.contains("-test") { fail("never train or tune on the test file") }
    let train = readCoNLLU(trainPath)
    let tags = TagSet.collect(train)
    var trainer = TaggerTrainer()
    trainer.epochs = Int(option("--tagger-epochs", "\(TrainingRecipe().taggerEpochs)")) ?? trainer.epochs
    trainer.threshold = Float(option("--threshold", "\(TrainingRecipe().threshold)")) ?? trainer.threshold
    trainer.log = say
    let trainExamples = TaggerTrainer.examples(train, tags: tags)
    let devExamples = TaggerTrainer.examples(readCoNLLU(devPath), tags: tags)
    if option("--two-pass", "0") != "0" {
        // Experiment: a second tagger whose ambiguity codes also carry the first tagger's tag
        // of each word (jackknifed in 4 folds on train), so it sees predicted tags on the right.
        let folds = 4
        var firstTags = [[Int]](repeating: [], count: trainExamples.count)
        var quiet = trainer
        quiet.log = { _ in }
        for fold in 0..<folds {
            let rest = trainExamples.indices.filter { $0 % folds != fold }.map { trainExamples[$0] }
            let tagger = quiet.train(rest, dev: [], tags: tags).tagger(threshold: trainer.threshold)
            for index in trainExamples.indices where index % folds == fold { firstTags[index] = tagger.tag(trainExamples[index].words) }
            say("fold \(fold + 1) of \(folds) tagged")
        }
        let full = quiet.train(trainExamples, dev: [], tags: tags)
        let first = full.tagger(threshold: trainer.threshold)
        let devFirst = devExamples.map { first.tag($0.words) }
        say(String(format: "first pass dev UPOS %.2f", TaggerTrainer.accuracy(first, devExamples).upos))
        func folded(_ example: TaggerTrainer.Example, _ predicted: [Int]) -> [UInt64] {
            let classes = example.words.withUnsafeBufferPointer { Tagger.classCodes($0, in: full.classes) }
            return zip(classes, predicted).map { FeatureHash.mix($0, UInt64($1 + 7)) | 4 }
        }
        let codes = trainExamples.indices.map { folded(trainExamples[$0], firstTags[$0]) }
        let devCodes = devExamples.indices.map { folded(devExamples[$0], devFirst[$0]) }
        _ = trainer.train(trainExamples, dev: devExamples, tags: tags, codes: codes, devCodes: devCodes)
    } else {
        _ = trainer.train(trainExamples, dev: devExamples, tags: tags)
    }
case "eval":
    guard let path = positionals().first else { fail("eval needs a CoNLL-U file\n" + usage) }
    let model = loadModel()
    let sentences = readCoNLLU(path)
    let s = GrammarEvaluation.trees(model, sentences)
    say(String(format: "model: tagger %.1f MB (%d features, %d weights), parser %.1f MB (%d features, %d weights), lemmatizer %.1f MB",
        Double(model.tagger.weights.byteSize + model.tagger.dictionary.byteSize + model.tagger.classes.byteSize) / 1_048_576, model.tagger.weights.featureCount, model.tagger.weights.voteCount,
        Double(model.parser.weights.byteSize) / 1_048_576, model.parser.weights.featureCount, model.parser.weights.voteCount, Double(model.lemmatizer.table.byteSize) / 1_048_576))
    say("\(path): \(sentences.count) sentences, \(s.words) words (gold tokenization)")
    say(String(format: "UPOS %.2f  XPOS %.2f  lemma %.2f", s.uposPercent, s.xposPercent, s.lemmaPercent))
    say(String(format: "UAS %.2f  LAS %.2f  (punctuation included)", s.uasPercent, s.lasPercent))
    say(String(format: "UAS %.2f  LAS %.2f  (punctuation excluded)", s.uasNoPunctPercent, s.lasNoPunctPercent))
    let writePath = option("--write-predicted", "")
    if !writePath.isEmpty {
        let text = CoNLLU.write(GrammarEvaluation.predicted(model, sentences))
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: writePath)) } catch { fail("cannot write \(writePath): \(error)") }
        say("wrote \(writePath)")
    }
    let seg = GrammarEvaluation.segmentation(sentences)
    say(String(format: "raw text: token F1 %.2f (%d gold words), sentence F1 %.2f (%d gold sentences)", seg.tokenF1, seg.goldTokens, seg.sentenceF1, seg.goldSentences))
case "errors":
    let files = positionals()
    guard let path = files.first else { fail("errors needs a CoNLL-U file\n" + usage) }
    let gold = readCoNLLU(path)
    let predicted = files.count > 1 ? readCoNLLU(files[1]) : GrammarEvaluation.predicted(loadModel(), gold)
    FileHandle.standardOutput.write(Data(TreeErrorAnalysis(gold: gold, predicted: predicted).report(top: Int(option("--top", "20")) ?? 20).utf8))
case "segment":
    // The raw text of a CoNLL-U file as our splitter cuts it: one sentence a line.
    guard let path = positionals().first else { fail("segment needs a CoNLL-U or text file") }
    if arguments.contains("--errors") {
        guard path.hasSuffix(".conllu") else { fail("segment --errors needs a CoNLL-U file") }
        let errors = BoundaryErrors(readCoNLLU(path))
        for (title, points) in [("missed", errors.missed), ("spurious", errors.spurious)] {
            say("\(title) boundaries: \(points.count)")
            for (cause, count) in BoundaryErrors.tally(points) { say("  \(count)\t\(cause)") }
        }
        for (title, points) in [("missed", errors.missed), ("spurious", errors.spurious)] {
            for p in points { say("\(title)\t\(p.cause)\t\(p.context)") }
        }
        exit(0)
    }
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    let text = path.hasSuffix(".conllu") ? GrammarEvaluation.rawText(CoNLLU.parse(String(decoding: data, as: UTF8.self))).text : [UInt8](data)
    let tokens = Tokenizer.tokenize(text)
    for sentence in SentenceSplitter.split(text, tokens) {
        say(sentence.tokens.map { String(decoding: text[tokens.range($0)], as: UTF8.self) }.joined(separator: " "))
    }
case "rewrite":
    guard let path = positionals().first else { fail("rewrite needs an output path\n" + usage) }
    let bytes = loadModel().encoded()
    do { try Data(bytes).write(to: URL(fileURLWithPath: path)) } catch { fail("cannot write \(path): \(error)") }
    say(String(format: "wrote %@ (%.1f MB)", path, Double(bytes.count) / 1_048_576))
case "bench":
    let files = positionals()
    guard !files.isEmpty else { fail("bench needs text files\n" + usage) }
    let clock = ContinuousClock()
    let loadStart = clock.now
    let model = loadModel()
    let loadTime = seconds(clock.now - loadStart)
    let texts = files.map { path -> [UInt8] in
        guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
        return [UInt8](data)
    }
    let repeats = Int(option("--repeat", "3")) ?? 3
    var total = 0
    var tokens = 0
    var sentences = 0
    let start = clock.now
    let cpuStart = threadCPUTime()
    for _ in 0..<repeats {
        for text in texts {
            let analysis = model.analyze(text, lemmas: false)
            total += text.count
            tokens += analysis.tokens.count
            sentences += analysis.sentences.count
        }
    }
    let elapsed = seconds(clock.now - start)
    let cpu = threadCPUTime() - cpuStart
    // The stages apart: tokenize and split only, then with tags.
    let stageStart = clock.now
    var lexemeCount = 0
    for text in texts {
        let buffer = Tokenizer.tokenize(text)
        let ranges = SentenceSplitter.split(text, buffer)
        for range in ranges {
            let lexemes = text.withUnsafeBufferPointer { b in range.tokens.map { Lexeme(UnsafeBufferPointer(rebasing: b[buffer.range($0)])) } }
            lexemeCount += model.tagger.tag(lexemes).count
        }
    }
    let tagTime = seconds(clock.now - stageStart)
    let splitStart = clock.now
    for text in texts { _ = SentenceSplitter.split(text, Tokenizer.tokenize(text)) }
    let splitTime = seconds(clock.now - splitStart)
    say(String(format: "one pass: tokenize+split %.3f s, +tag %.3f s (%d tokens)", splitTime, tagTime, lexemeCount))
    say(String(format: "model load %.1f ms", loadTime * 1000))
    say(String(format: "tokenize+split+tag+parse: %.2f MB in %.2f s = %.2f MB/s, %.0f tokens/s (%d tokens, %d sentences, one thread)",
        Double(total) / 1e6, elapsed, Double(total) / 1e6 / elapsed, Double(tokens) / elapsed, tokens, sentences))
    say(String(format: "per core (thread CPU time %.2f s): %.2f MB/s, %.0f tokens/s", cpu, Double(total) / 1e6 / cpu, Double(tokens) / cpu))
default:
    FileHandle.standardError.write(Data(usage.utf8))
    exit(arguments.isEmpty ? 2 : (arguments.first == "--help" ? 0 : 2))
}
