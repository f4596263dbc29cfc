import ClaimModel

/// Names whose letters come from more than one of the Latin, Greek and Cyrillic scripts:
/// `Аnna Kowalska` with a Cyrillic `А` looks like `Anna Kowalska` but is another row in
/// every table. Such a name is flagged with a warning, never silently merged.
enum MixedScript {
    enum Script: String { case latin = "Latin", greek = "Greek", cyrillic = "Cyrillic" }

    static func script(_ scalar: Unicode.Scalar) -> Script? {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F: return .cyrillic
        default: return nil
        }
    }

    /// The scripts a name mixes, in a fixed order, or nil when it uses one (or none).
    static func scripts(in name: String) -> [Script]? {
        var found = Set<Script>()
        for scalar in name.unicodeScalars { if let script = script(scalar) { found.insert(script) } }
        guard found.count > 1 else { return nil }
        return [Script.latin, .greek, .cyrillic].filter(found.contains)
    }

    /// One warning per person whose name mixes scripts.
    static func diagnostics(_ entities: [LocalEntity], article: Article) -> [Diagnostic] {
        entities.compactMap { entity in
            guard let scripts = scripts(in: entity.name) else { return nil }
            let line = entity.mentions.first.map { $0.span.line + article.bodyLineOffset }
            return Diagnostic(level: .warning, code: "mixed-script-name", path: article.path, line: line,
                              message: "the name '\(Printable.line(entity.name))' mixes \(scripts.map(\.rawValue).joined(separator: " and ")) letters (a look-alike character?); check its spelling")
        }
    }
}
