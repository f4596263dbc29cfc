/// Claims written and read by hand, without the `Codable` machinery: a large set's report and
/// claims file are mostly claims (44,600 of them for 1,000 generated articles). The bytes and
/// values are those of the synthesized `Codable` conformances (tested against Foundation's
/// coders); `jsonFields` lists the stored properties this file knows, and a test fails when a
/// property is added to `Claim`, `Slots`, `Evidence` or `SourceSpan` without being added here.
extension Claim {
    public static let jsonFields = ["id", "article", "kind", "polarity", "hedged", "attribution", "slots", "evidence"]

    init(id: String, article: String, kind: ClaimKind, polarity: Polarity, hedged: Bool?, attribution: String?, slots: Slots, evidence: Evidence) {
        self.id = id
        self.article = article
        self.kind = kind
        self.polarity = polarity
        self.hedged = hedged
        self.attribution = attribution
        self.slots = slots
        self.evidence = evidence
    }

    /// The members in the order of their keys' bytes, as `PrettyJSONWriter` sorts them.
    func writeJSON(into writer: inout PrettyJSONWriter, level: Int) {
        writer.bytes.append(0x7B)
        writer.member("article", level + 1, first: true)
        writer.writeString(article)
        if let attribution {
            writer.member("attribution", level + 1)
            writer.writeString(attribution)
        }
        writer.member("evidence", level + 1)
        evidence.writeJSON(into: &writer, level: level + 1)
        if let hedged {
            writer.member("hedged", level + 1)
            writer.append(hedged ? "true" : "false")
        }
        writer.member("id", level + 1)
        writer.writeString(id)
        writer.member("kind", level + 1)
        writer.writeString(kind.rawValue)
        writer.member("polarity", level + 1)
        writer.writeString(polarity.rawValue)
        writer.member("slots", level + 1)
        slots.writeJSON(into: &writer, level: level + 1)
        writer.close(0x7D, level)
    }

    /// The claim a node holds, or nil when it is not exactly what this reader knows (the
    /// `Decodable` path then reads it, and names what is wrong).
    init?(json node: JSONNode) {
        guard case .object(let box) = node,
              case .string(let id)? = box.value("id"), case .string(let article)? = box.value("article"),
              case .string(let kindName)? = box.value("kind"), let kind = ClaimKind(rawValue: kindName),
              case .string(let polarityName)? = box.value("polarity"), let polarity = Polarity(rawValue: polarityName),
              let slotsNode = box.value("slots"), let slots = Slots(json: slotsNode),
              let evidenceNode = box.value("evidence"), let evidence = Evidence(json: evidenceNode),
              let hedged = JSONNode.optionalBool(box.value("hedged")), let attribution = JSONNode.optionalString(box.value("attribution"))
        else { return nil }
        self.init(id: id, article: article, kind: kind, polarity: polarity, hedged: hedged, attribution: attribution, slots: slots, evidence: evidence)
    }
}

extension Slots {
    public static let jsonFields = [
        "actor", "counterpart", "person", "title", "office", "verb", "place", "date", "event", "item", "maker",
        "quantity", "value", "unit", "measure", "source", "speaker", "quote", "text",
    ]

    /// The slots present, in the order of their names' bytes.
    var sortedMembers: [(String, String?)] {
        [
            ("actor", actor), ("counterpart", counterpart), ("date", date), ("event", event), ("item", item), ("maker", maker),
            ("measure", measure), ("office", office), ("person", person), ("place", place), ("quantity", quantity), ("quote", quote),
            ("source", source), ("speaker", speaker), ("text", text), ("title", title), ("unit", unit), ("value", value), ("verb", verb),
        ]
    }

    func writeJSON(into writer: inout PrettyJSONWriter, level: Int) {
        writer.bytes.append(0x7B)
        var first = true
        for (name, value) in sortedMembers {
            guard let value else { continue }
            writer.member(name, level + 1, first: first)
            writer.writeString(value)
            first = false
        }
        if first { writer.bytes.append(0x0A) }
        writer.close(0x7D, level)
    }

    init?(json node: JSONNode) {
        guard case .object(let box) = node else { return nil }
        var slots = Slots()
        for (index, key) in box.keys.enumerated() {
            let value: String?
            switch box.values[index] {
            case .string(let text): value = text
            case .null: value = nil
            default: return nil
            }
            slots.set(key, to: value)
        }
        self = slots
    }
}

extension Slots {
    /// Sets the slot named `name` (one of `jsonFields`) to `value`; false, and nothing set,
    /// for a name that is no slot.
    @discardableResult
    public mutating func set(_ name: String, to value: String?) -> Bool {
        switch name {
        case "actor": self.actor = value
        case "counterpart": self.counterpart = value
        case "person": self.person = value
        case "title": self.title = value
        case "office": self.office = value
        case "verb": self.verb = value
        case "place": self.place = value
        case "date": self.date = value
        case "event": self.event = value
        case "item": self.item = value
        case "maker": self.maker = value
        case "quantity": self.quantity = value
        case "value": self.value = value
        case "unit": self.unit = value
        case "measure": self.measure = value
        case "source": self.source = value
        case "speaker": self.speaker = value
        case "quote": self.quote = value
        case "text": self.text = value
        default: return false
        }
        return true
    }
}

extension Evidence {
    public static let jsonFields = ["text", "span"]

    func writeJSON(into writer: inout PrettyJSONWriter, level: Int) {
        writer.bytes.append(0x7B)
        writer.member("line", level + 1, first: true)
        writer.append(String(span.line))
        writer.member("span", level + 1)
        writer.bytes.append(0x5B)
        writer.bytes.append(0x0A)
        writer.indent(level + 2)
        writer.append(String(span.start))
        writer.bytes.append(0x2C)
        writer.bytes.append(0x0A)
        writer.indent(level + 2)
        writer.append(String(span.end))
        writer.close(0x5D, level + 1)
        writer.member("text", level + 1)
        writer.writeString(text)
        writer.close(0x7D, level)
    }

    init?(json node: JSONNode) {
        guard case .object(let box) = node, case .string(let text)? = box.value("text"),
              case .number(let lineText)? = box.value("line"), let line = Int(lineText),
              case .array(let range)? = box.value("span"), range.items.count == 2,
              case .number(let startText) = range.items[0], let start = Int(startText),
              case .number(let endText) = range.items[1], let end = Int(endText),
              let article = JSONNode.optionalString(box.value("article"))
        else { return nil }
        self.init(text: text, span: SourceSpan(article: article ?? "", start: start, end: end, line: line))
    }
}

extension SourceSpan {
    public static let jsonFields = ["article", "start", "end", "line"]
}

extension JSONNode {
    /// A member that may be absent or null (`.some(nil)` then); nil when it is another type.
    static func optionalString(_ node: JSONNode?) -> String?? {
        switch node {
        case nil, .null?: return .some(nil)
        case .string(let text)?: return .some(text)
        default: return nil
        }
    }

    static func optionalBool(_ node: JSONNode?) -> Bool?? {
        switch node {
        case nil, .null?: return .some(nil)
        case .bool(let flag)?: return .some(flag)
        default: return nil
        }
    }
}

extension PrettyJSONWriter {
    /// `,` (unless first), a new line, the indent and `"name" : `.
    mutating func member(_ name: StaticString, _ level: Int, first: Bool = false) {
        openMember(level, first: first)
        append(name)
        append("\" : ")
    }

    mutating func member(_ name: String, _ level: Int, first: Bool = false) {
        openMember(level, first: first)
        append(name)
        append("\" : ")
    }

    /// `,` (unless first), a new line, the indent and the name's opening `"`.
    private mutating func openMember(_ level: Int, first: Bool) {
        if !first { bytes.append(0x2C) }
        bytes.append(0x0A)
        indent(level)
        bytes.append(0x22)
    }

    /// A new line, the indent of `level` and the closing bracket.
    mutating func close(_ bracket: UInt8, _ level: Int) {
        bytes.append(0x0A)
        indent(level)
        bytes.append(bracket)
    }
}
