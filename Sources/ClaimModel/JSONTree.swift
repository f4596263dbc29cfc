/// A JSON value as the project's writer and reader hold it: strings as `String`, numbers as
/// their text (the writer writes it as it is, the reader parses it when a type asks).
public enum JSONNode {
    case null
    case bool(Bool)
    case string(String)
    case number(String)
    case array(JSONArrayBox)
    case object(JSONObjectBox)
    /// Filled later by a `superEncoder`; null while empty.
    case deferred(JSONSlot)
}

/// An array being built or read: a reference, so a container handed out keeps adding to it.
public final class JSONArrayBox {
    public var items: [JSONNode] = []
    public init() {}
}

/// An object's members in the order they were set (the writer sorts them); a key set twice
/// keeps its last value, as Foundation's encoder does. A small object is searched in place;
/// from 16 members on (a dictionary keyed by article) an index keeps setting linear.
public final class JSONObjectBox {
    public private(set) var keys: [String] = []
    public private(set) var values: [JSONNode] = []
    private var index: [String: Int]?
    public init() {}

    public func set(_ key: String, _ value: JSONNode) {
        if let position = position(key) {
            values[position] = value
            return
        }
        keys.append(key)
        values.append(value)
        if index != nil {
            index?[key] = keys.count - 1
        } else if keys.count == 16 {
            index = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { $1 })
        }
    }

    public func value(_ key: String) -> JSONNode? { position(key).map { values[$0] } }

    private func position(_ key: String) -> Int? {
        if let index { return index[key] }
        // Objects are small: a scan beats hashing.
        for position in keys.indices where keys[position] == key { return position }
        return nil
    }
}

/// One value an encoder will set (`superEncoder`).
public final class JSONSlot {
    public var node: JSONNode?
    public init() {}
}

/// Writes JSON byte for byte as Foundation's `JSONEncoder` does with `[.sortedKeys,
/// .prettyPrinted, .withoutEscapingSlashes]`: two spaces per level, `" : "` between a key and
/// its value, members sorted by the UTF-8 bytes of their keys, an empty array `[\n\n]` and an
/// empty object `{\n\n}` (closing at their own level), and in strings only `"`, `\`, and the
/// control characters escaped (`\b \f \n \r \t`, the rest as `\u00xx` in lowercase).
public struct PrettyJSONWriter {
    public var bytes: [UInt8] = []
    /// Where written bytes go when `drain` is called (a file); nil keeps them all in `bytes`.
    public var flush: ((UnsafeRawBufferPointer) throws -> Void)?

    public init(capacity: Int = 0, flush: ((UnsafeRawBufferPointer) throws -> Void)? = nil) {
        bytes.reserveCapacity(capacity)
        self.flush = flush
    }

    /// Hands the bytes written so far to `flush` once there are at least `limit` of them.
    public mutating func drain(above limit: Int) throws {
        guard let flush, bytes.count >= limit, !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes(flush)
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func write(_ node: JSONNode, level: Int = 0) {
        switch node {
        case .null: append("null")
        case .bool(let value): append(value ? "true" : "false")
        case .number(let text): append(text)
        case .string(let text): writeString(text)
        case .deferred(let slot):
            if let inner = slot.node { write(inner, level: level) } else { append("{\n\n"); indent(level); bytes.append(0x7D) }
        case .array(let box):
            bytes.append(0x5B)
            bytes.append(0x0A)
            for (index, item) in box.items.enumerated() {
                if index > 0 { bytes.append(0x2C); bytes.append(0x0A) }
                indent(level + 1)
                write(item, level: level + 1)
            }
            bytes.append(0x0A)
            indent(level)
            bytes.append(0x5D)
        case .object(let box):
            writeObject(box, level: level) { _, _, _ in false }
        }
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func indent(_ level: Int) {
        if level > 0 { bytes.append(contentsOf: repeatElement(0x20, count: 2 * level)) }
    }

    /// The string quoted, with runs of bytes that need no escape copied at once.
    public mutating func writeString(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var mark = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if index > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index])) }
                mark = index + 1
                bytes.append(0x5C)
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x08: bytes.append(0x62)
                case 0x0C: bytes.append(0x66)
                case 0x0A: bytes.append(0x6E)
                case 0x0D: bytes.append(0x72)
                case 0x09: bytes.append(0x74)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
            }
            if utf8.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...])) }
        }
        bytes.append(0x22)
    }

    /// Member positions in the order of their keys' UTF-8 bytes (an insertion sort: an object
    /// has a few members). Each key's first eight bytes are read once into an integer, so most
    /// comparisons are of two integers; only keys sharing those bytes are compared whole.
    static func sortedOrder(_ keys: [String]) -> [Int] {
        var order = Array(keys.indices)
        guard keys.count > 1 else { return order }
        var prefixes = [UInt64](repeating: 0, count: keys.count)
        for index in keys.indices {
            var key = keys[index]
            prefixes[index] = key.withUTF8 { utf8 in
                var value: UInt64 = 0
                for offset in 0..<8 { value = value << 8 | UInt64(offset < utf8.count ? utf8[offset] : 0) }
                return value
            }
        }
        for next in 1..<order.count {
            let moving = order[next]
            var slot = next
            while slot > 0 {
                let other = order[slot - 1]
                let before = prefixes[moving] != prefixes[other] ? prefixes[moving] < prefixes[other] : precedes(keys[moving], keys[other])
                guard before else { break }
                order[slot] = other
                slot -= 1
            }
            order[slot] = moving
        }
        return order
    }

    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { left in
            b.withUTF8 { right in
                let shared = min(left.count, right.count)
                for index in 0..<shared where left[index] != right[index] { return left[index] < right[index] }
                return left.count < right.count
            }
        }
    }
}

extension PrettyJSONWriter {
    /// An object whose members `member` may write itself (returning true), for values that
    /// are not in the tree: a report's long arrays, written element by element.
    public mutating func writeObject(
        _ box: JSONObjectBox, level: Int, member: (String, inout PrettyJSONWriter, Int) throws -> Bool
    ) rethrows {
        bytes.append(0x7B)
        bytes.append(0x0A)
        for (position, index) in PrettyJSONWriter.sortedOrder(box.keys).enumerated() {
            if position > 0 { bytes.append(0x2C); bytes.append(0x0A) }
            indent(level + 1)
            writeString(box.keys[index])
            append(" : ")
            if try !member(box.keys[index], &self, level + 1) { write(box.values[index], level: level + 1) }
        }
        bytes.append(0x0A)
        indent(level)
        bytes.append(0x7D)
    }

    /// Bytes handed to `flush` at a time while a long array is written.
    public static let chunk = 1 << 20

    /// An array of values, each made into a tree, written and let go before the next.
    public mutating func writeArray<T: Encodable>(_ elements: [T], level: Int) throws {
        bytes.append(0x5B)
        bytes.append(0x0A)
        // Claims, most of a report, are written by hand (`ClaimJSON.swift`).
        let claims = T.self == Claim.self ? unsafeBitCast(elements, to: [Claim].self) : nil
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(0x2C); bytes.append(0x0A) }
            indent(level + 1)
            if let claims {
                claims[index].writeJSON(into: &self, level: level + 1)
            } else {
                write(try PrettyJSON.node(element, path: []), level: level + 1)
            }
            try drain(above: PrettyJSONWriter.chunk)
        }
        bytes.append(0x0A)
        indent(level)
        bytes.append(0x5D)
    }
}
