/// 64-bit feature keys: every feature is a template id mixed with one or more values.
/// Keys are never 0 (0 marks an empty slot in `FeatureTable`).
public enum FeatureHash {
    /// SplitMix64's finaliser over `a` combined with `b`.
    @inline(__always)
    public static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ (b &* 0x9E37_79B9_7F4A_7C15) &+ 0x632B_E59B_D9B4_E019
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }

    @inline(__always)
    public static func mix(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 { mix(mix(a, b), c) }

    @inline(__always)
    public static func mix(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 { mix(mix(mix(a, b), c), d) }

    /// FNV-1a over bytes, then mixed: the hash of a word form.
    @inline(__always)
    public static func bytes(_ buffer: UnsafeBufferPointer<UInt8>, lowercase: Bool = false) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in buffer {
            let b = lowercase && byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return mix(h, UInt64(buffer.count))
    }

    public static func string(_ text: String, lowercase: Bool = false) -> UInt64 {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { bytes(UnsafeBufferPointer($0), lowercase: lowercase) }
    }
}
