import ClaimModel
import Foundation

/// Where the CLI writes, and what it knows of its environment. Tests pass a capturing
/// console; `main` passes the process's.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private var outBuffer = ""
    private var errBuffer = ""
    private let capture: Bool
    public let environment: [String: String]
    /// Standard output is a terminal (colour and progress are allowed).
    public let stdoutIsTTY: Bool
    public let stderrIsTTY: Bool
    /// Standard input for `-` arguments: given bytes in tests, the process's stdin otherwise.
    private let input: Data?

    public init(
        capture: Bool, environment: [String: String] = ProcessInfo.processInfo.environment, stdoutIsTTY: Bool = false,
        stderrIsTTY: Bool = false, input: Data? = nil
    ) {
        self.capture = capture
        self.input = input
        self.environment = environment
        self.stdoutIsTTY = stdoutIsTTY
        self.stderrIsTTY = stderrIsTTY
    }

    /// The process's own streams.
    public static func standard() -> Console {
        Console(capture: false, stdoutIsTTY: isatty(STDOUT_FILENO) == 1, stderrIsTTY: isatty(STDERR_FILENO) == 1)
    }

    public func out(_ text: String) {
        if capture { lock.lock(); outBuffer += text; lock.unlock() } else { FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    public func err(_ text: String) {
        if capture { lock.lock(); errBuffer += text; lock.unlock() } else { FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// One error or warning line, `crosscheck: message`, with control characters and line
    /// breaks from paths and input removed (see `Printable`).
    public func error(_ message: String) {
        err("crosscheck: " + Printable.line(message) + "\n")
    }

    /// All of standard input (read once: a second `-` gets nothing).
    public func readInput() -> Data {
        if let input { return input }
        return FileHandle.standardInput.readDataToEndOfFile()
    }

    public var capturedOut: String { lock.lock(); defer { lock.unlock() }; return outBuffer }
    public var capturedErr: String { lock.lock(); defer { lock.unlock() }; return errBuffer }

    /// Colour when stdout is a terminal and `NO_COLOR` is unset (https://no-color.org), or when forced.
    public func colorEnabled(forced: Bool?) -> Bool {
        if let forced { return forced }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return stdoutIsTTY
    }
}
