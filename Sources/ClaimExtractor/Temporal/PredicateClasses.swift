/// Predicate classes (data in `Lexicon/Data/en/predicates`): which happening a verb or noun
/// names, so that two articles' words for one happening (`capsized`, `sank`) are one fact.
public enum PredicateClasses {
    /// The class a folded word or lemma names; a plural noun is tried without its `s`
    /// (`elections` → election).
    public static func lookup(_ word: String) -> String? {
        if let found = classes[word] { return found }
        if word.hasSuffix("s"), word.count > 4 { return classes[String(word.dropLast())] }
        return nil
    }

    /// The class the word at token `index` names, reading a verb and its particle together
    /// (`gave way`: a collapse) before the word alone.
    public static func lookup(_ doc: Document, at index: Int) -> String? {
        if index + 1 < doc.tokens.count, doc.tokens[index + 1].kind == .word,
           let found = phrasal[doc.folded[index] + " " + doc.folded[index + 1]] {
            return found
        }
        return lookup(doc.folded[index])
    }

    /// The class a noun names when a year modifies it (`the 2016 campaign`: an election;
    /// `occasion-nouns.txt`), else its own class (`lookup`).
    public static func occasion(_ doc: Document, at index: Int) -> String? {
        if let found = lookup(doc, at: index) { return found }
        let word = doc.folded[index]
        if let found = occasionNouns[word] { return found }
        if word.hasSuffix("s"), word.count > 4 { return occasionNouns[String(word.dropLast())] }
        return nil
    }

    /// Whether dates of `predicateClass` are one fact only for one participant (`statement`).
    public static func needsParticipant(_ predicateClass: String) -> Bool {
        participantBound.contains(predicateClass)
    }

    /// Whether a date of `predicateClass` belongs to the person it happens to, when the clause
    /// names one (`Okafor was re-elected on Wednesday`: Okafor's election).
    public static func happensToPerson(_ predicateClass: String) -> Bool {
        undergoerBound.contains(predicateClass)
    }
}
