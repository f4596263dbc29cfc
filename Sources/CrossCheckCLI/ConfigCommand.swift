import ClaimModel
import CrossCheck
import Foundation

/// `crosscheck config <set-folder>`: the effective configuration.
struct ConfigCommand: Command {
    let name = "config"
    let summary = "print the effective configuration of a set (crosscheck.json merged)"
    let help = """
        Usage: crosscheck config <set-folder>

        Prints the configuration that applies to the set: the corpus root's crosscheck.json,
        then the set's own, later keys winning, with the files it was read from.

        """

    func run(_ arguments: [String], console: Console) throws -> Int32 {
        let args = try Arguments(arguments, options: [], flags: [])
        guard let folder = args.positionals.first else { throw CrossCheckError.usage("config needs a set folder") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { throw CrossCheckError.notFound(path: folder) }
        let configuration = try Configuration.load(folders: [FolderPath.parent(of: folder), folder])
        console.out(configuration.rendered())
        return ExitStatus.success
    }
}
