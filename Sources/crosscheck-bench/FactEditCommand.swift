import FactEdit
import Foundation

/// `crosscheck-bench factedit`: the fact-edit benchmark on folders of article sets.
///
///     crosscheck-bench factedit [FOLDER...] [--seed N] [--per-kind N] [--kinds a,b] [--json FILE] [--labels DIR]
///
/// FOLDER is a set folder or a folder of sets (default `../shared/realnews`). Prints the
/// caught rate per edit kind, the false alarms per control and every miss; the run time goes
/// to standard error, so standard output and the JSON are the same bytes on every run.
/// Labels (`EditLabels`) are read from `--labels DIR`, or from `Tests/Fixtures/factedit-labels`
/// when that folder exists; the labelled kinds show caught of the edits labelled shared too.
enum FactEditCommand {
    static let usage = """
        usage: crosscheck-bench factedit [FOLDER...] [--seed N] [--per-kind N] [--kinds KIND,...] [--json FILE] [--labels DIR]
          FOLDER    a set folder or a folder of sets (default ../shared/realnews)
          labels    <kind>.tsv files labelling each site shared, alone or unclear (default \(defaultLabels) when present)
          kinds     \(EditKind.allCases.map(\.rawValue).joined(separator: ", "))
        """

    static let defaultLabels = "Tests/Fixtures/factedit-labels"

    static func run(_ arguments: [String]) throws -> Int32 {
        var folders: [String] = []
        var seed = FactEditBenchmark.defaultSeed
        var perKind = FactEditBenchmark.defaultPerKind
        var kinds = EditKind.allCases
        var json: String?
        var labelsFolder: String?
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("\(arguments[index - 1]) needs a value\n\(usage)") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--seed":
                let text = try value()
                guard let number = UInt64(text) else { throw BenchError("not a seed: \(text)") }
                seed = number
            case "--per-kind":
                let text = try value()
                guard let number = Int(text), number > 0 else { throw BenchError("not a positive number: \(text)") }
                perKind = number
            case "--kinds":
                kinds = try value().split(separator: ",").map { name in
                    guard let kind = EditKind(rawValue: String(name)) else { throw BenchError("unknown kind \(name)\n\(usage)") }
                    return kind
                }
            case "--json": json = try value()
            case "--labels": labelsFolder = try value()
            case "-h", "--help":
                print(usage)
                return 0
            default:
                if argument.hasPrefix("--") { throw BenchError("unknown option \(argument)\n\(usage)") }
                folders.append(argument)
            }
            index += 1
        }
        if folders.isEmpty { folders = ["../shared/realnews"] }
        let benchmark = FactEditBenchmark(seed: seed, perKind: perKind, kinds: kinds)
        var isFolder: ObjCBool = false
        if labelsFolder == nil, FileManager.default.fileExists(atPath: defaultLabels, isDirectory: &isFolder), isFolder.boolValue {
            labelsFolder = defaultLabels
        }
        let labels = try labelsFolder.map { folder in
            do { return try EditLabels.load(directory: folder) } catch let error as EditLabels.LabelError { throw BenchError(error.description) }
        }
        let (measured, seconds) = try Measure.seconds { () throws -> FactEditResult in
            let sets = try FactEditBenchmark.load(folders: folders)
            guard !sets.isEmpty else { throw BenchError("no article sets under \(folders.joined(separator: ", "))") }
            return benchmark.run(sets)
        }
        var result = measured
        if let labels { result.apply(labels) }
        print(result.text(), terminator: "")
        if let json {
            try result.json().write(to: URL(fileURLWithPath: json))
        }
        let (cores, cpu) = Measure.machine()
        let timing = String(format: "%.1f", seconds)
        FileHandle.standardError.write(Data("factedit: \(result.runs.count) runs in \(timing) s (read, extract, edit, compare) on \(cores) cores, \(cpu)\n".utf8))
        return 0
    }
}
