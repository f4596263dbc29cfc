import Foundation
import Grammar
import Testing

/// The error-analysis tools of `crosscheck-train`: predicted trees written as CoNLL-U, UPOS
/// confusions and attachment by relation, distance and head tag, and sentence boundaries by cause.
struct GrammarErrorAnalysisTests {
    static func sentence(_ rows: [(String, String, Int, String)], text: String? = nil) -> CoNLLUSentence {
        var s = CoNLLUSentence()
        s.text = text ?? rows.map(\.0).joined(separator: " ")
        s.forms = rows.map(\.0)
        s.lemmas = rows.map { $0.0.lowercased() }
        s.upos = rows.map(\.1)
        s.xpos = rows.map { _ in "_" }
        s.heads = rows.map(\.2)
        s.relations = rows.map(\.3)
        s.surface = rows.indices.map { ($0 + 1, $0 + 1, rows[$0].0) }
        return s
    }

    static let gold = sentence([("Mayors", "NOUN", 2, "nsubj"), ("met", "VERB", 0, "root"), ("in", "ADP", 4, "case"), ("Hue", "PROPN", 2, "obl"), (".", "PUNCT", 2, "punct")])
    // The tagger calls the city a noun and the parser hangs the full stop on it and mislabels "in".
    static let predicted = sentence([("Mayors", "NOUN", 2, "nsubj"), ("met", "VERB", 0, "root"), ("in", "ADP", 4, "mark"), ("Hue", "NOUN", 2, "obl"), (".", "PUNCT", 4, "punct")])

    @Test func confusionsAndAttachmentTables() {
        let analysis = TreeErrorAnalysis(gold: [Self.gold], predicted: [Self.predicted])
        #expect(analysis.words == 5)
        #expect(analysis.uposRight == 4)
        #expect(analysis.confusions == [TreeErrorAnalysis.Confusion(gold: "PROPN", predicted: "NOUN", count: 1)])
        let punct = analysis.relations.first { $0.name == "punct" }
        #expect(punct?.words == 1 && punct?.headRight == 0)
        let caseTally = analysis.relations.first { $0.name == "case" }
        #expect(caseTally?.headRight == 1 && caseTally?.labelRight == 0)
        #expect(analysis.distances.map(\.name) == ["root", "1", "2", "3-6"])
        #expect(analysis.distances.map(\.words) == [1, 2, 1, 1])
        let verbHeads = analysis.headTags.first { $0.name == "VERB" }
        #expect(verbHeads?.words == 3 && verbHeads?.headRight == 2)
        let report = analysis.report()
        #expect(report.contains("PROPN -> NOUN"))
        #expect(report.contains("LAS by gold relation:"))
    }

    @Test(arguments: [(1, 0, "root"), (1, 2, "1"), (5, 3, "2"), (1, 7, "3-6"), (10, 2, "7+")])
    func distanceBuckets(_ c: (Int, Int, String)) {
        #expect(TreeErrorAnalysis.distanceBucket(index: c.0, head: c.1) == c.2)
    }

    @Test func predictedTreesRoundTripThroughCoNLLU() {
        var first = Self.predicted
        first.startsParagraph = true
        let text = CoNLLU.write([first, Self.gold])
        let back = CoNLLU.parse(text)
        #expect(back == [first, Self.gold])
        #expect(back.first?.startsParagraph == true)
        #expect(text.hasPrefix("# newpar\n# sent_id = doc-1\n# text = Mayors met in Hue .\n1\tMayors\tmayors\tNOUN\t_\t_\t2\tnsubj"))
    }

    @Test func boundariesMissedAndAddedByCause() {
        // Gold: a headline with no full stop, then two sentences; the splitter runs the headline
        // into the first sentence; the two sentences after it are split as gold splits them.
        let headline = Self.sentence([("Floods", "NOUN", 2, "nsubj"), ("close", "VERB", 0, "root"), ("roads", "NOUN", 2, "obj")])
        let body = Self.sentence([("Crews", "NOUN", 2, "nsubj"), ("worked", "VERB", 0, "root"), (".", "PUNCT", 2, "punct")], text: "Crews worked.")
        let errors = BoundaryErrors([headline, body, body])
        #expect(errors.missed.count == 1)
        #expect(errors.missed.first?.cause == "lower case | capitalised")
        #expect(errors.missed.first?.context == "Floods close roads‖ Crews worked. Crews worked.")
        #expect(errors.spurious.isEmpty)
        #expect(BoundaryErrors.tally(errors.missed).first?.count == 1)
    }

    @Test(arguments: [
        ("said.", "word."), ("U.S.", "abbreviation"), ("Gen.", "abbreviation"), ("now?”", "! or ? + closer"), ("wait...", "ellipsis"),
        ("2.", "number."), ("Hello,", "colon or comma"), ("ana@example.org", "link"), ("Smith", "capitalised"), ("***", "symbol"), ("(AP)", "capitalised + closer"),
    ])
    func kindBeforeAPoint(_ c: (String, String)) {
        #expect(BoundaryErrors.kind(before: Array(c.0.utf8)) == c.1)
    }

    @Test(arguments: [("The", "capitalised"), ("NASA", "capitals"), ("“We", "opener"), ("—", "dash"), ("3", "number"), ("and", "lower case")])
    func kindAfterAPoint(_ c: (String, String)) {
        #expect(BoundaryErrors.kind(after: Array(c.0.utf8)) == c.1)
    }
}

/// The tagger with its ambiguity codes given (the two-pass experiment's entry) tags as the
/// tagger that computes them.
struct GrammarTaggerCodesTests {
    @Test func givenCodesTagAsComputedOnes() throws {
        let model = try GrammarModel.shared.get()
        let words = ["The", "council", "will", "vote", "on", "the", "plan", "next", "week", "."].map(Lexeme.init)
        let codes = words.withUnsafeBufferPointer { model.tagger.classCodes($0) }
        #expect(model.tagger.tag(words, codes: codes) == model.tagger.tag(words))
        #expect(model.tagger.tags.upos[model.tagger.tag(words)[3]] == "VERB")
    }
}
