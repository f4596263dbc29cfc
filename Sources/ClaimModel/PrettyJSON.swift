import Foundation

/// The project's JSON encoder: a value's `Encodable` conformance builds a `JSONNode` tree
/// (objects as two arrays, not dictionaries) and `PrettyJSONWriter` writes it, byte for byte
/// what `JSONEncoder` with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` writes
/// (tested against it). Integers are written in decimal; a `Double` or `Float` as its
/// `description` without a trailing `.0`; a `URL` as its absolute string; `Date`, `Data` and
/// `Decimal`, which the reports never hold, are refused rather than written another way.
public enum PrettyJSON {
    /// The value's JSON, without a final newline.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var writer = PrettyJSONWriter()
        writer.write(try node(value, path: []))
        return writer.bytes
    }

    /// The tree of a value (`parent` and `key`: where it sits, for errors and the encoder's path).
    public static func node<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> JSONNode {
        try node(value, at: path.isEmpty ? nil : CodingPathLink(path))
    }

    static func node<T: Encodable>(_ value: T, at link: CodingPathLink?) throws -> JSONNode {
        // Metatype tests, not casts: the common leaves cost no dynamic cast.
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .number(String(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == [String].self {
            let box = JSONArrayBox()
            box.items = unsafeBitCast(value, to: [String].self).map { .string($0) }
            return .array(box)
        }
        if T.self == [Int].self {
            let box = JSONArrayBox()
            box.items = unsafeBitCast(value, to: [Int].self).map { .number(String($0)) }
            return .array(box)
        }
        if T.self == URL.self { return .string(unsafeBitCast(value, to: URL.self).absoluteString) }
        if T.self == Date.self || T.self == Data.self || T.self == Decimal.self {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: link?.path ?? [], debugDescription: "PrettyJSON writes no \(T.self)"))
        }
        let encoder = TreeEncoder(link: link)
        try value.encode(to: encoder)
        return encoder.slot.node ?? .object(JSONObjectBox())
    }

    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, _ path: [any CodingKey]) throws -> JSONNode {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: path, debugDescription: "\(value) is not valid JSON"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}

/// A coding path as links to the parent, made only where a nested value is encoded.
final class CodingPathLink {
    let key: any CodingKey
    let parent: CodingPathLink?

    init(key: any CodingKey, parent: CodingPathLink?) {
        self.key = key
        self.parent = parent
    }

    convenience init(_ path: [any CodingKey]) {
        var link: CodingPathLink?
        for key in path.dropLast() { link = CodingPathLink(key: key, parent: link) }
        self.init(key: path[path.count - 1], parent: link)
    }

    var path: [any CodingKey] {
        var keys: [any CodingKey] = []
        var link: CodingPathLink? = self
        while let current = link {
            keys.append(current.key)
            link = current.parent
        }
        return keys.reversed()
    }
}

final class TreeEncoder: Encoder {
    let link: CodingPathLink?
    var codingPath: [any CodingKey] { link?.path ?? [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let slot: JSONSlot

    init(link: CodingPathLink?, slot: JSONSlot = JSONSlot()) {
        self.link = link
        self.slot = slot
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing)? = slot.node {
            box = existing
        } else {
            box = JSONObjectBox()
            slot.node = .object(box)
        }
        return KeyedEncodingContainer(TreeKeyedContainer<Key>(box: box, link: link))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing)? = slot.node {
            box = existing
        } else {
            box = JSONArrayBox()
            slot.node = .array(box)
        }
        return TreeUnkeyedContainer(box: box, link: link)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { TreeSingleContainer(encoder: self) }
}

struct TreeKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
    static let superKey = TreeKey(stringValue: "super")
}

struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    let link: CodingPathLink?
    var codingPath: [any CodingKey] { link?.path ?? [] }

    private func child(_ key: any CodingKey) -> CodingPathLink { CodingPathLink(key: key, parent: link) }

    mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { box.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { box.set(key.stringValue, try PrettyJSON.number(value, child(key).path)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { box.set(key.stringValue, try PrettyJSON.number(value, child(key).path)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(key.stringValue, try PrettyJSON.node(value, at: child(key)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        box.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(box: nested, link: child(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        box.set(key.stringValue, .array(nested))
        return TreeUnkeyedContainer(box: nested, link: child(key))
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: TreeKey.superKey) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    private func superEncoder(named key: any CodingKey) -> any Encoder {
        let slot = JSONSlot()
        box.set(key.stringValue, .deferred(slot))
        return TreeEncoder(link: child(key), slot: slot)
    }
}

struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    let link: CodingPathLink?
    var codingPath: [any CodingKey] { link?.path ?? [] }
    var count: Int { box.items.count }

    private var next: CodingPathLink { CodingPathLink(key: TreeKey(intValue: box.items.count), parent: link) }

    mutating func encodeNil() throws { box.items.append(.null) }
    mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Int) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: Double) throws { box.items.append(try PrettyJSON.number(value, next.path)) }
    mutating func encode(_ value: Float) throws { box.items.append(try PrettyJSON.number(value, next.path)) }
    mutating func encode<T: Encodable>(_ value: T) throws { box.items.append(try PrettyJSON.node(value, at: next)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let path = next
        box.items.append(.object(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(box: nested, link: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let path = next
        box.items.append(.array(nested))
        return TreeUnkeyedContainer(box: nested, link: path)
    }

    mutating func superEncoder() -> any Encoder {
        let slot = JSONSlot()
        let path = next
        box.items.append(.deferred(slot))
        return TreeEncoder(link: path, slot: slot)
    }
}

struct TreeSingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.slot.node = .null }
    mutating func encode(_ value: Bool) throws { encoder.slot.node = .bool(value) }
    mutating func encode(_ value: String) throws { encoder.slot.node = .string(value) }
    mutating func encode(_ value: Int) throws { encoder.slot.node = .number(String(value)) }
    mutating func encode(_ value: Double) throws { encoder.slot.node = try PrettyJSON.number(value, codingPath) }
    mutating func encode(_ value: Float) throws { encoder.slot.node = try PrettyJSON.number(value, codingPath) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.slot.node = try PrettyJSON.node(value, at: encoder.link) }
}
