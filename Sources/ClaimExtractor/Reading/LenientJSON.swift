import ClaimModel

/// A JSON reader for articles that refuses only what makes the text unreadable.
///
/// `JSONSerialization` rejected a whole article for a lone surrogate escape (`"\ud800"`) or a
/// number it cannot hold (`1e999999`) in a key the reader never uses, and kept the last of two
/// equal keys silently. Here a lone surrogate decodes to U+FFFD, numbers stay the text they
/// were written as (never converted, so never out of range), and a key given twice is
/// reported. One pass over UTF-8 bytes, no recursion (nesting is an explicit stack, capped).
public enum LenientJSON {
    public indirect enum Value: Sendable, Equatable {
        case string(String)
        /// The literal as written (`42`, `1e999999`).
        case number(String)
        case bool(Bool)
        case null
        case array([Value])
        case object([(key: String, value: Value)])

        public static func == (lhs: Value, rhs: Value) -> Bool {
            switch (lhs, rhs) {
            case (.string(let a), .string(let b)), (.number(let a), .number(let b)): return a == b
            case (.bool(let a), .bool(let b)): return a == b
            case (.null, .null): return true
            case (.array(let a), .array(let b)): return a == b
            case (.object(let a), .object(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            default: return false
            }
        }

        /// Compact JSON-like text, for values kept as metadata (`[a, b]`, `{k: v}`).
        public var text: String {
            switch self {
            case .string(let text), .number(let text): return text
            case .bool(let value): return value ? "true" : "false"
            case .null: return ""
            case .array(let items): return items.map(\.text).joined(separator: ", ")
            case .object(let members): return members.map { "\($0.key): \($0.value.text)" }.joined(separator: ", ")
            }
        }
    }

    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong, for the message (`unexpected '}' at byte 14`).
        public var reason: String
        /// Where: the 0-based byte offset in the parsed text (nil when not known).
        public var offset: Int? = nil

        /// The 1-based line and column (in bytes) of `offset` in `bytes`, counting `\n`.
        public static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
            var line = 1, start = 0
            for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
                line += 1
                start = index + 1
            }
            return (line, offset - start + 1)
        }
    }

    /// The deepest nesting read; deeper input is refused rather than recursed into.
    public static let maxDepth = 512

    /// Parses one value; `duplicates` receives each key an object gives twice (the later wins).
    public static func parse(_ bytes: [UInt8], duplicates: inout [String]) throws -> Value {
        var parser = Parser(bytes: bytes)
        let value = try parser.document()
        duplicates = parser.duplicates
        return value
    }

    struct Parser {
        let bytes: [UInt8]
        var index = 0
        var duplicates: [String] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        func fail(_ what: String) -> Failure {
            let found = index < bytes.count ? "'\(Printable.line(String(decoding: [bytes[index]], as: UTF8.self)))'" : "the end"
            return Failure(reason: "\(what), found \(found) at byte \(index + 1)", offset: index)
        }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        }

        /// A container being filled: an array's items, or an object's members and the pending key.
        enum Frame {
            case array([Value])
            case object([(key: String, value: Value)], [String: Int], pendingKey: String?)
        }

        mutating func document() throws -> Value {
            var stack: [Frame] = []
            while true {
                skipSpace()
                // In an object, read the key (or the end) before a value.
                if case .object(let members, let keys, nil)? = stack.last {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
                    let key = try string()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
                    index += 1
                    stack[stack.count - 1] = .object(members, keys, pendingKey: key)
                    continue
                }
                guard index < bytes.count else { throw fail("expected a value") }
                let byte = bytes[index]
                var value: Value
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    guard stack.count < LenientJSON.maxDepth else { throw fail("nested deeper than \(LenientJSON.maxDepth) levels") }
                    index += 1
                    skipSpace()
                    let isObject = byte == UInt8(ascii: "{")
                    if index < bytes.count, bytes[index] == UInt8(ascii: isObject ? "}" : "]") {
                        index += 1
                        value = isObject ? .object([]) : .array([])
                    } else {
                        stack.append(isObject ? .object([], [:], pendingKey: nil) : .array([]))
                        continue
                    }
                case UInt8(ascii: "\""): value = .string(try string())
                case UInt8(ascii: "t"): try literal("true"); value = .bool(true)
                case UInt8(ascii: "f"): try literal("false"); value = .bool(false)
                case UInt8(ascii: "n"): try literal("null"); value = .null
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = try number()
                default: throw fail("expected a value")
                }
                if let done = try finish(value, into: &stack) { return done }
            }
        }

        /// Puts a finished value into its container, then reads `,` or the container's end
        /// (closing as many containers as end here). Returns the value when it is the document.
        mutating func finish(_ value: Value, into stack: inout [Frame]) throws -> Value? {
            var value = value
            while true {
                guard let top = stack.popLast() else {
                    skipSpace()
                    guard index == bytes.count else { throw fail("expected the end after the value") }
                    return value
                }
                skipSpace()
                switch top {
                case .array(var items):
                    items.append(value)
                    guard index < bytes.count else { throw fail("expected ',' or ']'") }
                    if bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        stack.append(.array(items))
                        return nil
                    }
                    guard bytes[index] == UInt8(ascii: "]") else { throw fail("expected ',' or ']'") }
                    index += 1
                    value = .array(items)
                case .object(var members, var keys, let key):
                    let name = key ?? ""
                    if let earlier = keys[name] {
                        // The later value wins, as in JSONSerialization, but it is said.
                        duplicates.append(name)
                        members[earlier].value = value
                    } else {
                        keys[name] = members.count
                        members.append((name, value))
                    }
                    guard index < bytes.count else { throw fail("expected ',' or '}'") }
                    if bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        stack.append(.object(members, keys, pendingKey: nil))
                        skipSpace()
                        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a key in quotes after ','") }
                        return nil
                    }
                    guard bytes[index] == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
                    index += 1
                    value = .object(members)
                }
            }
        }

        mutating func literal(_ word: String) throws {
            let expected = Array(word.utf8)
            guard index + expected.count <= bytes.count, Array(bytes[index..<(index + expected.count)]) == expected else { throw fail("expected a value") }
            index += expected.count
        }

        mutating func number() throws -> Value {
            let start = index
            while index < bytes.count, let c = Optional(bytes[index]),
                  (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                index += 1
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard text != "-" else { throw fail("expected a number") }
            return .number(text)
        }

        /// A quoted string: escapes decoded, a lone or reversed surrogate as U+FFFD, raw
        /// control characters kept (lenient).
        mutating func string() throws -> String {
            index += 1
            var out: [UInt8] = []
            var pendingHigh: UInt32?
            func flushHigh(_ out: inout [UInt8]) {
                if pendingHigh != nil { out.append(contentsOf: [0xEF, 0xBF, 0xBD]); pendingHigh = nil }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    flushHigh(&out)
                    index += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if byte != UInt8(ascii: "\\") {
                    flushHigh(&out)
                    out.append(byte)
                    index += 1
                    continue
                }
                guard index + 1 < bytes.count else { break }
                let escape = bytes[index + 1]
                index += 2
                if escape == UInt8(ascii: "u") {
                    guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else {
                        throw fail("expected four hex digits after \\u")
                    }
                    index += 4
                    if (0xD800...0xDBFF).contains(code) {
                        flushHigh(&out)
                        pendingHigh = code
                    } else if (0xDC00...0xDFFF).contains(code) {
                        if let high = pendingHigh {
                            let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))!
                            out.append(contentsOf: UTF8.encode(scalar)!)
                            pendingHigh = nil
                        } else {
                            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        }
                    } else {
                        flushHigh(&out)
                        out.append(contentsOf: UTF8.encode(Unicode.Scalar(code) ?? "\u{FFFD}")!)
                    }
                    continue
                }
                flushHigh(&out)
                switch escape {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                default: out.append(escape) // \" \\ \/ and, leniently, any other character as itself
                }
            }
            throw fail("a string is never closed")
        }
    }
}
