import ClaimModel
import CrossCheck

/// A subcommand. Listed in `CrossCheckCommand.commands`, in help order.
protocol Command: Sendable {
    var name: String { get }
    var summary: String { get }
    var help: String { get }
    func run(_ arguments: [String], console: Console) throws -> Int32
}

/// `crosscheck` itself: dispatches to subcommands, maps errors to exit statuses.
public enum CrossCheckCommand {
    static let commands: [any Command] = [
        CompareCommand(),
        CheckCommand(),
        BaselineCommand(),
        ExtractCommand(),
        ConfigCommand(),
        ScoreCommand(),
        EvalCommand(),
        DiffCommand(),
        InitCommand(),
        ParseCommand(),
    ]

    /// Runs with the process's console; returns the exit status.
    /// For the executable: a run stopped by `SIGTERM` or `SIGINT` removes the temporary files
    /// of the reports it was writing (see `AtomicFile`).
    public static func removeTemporaryFilesOnSignals() { AtomicFile.removeTemporaryFilesOnSignals() }

    public static func main(arguments: [String]) -> Int32 {
        run(arguments: arguments, console: Console.standard())
    }

    /// Runs in-process with any console: what tests call.
    public static func run(arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.err(usage)
            return ExitStatus.usage
        }
        switch first {
        case "--help", "-h", "help":
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                console.out(command.help)
            } else {
                console.out(usage)
            }
            return ExitStatus.success
        case "--version", "-V", "version":
            console.out("\(CrossCheckVersion.name) \(CrossCheckVersion.version)\n")
            return ExitStatus.success
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            console.error("unknown command '\(first)'; commands are \(commands.map(\.name).joined(separator: ", ")) (run `crosscheck --help`)")
            return ExitStatus.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(command.help)
            return ExitStatus.success
        }
        do {
            return try command.run(rest, console: console)
        } catch let error as CrossCheckError {
            console.error(error.message)
            return error.exitCode
        } catch {
            console.error("\(error)")
            return ExitStatus.input
        }
    }

    static var usage: String {
        var lines: [String] = []
        lines.append("crosscheck \(CrossCheckVersion.version): cross-check what news outlets claim about the same event.")
        lines.append("")
        lines.append("Usage: crosscheck <command> [options]")
        lines.append("")
        lines.append("Commands:")
        for command in commands { lines.append("  " + command.name.padding(10) + command.summary) }
        lines.append("")
        lines.append("Options for every command: --help, and crosscheck --version.")
        lines.append("Exit status: 0 clean; 1 findings at or above --fail-on; 2 usage or configuration error;")
        lines.append("             3 unreadable input; 4 output could not be written.")
        lines.append("Colour: on when standard output is a terminal; NO_COLOR=1 or --no-color turns it off.")
        lines.append("")
        lines.append("Run `crosscheck <command> --help` for a command's options.")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
