/// The tag classes: each a (UPOS, XPOS) pair seen in training, predicted as one class.
public struct TagSet: Sendable, Equatable {
    public let upos: [String]
    public let xpos: [String]

    public init(upos: [String], xpos: [String]) {
        self.upos = upos
        self.xpos = xpos
    }

    public var count: Int { upos.count }

    /// The class of a pair, or nil when training never saw it.
    public func index(upos u: String, xpos x: String) -> Int? {
        upos.indices.first { upos[$0] == u && xpos[$0] == x }
    }

    /// Pairs in order of first appearance in `sentences`.
    public static func collect(_ sentences: [CoNLLUSentence]) -> TagSet {
        var seen = Set<String>()
        var u: [String] = []
        var x: [String] = []
        for sentence in sentences {
            for index in sentence.forms.indices where seen.insert(sentence.upos[index] + "\t" + sentence.xpos[index]).inserted {
                u.append(sentence.upos[index])
                x.append(sentence.xpos[index])
            }
        }
        return TagSet(upos: u, xpos: x)
    }
}
