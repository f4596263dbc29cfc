/// Verbs and phrases of taking part, folded. Each pattern is a sequence of folded words;
/// the recognizer matches them at a token position.
enum MeetingVocabulary {
    enum Voice: Sendable { case active, passive }

    struct Pattern: Sendable {
        var words: [String]
        var kind: Kind
        var voice: Voice
        /// The canonical verb recorded in the claim's `verb` slot.
        var verb: String
    }

    enum Kind: Sendable { case meeting, hosting, accompaniment, absence }

    /// Matches: `met`, `met with`, `held talks with`, `sat down with`, `received`, `welcomed`,
    /// `hosted … for`, `was hosted by`, `called on`, `accompanied`, `was accompanied by`,
    /// `did not meet`, `bypassed`, `skipped`, `declined to meet`, `no meeting with`, `absent`.
    static let patterns: [Pattern] = {
        var list: [Pattern] = []
        func add(_ phrase: String, _ kind: Kind, _ voice: Voice = .active, verb: String) {
            list.append(Pattern(words: phrase.split(separator: " ").map(String.init), kind: kind, voice: voice, verb: verb))
        }
        for form in ["met with", "meet with", "meets with", "meeting with", "meetings with", "met", "meet", "meets", "meeting"] { add(form, .meeting, verb: "met") }
        for form in ["held talks with", "hold talks with", "holds talks with", "holding talks with", "talks with", "talked with", "spoke with", "conferred with", "consulted with", "engage directly with", "engaged directly with", "engage with", "engaged with", "negotiated with"] { add(form, .meeting, verb: "held talks") }
        for form in ["sat down with", "sit down with", "sits down with"] { add(form, .meeting, verb: "sat down") }
        for form in ["called on", "calls on", "paid a courtesy call on", "paid a call on", "visited with"] { add(form, .meeting, verb: "called on") }
        for form in ["received", "receives", "receiving", "welcomed", "welcomes", "welcoming", "greeted", "greets", "hosted", "hosts", "hosting"] { add(form, .hosting, verb: "hosted") }
        for form in ["was received by", "were received by", "was welcomed by", "were welcomed by", "was greeted by", "were greeted by", "was hosted by", "were hosted by", "was met by", "were met by", "is received by", "will be received by"] { add(form, .hosting, .passive, verb: "hosted") }
        for form in ["accompanied by", "was accompanied by", "were accompanied by", "joined by", "was joined by", "flanked by"] { add(form, .accompaniment, .passive, verb: "accompanied") }
        for form in ["accompanied", "accompanies", "accompanying"] { add(form, .accompaniment, verb: "accompanied") }
        for form in ["did not meet with", "did not meet", "have not met", "has not met", "had not met", "have never met", "has never met", "didn't meet with", "didn't meet", "does not meet", "will not meet", "won't meet", "declined to meet with", "declined to meet", "refused to meet with", "refused to meet", "no meeting with", "no meetings with", "not meet with", "not meet", "bypass", "bypassed", "bypassing", "bypasses", "skipped", "skip", "skipping", "snubbed", "snub", "shunned", "did not attend", "didn't attend", "was absent", "were absent", "absent", "was not present", "were not present", "excluded", "left out"] { add(form, .absence, verb: form.contains("bypass") ? "bypassed" : form.contains("absent") || form.contains("present") ? "absent" : form.contains("skip") ? "skipped" : form.contains("declin") || form.contains("refus") ? "declined to meet" : form.contains("attend") ? "did not attend" : "did not meet") }
        // Longest first, so `met with` wins over `met`.
        return list.sorted { $0.words.count > $1.words.count }
    }()

    static let firstWords: Set<String> = Set(patterns.map { $0.words[0] })

    static func isTrigger(_ folded: String) -> Bool { firstWords.contains(folded) }
}
