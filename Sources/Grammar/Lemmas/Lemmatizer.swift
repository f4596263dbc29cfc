/// Lemmas by edit rules: lowercase or not, strip bytes from the end, append a string.
/// A word seen in training with its tag takes the rule it had; otherwise the longest known
/// suffix (up to six bytes) with that tag decides; otherwise the tag's commonest rule.
public struct Lemmatizer: Sendable {
    public struct Rule: Sendable, Hashable {
        public var lowercase: Bool
        public var strip: Int
        public var append: [UInt8]
    }

    public let rules: [Rule]
    /// Key (form, tag) or (suffix, length, tag) → rule index.
    public let table: FeatureTable

    public init(rules: [Rule], table: FeatureTable) {
        self.rules = rules
        self.table = table
    }

    static let maxSuffix = 6

    static func wordKey(_ form: UInt64, tag: Int) -> UInt64 { FeatureHash.mix(0x4C45_4D31, form, UInt64(tag)) }

    static func suffixKey(_ bytes: UnsafeBufferPointer<UInt8>, length: Int, tag: Int) -> UInt64 {
        let suffix = FeatureHash.bytes(UnsafeBufferPointer(rebasing: bytes[(bytes.count - length)...]), lowercase: true)
        return FeatureHash.mix(0x4C45_4D32, suffix, UInt64(length) << 16 | UInt64(tag))
    }

    /// The lemma of `bytes` tagged `tag`.
    public func lemma(_ bytes: UnsafeBufferPointer<UInt8>, tag: Int) -> String {
        var index = table.find(Self.wordKey(FeatureHash.bytes(bytes), tag: tag))
        if index < 0 {
            var length = min(Self.maxSuffix, bytes.count)
            while index < 0 && length >= 0 {
                index = table.find(Self.suffixKey(bytes, length: length, tag: tag))
                if index >= 0 && rules[index].strip > bytes.count { index = -1 }
                length -= 1
            }
        }
        guard index >= 0 && index < rules.count else { return String(decoding: bytes, as: UTF8.self) }
        return Self.apply(rules[index], to: bytes)
    }

    static func apply(_ rule: Rule, to bytes: UnsafeBufferPointer<UInt8>) -> String {
        var keep = max(0, bytes.count - rule.strip)
        // Never cut inside a UTF-8 sequence.
        while keep > 0 && keep < bytes.count && bytes[keep] & 0xC0 == 0x80 { keep -= 1 }
        var out = [UInt8](bytes[0..<keep])
        if rule.lowercase { for i in out.indices where out[i] >= 65 && out[i] <= 90 { out[i] |= 0x20 } }
        out += rule.append
        return String(decoding: out, as: UTF8.self)
    }

    /// The rule that turns `form` into `lemma`.
    static func rule(form: [UInt8], lemma: [UInt8]) -> Rule {
        var best: Rule?
        for lowercase in [true, false] {
            let source = lowercase ? form.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } : form
            var prefix = 0
            while prefix < source.count && prefix < lemma.count && source[prefix] == lemma[prefix] { prefix += 1 }
            let rule = Rule(lowercase: lowercase, strip: source.count - prefix, append: Array(lemma[prefix...]))
            if best == nil || rule.strip + rule.append.count < best!.strip + best!.append.count { best = rule }
        }
        return best!
    }

    /// Learns the tables from (form, tag, lemma) triples.
    public static func train(_ words: [(form: String, tag: Int, lemma: String)]) -> Lemmatizer {
        var ruleIndex: [Rule: Int] = [:]
        var rules: [Rule] = []
        var votes: [UInt64: [Int: Int]] = [:]
        for word in words {
            let form = Array(word.form.utf8)
            let rule = Self.rule(form: form, lemma: Array(word.lemma.utf8))
            let index: Int
            if let known = ruleIndex[rule] { index = known } else {
                index = rules.count
                ruleIndex[rule] = index
                rules.append(rule)
            }
            form.withUnsafeBufferPointer { bytes in
                votes[wordKey(FeatureHash.bytes(bytes), tag: word.tag), default: [:]][index, default: 0] += 1
                for length in 0...min(maxSuffix, bytes.count) {
                    votes[suffixKey(bytes, length: length, tag: word.tag), default: [:]][index, default: 0] += 1
                }
            }
        }
        var table = FeatureTable(capacity: votes.count)
        var ruleOfRow: [Int] = []
        for key in votes.keys.sorted() {
            let choice = votes[key]!.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            _ = table.insert(key)
            ruleOfRow.append(choice)
        }
        return Lemmatizer(rules: rules, table: table.remapped(ruleOfRow))
    }
}
