import ClaimModel

/// Bytes to text, strictly: UTF-8 with or without BOM; CRLF and CR made LF.
/// UTF-16, UTF-32, NUL bytes and invalid UTF-8 are errors that name the line.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8], path: String) throws -> String {
        var start = 0
        try refuseOtherEncodings(bytes, path: path)
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        if let nul = bytes[start...].firstIndex(of: 0) {
            throw CrossCheckError.binary(path: path, line: line(of: nul, in: bytes))
        }
        if let bad = firstInvalidUTF8(bytes, from: start) {
            throw CrossCheckError.invalidUTF8(path: path, line: line(of: bad, in: bytes), byteOffset: bad)
        }
        // Most files have no carriage return: their bytes are the text as they are.
        if !bytes[start...].contains(0x0D) { return String(decoding: bytes[start...], as: UTF8.self) }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count - start)
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                normalized.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                normalized.append(byte)
            }
            index += 1
        }
        return String(decoding: normalized, as: UTF8.self)
    }

    /// A UTF-32 or UTF-16 byte order mark: the file is not UTF-8, named as what it is.
    public static func refuseOtherEncodings(_ bytes: [UInt8], path: String) throws {
        // UTF-32 first: its little-endian BOM (FF FE 00 00) begins like UTF-16's.
        if bytes.count >= 4 && ((bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)) {
            throw CrossCheckError.utf32(path: path)
        }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            throw CrossCheckError.utf16(path: path)
        }
    }

    /// 1-based line of a byte offset (counting LF, CR and CRLF once each).
    public static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < min(offset, bytes.count) {
            if bytes[index] == 0x0A {
                line += 1
            } else if bytes[index] == 0x0D {
                line += 1
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            }
            index += 1
        }
        return line
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence.
    public static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            var needed = 0
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: needed = 1
            case 0xE0: needed = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: needed = 2
            case 0xED: needed = 2; upper = 0x9F
            case 0xF0: needed = 3; lower = 0x90
            case 0xF1...0xF3: needed = 3
            case 0xF4: needed = 3; upper = 0x8F
            default: return index
            }
            if index + needed >= count { return index }
            for step in 1...needed {
                guard index + step < count else { return index }
                let next = bytes[index + step]
                let low = step == 1 ? lower : 0x80
                let high = step == 1 ? upper : 0xBF
                if next < low || next > high { return index }
            }
            index += needed + 1
        }
        return nil
    }
}
