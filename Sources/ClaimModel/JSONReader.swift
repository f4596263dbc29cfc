/// Where JSON text is not JSON: the byte offset (from 0) and what was expected there.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}

/// Reads JSON text from its UTF-8 bytes into a `JSONNode` tree (RFC 8259: one value, white
/// space around it; strings must be valid UTF-8; numbers are kept as their text and parsed
/// when a type asks for one). No Foundation: the claims files of a large set are read here.
public struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0

    /// The value the bytes hold, or the first place they stop being JSON.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONNode {
        var reader = JSONReader(bytes: bytes)
        reader.skipSpace()
        let value = try reader.value()
        reader.skipSpace()
        guard reader.index == bytes.count else { throw reader.error("text after the value") }
        return value
    }

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        let result: Result<JSONNode, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONSyntaxError) { return .success(try parse(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(offset: index, message: message) }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func value() throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw error("a value, found the end") }
        switch bytes[index] {
        case 0x22: return .string(try string())
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x74: try word("true"); return .bool(true)
        case 0x66: try word("false"); return .bool(false)
        case 0x6E: try word("null"); return .null
        case 0x2D, 0x30...0x39: return try number()
        default: throw error("a value")
        }
    }

    mutating func word(_ text: StaticString) throws(JSONSyntaxError) {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("`\(text)`") }
        for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { throw error("`\(text)`") }
        index += count
    }

    mutating func number() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        if bytes[index] == 0x2D { index += 1 }
        func digits(_ reader: inout JSONReader) -> Int {
            let first = reader.index
            while reader.index < reader.bytes.count, (0x30...0x39).contains(reader.bytes[reader.index]) { reader.index += 1 }
            return reader.index - first
        }
        let integer = index
        guard digits(&self) > 0 else { throw error("a digit") }
        if bytes[integer] == 0x30 && index - integer > 1 { index = integer + 1; throw error("no leading zero") }
        if index < bytes.count && bytes[index] == 0x2E {
            index += 1
            guard digits(&self) > 0 else { throw error("a digit after the point") }
        }
        if index < bytes.count && (bytes[index] == 0x65 || bytes[index] == 0x45) {
            index += 1
            if index < bytes.count && (bytes[index] == 0x2B || bytes[index] == 0x2D) { index += 1 }
            guard digits(&self) > 0 else { throw error("a digit in the exponent") }
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    mutating func array() throws(JSONSyntaxError) -> JSONNode {
        depth += 1
        guard depth <= 512 else { throw error("less nesting (512 levels at most)") }
        index += 1
        let box = JSONArrayBox()
        skipSpace()
        if index < bytes.count && bytes[index] == 0x5D {
            index += 1
            depth -= 1
            return .array(box)
        }
        while true {
            skipSpace()
            box.items.append(try value())
            skipSpace()
            guard index < bytes.count else { throw error("`,` or `]`, found the end") }
            if bytes[index] == 0x2C { index += 1; continue }
            guard bytes[index] == 0x5D else { throw error("`,` or `]`") }
            index += 1
            depth -= 1
            return .array(box)
        }
    }

    mutating func object() throws(JSONSyntaxError) -> JSONNode {
        depth += 1
        guard depth <= 512 else { throw error("less nesting (512 levels at most)") }
        index += 1
        let box = JSONObjectBox()
        skipSpace()
        if index < bytes.count && bytes[index] == 0x7D {
            index += 1
            depth -= 1
            return .object(box)
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x22 else { throw error("a key in quotes") }
            let key = try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x3A else { throw error("`:` after the key") }
            index += 1
            skipSpace()
            // A key given twice keeps its last value.
            box.set(key, try value())
            skipSpace()
            guard index < bytes.count else { throw error("`,` or `}`, found the end") }
            if bytes[index] == 0x2C { index += 1; continue }
            guard bytes[index] == 0x7D else { throw error("`,` or `}`") }
            index += 1
            depth -= 1
            return .object(box)
        }
    }

    /// A string from its opening quote; runs without escapes are decoded at once.
    mutating func string() throws(JSONSyntaxError) -> String {
        index += 1
        var start = index
        var pieces: [UInt8] = []
        var escaped = false
        while true {
            guard index < bytes.count else { throw error("the closing quote") }
            let byte = bytes[index]
            if byte == 0x22 { break }
            if byte < 0x20 { throw error("no control character in a string (escape it)") }
            guard byte == 0x5C else { index += 1; continue }
            escaped = true
            pieces.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            index += 1
            guard index < bytes.count else { throw error("an escape") }
            switch bytes[index] {
            case 0x22, 0x5C, 0x2F: pieces.append(bytes[index])
            case 0x62: pieces.append(0x08)
            case 0x66: pieces.append(0x0C)
            case 0x6E: pieces.append(0x0A)
            case 0x72: pieces.append(0x0D)
            case 0x74: pieces.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    guard index + 2 < bytes.count, bytes[index + 1] == 0x5C, bytes[index + 2] == 0x75 else { throw error("the low half of a surrogate pair") }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("the low half of a surrogate pair") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw error("no lone low surrogate")
                }
                guard let value = Unicode.Scalar(scalar) else { throw error("a Unicode scalar") }
                pieces.append(contentsOf: UTF8.encode(value)!)
            default: throw error("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)")
            }
            index += 1
            start = index
        }
        let end = index
        index += 1
        if escaped {
            pieces.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            guard let text = String(validating: pieces, as: UTF8.self) else { throw JSONSyntaxError(offset: start, message: "UTF-8 text") }
            return text
        }
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) else {
            throw JSONSyntaxError(offset: start, message: "UTF-8 text")
        }
        return text
    }

    /// Four hex digits after `\u`, leaving the index on the last.
    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 < bytes.count else { throw error("four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            index += 1
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw error("a hex digit")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
