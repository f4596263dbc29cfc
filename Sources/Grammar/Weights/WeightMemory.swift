import Foundation

/// Zeroed memory for a weight table laid out at load (`MoveWeights`, `InlineWeights`). On
/// Linux it is aligned to 2 MB and asks for transparent huge pages: lookups land anywhere in
/// megabytes of table, and with 4 KB pages most of them would also miss the TLB.
final class WeightMemory: @unchecked Sendable {
    let words: UnsafeMutablePointer<UInt32>

    init(count: Int) {
        let bytes = max(1, count) * 4
        #if os(Linux)
        let huge = 2 << 20
        let size = (bytes + huge - 1) / huge * huge
        var memory: UnsafeMutableRawPointer?
        if posix_memalign(&memory, huge, size) == 0, let memory {
            _ = madvise(memory, size, MADV_HUGEPAGE)
            words = memory.initializeMemory(as: UInt32.self, repeating: 0, count: size / 4)
            return
        }
        #endif
        words = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, count))
        words.initialize(repeating: 0, count: max(1, count))
    }

    deinit {
        #if os(Linux)
        free(words)
        #else
        words.deallocate()
        #endif
    }
}
