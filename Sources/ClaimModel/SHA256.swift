/// SHA-256 (FIPS 180-4), for content hashes and stable ids. The toolchain on Linux ships
/// no CryptoKit, and the design card allows no packages, so it is written out here.
/// Blocks are read straight from the input's bytes (only the padded tail is copied) into a
/// message schedule on the stack; article files are hashed whole, so this is on the reading path.
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The eight working words.
    private struct State {
        var a: UInt32 = 0x6a09e667, b: UInt32 = 0xbb67ae85, c: UInt32 = 0x3c6ef372, d: UInt32 = 0xa54ff53a
        var e: UInt32 = 0x510e527f, f: UInt32 = 0x9b05688c, g: UInt32 = 0x1f83d9ab, h: UInt32 = 0x5be0cd19
    }

    public static func digest<Bytes: Collection>(_ input: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        if let result = input.withContiguousStorageIfAvailable({ digest(buffer: UnsafeRawBufferPointer($0)) }) { return result }
        return Array(input).withUnsafeBytes { digest(buffer: $0) }
    }

    private static func digest(buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var state = State()
        let count = buffer.count
        let whole = count / 64 * 64
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var offset = 0
                while offset < whole {
                    compress(&state, UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + 64]), w, k)
                    offset += 64
                }
                // The tail, 0x80, zeros and the bit length: one or two more blocks.
                var tail = [UInt8](repeating: 0, count: 128)
                let rest = count - whole
                for i in 0..<rest { tail[i] = buffer[whole + i] }
                tail[rest] = 0x80
                let blocks = rest + 9 <= 64 ? 1 : 2
                let bitLength = UInt64(count) &* 8
                for i in 0..<8 { tail[blocks * 64 - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(i * 8)) }
                tail.withUnsafeBytes { bytes in
                    for block in 0..<blocks {
                        compress(&state, UnsafeRawBufferPointer(rebasing: bytes[block * 64..<block * 64 + 64]), w, k)
                    }
                }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h] {
            for shift in stride(from: 24, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return out
    }

    /// A digest fed piece by piece (a report hashed as it is written): the same result as
    /// `digest` of the pieces joined.
    public struct Hasher {
        private var state = State()
        private var pending: [UInt8] = []
        private var count = 0

        public init() { pending.reserveCapacity(64) }

        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            count += bytes.count
            var offset = 0
            if !pending.isEmpty {
                let take = min(64 - pending.count, bytes.count)
                pending.append(contentsOf: bytes[0..<take])
                offset = take
                guard pending.count == 64 else { return }
                pending.withUnsafeBytes { block in SHA256.blocks(&state, block) }
                pending.removeAll(keepingCapacity: true)
            }
            let whole = (bytes.count - offset) / 64 * 64
            if whole > 0 { SHA256.blocks(&state, UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + whole])) }
            pending.append(contentsOf: bytes[(offset + whole)...])
        }

        /// The digest as 64 lowercase hex digits.
        public consuming func hex() -> String {
            var tail = [UInt8](repeating: 0, count: 128)
            let rest = pending.count
            for i in 0..<rest { tail[i] = pending[i] }
            tail[rest] = 0x80
            let blocks = rest + 9 <= 64 ? 1 : 2
            let bitLength = UInt64(count) &* 8
            for i in 0..<8 { tail[blocks * 64 - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(i * 8)) }
            tail.withUnsafeBytes { bytes in SHA256.blocks(&state, UnsafeRawBufferPointer(rebasing: bytes[0..<blocks * 64])) }
            return SHA256.hex(of: SHA256.output(state))
        }
    }

    /// Whole 64-byte blocks into the state.
    private static func blocks(_ state: inout State, _ bytes: UnsafeRawBufferPointer) {
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var offset = 0
                while offset + 64 <= bytes.count {
                    compress(&state, UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 64]), w, k)
                    offset += 64
                }
            }
        }
    }

    private static func output(_ state: State) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h] {
            for shift in stride(from: 24, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return out
    }

    private static func hex(of hash: [UInt8]) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 64) { out in
            digits.withUTF8Buffer { digits in
                for (index, byte) in hash.enumerated() {
                    out[index * 2] = digits[Int(byte >> 4)]
                    out[index * 2 + 1] = digits[Int(byte & 0x0f)]
                }
            }
            return 64
        }
    }

    @inline(__always)
    private static func compress(_ state: inout State, _ block: UnsafeRawBufferPointer, _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>) {
        for i in 0..<16 {
            let base = i * 4
            w[i] = UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16 | UInt32(block[base + 2]) << 8 | UInt32(block[base + 3])
        }
        for i in 16..<64 {
            let x = w[i - 15], y = w[i - 2]
            let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
            let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var a = state.a, b = state.b, c = state.c, d = state.d, e = state.e, f = state.f, g = state.g, hh = state.h
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        state.a &+= a; state.b &+= b; state.c &+= c; state.d &+= d
        state.e &+= e; state.f &+= f; state.g &+= g; state.h &+= hh
    }

    public static func hex<Bytes: Collection>(_ input: Bytes) -> String where Bytes.Element == UInt8 {
        hex(of: digest(input))
    }

    public static func hex(_ string: String) -> String { hex(string.utf8) }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
