/// Whether the dependency tree denies a predicate: its own negation (`had not met`, `never
/// met`, `neither met X nor …`, `… nor appointed him`), a marker saying it did not happen
/// (`without meeting`), or a head that denies or avoids it: a verb (`refused to meet`,
/// `denied that he met`, `shied away from identifying as`) or a noun under `no` (`no
/// intention of meeting`). The words are data (`Lexicon/Data/en/clause-negation`).
enum ClauseNegation {
    /// Is the predicate at `word` denied? Climbs through open complements (`did not want to
    /// meet`: the wanting is denied, so is the meeting), at most four steps; a relative clause
    /// is never denied by its noun's verb (`did not know the woman who met him`: she met him).
    static func isDenied(_ tree: SentenceTree, _ word: Int) -> Bool {
        var current = word
        for _ in 0..<4 {
            if negated(tree, current) { return true }
            guard let head = tree.heads[current] else { return false }
            switch tree.base(current) {
            case "xcomp":
                if denyingHeads.contains(lemma(tree, head)) { return true }
                current = head
            case "ccomp", "advcl":
                return denyingHeads.contains(lemma(tree, head))
            case "acl", "nmod":
                return tree.relations[current] != "acl:relcl"
                    && tree.children(of: head).contains { tree.base($0) == "det" && denyingDeterminers.contains(lemma(tree, $0)) }
            default:
                return false
            }
        }
        return false
    }

    /// A negating dependent of the word itself, or a marker that it did not happen.
    static func negated(_ tree: SentenceTree, _ word: Int) -> Bool {
        tree.children(of: word).contains { child in
            let relation = tree.base(child)
            let lemma = lemma(tree, child)
            return (["advmod", "cc", "neg"].contains(relation) && negators.contains(lemma))
                || (["mark", "case"].contains(relation) && denyingMarkers.contains(lemma))
        }
    }

    static func lemma(_ tree: SentenceTree, _ word: Int) -> String { tree.lemmas[word].lowercased() }
}
