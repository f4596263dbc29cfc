/// Greedy left-to-right part-of-speech tagger: an averaged perceptron over (UPOS, XPOS) pairs.
/// Frequent words that training always saw with one tag take it from the tag dictionary.
public struct Tagger: Sendable {
    public let tags: TagSet
    public let weights: SparseWeights
    /// Form hash → tag class, for frequent unambiguous words.
    public let dictionary: FeatureTable
    /// Lower-case form hash → ambiguity class row (see `TaggerTrainer.ambiguityClasses`).
    public let classes: FeatureTable

    public init(tags: TagSet, weights: SparseWeights, dictionary: FeatureTable, classes: FeatureTable) {
        self.tags = tags
        self.weights = weights
        self.dictionary = dictionary
        self.classes = classes
    }

    /// The ambiguity class code of each word (its row + 4); 3 for a word training did not see
    /// often enough (0 is never a key part; 1 and 2 mark the positions past the end).
    public func classCodes(_ words: UnsafeBufferPointer<Lexeme>) -> [UInt64] { Self.classCodes(words, in: classes) }

    public static func classCodes(_ words: UnsafeBufferPointer<Lexeme>, in classes: FeatureTable) -> [UInt64] {
        words.map { word in
            let code = classes.find(word.lower)
            return code < 0 ? 3 : UInt64(code) + 4
        }
    }

    /// One tag class per word.
    public func tag(_ words: [Lexeme]) -> [Int] {
        words.withUnsafeBufferPointer { tag(words, codes: classCodes($0)) }
    }

    /// One tag class per word, with the ambiguity codes given (an experiment may fold more
    /// into them, such as a first tagger's tags).
    public func tag(_ words: [Lexeme], codes: [UInt64]) -> [Int] {
        var result = Array(repeating: 0, count: words.count)
        guard tags.count > 0 else { return result }
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Int32](repeating: 0, count: SparseWeights.scoreWidth)
        words.withUnsafeBufferPointer { words in
            codes.withUnsafeBufferPointer { codes in
            keys.withUnsafeMutableBufferPointer { keys in
                scores.withUnsafeMutableBufferPointer { scores in
                    var p1 = -1
                    var p2 = -2
                    for i in 0..<words.count {
                        var best = dictionary.find(words[i].form)
                        if best < 0 || best >= tags.count {
                            TaggerFeatures.extract(words, codes, i, previous: p1, p2, into: keys.baseAddress!)
                            for c in 0..<tags.count { scores[c] = 0 }
                            weights.score(UnsafeBufferPointer(keys), into: scores)
                            best = 0
                            for c in 1..<tags.count where scores[c] > scores[best] { best = c }
                        }
                        result[i] = best
                        p2 = p1
                        p1 = best
                    }
                }
            }
            }
        }
        return result
    }
}
