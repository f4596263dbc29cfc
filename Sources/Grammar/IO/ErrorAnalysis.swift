/// Where a model's trees go wrong, counted against gold on the same words: which UPOS tags are
/// confused for which, LAS and UAS per gold relation, UAS by the distance to the gold head and
/// by the gold head's tag. Built from two lists of sentences, so a predicted file written by
/// `crosscheck-train eval --write-predicted` can be studied without the model.
public struct TreeErrorAnalysis: Sendable, Equatable {
    /// One group of words (a relation, a distance, a tag) and how many of them were right.
    public struct Tally: Sendable, Equatable {
        public var name: String
        public var words = 0
        public var headRight = 0
        public var labelRight = 0
        public var uasPercent: Double { 100 * Double(headRight) / Double(max(1, words)) }
        public var lasPercent: Double { 100 * Double(labelRight) / Double(max(1, words)) }
    }

    /// A gold tag, the tag predicted instead, and how often.
    public struct Confusion: Sendable, Equatable {
        public var gold: String
        public var predicted: String
        public var count: Int
        public init(gold: String, predicted: String, count: Int) {
            self.gold = gold
            self.predicted = predicted
            self.count = count
        }
    }

    public var words = 0
    public var uposRight = 0
    /// Pairs, most frequent first (ties by gold then predicted tag).
    public var confusions: [Confusion] = []
    /// Per gold relation, most frequent first (ties by name).
    public var relations: [Tally] = []
    /// Per distance to the gold head: root, 1, 2, 3–6, 7 and more.
    public var distances: [Tally] = []
    /// Per gold head UPOS (`ROOT` for the root), most frequent first.
    public var headTags: [Tally] = []

    /// The distance bucket of a word at 1-based `index` with gold head `head`.
    public static func distanceBucket(index: Int, head: Int) -> String {
        if head == 0 { return "root" }
        let d = abs(index - head)
        return d <= 2 ? String(d) : d <= 6 ? "3-6" : "7+"
    }

    /// Compares `predicted` with `gold` sentence by sentence; a pair whose word counts differ is skipped.
    public init(gold: [CoNLLUSentence], predicted: [CoNLLUSentence]) {
        var pairs: [String: [String: Int]] = [:]
        var byRelation: [String: Tally] = [:]
        var byDistance: [String: Tally] = [:]
        var byHead: [String: Tally] = [:]
        func count(_ table: inout [String: Tally], _ key: String, _ head: Bool, _ label: Bool) {
            var t = table[key] ?? Tally(name: key)
            t.words += 1
            if head { t.headRight += 1 }
            if label { t.labelRight += 1 }
            table[key] = t
        }
        for (g, p) in zip(gold, predicted) where g.forms.count == p.forms.count {
            for i in g.forms.indices {
                words += 1
                if g.upos[i] == p.upos[i] { uposRight += 1 } else { pairs[g.upos[i], default: [:]][p.upos[i], default: 0] += 1 }
                let head = g.heads[i] == p.heads[i]
                let label = head && g.relations[i] == p.relations[i]
                count(&byRelation, g.relations[i], head, label)
                count(&byDistance, Self.distanceBucket(index: i + 1, head: g.heads[i]), head, label)
                let headTag = g.heads[i] == 0 ? "ROOT" : g.upos[g.heads[i] - 1]
                count(&byHead, headTag, head, label)
            }
        }
        confusions = pairs.flatMap { gold, row in row.map { Confusion(gold: gold, predicted: $0.key, count: $0.value) } }
            .sorted { ($1.count, $0.gold, $0.predicted) < ($0.count, $1.gold, $1.predicted) }
        func ranked(_ table: [String: Tally]) -> [Tally] {
            table.values.sorted { ($1.words, $0.name) < ($0.words, $1.name) }
        }
        relations = ranked(byRelation)
        headTags = ranked(byHead)
        let order = ["root", "1", "2", "3-6", "7+"]
        distances = order.compactMap { byDistance[$0] }
    }

    /// A plain-text report: the `top` confusion pairs, then the tables.
    public func report(top: Int = 20) -> String {
        var lines: [String] = []
        let wrong = words - uposRight
        lines.append("UPOS confusions (gold -> predicted), \(wrong) of \(words) words wrong:")
        for c in confusions.prefix(top) {
            lines.append(pad("  \(c.gold) -> \(c.predicted)", 24) + pad(String(c.count), 6, right: true) + percent(c.count, wrong))
        }
        func table(_ title: String, _ rows: [Tally], _ limit: Int) {
            lines.append(title)
            lines.append(pad("  ", 16) + pad("words", 8, right: true) + pad("UAS", 8, right: true) + pad("LAS", 8, right: true) + pad("errors", 8, right: true))
            for t in rows.prefix(limit) {
                lines.append(pad("  " + t.name, 16) + pad(String(t.words), 8, right: true) + pad(fixed(t.uasPercent), 8, right: true)
                    + pad(fixed(t.lasPercent), 8, right: true) + pad(String(t.words - t.labelRight), 8, right: true))
            }
        }
        table("LAS by gold relation:", relations, top)
        table("UAS by distance to the gold head:", distances, distances.count)
        table("UAS by gold head UPOS:", headTags, top)
        return lines.joined(separator: "\n") + "\n"
    }

    private func fixed(_ x: Double) -> String {
        let tenths = Int((x * 100).rounded())
        let frac = tenths % 100
        return "\(tenths / 100).\(frac < 10 ? "0" : "")\(frac)"
    }

    private func percent(_ x: Int, _ of: Int) -> String { "  " + fixed(100 * Double(x) / Double(max(1, of))) + "%" }

    private func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let space = String(repeating: " ", count: max(0, width - s.count))
        return right ? space + s : s + space
    }
}

extension GrammarEvaluation {
    /// The model's tags, lemmas and tree over each sentence's gold words, as CoNLL-U sentences
    /// (`# text` and paragraph marks kept; multiword tokens are not rebuilt).
    public static func predicted(_ model: GrammarModel, _ sentences: [CoNLLUSentence]) -> [CoNLLUSentence] {
        sentences.map { gold in
            let result = model.annotate(words: gold.forms)
            var p = CoNLLUSentence()
            p.text = gold.text
            p.startsParagraph = gold.startsParagraph
            p.forms = gold.forms
            p.lemmas = result.lemmas
            p.upos = result.tags.map { model.tagger.tags.upos[$0] }
            p.xpos = result.tags.map { model.tagger.tags.xpos[$0] }
            p.heads = result.heads
            p.relations = zip(result.heads, result.relations).map { head, r in
                head == 0 ? "root" : model.parser.labels.indices.contains(r) ? model.parser.labels[r] : "dep"
            }
            p.surface = gold.forms.indices.map { ($0 + 1, $0 + 1, gold.forms[$0]) }
            return p
        }
    }
}

extension CoNLLU {
    /// CoNLL-U text of `sentences`: `# newpar` where one opens a paragraph, `# sent_id`,
    /// `# text`, then one line per word (FEATS, DEPS and MISC left empty).
    public static func write(_ sentences: [CoNLLUSentence], documentID: String = "doc") -> String {
        var out = ""
        for (number, s) in sentences.enumerated() {
            if s.startsParagraph { out += "# newpar\n" }
            out += "# sent_id = \(documentID)-\(number + 1)\n"
            if let text = s.text { out += "# text = \(text)\n" }
            for i in s.forms.indices {
                let fields = [String(i + 1), GrammarAnalysis.field(s.forms[i]), GrammarAnalysis.field(s.lemmas[i]), s.upos[i], s.xpos[i], "_",
                    String(s.heads[i]), s.relations[i], "_", "_"]
                out += fields.joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }
}
