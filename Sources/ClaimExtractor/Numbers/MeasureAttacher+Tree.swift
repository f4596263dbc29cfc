import ClaimModel

/// What a count of people took part in, read from the sentence tree (issue 14: the counted
/// thing from the verb's participant). `seven people` alone says too little to meet another
/// article's figure; the verb it belongs to says more:
///
/// - the noun's own participle: `two men accused of the killing` → `men accused`;
/// - the verb whose object or passive subject it is: `officers freed seven people` → `people
///   freed`, `40 people were evacuated` → `people evacuated`.
///
/// The verb is kept as written; nil when the figure modifies no noun, or the noun is no verb's
/// participant.
extension MeasureAttacher {
    static func participant(_ q: Quantity, in d: Document, tree: SentenceTree) -> String? {
        guard let number = q.tokens.reversed().lazy.compactMap({ tree.word(atToken: $0) }).first,
              tree.relations[number] == "nummod", let noun = tree.heads[number], tree.upos[noun] == "NOUN" else { return nil }
        let phrase = d.folded[tree.tokens[noun]]
        if let verb = tree.children(of: noun).first(where: { tree.relations[$0] == "acl" && tree.upos[$0] == "VERB" }) {
            return phrase + " " + d.folded[tree.tokens[verb]]
        }
        if ["obj", "nsubj:pass"].contains(tree.relations[noun]), let verb = tree.heads[noun], tree.upos[verb] == "VERB" {
            return phrase + " " + d.folded[tree.tokens[verb]]
        }
        return nil
    }
}
