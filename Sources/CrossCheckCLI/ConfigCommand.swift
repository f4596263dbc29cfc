import ClaimModel
import CrossCheck
import Foundation

/// `crosscheck config <set-folder>`: the effective configuration.
struct ConfigCommand: Command {
    let name = "config"
    let summary = "print the effective configuration of a set (crosscheck.json merged)"
    let help = """
        Usage: crosscheck config <set-folder> [--config FILE]

        Prints the configuration that applies to the set, with the files it was read from:
        every crosscheck.json from the repository root (the nearest folder above holding
        .git; without one, the set's parent folder) down to the set folder, nearer files
        winning, then --config FILE (or CROSSCHECK_CONFIG=FILE), which wins over them all.

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--config"], flags: [])
        guard let folder = args.positionals.first else { throw CrossCheckError.usage("config needs a set folder") }
        // One set: a second folder (a shell glob such as `corpus/*`) is not silently dropped.
        guard args.positionals.count == 1 else {
            throw CrossCheckError.usage("config takes one set folder, not \(args.positionals.count) arguments; run it once per set")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { throw CrossCheckError.notFound(path: folder) }
        guard isDirectory.boolValue else { throw CrossCheckError.notADirectory(path: Printable.line(folder)) }
        let configuration = try Configuration.discover(forSet: folder, explicit: args.value("--config") ?? console.environment[Configuration.environmentVariable])
        console.out(configuration.rendered())
        return ExitStatus.success
    }
}
