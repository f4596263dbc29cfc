import ClaimModel

/// One person across the articles of a set.
public struct GlobalEntity: Sendable, Hashable {
    public var id: String
    public var type: EntityType
    public var name: String
    /// Article id → that article's local entity id.
    public var locals: [String: String]
    public var merges: [EntityRecord.Merge]
    /// Folded significant name words of the fullest name.
    public var key: [String]
    /// `jr`, `sr`, `ii`, `iii`, `iv` when the name carries one: names are never merged across it.
    public var generation: String? = nil
}

/// Resolves the people of a set: the same name with or without diacritics or case, a name
/// with and without initials, a surname alone, a common nickname (`Jim` for `James`), a
/// configured alias, a transliterated surname one letter apart or with a particle written
/// solid (`Alkhaledi` / `Al-Khaledi`, `DelGiudice` / `Del Giudice`). Two people named in full with different given names are
/// never merged, nor names across a generation suffix (`Robert Hale` / `Robert Hale Jr.`).
public enum EntityResolver {
    /// Common nickname → given name. General vocabulary, not people.
    static let nicknames: [String: String] = [
        "jim": "james", "jimmy": "james", "bill": "william", "will": "william", "billy": "william", "bob": "robert",
        "rob": "robert", "bobby": "robert", "mike": "michael", "dave": "david", "dan": "daniel", "danny": "daniel",
        "tom": "thomas", "tommy": "thomas", "joe": "joseph", "chris": "christopher", "nick": "nicholas",
        "tony": "anthony", "steve": "steven", "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine",
        "katie": "katherine", "pete": "peter", "ben": "benjamin", "sam": "samuel", "alex": "alexander",
        "andy": "andrew", "matt": "matthew", "pat": "patrick", "ed": "edward", "ted": "edward", "eddie": "edward",
        "chuck": "charles", "charlie": "charles", "rick": "richard", "dick": "richard", "rich": "richard",
        "jerry": "gerald", "larry": "lawrence", "ron": "ronald", "don": "donald", "greg": "gregory",
        "jeff": "jeffrey", "jon": "jonathan", "josh": "joshua", "nate": "nathan", "tim": "timothy",
        "vic": "victor", "walt": "walter", "hank": "henry", "harry": "henry", "jack": "john", "johnny": "john",
        "sue": "susan", "cathy": "catherine", "kathy": "katherine", "jenny": "jennifer", "jen": "jennifer",
        "mitch": "mitchell", "newt": "newton", "gabby": "gabrielle", "nancy": "anne",
    ]

    public static func resolve(_ analyses: [ArticleAnalysis], configuration: ComparatorConfiguration) -> [GlobalEntity] {
        struct Local {
            var article: String
            var entity: LocalEntity
            var key: [String]
            var generation: String?
        }
        var aliasTable: [String: String] = [:]
        for (canonical, names) in configuration.aliases {
            for name in names + [canonical] { aliasTable[Folding.words(name).joined(separator: " ")] = canonical }
        }
        var locals: [Local] = []
        for analysis in analyses {
            for entity in analysis.entities {
                locals.append(Local(article: analysis.article.id, entity: entity, key: significantWords(entity.name), generation: generation(entity.name)))
            }
        }
        // Fullest names first, so a surname joins an entity that already has its full name.
        locals.sort { ($1.key.count, $0.article, $0.entity.id) < ($0.key.count, $1.article, $1.entity.id) }

        var globals: [GlobalEntity] = []
        // Indexes over `globals` by the parts of the key each rule compares, so each local
        // looks at the few candidates that can match instead of every global entity. Lists
        // hold indices in creation order: the first match is the same as a linear search's.
        var byKey: [[String]: Int] = [:]
        var byFirstLast: [String: [Int]] = [:]
        var byLast: [String: [Int]] = [:]
        var byFirstOfThree: [String: [Int]] = [:]
        var byAllButLast: [[String]: [Int]] = [:]
        func append(_ global: GlobalEntity) {
            let index = globals.count
            globals.append(global)
            let key = global.key
            if byKey[key] == nil { byKey[key] = index }
            if let first = key.first, let last = key.last {
                byFirstLast[first + "\u{1F}" + last, default: []].append(index)
                byLast[last, default: []].append(index)
                if key.count >= 3 { byFirstOfThree[first, default: []].append(index) }
                byAllButLast[Array(key.dropLast()), default: []].append(index)
            }
        }
        for local in locals {
            // A surname alone carries no suffix and may join either; a full name only its own generation.
            let sameGeneration = { (index: Int) in local.key.count == 1 || globals[index].generation == local.generation }
            let folded = local.key.joined(separator: " ")
            var target: Int? = nil
            var rule = ""
            if let canonical = aliasTable[folded] {
                let canonicalKey = significantWords(canonical)
                target = globals.firstIndex { $0.key == canonicalKey || aliasTable[$0.key.joined(separator: " ")] == canonical }
                rule = "alias from configuration"
                if target == nil {
                    append(GlobalEntity(id: "person:" + Folding.slug(canonical), type: .person, name: canonical, locals: [:], merges: [], key: canonicalKey))
                    target = globals.count - 1
                }
            }
            if target == nil, let index = byKey[local.key].flatMap({ index in sameGeneration(index) ? index : globals.indices.first { globals[$0].key == local.key && sameGeneration($0) } }) {
                target = index
                rule = sameKeyRule(globals[index].name, local.entity.name)
            }
            if target == nil, local.key.count >= 2, let first = local.key.first, let last = local.key.last {
                if let index = byFirstLast[first + "\u{1F}" + last]?.first(where: { sameGeneration($0) && withInitials(globals[$0].key, local.key) }) {
                    target = index
                    rule = "same name without initials"
                } else if let index = byFirstLast[first + "\u{1F}" + last]?.first(where: { sameGeneration($0) && withMiddleName(globals[$0].key, local.key) }) {
                    target = index
                    rule = "same name, a middle name in one"
                } else if let index = byLast[last]?.first(where: { sameGeneration($0) && nicknameMatch(globals[$0].key, local.key) }) {
                    target = index
                    rule = "same surname, given name a common short form"
                } else if let index = byAllButLast[Array(local.key.dropLast())]?.first(where: { sameGeneration($0) && spellingVariant(globals[$0].key, local.key) }) {
                    target = index
                    rule = "same given name, surname spelled one letter apart"
                }
            }
            if target == nil, local.key.count == 1 {
                let word = local.key[0]
                let candidates = Set((byLast[word] ?? []) + (byFirstOfThree[word] ?? []))
                let matches = candidates.filter { globals[$0].key.count >= 2 && (globals[$0].key.last == word || (globals[$0].key.count >= 3 && globals[$0].key.first == word)) }
                if matches.count == 1 {
                    target = matches.first
                    rule = "surname only"
                }
            }
            if let index = target {
                if globals[index].locals[local.article] == nil {
                    globals[index].locals[local.article] = local.entity.id
                }
                globals[index].merges.append(EntityRecord.Merge(article: local.article, name: local.entity.name, rule: rule))
                // Prefer the spelling with diacritics for display: it carries more information.
                if local.key.count == globals[index].key.count, Folding.hasDiacritics(local.entity.name), !Folding.hasDiacritics(globals[index].name), rule != "alias from configuration" {
                    globals[index].name = local.entity.name
                }
            } else {
                append(GlobalEntity(
                    id: "", type: local.entity.type, name: local.entity.name, locals: [local.article: local.entity.id],
                    merges: [EntityRecord.Merge(article: local.article, name: local.entity.name, rule: "first seen")], key: local.key,
                    generation: local.generation))
            }
        }
        // Ids from the display name; unique.
        var used = Set<String>()
        for index in globals.indices {
            var id = globals[index].id.isEmpty ? "person:" + Folding.slug(globals[index].name) : globals[index].id
            let base = id
            var suffix = 2
            while used.contains(id) { id = "\(base)-\(suffix)"; suffix += 1 }
            used.insert(id)
            globals[index].id = id
            globals[index].merges.sort()
        }
        return globals.sorted { $0.id < $1.id }
    }

    /// Names with the same significant words: say what differs.
    static func sameKeyRule(_ a: String, _ b: String) -> String {
        if a == b { return "same name" }
        if Folding.words(a) == Folding.words(b) { return "same name, case and diacritics folded" }
        return "same name without initials"
    }

    /// The generation suffix of a name (`Jr.`, `Sr.`, `III`), folded.
    static func generation(_ name: String) -> String? {
        Folding.words(name).dropFirst().last { ["jr", "sr", "ii", "iii", "iv"].contains($0) }
    }

    static func significantWords(_ name: String) -> [String] {
        Folding.words(name).filter { $0.count > 1 && !particles.contains($0) && !["jr", "sr", "ii", "iii"].contains($0) }
    }

    /// Particles of surnames, left out of a name's key (`Del Giudice` → `giudice`).
    static let particles: Set<String> = ["van", "von", "de", "da", "del", "der", "di", "du", "la", "le", "bin", "ibn", "al", "el"]

    static func withInitials(_ a: [String], _ b: [String]) -> Bool {
        guard a.first == b.first, a.last == b.last, a != b else { return false }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return long.filter { !short.contains($0) }.allSatisfy { $0.count <= 1 } && Set(short).isSubset(of: Set(long))
    }

    /// `Hillary Clinton` and `Hillary Rodham Clinton`: a given name and surname, and the same
    /// with one middle name between them.
    static func withMiddleName(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return short.count == 2 && long.count == 3 && short.first == long.first && short.last == long.last
    }

    static func nicknameMatch(_ a: [String], _ b: [String]) -> Bool {
        guard a.count >= 2, b.count >= 2, a.last == b.last, let first = a.first, let other = b.first, first != other else { return false }
        return (nicknames[first] ?? first) == (nicknames[other] ?? other)
    }

    static func spellingVariant(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count, a.count >= 2, a.dropLast() == b.dropLast(), let x = a.last, let y = b.last, x != y, x.count >= 5 else { return false }
        // `Alkhaledi` and `Khaledi`, `DelGiudice` and `Del Giudice`: a particle written solid.
        if particles.contains(where: { x == $0 + y || y == $0 + x }) { return y.count >= 4 && x.count >= 4 }
        return editDistance(x, y) <= 1
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > 1 { return 2 }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}
