import Foundation

/// The trained grammar layer: tagger, parser and lemmatizer, with the recipe that made them.
public struct GrammarModel: Sendable {
    public let tagger: Tagger
    public let parser: Parser
    public let lemmatizer: Lemmatizer
    /// Training recipe, data credit and figures, as written by `crosscheck-train`.
    public let metadata: String

    public init(tagger: Tagger, parser: Parser, lemmatizer: Lemmatizer, metadata: String) {
        self.tagger = tagger
        var parser = parser
        // UD gives punctuation no dependents: a joint parser never makes a word tagged PUNCT a
        // head (README, "Grammar layer": it did, and a quote lost its speaker; the move-first
        // parser rarely does, and lost 0.07 UAS with the restriction, so it goes without).
        parser.leafTags = parser.joint ? tagger.tags.upos.map { $0 == "PUNCT" } : []
        // Nor is a coordinating conjunction or a mark the root of a sentence (`RootRepair`;
        // either parser: EWT test UAS 84.10 → 84.16 committed, 84.83 → 84.95 joint).
        let cc = parser.labels.firstIndex(of: "cc") ?? -1
        let punct = parser.labels.firstIndex(of: "punct") ?? -1
        parser.demotedRoot = tagger.tags.upos.map { $0 == "CCONJ" ? cc : $0 == "PUNCT" ? punct : -1 }
        self.parser = parser
        self.lemmatizer = lemmatizer
        self.metadata = metadata
    }

    /// Annotates one sentence given as word forms (gold tokenization).
    public func annotate(words: [String]) -> AnnotatedWords {
        let lexemes = words.map(Lexeme.init)
        let tags = tagger.tag(lexemes)
        let (heads, relations) = parser.parse(lexemes, tags: tags)
        let lemmas = zip(words, tags).map { word, tag in
            var bytes = Array(word.utf8)
            return bytes.withUnsafeMutableBufferPointer { lemmatizer.lemma(UnsafeBufferPointer($0), tag: tag) }
        }
        return AnnotatedWords(tags: tags, heads: heads, relations: relations, lemmas: lemmas)
    }

    /// Tokenizes, splits, tags, lemmatizes and parses `bytes` (any byte string).
    public func analyze(_ bytes: [UInt8], lemmas: Bool = true) -> GrammarAnalysis {
        let tokens = Tokenizer.tokenize(bytes)
        let ranges = SentenceSplitter.split(bytes, tokens)
        var sentences: [AnnotatedSentence] = []
        sentences.reserveCapacity(ranges.count)
        bytes.withUnsafeBufferPointer { b in
            var lexemes: [Lexeme] = []
            for range in ranges {
                lexemes.removeAll(keepingCapacity: true)
                for t in range.tokens { lexemes.append(Lexeme(UnsafeBufferPointer(rebasing: b[tokens.range(t)]))) }
                let tags = tagger.tag(lexemes)
                let (heads, relations) = parser.parse(lexemes, tags: tags)
                let lemmaList = lemmas ? range.tokens.enumerated().map { offset, t in
                    lemmatizer.lemma(UnsafeBufferPointer(rebasing: b[tokens.range(t)]), tag: tags[offset])
                } : []
                sentences.append(AnnotatedSentence(tokens: range.tokens, words: AnnotatedWords(tags: tags, heads: heads, relations: relations, lemmas: lemmaList)))
            }
        }
        return GrammarAnalysis(bytes: bytes, tokens: tokens, sentences: sentences)
    }
}

/// Tags, tree and lemmas of one sentence's words. Heads are 1-based within the sentence, 0 for
/// the root; `tags` index the model's tag set, `relations` its labels.
public struct AnnotatedWords: Sendable, Equatable {
    public var tags: [Int]
    public var heads: [Int]
    public var relations: [Int]
    public var lemmas: [String]
}

public struct AnnotatedSentence: Sendable, Equatable {
    /// Token indices into `GrammarAnalysis.tokens`.
    public var tokens: Range<Int>
    public var words: AnnotatedWords
}

/// One text, annotated: its bytes, tokens (byte ranges) and sentences.
public struct GrammarAnalysis: Sendable, Equatable {
    public let bytes: [UInt8]
    public let tokens: TokenBuffer
    public let sentences: [AnnotatedSentence]

    /// The text of token `index` (invalid UTF-8 shown as U+FFFD).
    public func form(_ index: Int) -> String { String(decoding: bytes[tokens.range(index)], as: UTF8.self) }
}
