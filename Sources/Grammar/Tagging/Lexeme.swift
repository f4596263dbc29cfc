/// What the tagger and parser know of one word form: hashes of its form, lowercase form,
/// prefixes, suffixes and shape. Computed once per token from its bytes.
public struct Lexeme: Sendable {
    public var form: UInt64
    public var lower: UInt64
    public var prefix1: UInt64
    public var prefix2: UInt64
    public var prefix3: UInt64
    public var suffix1: UInt64
    public var suffix2: UInt64
    public var suffix3: UInt64
    public var suffix4: UInt64
    public var shape: UInt64
    /// Bit 0 capitalised, 1 all caps, 2 has digit, 3 has hyphen, 4 has non-ASCII, 5 first of sentence.
    public var flags: UInt64

    /// The lexeme standing for "no word here" (before the start, after the end).
    public static let none = Lexeme(constant: 0x6E6F6E65)
    static let start2 = Lexeme(constant: 0x7374_6172_7432)
    static let end2 = Lexeme(constant: 0x656E_6432)

    init(constant: UInt64) {
        form = constant; lower = constant; prefix1 = constant; prefix2 = constant; prefix3 = constant
        suffix1 = constant; suffix2 = constant; suffix3 = constant; suffix4 = constant; shape = constant; flags = 0
    }

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        form = FeatureHash.bytes(bytes)
        lower = FeatureHash.bytes(bytes, lowercase: true)
        let n = bytes.count
        func part(_ range: Range<Int>) -> UInt64 {
            FeatureHash.bytes(UnsafeBufferPointer(rebasing: bytes[max(0, range.lowerBound)..<min(n, range.upperBound)]), lowercase: true)
        }
        prefix1 = part(0..<1)
        prefix2 = part(0..<2)
        prefix3 = part(0..<3)
        suffix1 = part(n - 1..<n)
        suffix2 = part(n - 2..<n)
        suffix3 = part(n - 3..<n)
        suffix4 = part(n - 4..<n)
        var shapeHash: UInt64 = 0x5348
        var last: UInt8 = 0
        var run = 0
        var flags: UInt64 = 0
        var upper = 0
        var letters = 0
        for (index, byte) in bytes.enumerated() {
            let cls: UInt8
            switch byte {
            case 65...90: cls = 88; upper += 1; letters += 1; if index == 0 { flags |= 1 }
            case 97...122: cls = 120; letters += 1
            case 48...57: cls = 100; flags |= 4
            case 0x80...: cls = 117; flags |= 16
            default: cls = byte; if byte == 45 { flags |= 8 }
            }
            if cls == last { run += 1 } else { run = 0; last = cls }
            if run < 2 && index < 12 { shapeHash = (shapeHash ^ UInt64(cls)) &* 0x0000_0100_0000_01B3 }
        }
        if letters > 1 && upper == letters { flags |= 2 }
        shape = FeatureHash.mix(shapeHash, 0x5348)
        self.flags = flags
    }

    public init(_ text: String) {
        var bytes = Array(text.utf8)
        self = bytes.withUnsafeMutableBufferPointer { Lexeme(UnsafeBufferPointer($0)) }
    }
}
