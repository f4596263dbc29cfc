/// Offices written before a name, the office an edit turns each into, and their
/// abbreviations (the control). General English office words; nothing from any article.
enum OfficeWords {
    struct Office: Sendable {
        /// Folded words, as they stand before a name: `["secretary", "of", "state"]`.
        var words: [String]
        /// One key per office: `Sen.` and `Senator` are the same office.
        var canonical: String
        /// The office an edit gives instead (written out).
        var swap: String
        /// The same office written the other way (`Sen.` ↔ `Senator`), for the control.
        var abbreviation: String?
        /// Written with a period (`Sen.`).
        var abbreviated: Bool = false
    }

    /// Longest first, so `Vice President` is found before `President`.
    static let offices: [Office] = [
        Office(words: ["lieutenant", "governor"], canonical: "lieutenant governor", swap: "Governor", abbreviation: "Lt. Gov."),
        Office(words: ["lt", "gov"], canonical: "lieutenant governor", swap: "Gov.", abbreviation: "Lieutenant Governor", abbreviated: true),
        Office(words: ["secretary", "of", "state"], canonical: "secretary of state", swap: "Secretary of Defense"),
        Office(words: ["secretary", "of", "defense"], canonical: "secretary of defense", swap: "Secretary of State"),
        Office(words: ["attorney", "general"], canonical: "attorney general", swap: "Secretary of State"),
        Office(words: ["defense", "secretary"], canonical: "secretary of defense", swap: "Secretary of State"),
        Office(words: ["vice", "president"], canonical: "vice president", swap: "President"),
        Office(words: ["prime", "minister"], canonical: "prime minister", swap: "Foreign Minister"),
        Office(words: ["majority", "leader"], canonical: "majority leader", swap: "Minority Leader"),
        Office(words: ["minority", "leader"], canonical: "minority leader", swap: "Majority Leader"),
        Office(words: ["house", "speaker"], canonical: "speaker", swap: "Majority Leader"),
        Office(words: ["chief", "justice"], canonical: "chief justice", swap: "Judge"),
        Office(words: ["senator"], canonical: "senator", swap: "Representative", abbreviation: "Sen."),
        Office(words: ["sen"], canonical: "senator", swap: "Rep.", abbreviation: "Senator", abbreviated: true),
        Office(words: ["representative"], canonical: "representative", swap: "Senator", abbreviation: "Rep."),
        Office(words: ["rep"], canonical: "representative", swap: "Sen.", abbreviation: "Representative", abbreviated: true),
        Office(words: ["congressman"], canonical: "representative", swap: "Senator"),
        Office(words: ["congresswoman"], canonical: "representative", swap: "Senator"),
        Office(words: ["governor"], canonical: "governor", swap: "Mayor", abbreviation: "Gov."),
        Office(words: ["gov"], canonical: "governor", swap: "Mayor", abbreviation: "Governor", abbreviated: true),
        Office(words: ["mayor"], canonical: "mayor", swap: "Governor"),
        Office(words: ["president"], canonical: "president", swap: "Vice President"),
        Office(words: ["speaker"], canonical: "speaker", swap: "Majority Leader"),
        Office(words: ["justice"], canonical: "justice", swap: "Judge"),
        Office(words: ["judge"], canonical: "judge", swap: "Prosecutor"),
        Office(words: ["ambassador"], canonical: "ambassador", swap: "Consul"),
        Office(words: ["general"], canonical: "general", swap: "Colonel", abbreviation: "Gen."),
        Office(words: ["gen"], canonical: "general", swap: "Col.", abbreviation: "General", abbreviated: true),
        Office(words: ["admiral"], canonical: "admiral", swap: "Captain", abbreviation: "Adm."),
        Office(words: ["adm"], canonical: "admiral", swap: "Capt.", abbreviation: "Admiral", abbreviated: true),
        Office(words: ["sheriff"], canonical: "sheriff", swap: "Mayor"),
        Office(words: ["director"], canonical: "director", swap: "Deputy Director"),
        Office(words: ["chairman"], canonical: "chairman", swap: "Vice Chairman"),
        Office(words: ["chairwoman"], canonical: "chairman", swap: "Vice Chairwoman"),
    ]

    /// Honorifics before a surname: part of a name's lead-in, never a name.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr"]
}

/// Party words and what an edit turns them into.
enum PartyWords {
    /// Folded word → (party key, replacement).
    static let swaps: [String: (party: String, replacement: String)] = [
        "republican": ("R", "Democratic"),
        "democratic": ("D", "Republican"),
        "democrat": ("D", "Republican"),
        "gop": ("R", "Democratic"),
    ]
    /// `Republican` written as a noun (`a Republican`) becomes `Democrat`, not `Democratic`.
    static let nounReplacement: [String: String] = ["republican": "Democrat"]
}
