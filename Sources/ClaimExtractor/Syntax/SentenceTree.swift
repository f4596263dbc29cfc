/// The grammar layer's reading of one sentence of a `Document`: per word its document token,
/// universal part of speech, lemma, head and relation (UD English EWT labels).
///
/// Words are the grammar tokenizer's (`don't` is `do` + `n't`); each maps to the document
/// token it starts in, so a word's span is always a document span. A sentence the grammar
/// splits in two keeps both trees side by side (two roots).
public struct SentenceTree: Sendable, Equatable {
    /// Document token of each word.
    public let tokens: [Int]
    /// Head word of each word (0-based), nil for a root.
    public let heads: [Int?]
    public let relations: [String]
    public let upos: [String]
    public let lemmas: [String]

    public init(tokens: [Int], heads: [Int?], relations: [String], upos: [String], lemmas: [String]) {
        self.tokens = tokens
        self.heads = heads
        self.relations = relations
        self.upos = upos
        self.lemmas = lemmas
    }

    public var count: Int { tokens.count }

    /// The first word that stands in document token `token`.
    public func word(atToken token: Int) -> Int? { tokens.firstIndex(of: token) }

    /// Words whose head is `word`, in order.
    public func children(of word: Int) -> [Int] { heads.indices.filter { heads[$0] == word } }

    /// The first child of `word` whose relation is one of `relations` (`nsubj`, `nsubj:pass`).
    public func child(of word: Int, _ relations: Set<String>) -> Int? {
        heads.indices.first { heads[$0] == word && (relations.contains(self.relations[$0]) || relations.contains(base($0))) }
    }

    /// The relation without its subtype: `nsubj:pass` → `nsubj`.
    public func base(_ word: Int) -> String {
        let relation = relations[word]
        guard let colon = relation.firstIndex(of: ":") else { return relation }
        return String(relation[..<colon])
    }

    /// Whether `ancestor` is `word` or above it in the tree.
    public func dominates(_ ancestor: Int, _ word: Int) -> Bool {
        var current: Int? = word
        var steps = 0
        while let node = current, steps <= count {
            if node == ancestor { return true }
            current = heads[node]
            steps += 1
        }
        return false
    }

    /// The words under `word` (itself included), in order.
    public func subtree(of word: Int) -> [Int] { heads.indices.filter { dominates(word, $0) } }
}
