import ClaimModel

/// What the dependency tree says about a meeting or hosting verb and the people it names.
extension RelationRecognizer {
    /// The tree word of the verb or noun of a pattern matched at `trigger` (`held talks with`:
    /// `held`; `was received by`: `received`), nil without a tree.
    static func triggerWord(_ tree: SentenceTree, trigger: Range<Int>) -> Int? {
        let words = trigger.compactMap { tree.word(atToken: $0) }
        return words.first { ["VERB", "NOUN"].contains(tree.upos[$0]) } ?? words.first
    }

    /// Whether the meeting at the trigger is only planned, intended or asked for: the verb, or
    /// the verb it is coordinated with, is the complement of a plan, intent or request
    /// (`a plan to visit Moscow and meet the president`, `urged her to meet`,
    /// `intent-heads.txt`), or `called on X to act` is an appeal, not a visit.
    static func isIntendedOnly(_ tree: SentenceTree, word: Int, verb: String) -> Bool {
        if verb == "called on", tree.children(of: word).contains(where: { child in
            ["xcomp", "advcl"].contains(tree.base(child)) && tree.children(of: child).contains { tree.base($0) == "mark" && ClauseNegation.lemma(tree, $0) == "to" }
        }) { return true }
        var current = word
        for _ in 0..<5 {
            guard let head = tree.heads[current] else { return false }
            switch tree.base(current) {
            case "conj":
                current = head
            case "xcomp", "acl", "advcl", "ccomp":
                if intentHeads.contains(ClauseNegation.lemma(tree, head)) { return true }
                guard tree.base(current) == "xcomp" else { return false }
                current = head
            default:
                return false
            }
        }
        return false
    }

    /// Whether the person mention `range` is a participant of the verb at `word`: a name the
    /// verb governs counts directly or through objects, obliques, modifiers, coordination and
    /// apposition, never through another clause; a name it does not govern counts unless it is
    /// another verb's subject (`the woman who received the photo,
    /// X`: X is the woman, not the one received; `when she hosted …, X became …`: X is the
    /// subject of another verb). A hosting verb whose object is a thing (`received a message
    /// from X`, `thing-object-hosts.txt`) hosts no one.
    static func isParticipant(_ doc: Document, _ tree: SentenceTree, word: Int, mention range: Range<Int>, people: PeopleIndex) -> Bool {
        let words = range.compactMap { tree.word(atToken: $0) }
        guard let top = words.first(where: { tree.heads[$0].map { !range.contains(tree.tokens[$0]) } ?? true }) else { return true }
        if thingObjectHosts.contains(doc.folded[tree.tokens[word]]), tree.children(of: word).contains(where: { object in
            tree.base(object) == "obj" && tree.upos[object] == "NOUN" && people.mention(at: tree.tokens[object]) == nil
                && !groupHeads.contains(doc.folded[tree.tokens[object]]) && !range.contains(tree.tokens[object])
        }) {
            return false
        }
        // A name the verb does not govern (the parser may hang it on the wrong verb) is still
        // the verb's, unless it is another verb's subject.
        guard tree.dominates(word, top) else { return tree.base(top) != "nsubj" && tree.base(top) != "csubj" }
        var current = top
        for _ in 0..<tree.count {
            if current == word { return true }
            guard let head = tree.heads[current] else { return false }
            // A dependent of the verb itself is its participant whatever the label (the parser
            // may call an object after `sat down with` a subject); only the links above count.
            if head == word { return true }
            if ["nsubj", "csubj", "ccomp", "advcl", "parataxis", "xcomp"].contains(tree.base(current)) || tree.relations[current] == "acl:relcl" { return false }
            current = head
        }
        return false
    }
}

extension RelationRecognizer {
    /// The tree's reading of one matched trigger: nil when the meeting is only intended or
    /// asked for (no claim), else the objects the verb governs (all of them without a tree).
    func treeObjects(_ doc: Document, _ people: PeopleIndex, _ objects: [String], pattern: MeetingVocabulary.Pattern, trigger: Range<Int>, objectStart: Int, sentence: Range<Int>, grammar: GrammarLayer?) -> [String]? {
        guard [.meeting, .hosting].contains(pattern.kind), let tree = grammar?.tree(containing: trigger.lowerBound),
              let word = RelationRecognizer.triggerWord(tree, trigger: trigger) else { return objects }
        if RelationRecognizer.isIntendedOnly(tree, word: word, verb: pattern.verb) { return nil }
        let mentions = people.mentions(in: objectStart..<sentence.upperBound)
        return objects.filter { entity in
            guard let mention = mentions.first(where: { $0.entity == entity }) else { return true }
            return RelationRecognizer.isParticipant(doc, tree, word: word, mention: mention.range, people: people)
        }
    }

    /// `The pair`, `The two`, `Both` right before a verb: the two people named in the previous sentence.
    func pair(_ doc: Document, _ people: PeopleIndex, before position: Int, sentence: Range<Int>) -> [String]? {
        var index = position - 1
        while index >= sentence.lowerBound, ["was", "were", "have", "had", "has", "later", "also", "then"].contains(doc.folded[index]) { index -= 1 }
        guard index >= sentence.lowerBound, ["pair", "two", "both", "duo"].contains(doc.folded[index]),
              let number = doc.sentenceIndex(containing: sentence.lowerBound), number > 0 else { return nil }
        var seen: [String] = []
        for mention in people.mentions(in: doc.sentences[number - 1]) where !seen.contains(mention.entity) { seen.append(mention.entity) }
        return seen.count == 2 ? seen : nil
    }
}
