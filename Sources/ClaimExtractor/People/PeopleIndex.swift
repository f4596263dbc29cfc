import ClaimModel

/// One resolved mention of a person, by token range.
public struct PersonMention: Sendable, Hashable {
    public var entity: String
    /// Token range of the whole mention (title and name; for a role reference, the role words).
    public var range: Range<Int>
    /// Token range of the name (empty for a role reference or pronoun).
    public var name: Range<Int>
    public var title: Range<Int>?
    public var form: MentionForm
    /// Every title this mention gives (before the name, appositives, `as` phrases); `title` is the first.
    public var titles: [Range<Int>] = []
}

/// The people of one article: entities, their mentions by position, and their offices.
public struct PeopleIndex: Sendable {
    public var entities: [LocalEntity]
    /// Sorted by position.
    public var mentions: [PersonMention]
    /// Entity id → offices its titles reduce to.
    public var offices: [String: [Office]]

    /// Mentions whose range starts within `range`.
    public func mentions(in range: Range<Int>) -> [PersonMention] {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var result: [PersonMention] = []
        var index = low
        while index < mentions.count, mentions[index].range.lowerBound < range.upperBound {
            result.append(mentions[index])
            index += 1
        }
        return result
    }

    /// The mention covering token `index`, if any.
    /// The last mention starting before `index` that passes `predicate`: a binary search and a
    /// walk back, so pronoun look-ups stay logarithmic in a long article (`mentions(in:
    /// 0..<index).last` copied every mention before: quadratic).
    public func last(before index: Int, where predicate: (PersonMention) -> Bool = { _ in true }) -> PersonMention? {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.lowerBound < index { low = mid + 1 } else { high = mid }
        }
        var cursor = low - 1
        while cursor >= 0 {
            if predicate(mentions[cursor]) { return mentions[cursor] }
            cursor -= 1
        }
        return nil
    }

    public func mention(at index: Int) -> PersonMention? {
        mentions(in: max(0, index - 12)..<(index + 1)).last { $0.range.contains(index) }
    }

    public func entity(_ id: String) -> LocalEntity? { entities.first { $0.id == id } }
}

/// Builds the people of an article from raw mentions: full names become entities, shorter
/// forms (`Kowalska`, `Mr. Mattis`, `John Bolton` for `John R. Bolton`) join the entity they
/// name, role phrases (`the Defense Minister`) join the one person whose office fits.
enum PeopleResolver {
    static func resolve(_ doc: Document, raw: [RawMention]) -> PeopleIndex {
        struct Candidate {
            var key: [String]
            var display: String
            var mentions: [RawMention]
        }
        func nameWords(_ range: Range<Int>) -> [String] {
            range.filter { doc.tokens[$0].kind == .word }.map { doc.folded[$0] }
        }
        func significant(_ words: [String]) -> [String] {
            words.filter { $0.count > 1 && !NameLexicon.particles.contains($0) }
        }

        // A pair of capitalised words with no other evidence names a person when its last word,
        // used alone, takes syntax only a person takes (`Zurana Horton … 34-year-old Horton`),
        // and no name with evidence of its own ends in that word (then `Mrs. X` may be theirs).
        let heldSurnames = Set(raw.compactMap { mention -> String? in
            let words = significant(nameWords(mention.name))
            return words.count >= 2 && strongEvidence.contains(mention.evidence) ? words.last : nil
        })
        let personSurnames = Set(raw.filter(\.personSyntax).compactMap { significant(nameWords($0.name)).last }).subtracting(heldSurnames)
        func pairOfPersonSurname(_ mention: RawMention, _ words: [String]) -> Bool {
            guard mention.evidence == "shape", words.count == 2, significant(words).count == 2, let last = words.last else { return false }
            return personSurnames.contains(last)
        }

        // Pass 1: multi-word names with evidence become entities.
        var candidates: [Candidate] = []
        var pending: [RawMention] = []
        for mention in raw {
            let words = nameWords(mention.name)
            if words.count >= 2 && (strongEvidence.contains(mention.evidence) || pairOfPersonSurname(mention, words)) && significant(words).count >= 2 {
                let key = significant(words)
                if let index = candidates.firstIndex(where: { sameName($0.key, key) }) {
                    candidates[index].mentions.append(mention)
                    if key.count > candidates[index].key.count {
                        candidates[index].key = key
                        candidates[index].display = doc.text(mention.name)
                    } else if key.count == candidates[index].key.count, Folding.hasDiacritics(doc.text(mention.name)), !Folding.hasDiacritics(candidates[index].display) {
                        candidates[index].display = doc.text(mention.name)
                    }
                } else {
                    candidates.append(Candidate(key: key, display: doc.text(mention.name), mentions: [mention]))
                }
            } else {
                pending.append(mention)
            }
        }
        // Pass 2: other mentions join an entity by full name or by surname; titled or
        // honorific single names with no entity become surname-only entities.
        var orphans: [RawMention] = []
        // Surnames a titled mention gives someone not yet named in full (`President Trump` beside
        // only `Donald Trump Jr.`): there `Mr. Trump` may be either, so it does not reach past the suffix.
        let titledOnly = Set(pending.compactMap { mention -> String? in
            let words = significant(nameWords(mention.name))
            guard mention.evidence == "title", words.count == 1, !candidates.contains(where: { $0.key.last == words[0] }) else { return nil }
            return words[0]
        })
        // A form of address and surname (`mr. x`) bound to one of two people of that surname.
        var addressed: [String: Int] = [:]
        for mention in pending {
            let words = significant(nameWords(mention.name))
            guard !words.isEmpty else { continue }
            if let index = candidates.firstIndex(where: { sameName($0.key, words) }) {
                candidates[index].mentions.append(mention)
                continue
            }
            if words.count == 1 {
                // A titled surname does not reach past a suffix (`President Trump` is not `Donald Trump Jr.`);
                // a surname after a form of address is a second reference and does (`Mr. Davis` for
                // `Thomas M. Davis III`).
                let matches = candidates.indices.filter {
                    (mention.evidence == "title" || mention.evidence == "honorific" && titledOnly.contains(words[0]) ? candidates[$0].key.last : surname(candidates[$0].key)) == words[0]
                        || (candidates[$0].key.count >= 3 && candidates[$0].key.first == words[0])
                }
                if matches.count == 1 {
                    candidates[matches[0]].mentions.append(mention)
                    continue
                }
                // `Mr. X` where two people named in full share the surname: the one named in
                // full most recently before the first `Mr. X` (`Seth X said …. “…,” Mr. X said.`),
                // the news convention for a second reference; that form of address then keeps
                // its person through the article (`Mr. X's wife, Ann X, …. Mr. X said` is still
                // the first). None named in full before it: no one.
                if matches.count > 1, mention.evidence == "honorific" {
                    let address = ((max(0, mention.name.lowerBound - 2))..<mention.name.lowerBound).map { doc.folded[$0] }.last { TitleLexicon.honorifics.contains($0) } ?? ""
                    let key = address + " " + words[0]
                    if let bound = addressed[key], matches.contains(bound) {
                        candidates[bound].mentions.append(mention)
                        continue
                    }
                    let latest = matches.map { index in
                        candidates[index].mentions.filter { significant(nameWords($0.name)).count >= 2 && $0.name.upperBound <= mention.name.lowerBound }.map(\.name.lowerBound).max() ?? -1
                    }
                    if let best = latest.max(), best >= 0, latest.filter({ $0 == best }).count == 1, let at = latest.firstIndex(of: best) {
                        addressed[key] = matches[at]
                        candidates[matches[at]].mentions.append(mention)
                        continue
                    }
                }
                // A surname alone refers back: of several people sharing it, only one named in
                // full before it can be meant (`Andrew X … X fired … . Kristian X was arrested`).
                if matches.count > 1, mention.evidence != "honorific" {
                    let earlier = matches.filter { index in
                        candidates[index].mentions.contains { significant(nameWords($0.name)).count >= 2 && $0.name.upperBound <= mention.name.lowerBound }
                    }
                    if earlier.count == 1 {
                        candidates[earlier[0]].mentions.append(mention)
                        continue
                    }
                }
                if matches.count > 1 { continue }
                if mention.evidence == "title" || mention.evidence == "honorific" || mention.evidence == "appositive" || mention.evidence == QuotedSurnames.evidence {
                    orphans.append(mention)
                }
                continue
            }
            // Multi-word with only its shape for evidence: joins by surname when the first
            // word is a known first name of that entity; otherwise it is left out.
            if let index = candidates.firstIndex(where: { $0.key.last == words.last && $0.key.first == words.first }) {
                candidates[index].mentions.append(mention)
            }
        }
        for mention in orphans {
            let words = significant(nameWords(mention.name))
            if let index = candidates.firstIndex(where: { $0.key == words }) {
                candidates[index].mentions.append(mention)
            } else {
                candidates.append(Candidate(key: words, display: doc.text(mention.name), mentions: [mention]))
            }
        }

        // Entities and mentions.
        var entities: [LocalEntity] = []
        var mentions: [PersonMention] = []
        var offices: [String: [Office]] = [:]
        var usedIDs = Set<String>()
        for candidate in candidates {
            var id = "person:" + Folding.slug(candidate.display)
            var suffix = 2
            while usedIDs.contains(id) { id = "person:" + Folding.slug(candidate.display) + "-\(suffix)"; suffix += 1 }
            usedIDs.insert(id)
            var modelMentions: [Mention] = []
            for raw in candidate.mentions.sorted(by: { $0.whole.lowerBound < $1.whole.lowerBound }) {
                let words = significant(nameWords(raw.name))
                let form: MentionForm = words.count < candidate.key.count && words.count == 1 ? .surname : .name
                let title = raw.titleText.map(cleanTitle)
                modelMentions.append(Mention(
                    entity: id, text: doc.text(raw.whole), name: doc.text(raw.name), title: title,
                    form: form, span: doc.span(raw.whole)))
                // Further titles of the same mention (`Gen.` after `Deputy Prime Minister`, appositives).
                for extra in raw.titles.dropFirst() {
                    modelMentions.append(Mention(
                        entity: id, text: doc.text(extra), name: doc.text(raw.name), title: cleanTitle(doc.text(extra)),
                        form: form, span: doc.span(extra)))
                }
                mentions.append(PersonMention(entity: id, range: raw.whole, name: raw.name, title: raw.title, form: form, titles: raw.titles))
                for titleRange in raw.titles {
                    var office = OfficeNormalizer.office(TitleVocabulary.singular(cleanTitle(doc.text(titleRange))))
                    if office.jurisdiction == nil { office.jurisdiction = raw.jurisdiction }
                    // Once per distinct office: role references test every office of every entity.
                    if !(offices[id]?.contains(office) ?? false) { offices[id, default: []].append(office) }
                }
            }
            modelMentions.sort { $0.span < $1.span }
            entities.append(LocalEntity(id: id, type: .person, name: candidate.display, mentions: modelMentions))
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        var index = PeopleIndex(entities: entities, mentions: mentions, offices: offices)
        RoleReferences.attach(doc, to: &index)
        return index
    }

    /// Same person by name: equal folded words, or one name's words inside the other's with the
    /// same first and last word (`John R. Bolton` ~ `John Bolton`).
    static func sameName(_ a: [String], _ b: [String]) -> Bool {
        if a == b { return true }
        // `Ramírez y Sáenz` for `José Luis Ramírez y Sáenz`: a two-part surname alone.
        let (shorter, longer) = a.count < b.count ? (a, b) : (b, a)
        if shorter.count >= 2, longer.count >= 3, Array(longer.suffix(shorter.count)) == shorter { return true }
        guard a.count >= 2, b.count >= 2, a.first == b.first, a.last == b.last else { return false }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        var cursor = 0
        for word in long where cursor < short.count && word == short[cursor] { cursor += 1 }
        // Dropped words must be initials.
        return cursor == short.count && long.filter { !short.contains($0) }.allSatisfy { $0.count == 1 }
    }

    /// The surname of a folded name key: its last word before a suffix (`Pike` of `Arthur Pike Jr.`).
    static func surname(_ key: [String]) -> String? {
        key.last { !suffixes.contains($0) }
    }

    /// A title as reported: white space collapsed, a final comma dropped.
    static func cleanTitle(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}

/// Role phrases that stand for a person of the article: `the Defense Minister`,
/// `Vietnam's Party Chief`, `the head of government`, `the Secretary`.
enum RoleReferences {
    static func attach(_ doc: Document, to index: inout PeopleIndex) {
        guard !index.entities.isEmpty else { return }
        var covered = Set<Int>()
        for mention in index.mentions {
            covered.formUnion(mention.range)
            for title in mention.titles { covered.formUnion(title) }
        }
        var added: [PersonMention] = []
        for sentence in doc.sentences {
            var position = sentence.lowerBound
            while position < sentence.upperBound {
                defer { position += 1 }
                guard !covered.contains(position), doc.tokens[position].kind == .word else { continue }
                let folded = doc.folded[position]
                guard TitleVocabulary.isHead(folded) || folded == "head" else { continue }
                // Extend forward over `of [the] X` (head of government, President of Vietnam).
                var end = position + 1
                if end + 1 < sentence.upperBound, doc.folded[end] == "of" {
                    var probe = end + 1
                    if probe < sentence.upperBound, doc.folded[probe] == "the" { probe += 1 }
                    var last = probe
                    while last < sentence.upperBound, doc.tokens[last].kind == .word, doc.tokens[last].isCapitalized || TitleVocabulary.isTitleWord(doc.folded[last]) { last += 1 }
                    if last > probe { end = last }
                }
                // The next word must not start a name (then it is a title, handled elsewhere).
                if end < sentence.upperBound, doc.tokens[end].isCapitalized, !covered.contains(end), PersonRecognizer.isRunToken(doc, end) { continue }
                let start = PersonRecognizer.extendTitleBackwards(doc, from: position, sentence: sentence, throughAnd: false)
                guard start == sentence.lowerBound || isReferenceOpener(doc, start - 1) else { continue }
                let text = doc.text(start..<end)
                var office = OfficeNormalizer.office(text)
                if start > sentence.lowerBound, doc.tokens[start - 1].kind == .possessive, start >= 2, let country = Lexicons.shared.jurisdiction(doc.folded[start - 2]) {
                    office.jurisdiction = country
                }
                var fitting = index.entities.filter { entity in
                    (index.offices[entity.id] ?? []).contains { $0.fits(reference: office) }
                }
                // Prefer the holder in the named jurisdiction, then the one titled with the same head word.
                if fitting.count > 1, let jurisdiction = office.jurisdiction {
                    let exact = fitting.filter { (index.offices[$0.id] ?? []).contains { $0.jurisdiction == jurisdiction } }
                    fitting = exact.isEmpty ? fitting.filter { (index.offices[$0.id] ?? []).allSatisfy { $0.jurisdiction == nil } } : exact
                }
                if fitting.count > 1 {
                    let head = doc.folded[position]
                    // `Gov.` is titled with the head word `governor`: two governors leave `the governor` unresolved.
                    let same = fitting.filter { entity in
                        entity.mentions.contains { ($0.title.map { Folding.words($0) } ?? []).contains { $0 == head || TitleLexicon.abbreviations[$0] == head } }
                    }
                    if !same.isEmpty { fitting = same }
                }
                // Still two holders: the one named in this sentence or the one before it, when
                // the other is not (`X said … . The governor, amid calls …` is X).
                if fitting.count > 1, let current = doc.sentenceIndex(containing: position) {
                    let window = doc.sentences[max(0, current - 1)].lowerBound..<start
                    let recent = Set(index.mentions(in: window).filter { $0.form != .role }.map(\.entity))
                    let named = fitting.filter { recent.contains($0.id) }
                    if named.count == 1 { fitting = named }
                }
                if fitting.count == 1 {
                    // The title as used, without a leading jurisdiction (`the Lao Prime Minister` → `Prime Minister`).
                    let titleRange = PersonRecognizer.trimTitle(doc, start..<end) ?? (start..<end)
                    added.append(PersonMention(entity: fitting[0].id, range: start..<end, name: end..<end, title: titleRange, form: .role))
                    covered.formUnion(start..<end)
                }
                position = end - 1
            }
        }
        added.append(contentsOf: attachParty(doc, to: &index, covered: covered))
        addRoleMentions(added, to: &index, doc)
    }

    /// Adds role mentions to the index: each to its entity's mentions, in text order.
    static func addRoleMentions(_ added: [PersonMention], to index: inout PeopleIndex, _ doc: Document) {
        guard !added.isEmpty else { return }
        index.mentions.append(contentsOf: added)
        index.mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        var touched = Set<Int>()
        for mention in added {
            guard let entityIndex = index.entities.firstIndex(where: { $0.id == mention.entity }) else { continue }
            index.entities[entityIndex].mentions.append(Mention(
                entity: mention.entity, text: doc.text(mention.range), name: "", title: cleanRole(doc.text(mention.title ?? mention.range)),
                form: .role, span: doc.span(mention.range)))
            touched.insert(entityIndex)
        }
        // Sorted once per entity, not once per added mention.
        for entityIndex in touched { index.entities[entityIndex].mentions.sort { $0.span < $1.span } }
    }

    static func cleanRole(_ text: String) -> String { PeopleResolver.cleanTitle(text) }

    /// `the`, a possessive, `and`, `,` or a verb-like word may open a role reference.
    static func isReferenceOpener(_ doc: Document, _ index: Int) -> Bool {
        let token = doc.tokens[index]
        if token.kind == .possessive { return true }
        if token.kind == .punct { return token.text == "," || token.text == "(" || token.text == "\u{201C}" || token.text == "\"" }
        let folded = doc.folded[index]
        return TitleVocabulary.determiners.contains(folded) || folded == "and" || folded == "or" || folded == "by" || folded == "with"
            || MeetingVocabulary.isTrigger(folded)
    }
}
