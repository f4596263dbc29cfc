/// A growing UTF-8 text: appends are amortized O(1) whatever the scalar.
struct UTF8Buffer {
    var bytes: [UInt8] = []

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
