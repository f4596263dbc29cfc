import Foundation

// crosscheck-lexicon: compiles the word lists in Sources/ClaimExtractor/Lexicon/Data into
// Sources/<Target>/Lexicon/Lexicon+Generated.swift (ClaimExtractor unless a list names
// another target, such as Comparator).
//   swift run crosscheck-lexicon           write the Swift file
//   swift run crosscheck-lexicon --check   exit 1 when the Swift file is not what the data gives

let dataFolder = "Sources/ClaimExtractor/Lexicon/Data"
let arguments = Array(CommandLine.arguments.dropFirst())
let check = arguments.contains("--check")
let root = arguments.first { !$0.hasPrefix("-") } ?? FileManager.default.currentDirectoryPath

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("crosscheck-lexicon: \(message)\n".utf8))
    exit(2)
}

let base = (root as NSString).appendingPathComponent(dataFolder)
guard let walker = FileManager.default.enumerator(atPath: base) else { fail("\(base): no such folder (run from the package root)") }
var files: [LexiconFile] = []
var seen: [String: String] = [:]
for case let relative as String in walker where relative.hasSuffix(".txt") {
    let path = dataFolder + "/" + relative
    guard let data = FileManager.default.contents(atPath: (base as NSString).appendingPathComponent(relative)),
          let text = String(data: data, encoding: .utf8) else { fail("\(path): not readable UTF-8") }
    do {
        let file = try LexiconFile(path: path, text: text)
        if let other = seen[file.owner + "." + file.name] { fail("\(path): \(file.owner).\(file.name) is also defined by \(other)") }
        seen[file.owner + "." + file.name] = path
        files.append(file)
    } catch {
        fail("\(error)")
    }
}
// One Swift file per target (a list names its target when it is not ClaimExtractor).
let targets = Dictionary(grouping: files, by: \.target)
var stale: [String] = []
for target in targets.keys.sorted() {
    let swift = SwiftEmitter.emit(targets[target] ?? [], dataFolder: dataFolder)
    let output = LexiconFile.output(for: target)
    let path = (root as NSString).appendingPathComponent(output)
    let lists = targets[target] ?? []
    let summary = "\(lists.count) lists, \(lists.reduce(0) { $0 + $1.entries.count }) entries"
    if check {
        let current = FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
        if current == swift { print("\(output): up to date (\(summary))") } else { stale.append(output) }
    } else {
        do {
            // A temporary file renamed over the old one: an interrupted run leaves the old file whole.
            try Data(swift.utf8).write(to: URL(fileURLWithPath: path + ".tmp"))
            guard rename(path + ".tmp", path) == 0 else { fail("cannot rename onto \(output): \(String(cString: strerror(errno)))") }
        } catch {
            fail("cannot write \(output): \(error)")
        }
        print("\(output): \(summary)")
    }
}
for output in stale {
    FileHandle.standardError.write(Data("crosscheck-lexicon: \(output) is stale: run `swift run crosscheck-lexicon` and commit it\n".utf8))
}
if !stale.isEmpty { exit(1) }
