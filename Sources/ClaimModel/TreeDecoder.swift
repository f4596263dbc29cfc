/// Decodes a `Decodable` value from a `JSONNode` tree (`JSONReader`), as Foundation's
/// `JSONDecoder` decodes it with its default strategies: a missing key or `null` is nil for
/// `decodeIfPresent`, unknown keys are ignored, integers must be written as integers.
public enum TreeDecoding {
    public static func decode<T: Decodable>(_ type: T.Type, from node: JSONNode) throws -> T {
        try decode(type, node, at: nil)
    }

    /// The value of the JSON text in `bytes`.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>) throws -> T {
        try decode(type, JSONReader.parse(bytes), at: nil)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ node: JSONNode, at link: CodingPathLink?) throws -> T {
        try decode(type, node, parent: link, key: nil)
    }

    /// The path (`parent`, `key`) is made into links only when an error or a nested value needs it.
    static func decode<T: Decodable>(_ type: T.Type, _ node: JSONNode, parent: @autoclosure () -> CodingPathLink?, key: (any CodingKey)?) throws -> T {
        // Metatype tests first: the common leaves need no decoder of their own.
        if T.self == String.self { return unsafeBitCast(try string(node, NodeDecoder.link(parent(), key)), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try integer(node, NodeDecoder.link(parent(), key)), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try bool(node, NodeDecoder.link(parent(), key)), to: T.self) }
        // Claims, most of a claims file, are read by hand when they are exactly as written (`ClaimJSON.swift`).
        if T.self == [Claim].self, case .array(let box) = node {
            var claims: [Claim] = []
            claims.reserveCapacity(box.items.count)
            for item in box.items {
                guard let claim = Claim(json: item) else { break }
                claims.append(claim)
            }
            if claims.count == box.items.count { return unsafeBitCast(claims, to: T.self) }
        }
        if T.self == Claim.self, let claim = Claim(json: node) { return unsafeBitCast(claim, to: T.self) }
        return try T(from: NodeDecoder(node: node, parent: parent(), key: key))
    }

    static func mismatch(_ expected: String, _ node: JSONNode, _ link: @autoclosure () -> CodingPathLink?) -> DecodingError {
        let found: String
        switch node {
        case .null: found = "null"
        case .bool: found = "a boolean"
        case .string: found = "a string"
        case .number: found = "a number"
        case .array: found = "an array"
        case .object, .deferred: found = "an object"
        }
        return DecodingError.typeMismatch(Any.self, DecodingError.Context(codingPath: link()?.path ?? [], debugDescription: "expected \(expected), found \(found)"))
    }

    static func string(_ node: JSONNode, _ link: @autoclosure () -> CodingPathLink?) throws -> String {
        guard case .string(let text) = node else { throw mismatch("a string", node, link()) }
        return text
    }

    static func bool(_ node: JSONNode, _ link: @autoclosure () -> CodingPathLink?) throws -> Bool {
        guard case .bool(let value) = node else { throw mismatch("a boolean", node, link()) }
        return value
    }

    static func integer(_ node: JSONNode, _ link: @autoclosure () -> CodingPathLink?) throws -> Int {
        guard case .number(let text) = node else { throw mismatch("an integer", node, link()) }
        guard let value = Int(text) else { throw mismatch("an integer", node, link()) }
        return value
    }

    static func integer<I: FixedWidthInteger>(_ type: I.Type, _ node: JSONNode, _ link: @autoclosure () -> CodingPathLink?) throws -> I {
        guard case .number(let text) = node, let value = I(text) else { throw mismatch("an integer (\(I.self))", node, link()) }
        return value
    }

    static func double(_ node: JSONNode, _ link: @autoclosure () -> CodingPathLink?) throws -> Double {
        guard case .number(let text) = node, let value = Double(text) else { throw mismatch("a number", node, link()) }
        return value
    }
}

final class NodeDecoder: Decoder {
    let node: JSONNode
    let parent: CodingPathLink?
    let key: (any CodingKey)?
    /// This value's path as links, made the first time a nested value or an error asks.
    lazy var link: CodingPathLink? = NodeDecoder.link(parent, key)
    var codingPath: [any CodingKey] { link?.path ?? [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: JSONNode, parent: CodingPathLink?, key: (any CodingKey)?) {
        self.node = node
        self.parent = parent
        self.key = key
    }

    convenience init(node: JSONNode, link: CodingPathLink?) {
        self.init(node: node, parent: link, key: nil)
    }

    static func link(_ parent: CodingPathLink?, _ key: (any CodingKey)?) -> CodingPathLink? {
        guard let key else { return parent }
        return CodingPathLink(key: key, parent: parent)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let box) = node else { throw TreeDecoding.mismatch("an object", node, link) }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(box: box, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let box) = node else { throw TreeDecoding.mismatch("an array", node, link) }
        return NodeUnkeyedContainer(items: box.items, decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { NodeSingleContainer(node: node, decoder: self) }
}

struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let box: JSONObjectBox
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { box.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { box.value(key.stringValue) != nil }

    private func child(_ key: Key) -> CodingPathLink { CodingPathLink(key: key, parent: decoder.link) }

    private func member(_ key: Key) throws -> JSONNode {
        guard let node = box.value(key.stringValue) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "no member \"\(key.stringValue)\""))
        }
        return node
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try member(key) { return true }
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try TreeDecoding.bool(member(key), child(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try TreeDecoding.string(member(key), child(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try TreeDecoding.integer(member(key), child(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try TreeDecoding.double(member(key), child(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try TreeDecoding.double(member(key), child(key))) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try TreeDecoding.integer(type, member(key), child(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try TreeDecoding.integer(type, member(key), child(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try TreeDecoding.decode(type, member(key), parent: decoder.link, key: key) }

    // Missing and null are both nil, as `JSONDecoder` reads them.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let node = box.value(key.stringValue) else { return nil }
        if case .null = node { return nil }
        return try TreeDecoding.string(node, child(key))
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let node = box.value(key.stringValue) else { return nil }
        if case .null = node { return nil }
        return try TreeDecoding.bool(node, child(key))
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let node = box.value(key.stringValue) else { return nil }
        if case .null = node { return nil }
        return try TreeDecoding.integer(node, child(key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = box.value(key.stringValue) else { return nil }
        if case .null = node { return nil }
        return try TreeDecoding.decode(type, node, parent: decoder.link, key: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: member(key), parent: decoder.link, key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: member(key), parent: decoder.link, key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoder(node: box.value("super") ?? .null, parent: decoder.link, key: TreeKey.superKey)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { NodeDecoder(node: box.value(key.stringValue) ?? .null, parent: decoder.link, key: key) }
}

struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [JSONNode]
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }
    var currentIndex = 0

    init(items: [JSONNode], decoder: NodeDecoder) {
        self.items = items
        self.decoder = decoder
    }

    private var here: CodingPathLink { CodingPathLink(key: TreeKey(intValue: currentIndex), parent: decoder.link) }

    private mutating func next() throws -> JSONNode {
        guard currentIndex < items.count else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: here.path, debugDescription: "the array has no more elements"))
        }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count else { return false }
        if case .null = items[currentIndex] {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { let value = try TreeDecoding.bool(next(), here); currentIndex += 1; return value }
    mutating func decode(_ type: String.Type) throws -> String { let value = try TreeDecoding.string(next(), here); currentIndex += 1; return value }
    mutating func decode(_ type: Int.Type) throws -> Int { let value = try TreeDecoding.integer(next(), here); currentIndex += 1; return value }
    mutating func decode(_ type: Double.Type) throws -> Double { let value = try TreeDecoding.double(next(), here); currentIndex += 1; return value }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try TreeDecoding.decode(type, next(), parent: decoder.link, key: TreeKey(intValue: currentIndex))
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let nested = try NodeDecoder(node: next(), parent: decoder.link, key: TreeKey(intValue: currentIndex))
        currentIndex += 1
        return try nested.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let nested = try NodeDecoder(node: next(), parent: decoder.link, key: TreeKey(intValue: currentIndex))
        currentIndex += 1
        return try nested.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let nested = try NodeDecoder(node: next(), parent: decoder.link, key: TreeKey(intValue: currentIndex))
        currentIndex += 1
        return nested
    }
}

struct NodeSingleContainer: SingleValueDecodingContainer {
    let node: JSONNode
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
        if case .null = node { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try TreeDecoding.bool(node, decoder.link) }
    func decode(_ type: String.Type) throws -> String { try TreeDecoding.string(node, decoder.link) }
    func decode(_ type: Int.Type) throws -> Int { try TreeDecoding.integer(node, decoder.link) }
    func decode(_ type: Double.Type) throws -> Double { try TreeDecoding.double(node, decoder.link) }
    func decode(_ type: Float.Type) throws -> Float { Float(try TreeDecoding.double(node, decoder.link)) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try TreeDecoding.decode(type, node, parent: decoder.link, key: nil) }
}
