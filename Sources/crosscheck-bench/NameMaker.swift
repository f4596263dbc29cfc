import Foundation

/// People's names built from syllable tables, in several naming styles, some with
/// diacritics. Thousands of distinct names per corpus, none of them a real person.
struct NameMaker {
    enum Style: CaseIterable { case anglo, vietnamese, slavic, iberian, nordic, arabic }

    struct Person: Hashable {
        var given: String
        var middle: String?
        var family: String
        /// Vietnamese and Chinese style: family name first, addressed by the last word.
        var familyFirst: Bool

        var full: String {
            familyFirst ? [family, middle, given].compactMap { $0 }.joined(separator: " ")
                : [given, middle, family].compactMap { $0 }.joined(separator: " ")
        }

        /// What a later mention uses: the surname (the given name for family-first names).
        var short: String { familyFirst ? given : family }
    }

    static let angloOnsets = ["Br", "C", "D", "El", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W", "Ch", "Sh", "Gr", "Tr", "Am", "Ar", "Ev", "Is"]
    static let angloNuclei = ["a", "e", "i", "o", "u", "ar", "el", "an", "or", "ae", "ia", "en"]
    static let angloCodas = ["n", "th", "ra", "lyn", "rick", "na", "ton", "ley", "son", "lie", "ric", "da", "mond", "ette", "ian", "cy"]
    static let angloFamilyHeads = ["Ash", "Black", "Brad", "Car", "Dal", "Fair", "Hart", "Holl", "Kings", "Lang", "Mar", "Mer", "Nor", "Pem", "Red", "Stan", "Thorn", "Wal", "Whit", "Wood", "Yar", "Crom", "Hal", "Ben"]
    static let angloFamilyTails = ["ford", "well", "ton", "ley", "man", "er", "ings", "wick", "field", "bury", "dale", "more", "worth", "stead", "brook", "croft"]

    static let vietFamilies = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Võ", "Phan", "Trịnh"]
    static let vietOnsets = ["B", "Ch", "D", "Đ", "G", "H", "Kh", "L", "M", "N", "Ph", "Qu", "S", "T", "Th", "Tr", "V", "X"]
    static let vietRhymes = ["a", "à", "ăng", "ân", "ương", "uyên", "inh", "ang", "ung", "iến", "ôn", "ơi", "ài", "ảo", "ạnh", "ức", "ùng", "ĩnh", "oa", "ai", "ường", "ộc", "iệt", "ơn"]
    static let vietMiddles = ["Văn", "Thị", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Xuân", "Ngọc", "Công"]

    static let slavicGiven = ["Iv", "Drag", "Mil", "Bor", "Vlad", "Stan", "Rad", "Zor", "Bog", "Jar", "Lud", "Mir"]
    static let slavicGivenTails = ["an", "o", "ica", "ena", "imir", "islav", "ko", "ana", "ek", "usz"]
    static let slavicFamilyTails = ["ović", "evski", "enko", "ński", "ová", "ovič", "ek", "escu", "árová", "ić"]

    static let iberianGiven = ["José", "Inés", "Ramón", "Núria", "Joaquín", "Sofía", "Andrés", "Lucía", "Tomás", "Martín", "Belén", "Raúl", "Héctor", "Álvaro", "Dolores", "Iñigo"]
    static let iberianFamilyHeads = ["Fern", "Gonz", "Rodr", "Mart", "Ib", "Cab", "Ord", "Mor", "Val", "Quint", "Ech", "Sal"]
    static let iberianFamilyTails = ["ández", "ález", "íguez", "ínez", "añez", "ero", "óñez", "ales", "verde", "ana", "evarría", "azar"]

    static let nordicGiven = ["Sig", "Ast", "Tor", "Ing", "Bjør", "Hal", "Ulf", "Kar", "Sol", "Rag"]
    static let nordicGivenTails = ["rid", "ne", "vald", "björn", "a", "dis", "e", "stein", "veig", "nar"]
    static let nordicFamilyTails = ["sson", "sen", "dóttir", "ström", "lund", "berg", "gård", "holm", "qvist", "dahl"]

    static let arabicGiven = ["Kar", "Sal", "Nab", "Yus", "Far", "Ham", "Rash", "Lay", "Sam", "Tar", "Zay", "Haf"]
    static let arabicGivenTails = ["im", "ah", "il", "ef", "id", "ira", "ouf", "a", "ir", "iq", "nab", "sa"]
    static let arabicFamilyHeads = ["Al-Man", "Haddad", "Nas", "Khal", "Qas", "Bar", "Sha", "Mans"]
    static let arabicFamilyTails = ["souri", "", "ser", "idi", "imi", "ghouti", "hrani", "our"]

    static func make(_ rng: inout SplitMix64, style: Style) -> Person {
        switch style {
        case .anglo:
            let given = rng.pick(angloOnsets) + rng.pick(angloNuclei) + rng.pick(angloCodas)
            let middle = rng.chance(15) ? String(rng.pick(angloOnsets).prefix(1)) + "." : nil
            return Person(given: capitalized(given), middle: middle, family: rng.pick(angloFamilyHeads) + rng.pick(angloFamilyTails), familyFirst: false)
        case .vietnamese:
            let given = rng.pick(vietOnsets) + rng.pick(vietRhymes)
            return Person(given: given, middle: rng.pick(vietMiddles), family: rng.pick(vietFamilies), familyFirst: true)
        case .slavic:
            let given = rng.pick(slavicGiven) + rng.pick(slavicGivenTails)
            let family = rng.pick(angloOnsets) + rng.pick(angloNuclei) + rng.pick(slavicFamilyTails)
            return Person(given: given, middle: nil, family: capitalized(family), familyFirst: false)
        case .iberian:
            let family = rng.pick(iberianFamilyHeads) + rng.pick(iberianFamilyTails)
            let second = rng.chance(30) ? rng.pick(iberianFamilyHeads) + rng.pick(iberianFamilyTails) : nil
            return Person(given: rng.pick(iberianGiven), middle: nil, family: second.map { family + " " + $0 } ?? family, familyFirst: false)
        case .nordic:
            return Person(given: rng.pick(nordicGiven) + rng.pick(nordicGivenTails), middle: nil, family: rng.pick(angloFamilyHeads) + rng.pick(nordicFamilyTails), familyFirst: false)
        case .arabic:
            return Person(given: rng.pick(arabicGiven) + rng.pick(arabicGivenTails), middle: nil, family: rng.pick(arabicFamilyHeads) + rng.pick(arabicFamilyTails), familyFirst: false)
        }
    }

    static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst().lowercased()
    }

    /// The same name as an outlet without diacritics would print it: `Phạm Văn Đức` → `Pham Van Duc`.
    static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "đ" { out.append("d"); continue }
            if scalar == "Đ" { out.append("D"); continue }
            if scalar == "ø" { out.append("o"); continue }
            if scalar.isASCII { out.append(scalar); continue }
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars where part.isASCII { out.append(part) }
        }
        return String(out)
    }
}
