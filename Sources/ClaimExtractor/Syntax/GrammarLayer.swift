import ClaimModel
import Foundation
import Grammar

/// The grammar model the extractor reads sentences with: the committed UD English EWT model,
/// loaded once per process on first use (`CROSSCHECK_MODEL`, the resource bundle or the
/// source tree; see `GrammarModel.load`). Nil when no model file can be read: extraction then
/// falls back to the word-order rules and says so in a diagnostic.
public enum ExtractorGrammar: Sendable {
    /// The committed model, loaded on first use.
    case shared
    /// No grammar: word-order rules only.
    case none
    case model(GrammarModel)

    /// The model, loading the shared one on first use.
    public var resolved: GrammarModel? {
        switch self {
        case .shared:
            if case .success(let model) = GrammarModel.shared { return model }
            return nil
        case .none: return nil
        case .model(let model): return model
        }
    }

    static func unavailable(_ article: Article) -> Diagnostic {
        Diagnostic(level: .note, code: "grammar-unavailable", path: article.path,
                   message: "the grammar model could not be loaded (set CROSSCHECK_MODEL to its file); quotes are read by word order only")
    }
}

/// The grammar layer of one `Document`: trees for its sentences, parsed lazily (only the
/// sentences a pass asks for) and each at most once. Passes of one article share it.
public final class GrammarLayer: @unchecked Sendable {
    public let model: GrammarModel?
    let document: Document
    private let lock = NSLock()
    private var trees: [Int: SentenceTree] = [:]
    /// Sentences parsed so far (a gauge for tests: parsing stays lazy).
    public var parsedCount: Int { locked { trees.count } }

    public init(document: Document, model: GrammarModel?) {
        self.document = document
        self.model = model
    }

    /// The tree of sentence `index` of `document.sentences`; nil without a model.
    public func tree(sentence index: Int) -> SentenceTree? {
        guard let model, document.sentences.indices.contains(index) else { return nil }
        if let tree = locked({ trees[index] }) { return tree }
        let tree = GrammarLayer.parse(document, document.sentences[index], model)
        locked { trees[index] = tree }
        return tree
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// The tree of the sentence holding document token `token`.
    public func tree(containing token: Int) -> SentenceTree? {
        document.sentenceIndex(containing: token).flatMap { tree(sentence: $0) }
    }

    /// Parses the text of document tokens `range` and maps each grammar word (a byte range of
    /// the sentence's UTF-8) back to the document token it starts in.
    static func parse(_ doc: Document, _ range: Range<Int>, _ model: GrammarModel) -> SentenceTree {
        let start = doc.tokens[range.lowerBound].start
        let end = doc.tokens[range.upperBound - 1].end
        // UTF-8 of the sentence, with the scalar offset each byte belongs to.
        var bytes: [UInt8] = []
        var scalarOf: [Int] = []
        bytes.reserveCapacity(end - start)
        for offset in start..<end {
            let before = bytes.count
            let scalar = doc.article.scalars[offset]
            if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else { bytes.append(contentsOf: Array(String(Character(scalar)).utf8)) }
            for _ in before..<bytes.count { scalarOf.append(offset) }
        }
        let analysis = model.analyze(bytes)
        var tokens: [Int] = [], heads: [Int?] = [], relations: [String] = [], upos: [String] = [], lemmas: [String] = []
        var cursor = range.lowerBound
        for sentence in analysis.sentences {
            let base = tokens.count
            for (offset, token) in sentence.tokens.enumerated() {
                let scalar = scalarOf[analysis.tokens.range(token).lowerBound]
                while cursor + 1 < range.upperBound, doc.tokens[cursor].end <= scalar { cursor += 1 }
                tokens.append(cursor)
                let head = sentence.words.heads[offset]
                heads.append(head == 0 ? nil : base + head - 1)
                let relation = sentence.words.relations[offset]
                relations.append(head == 0 ? "root" : model.parser.labels.indices.contains(relation) ? model.parser.labels[relation] : "dep")
                let tag = sentence.words.tags[offset]
                upos.append(model.tagger.tags.upos.indices.contains(tag) ? model.tagger.tags.upos[tag] : "X")
                lemmas.append(offset < sentence.words.lemmas.count ? sentence.words.lemmas[offset].lowercased() : "")
            }
        }
        return SentenceTree(tokens: tokens, heads: heads, relations: relations, upos: upos, lemmas: lemmas)
    }
}
