/// What a claim states. A closed set: every recognizer emits one of these.
public enum ClaimKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// A person is given a title or role: slots `person`, `title`, `office`.
    case title
    /// Two or more people met, held talks, hosted or received one another:
    /// slots `actor`, `counterpart`, `verb`, optionally `place`, `date`.
    case meeting
    /// Someone accompanied someone: slots `actor` (the one accompanied), `counterpart`.
    case accompaniment
    /// Someone visited a place: slots `actor`, `place`, optionally `date`.
    case visit
    /// Someone explicitly did not take part: slots `person`, `verb`, optionally `actor`.
    case absence
    /// Something delivered, sold or supplied: slots `item`, `quantity`, `actor`, `counterpart`.
    case delivery
    /// Equipment, a product or a programme mentioned: slots `item`, optionally `maker`.
    case item
    /// When something happened: slots `date` (normalized), `event`, `text`.
    case date
    /// A quantity and what it counts: slots `value`, `unit`, `measure`, `text`.
    case number
    /// Where something happened: slots `place`, `event`.
    case place
    /// A source the article cites: slots `source`.
    case attribution
    /// A direct quotation: slots `speaker`, `quote`.
    case quote
    /// An acronym as written (`U.S.`, `NATO`): slot `text`. One per distinct acronym and
    /// article; the comparator looks for probable typos of known ones.
    case acronym
    /// A person's age as an article states it (`X, 41,`, `41-year-old X`): slots `person`,
    /// `value` (whole years), `text`.
    case age
    /// A person's party as an article states it (`Republican Sen. X`, `X (D-Ohio)`, `X,
    /// Republican of Ohio`): slots `person`, `value` (the party, folded), `text`.
    case party
    /// Where a legal or political process stands for someone (`charged`, `pleaded guilty`,
    /// `sentenced`, `resigned`): slots `person` (absent when the sentence names nobody),
    /// `value` (the status), `event` (the question it answers: `charges`, `plea`, `verdict`,
    /// `sentence`, `resignation`), `verb` (`done` or `planned`), `text` (what it is about as
    /// written: `to two counts of fraud`); polarity negative for a denial (`no charges`).
    case status
    /// A person's home state as an article states it: the state a lawmaker or governor
    /// represents (`X (R-Texas)`, `Senator X of Texas`, `Ohio Rep. X`, `the former governor of
    /// Arkansas`): slots `person`, `value` (the state), `verb` (`former` for a past office's
    /// state), `text`.
    case home

    public static func < (lhs: ClaimKind, rhs: ClaimKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum Polarity: String, Codable, Sendable {
    case positive
    case negative
}

/// One typed statement of one article, pointing back to its exact words.
public struct Claim: Codable, Hashable, Sendable {
    /// Stable: a hash of article, kind, slots and span.
    public var id: String
    public var article: String
    public var kind: ClaimKind
    public var polarity: Polarity
    /// The article marks the claim as expected, possible or reported by others, not as fact.
    public var hedged: Bool?
    /// The source the sentence credits ("Reuters"), when one covers the claim.
    public var attribution: String?
    public var slots: Slots
    public var evidence: Evidence

    public init(
        article: String, kind: ClaimKind, polarity: Polarity = .positive, hedged: Bool = false,
        attribution: String? = nil, slots: Slots, evidence: Evidence
    ) {
        self.article = article
        self.kind = kind
        self.polarity = polarity
        self.hedged = hedged ? true : nil
        self.attribution = attribution
        self.slots = slots
        self.evidence = evidence
        self.id = ""
        self.id = Claim.makeID(self)
    }

    static func makeID(_ claim: Claim) -> String {
        let key = [
            claim.article, claim.kind.rawValue, claim.polarity.rawValue,
            String(claim.evidence.span.start), String(claim.evidence.span.end),
            claim.slots.stableDescription,
        ].joined(separator: "\u{1F}")
        return "c-" + String(SHA256.hex(key).prefix(12))
    }
}

extension Slots {
    /// A deterministic text form, for hashing.
    public var stableDescription: String {
        let pairs: [(String, String?)] = [
            ("actor", actor), ("counterpart", counterpart), ("person", person), ("title", title),
            ("office", office), ("verb", verb), ("place", place), ("date", date), ("event", event),
            ("item", item), ("maker", maker), ("quantity", quantity), ("value", value), ("unit", unit),
            ("measure", measure), ("source", source), ("speaker", speaker), ("quote", quote), ("text", text),
        ]
        return pairs.compactMap { key, value in value.map { "\(key)=\($0)" } }.joined(separator: ";")
    }
}

extension Evidence {
    private enum CodingKeys: String, CodingKey { case text, line, span, article }

    /// Encoded as the contract shows: `{"text": …, "line": 3, "span": [410, 520]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(span.line, forKey: .line)
        try container.encode([span.start, span.end], forKey: .span)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .text)
        let line = try container.decode(Int.self, forKey: .line)
        let range = try container.decode([Int].self, forKey: .span)
        let article = try container.decodeIfPresent(String.self, forKey: .article) ?? ""
        guard range.count == 2 else {
            throw DecodingError.dataCorruptedError(forKey: .span, in: container, debugDescription: "span must be [start, end]")
        }
        self.init(text: text, span: SourceSpan(article: article, start: range[0], end: range[1], line: line))
    }
}
