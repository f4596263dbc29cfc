import Foundation

/// The model file's building blocks: arrays of plain values stored as a count and their raw
/// little-endian bytes, padded to 8. Reading one is a single copy, fast even in a debug build.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func array<T: BitwiseCopyable>(_ values: [T]) {
        integer(UInt64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    mutating func integer(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func strings(_ values: [String]) { array(Array(values.joined(separator: "\n").utf8)) }
}

/// Reads what `BinaryWriter` wrote, from memory or straight from a file: each array is read
/// into its own storage with one `read`, so loading touches every byte once.
struct BinaryReader {
    enum Source {
        case memory(Data)
        case file(Int32)
    }

    let source: Source
    var offset = 0

    init(_ data: Data) { source = .memory(data) }
    init(fileDescriptor: Int32) { source = .file(fileDescriptor) }

    /// Fills `count` bytes at `destination`; false at the end of the input.
    private mutating func fill(_ destination: UnsafeMutableRawPointer, _ count: Int) -> Bool {
        switch source {
        case .memory(let data):
            guard offset + count <= data.count else { return false }
            if count > 0 { data.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress! + offset, byteCount: count) } }
        case .file(let descriptor):
            var done = 0
            while done < count {
                let got = read(descriptor, destination + done, count - done)
                if got <= 0 { return false }
                done += got
            }
        }
        offset += count
        return true
    }

    mutating func integer() throws -> UInt64 {
        var value: UInt64 = 0
        guard withUnsafeMutableBytes(of: &value, { fill($0.baseAddress!, 8) }) else { throw GrammarModelError.truncated }
        return UInt64(littleEndian: value)
    }

    mutating func array<T: BitwiseCopyable>(_ type: T.Type) throws -> [T] {
        let count = Int(clamping: try integer())
        let size = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        guard !size.overflow, size.partialValue <= 1 << 31 else { throw GrammarModelError.truncated }
        var complete = true
        let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { complete = fill(UnsafeMutableRawPointer(buffer.baseAddress!), size.partialValue) }
            initialized = complete ? count : 0
        }
        guard complete else { throw GrammarModelError.truncated }
        var pad: UInt64 = 0
        let padding = (8 - offset % 8) % 8
        guard padding == 0 || withUnsafeMutableBytes(of: &pad, { fill($0.baseAddress!, padding) }) else { throw GrammarModelError.truncated }
        return result
    }

    mutating func strings() throws -> [String] {
        let bytes = try array(UInt8.self)
        return bytes.isEmpty ? [] : String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

/// Why a model file could not be read.
public enum GrammarModelError: Error, Equatable, CustomStringConvertible {
    case notFound
    case truncated
    case badMagic
    case inconsistent(String)

    public var description: String {
        switch self {
        case .notFound: return "no grammar model found (set CROSSCHECK_MODEL to a model file)"
        case .truncated: return "the grammar model file is truncated"
        case .badMagic: return "not a crosscheck grammar model file (bad magic)"
        case .inconsistent(let what): return "the grammar model file is inconsistent: \(what)"
        }
    }
}
