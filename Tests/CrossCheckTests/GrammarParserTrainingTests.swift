import Foundation
import Grammar
import Testing

/// The parser's training recipe on a tiny treebank in our own words, and how the model file
/// records the way a parser decides.
struct GrammarParserTrainingTests {
    /// Four short news-style sentences: (form, UPOS, XPOS, head, relation) per word.
    static let treebank: [[(String, String, String, Int, String)]] = [
        [("The", "DET", "DT", 2, "det"), ("mayor", "NOUN", "NN", 3, "nsubj"), ("said", "VERB", "VBD", 0, "root"),
         ("the", "DET", "DT", 5, "det"), ("bridge", "NOUN", "NN", 7, "nsubj:pass"), ("was", "AUX", "VBD", 7, "aux:pass"),
         ("closed", "VERB", "VBN", 3, "ccomp"), (".", "PUNCT", ".", 3, "punct")],
        [("Officials", "NOUN", "NNS", 2, "nsubj"), ("reopened", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
         ("road", "NOUN", "NN", 2, "obj"), ("on", "ADP", "IN", 6, "case"), ("Friday", "PROPN", "NNP", 2, "obl"), (".", "PUNCT", ".", 2, "punct")],
        [("Two", "NUM", "CD", 2, "nummod"), ("workers", "NOUN", "NNS", 3, "nsubj"), ("left", "VERB", "VBD", 0, "root"),
         ("the", "DET", "DT", 5, "det"), ("site", "NOUN", "NN", 3, "obj"), (".", "PUNCT", ".", 3, "punct")],
        [("A", "DET", "DT", 3, "det"), ("city", "NOUN", "NN", 3, "compound"), ("spokesman", "NOUN", "NN", 4, "nsubj"),
         ("confirmed", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 6, "det"), ("delay", "NOUN", "NN", 4, "obj"), (".", "PUNCT", ".", 4, "punct")],
    ]

    static func sentences() -> [CoNLLUSentence] {
        treebank.map { words in
            var sentence = CoNLLUSentence()
            sentence.forms = words.map(\.0)
            sentence.lemmas = words.map { $0.0.lowercased() }
            sentence.upos = words.map(\.1)
            sentence.xpos = words.map(\.2)
            sentence.heads = words.map(\.3)
            sentence.relations = words.map(\.4)
            return sentence
        }
    }

    /// Choosing a move with its relation (the joint recipe) fits a small treebank exactly,
    /// heads and relations, when the parser reads the gold tags.
    @Test(arguments: [true, false])
    func theParserFitsASmallTreebank(joint: Bool) {
        let sentences = Self.sentences()
        let tags = TagSet.collect(sentences)
        var labels: [String] = []
        for sentence in sentences { for relation in sentence.relations where !labels.contains(relation) { labels.append(relation) } }
        let tagged = TaggerTrainer.examples(sentences, tags: tags)
        let examples = sentences.indices.map { i in
            ParserTrainer.Example(words: tagged[i].words, tags: tagged[i].gold, heads: sentences[i].heads,
                labels: sentences[i].relations.map { labels.firstIndex(of: $0)! })
        }
        var trainer = ParserTrainer()
        trainer.epochs = 12
        trainer.joint = joint
        let parser = trainer.train(examples, dev: [], labels: labels).parser(threshold: 0)
        #expect(parser.joint == joint)
        let score = ParserTrainer.attachment(parser, examples)
        #expect(score.uas == 100)
        #expect(score.las == 100)
    }

    /// A parser that decides jointly is written as `XCGRAM04` and read back as joint; the
    /// same weights deciding the move first are written as `XCGRAM03`.
    @Test(arguments: [true, false])
    func theModelFileRecordsHowTheParserDecides(joint: Bool) throws {
        let model = try GrammarModel.shared.get()
        let parser = Parser(labels: model.parser.labels, weights: model.parser.weights, joint: joint)
        let changed = GrammarModel(tagger: model.tagger, parser: parser, lemmatizer: model.lemmatizer, metadata: model.metadata)
        let bytes = changed.encoded()
        #expect(String(decoding: bytes.prefix(8), as: UTF8.self) == (joint ? "XCGRAM04" : "XCGRAM03"))
        #expect(try GrammarModel(data: Data(bytes)).parser.joint == joint)
    }

    /// UD gives punctuation no dependents, and a joint parser never makes a word tagged PUNCT
    /// a head (here the committed weights deciding jointly); the move-first parser is not restricted.
    @Test(arguments: [
        "“We are not leaving,” the union’s leader, Mara Voss, told workers at the gate on Monday.",
        "The port reopened on Friday — two days after the storm — and ships (mostly tankers) queued outside.",
        "“Enough,” she said. “The vote is final.”",
        "Prices rose 4% in May; fuel, food and rent led the rise, the agency said.",
    ])
    func punctuationTakesNoDependents(text: String) throws {
        let committed = try GrammarModel.shared.get()
        #expect(committed.parser.leafTags.isEmpty)
        let parser = Parser(labels: committed.parser.labels, weights: committed.parser.weights, joint: true)
        let model = GrammarModel(tagger: committed.tagger, parser: parser, lemmatizer: committed.lemmatizer, metadata: committed.metadata)
        #expect(model.parser.leafTags.contains(true))
        let analysis = model.analyze(Array(text.utf8))
        #expect(!analysis.sentences.isEmpty)
        for sentence in analysis.sentences {
            let words = sentence.words
            for (index, head) in words.heads.enumerated() where head > 0 {
                #expect(model.tagger.tags.upos[words.tags[head - 1]] != "PUNCT", "word \(index + 1) hangs from punctuation in “\(text)”")
            }
        }
    }
}
