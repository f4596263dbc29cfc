/// Scores of the grammar layer against CoNLL-U: tagging and attachment on gold tokens, and
/// tokenization and sentence splitting on the raw text rebuilt from `# text` lines.
public enum GrammarEvaluation {
    public struct TreeScores: Sendable {
        public var words = 0
        public var upos = 0
        public var xpos = 0
        public var lemma = 0
        public var uas = 0
        public var las = 0
        /// Words that are not punctuation (gold UPOS other than PUNCT), and their attachments.
        public var nonPunctWords = 0
        public var nonPunctUAS = 0
        public var nonPunctLAS = 0

        func percent(_ x: Int, _ of: Int) -> Double { 100 * Double(x) / Double(max(1, of)) }
        public var uposPercent: Double { percent(upos, words) }
        public var xposPercent: Double { percent(xpos, words) }
        public var lemmaPercent: Double { percent(lemma, words) }
        public var uasPercent: Double { percent(uas, words) }
        public var lasPercent: Double { percent(las, words) }
        public var uasNoPunctPercent: Double { percent(nonPunctUAS, nonPunctWords) }
        public var lasNoPunctPercent: Double { percent(nonPunctLAS, nonPunctWords) }
    }

    public static func trees(_ model: GrammarModel, _ sentences: [CoNLLUSentence]) -> TreeScores {
        var s = TreeScores()
        for sentence in sentences {
            let result = model.annotate(words: sentence.forms)
            for i in sentence.forms.indices {
                let tag = result.tags[i]
                let upos = model.tagger.tags.upos[tag]
                s.words += 1
                if upos == sentence.upos[i] { s.upos += 1 }
                if model.tagger.tags.xpos[tag] == sentence.xpos[i] { s.xpos += 1 }
                if result.lemmas[i] == sentence.lemmas[i] { s.lemma += 1 }
                let headRight = result.heads[i] == sentence.heads[i]
                let relation = model.parser.labels.indices.contains(result.relations[i]) ? model.parser.labels[result.relations[i]] : ""
                let labelRight = headRight && relation == sentence.relations[i]
                if headRight { s.uas += 1 }
                if labelRight { s.las += 1 }
                if sentence.upos[i] != "PUNCT" {
                    s.nonPunctWords += 1
                    if headRight { s.nonPunctUAS += 1 }
                    if labelRight { s.nonPunctLAS += 1 }
                }
            }
        }
        return s
    }

    public struct SegmentationScores: Sendable {
        public var tokenF1: Double
        public var sentenceF1: Double
        public var goldTokens: Int
        public var goldSentences: Int
    }

    /// The raw text of `sentences`: sentences joined by a space, paragraphs by a blank line.
    public static func rawText(_ sentences: [CoNLLUSentence]) -> (text: [UInt8], sentenceStarts: [Int]) {
        var text: [UInt8] = []
        var starts: [Int] = []
        for sentence in sentences {
            if !text.isEmpty { text += sentence.startsParagraph ? [0x0A, 0x0A] : [0x20] }
            starts.append(text.count)
            text += Array((sentence.text ?? sentence.forms.joined(separator: " ")).utf8)
        }
        return (text, starts)
    }

    /// Token F1 over word byte spans (a multiword token's words split by their forms when they
    /// spell it) and sentence F1 over sentence byte spans, from our tokenizer and splitter.
    public static func segmentation(_ sentences: [CoNLLUSentence]) -> SegmentationScores {
        let (text, starts) = rawText(sentences)
        var goldTokens = Set<Int64>()
        var goldSentences = Set<Int64>()
        func key(_ a: Int, _ b: Int) -> Int64 { Int64(a) << 32 | Int64(b) }
        for (sentence, start) in zip(sentences, starts) {
            let sentenceText = Array((sentence.text ?? "").utf8)
            var cursor = 0
            var first = -1
            var last = -1
            for surface in sentence.surface {
                let form = Array(surface.form.utf8)
                while cursor < sentenceText.count && (sentenceText[cursor] == 0x20 || sentenceText[cursor] == 0x09) { cursor += 1 }
                guard !form.isEmpty, cursor + form.count <= sentenceText.count, Array(sentenceText[cursor..<cursor + form.count]) == form else { continue }
                let a = start + cursor
                let words = sentence.forms[(surface.first - 1)...(surface.last - 1)].map { Array($0.utf8) }
                if words.count > 1 && words.reduce([], +) == form {
                    var offset = a
                    for word in words { goldTokens.insert(key(offset, offset + word.count)); offset += word.count }
                } else {
                    goldTokens.insert(key(a, a + form.count))
                }
                if first < 0 { first = a }
                last = a + form.count
                cursor += form.count
            }
            if first >= 0 { goldSentences.insert(key(first, last)) }
        }
        let tokens = Tokenizer.tokenize(text)
        let predictedSentences = SentenceSplitter.split(text, tokens)
        var tokenHits = 0
        for t in 0..<tokens.count where goldTokens.contains(key(Int(tokens.starts[t]), Int(tokens.ends[t]))) { tokenHits += 1 }
        var sentenceHits = 0
        for s in predictedSentences where !s.tokens.isEmpty {
            if goldSentences.contains(key(Int(tokens.starts[s.tokens.lowerBound]), Int(tokens.ends[s.tokens.upperBound - 1]))) { sentenceHits += 1 }
        }
        func f1(_ hits: Int, _ predicted: Int, _ gold: Int) -> Double {
            let p = Double(hits) / Double(max(1, predicted))
            let r = Double(hits) / Double(max(1, gold))
            return p + r == 0 ? 0 : 200 * p * r / (p + r)
        }
        return SegmentationScores(
            tokenF1: f1(tokenHits, tokens.count, goldTokens.count), sentenceF1: f1(sentenceHits, predictedSentences.count, goldSentences.count),
            goldTokens: goldTokens.count, goldSentences: goldSentences.count)
    }
}
