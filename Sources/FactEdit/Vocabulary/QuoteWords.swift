/// Words the quotation edits and the speech-verb control use.
enum QuoteWords {
    /// Verbs that report speech; a name beside one and a quotation is its speaker.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "stated", "states", "declared",
        "asked", "asks", "replied", "explained", "noted", "insisted", "argued", "tweeted", "continued", "recalled",
    ]

    /// Auxiliaries after which `not` negates the clause (`have` and `do` are left out: as
    /// main verbs, `have not the right` is not English).
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may", "might",
    ]

    /// Negated forms and their positive, and words that flip a statement: the negation edit.
    static let negations: [String: String] = [
        "don't": "do", "doesn't": "does", "didn't": "did", "isn't": "is", "aren't": "are", "wasn't": "was",
        "weren't": "were", "can't": "can", "won't": "will", "wouldn't": "would", "couldn't": "could",
        "shouldn't": "should", "haven't": "have", "hasn't": "has", "never": "always", "nobody": "everybody",
        "nothing": "everything", "everyone": "no one", "everybody": "nobody", "always": "never",
    ]

    /// Antonyms, both ways.
    static let antonyms: [String: String] = {
        let pairs = [
            ("good", "bad"), ("right", "wrong"), ("true", "false"), ("best", "worst"), ("better", "worse"),
            ("strong", "weak"), ("stronger", "weaker"), ("great", "terrible"), ("more", "less"), ("most", "least"),
            ("increase", "decrease"), ("win", "lose"), ("won", "lost"), ("support", "oppose"), ("supports", "opposes"),
            ("agree", "disagree"), ("legal", "illegal"), ("safe", "dangerous"), ("success", "failure"),
            ("happy", "sad"), ("proud", "ashamed"), ("easy", "hard"), ("love", "hate"), ("accept", "reject"),
            ("possible", "impossible"), ("fair", "unfair"), ("clear", "unclear"), ("above", "below"),
            ("before", "after"), ("high", "low"), ("higher", "lower"), ("large", "small"), ("big", "small"),
            ("first", "last"), ("open", "closed"), ("friend", "enemy"), ("friends", "enemies"), ("peace", "war"),
            ("honest", "dishonest"), ("guilty", "innocent"), ("responsible", "irresponsible"), ("positive", "negative"),
            ("victory", "defeat"), ("rise", "fall"), ("begin", "end"), ("start", "stop"), ("important", "trivial"),
            ("serious", "trivial"), ("sad", "happy"), ("scary", "reassuring"), ("wonderful", "awful"),
            ("proud", "ashamed"), ("pleased", "displeased"), ("confident", "doubtful"), ("willing", "unwilling"),
        ]
        var table: [String: String] = [:]
        for (a, b) in pairs {
            if table[a] == nil { table[a] = b }
            if table[b] == nil { table[b] = a }
        }
        return table
    }()

    /// Speech verbs and a synonym that keeps the meaning: the control.
    static let synonyms: [String: String] = ["said": "stated", "says": "states", "stated": "said", "added": "noted"]
}
