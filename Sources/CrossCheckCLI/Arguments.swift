import ClaimModel

/// A small hand-written argument parser: `--flag`, `--option value`, `--option=value`,
/// positionals, `--` to end options. Unknown options are usage errors.
struct Arguments {
    var positionals: [String] = []
    var options: [String: [String]] = [:]
    var flags: Set<String> = []

    init(_ arguments: [String], options known: Set<String>, flags knownFlags: Set<String>) throws {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name = argument
            var value: String? = nil
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            if knownFlags.contains(name) {
                guard value == nil else { throw CrossCheckError.usage("\(name) takes no value") }
                flags.insert(name)
            } else if known.contains(name) {
                if value == nil {
                    guard index < arguments.count else { throw CrossCheckError.usage("\(name) needs a value") }
                    value = arguments[index]
                    index += 1
                }
                options[name, default: []].append(value!)
            } else {
                let all = (known.union(knownFlags)).sorted()
                // The known option sharing the longest prefix with the mistyped one.
                func shared(_ option: String) -> Int { zip(option, name).prefix { $0 == $1 }.count }
                let best = all.map(shared).max() ?? 0
                let near = best >= 4 ? all.first { shared($0) == best } : nil
                throw CrossCheckError.usage("unknown option \(name)" + (near.map { "; did you mean \($0)?" } ?? ""))
            }
        }
    }

    func value(_ name: String) -> String? { options[name]?.last }
    func values(_ name: String) -> [String] { (options[name] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces() } } }
    func has(_ flag: String) -> Bool { flags.contains(flag) }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
