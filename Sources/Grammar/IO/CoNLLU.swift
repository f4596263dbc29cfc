/// One sentence of a CoNLL-U file: its syntactic words (multiword token ranges `3-4` and empty
/// nodes `3.1` are read past; the words inside a range are kept), its `# text` and paragraph marks.
public struct CoNLLUSentence: Sendable, Equatable {
    public var text: String?
    /// True when a `# newpar` or `# newdoc` comment opens the sentence.
    public var startsParagraph = false
    public var forms: [String] = []
    public var lemmas: [String] = []
    public var upos: [String] = []
    public var xpos: [String] = []
    /// 1-based heads, 0 for the root.
    public var heads: [Int] = []
    public var relations: [String] = []
    /// Surface tokens: (first word, last word, surface form), one per multiword range or plain word.
    public var surface: [(first: Int, last: Int, form: String)] = []

    public init() {}

    public static func == (a: CoNLLUSentence, b: CoNLLUSentence) -> Bool {
        a.text == b.text && a.forms == b.forms && a.lemmas == b.lemmas && a.upos == b.upos && a.xpos == b.xpos
            && a.heads == b.heads && a.relations == b.relations
    }
}

/// Reads and writes CoNLL-U.
public enum CoNLLU {
    /// Parses CoNLL-U text. Malformed lines are skipped; a word line with a bad head gets head 0.
    public static func parse(_ content: String) -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence()
        var pendingRange: (first: Int, last: Int, form: String)?
        func flush() {
            if !current.forms.isEmpty { sentences.append(current) }
            current = CoNLLUSentence()
            pendingRange = nil
        }
        for rawLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                if line.hasPrefix("# text = ") { current.text = String(line.dropFirst(9)) }
                if line.hasPrefix("# newpar") || line.hasPrefix("# newdoc") { current.startsParagraph = true }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 8 else { continue }
            let id = fields[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                if let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) {
                    pendingRange = (first, last, String(fields[1]))
                }
                continue
            }
            guard let number = Int(id) else { continue }
            current.forms.append(String(fields[1]))
            current.lemmas.append(String(fields[2]))
            current.upos.append(String(fields[3]))
            current.xpos.append(String(fields[4]))
            current.heads.append(Int(fields[6]) ?? 0)
            current.relations.append(String(fields[7]))
            if let range = pendingRange, range.first <= number, number <= range.last {
                if number == range.first { current.surface.append(range) }
                if number == range.last { pendingRange = nil }
            } else {
                current.surface.append((number, number, String(fields[1])))
            }
        }
        flush()
        return sentences.map(repaired)
    }

    /// Heads out of range become 0, so every sentence is a usable tree for training.
    static func repaired(_ sentence: CoNLLUSentence) -> CoNLLUSentence {
        var result = sentence
        let count = sentence.forms.count
        for index in result.heads.indices where result.heads[index] < 0 || result.heads[index] > count || result.heads[index] == index + 1 {
            result.heads[index] = 0
        }
        return result
    }
}
