import ClaimModel
import Foundation

/// What identifies the build of an executable, for keying cached claims.
///
/// On Linux the linker writes a GNU build id (a hash of the linked output) into an ELF note:
/// it changes whenever the code changes and is the same for identical builds, and reading it
/// costs a few small reads. Without one (another platform, a stripped note) the executable's
/// size and modification time stand in: still never stale, but any relink misses the cache.
enum BuildIdentity {
    static let unknown = "unknown-build"

    static func of(_ path: String) -> String {
        if let id = gnuBuildID(path) { return "gnu-build-id:" + id }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return unknown }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = Int((((attributes[.modificationDate] as? Date)?.timeIntervalSince1970) ?? 0) * 1000)
        return "file:\(size):\(modified)"
    }

    /// The `NT_GNU_BUILD_ID` note of a 64-bit little-endian ELF file, as hex; nil otherwise.
    static func gnuBuildID(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
            guard count > 0, count <= 1 << 20, (try? handle.seek(toOffset: offset)) != nil,
                  let data = try? handle.read(upToCount: count), data.count == count else { return nil }
            return [UInt8](data)
        }
        func integer(_ bytes: [UInt8], _ at: Int, _ size: Int) -> UInt64 {
            var value: UInt64 = 0
            for index in stride(from: at + size - 1, through: at, by: -1) { value = value << 8 | UInt64(bytes[index]) }
            return value
        }
        // ELF magic, 64-bit, little-endian.
        guard let header = read(0, 64), header[0] == 0x7F, header[1] == 0x45, header[2] == 0x4C, header[3] == 0x46,
              header[4] == 2, header[5] == 1 else { return nil }
        let programHeaders = integer(header, 0x20, 8)
        let entrySize = Int(integer(header, 0x36, 2))
        let entries = Int(integer(header, 0x38, 2))
        guard entrySize >= 56, entries > 0, entries < 4096 else { return nil }
        for index in 0..<entries {
            guard let entry = read(programHeaders + UInt64(index * entrySize), 56) else { return nil }
            guard integer(entry, 0, 4) == 4 else { continue }  // PT_NOTE
            let offset = integer(entry, 0x08, 8)
            let size = Int(integer(entry, 0x20, 8))
            guard let notes = read(offset, size) else { continue }
            var cursor = 0
            while cursor + 12 <= notes.count {
                let nameSize = Int(integer(notes, cursor, 4))
                let descriptionSize = Int(integer(notes, cursor + 4, 4))
                let type = integer(notes, cursor + 8, 4)
                let nameStart = cursor + 12
                let descriptionStart = nameStart + (nameSize + 3) / 4 * 4
                let next = descriptionStart + (descriptionSize + 3) / 4 * 4
                guard descriptionStart + descriptionSize <= notes.count else { break }
                if type == 3, nameSize == 4, Array(notes[nameStart..<nameStart + 4]) == [0x47, 0x4E, 0x55, 0] {  // "GNU\0"
                    let id = notes[descriptionStart..<descriptionStart + descriptionSize]
                    return id.isEmpty ? nil : id.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
                }
                cursor = next
            }
        }
        return nil
    }
}
