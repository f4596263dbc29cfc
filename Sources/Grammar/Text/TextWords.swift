/// The word lists the tokenizer and sentence splitter consult. One list, one home.
enum TextWords {
    /// Abbreviations that keep their full stop and never end a sentence: titles before names,
    /// months and other words that a number or name follows ("Gen. Lee", "Nov. 2", "No. 10").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gov", "sen",
        "rep", "reps", "sens", "pres", "rev", "fr", "hon", "amb", "supt", "insp", "det", "cpl", "pvt", "atty", "messrs",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "st", "ave", "blvd",
        "vs", "v", "cf", "approx", "fig", "vol", "pp", "ch", "sec", "art", "para", "nos", "est", "drs", "ext", "ps", "p.s",
    ]

    /// Abbreviations that keep their full stop but may end a sentence ("…of Acme Inc. The firm").
    static let others: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "bros", "dept", "univ", "assn", "govt", "intl",
        "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "a.m", "p.m", "d.c", "n.y", "l.a", "ph.d", "b.a", "m.a", "e.u",
    ]

    /// First parts that EWT keeps inside a hyphenated word ("non-stop", "e-mail", "re-elect").
    static let hyphenPrefixes: Set<String> = [
        "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "psycho", "neo",
        "cross", "un", "vice", "socio", "micro", "intra", "inter", "self"
    ]

    /// Capitalised words after which an abbreviation's full stop ends the sentence.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this", "that",
        "these", "those", "there", "his", "her", "its", "their", "our", "my", "after", "before", "when", "while", "if",
        "as", "so", "yet", "however", "meanwhile", "also", "one", "some", "many", "most", "what", "who", "why", "how",
        "where", "according", "for", "with", "to", "from", "by", "officials", "police", "no", "not",
    ]

    /// Written-together contractions EWT splits, with the split offset ("gonna" → "gon" + "na").
    static let fusedContractions: [String: Int] = [
        "cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3,
        "arent": 3, "werent": 4, "cant": 2, "couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3,
    ]

    /// Clitics split off after an apostrophe ("she's", "we'll", "I'm").
    static let clitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    /// Words that close a letter before the writer's name ("Thanks, Ana", "Regards, Ana").
    static let signOffs: Set<String> = ["thanks", "thx", "sincerely", "regards", "wishes", "cheers", "best", "love", "yours", "cordially"]

    /// Capitalised words that open a sentence of a letter or message, even straight after a
    /// word with no full stop ("…see below Please call", "…the draft Attached is").
    static let letterOpeners: Set<String> = ["please", "thanks", "hi", "hello", "dear", "attached", "fyi", "regards"]
}
