import Dispatch
import Foundation

/// Clocks and the process's own accounting.
enum Measure {
    /// Wall-clock seconds of `body`.
    static func seconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// The median of `runs` timings of `body` (its result discarded).
    static func median(runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, runs) { times.append(seconds(body).1) }
        times.sort()
        return times[times.count / 2]
    }

    /// Peak resident memory of this process so far, in MiB (`VmHWM` in /proc/self/status);
    /// nil where there is no /proc.
    static func peakMemoryMiB() -> Double? { statusField("VmHWM:") }

    static func currentMemoryMiB() -> Double? { statusField("VmRSS:") }

    private static func statusField(_ name: String) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            if let kib = Double(String(digits)) { return kib / 1024 }
        }
        return nil
    }

    /// The machine in one line: cores, processor, memory and system (`/proc`, `uname`).
    static func hostDescription() -> String {
        let (cores, model) = machine()
        var parts = ["\(cores) cores", model]
        if let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("MemTotal:") }),
           let kib = Double(String(line.filter(\.isNumber))) {
            parts.append(String(format: "%.1f GiB memory", kib / 1024 / 1024))
        }
        var system = utsname()
        if uname(&system) == 0 {
            let field = { (value: Any) -> String in
                String(Mirror(reflecting: value).children.compactMap { $0.value as? CChar }.prefix { $0 != 0 }.map { Character(UnicodeScalar(UInt8(bitPattern: $0))) })
            }
            parts.append("\(field(system.sysname)) \(field(system.release)) \(field(system.machine))")
        }
        return parts.joined(separator: ", ")
    }

    /// `nproc` and the processor's model name, for the report.
    static func machine() -> (cores: Int, model: String) {
        var model = "unknown"
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (ProcessInfo.processInfo.activeProcessorCount, model)
    }
}
