import ClaimModel

/// What a count of people took part in, read from the sentence tree (issue 14: the counted
/// thing from the verb's participant). `seven people` alone says too little to meet another
/// article's figure; the verb it belongs to says more:
///
/// - the noun's own participle: `two men accused of the killing` → `men accused`;
/// - the verb whose object or passive subject it is: `officers freed seven people` → `people
///   freed`, `40 people were evacuated` → `people evacuated`;
/// - the verb of a relative clause on the noun: `the two women she is accused of shooting` →
///   `women accused`.
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
        if let verb = lowParticiple(after: noun, tree: tree) { return phrase + " " + d.folded[tree.tokens[verb]] }
        if ["obj", "nsubj:pass"].contains(tree.relations[noun]), let verb = tree.heads[noun], tree.upos[verb] == "VERB" {
            return phrase + " " + d.folded[tree.tokens[verb]]
        }
        // A relative clause on the noun says what the counted people did or underwent, as a
        // participle does: `the two women she is accused of shooting` → `women accused`.
        if let verb = tree.children(of: noun).first(where: { tree.relations[$0] == "acl:relcl" && tree.upos[$0] == "VERB" }),
           d.tokens[tree.tokens[verb]].kind == .word {
            return phrase + " " + d.folded[tree.tokens[verb]]
        }
        return nil
    }

    /// A participle written right after the counted noun that the tree hangs on a noun above
    /// it (`the trial of the two men accused of …` with `accused` on `trial`): a reduced
    /// relative clause right after a noun modifies that noun (the nearer attachment), so it
    /// is the noun's own participle whatever head the tree chose.
    static func lowParticiple(after noun: Int, tree: SentenceTree) -> Int? {
        let next = noun + 1
        guard next < tree.count, tree.upos[next] == "VERB", tree.base(next) == "acl", let head = tree.heads[next] else { return nil }
        var current = tree.heads[noun]
        var steps = 0
        while let node = current, steps < 3 {
            if node == head { return tree.upos[head] == "NOUN" || tree.upos[head] == "PROPN" ? next : nil }
            current = tree.heads[node]
            steps += 1
        }
        return nil
    }

    /// `N of X`: what is counted is the head noun of the of-phrase, with the adjectives and nouns
    /// written right before it (`two of the council's longest-serving members` → `longest-serving
    /// members`, not the possessor `council`). The noun is the head of `of`, or what that head
    /// possesses when the parser hung `of` on a possessor, joined to the figure either way round
    /// or beside it under one head. Only heads are read, not the relation labels. Nil
    /// when the tree joins no noun so, or when the of-phrase has a figure of its own (a part of
    /// a stated whole).
    static func partitive(_ q: Quantity, in d: Document, tree: SentenceTree) -> String? {
        guard let number = q.tokens.reversed().lazy.compactMap({ tree.word(atToken: $0) }).first,
              let of = tree.word(atToken: q.tokens.upperBound), var noun = tree.heads[of] else { return nil }
        // From a possessor to what it possesses: a noun after it that it hangs on.
        var steps = 0
        while let head = tree.heads[noun], head != number, tree.upos[head] == "NOUN", tree.tokens[head] > tree.tokens[noun], steps < 3 {
            noun = head
            steps += 1
        }
        // Joined to the figure either way round, or beside it under one head (a misparse).
        guard tree.heads[noun] == number || tree.heads[number] == noun || tree.heads[noun] == tree.heads[number] else { return nil }
        // The noun stands after `of` (not a piece of the figure's own word, `two-thirds`).
        guard noun != of, tree.upos[noun] == "NOUN", tree.tokens[noun] > tree.tokens[of] else { return nil }
        // `three of the seven bullets`: the of-phrase states the whole, and the figure is a
        // part of it, no total to meet another article's count of the same noun.
        // The figure itself is no such figure (`two of the critics` read with `two` on `critics`).
        guard !tree.children(of: noun).contains(where: { tree.upos[$0] == "NUM" && $0 != number }) else { return nil }
        var first = noun
        while first > of + 1, tree.heads[first - 1] == noun, ["ADJ", "NOUN"].contains(tree.upos[first - 1]) { first -= 1 }
        var tokens: [Int] = []
        for word in first...noun where tokens.last != tree.tokens[word] { tokens.append(tree.tokens[word]) }
        return tokens.map { d.folded[$0] }.joined(separator: " ")
    }
}

extension MeasureAttacher {
    /// The verb a sum of money with no noun of its own belongs to, as written: `raised $2
    /// million` → `raised`, `is going for $1,099` → `going`. What a sum measures is what the
    /// verb does with it (raise, spend, pay, cost), as the noun after a count names it. The
    /// figure's top word (the currency sign, or the number) must be one of the verb's
    /// participants (`participantRelations`: subject, object, oblique); nil otherwise (`a $5
    /// million grant` has its noun, `the cost was $5` no verb, and a sum the parser made a
    /// clause of, `wrote that "over $76 million …`, is no participant).
    static func governor(_ q: Quantity, in d: Document, tree: SentenceTree) -> String? {
        let words = q.tokens.compactMap { tree.word(atToken: $0) }
        guard let top = words.first(where: { word in
                  ["NUM", "SYM"].contains(tree.upos[word]) && tree.heads[word].map { !words.contains($0) } ?? true }),
              participantRelations.contains(tree.base(top)),
              let verb = tree.heads[top], tree.upos[verb] == "VERB", d.tokens[tree.tokens[verb]].kind == .word else { return nil }
        return d.folded[tree.tokens[verb]]
    }

    /// Relations (without subtype) by which a word takes part in its verb's event.
    static let participantRelations: Set<String> = ["nsubj", "obj", "iobj", "obl"]
}
