import ClaimModel

/// `quote` findings: the same quotation across articles, compared word by word.
///
/// Quotations are aligned by their words, whoever the speaker is: two are the same when most of
/// the shorter one's words appear in the longer one in order (at least four words and 75 %),
/// or when the shorter one (four words or more) is contained in the longer one.
/// - agree: the same speaker and identical words;
/// - variant: the same speaker, cut short or reworded (`fixed a few` / `repaired several`),
///   with a short word diff in `reason`;
/// - conflict: the same words given to different speakers (a speaker named by surname alone
///   is the one speaker of the group with that surname, never a second one), or words changed
///   so that the meaning turns: a negation or a figure replaced (`will` / `will not`, `three` /
///   `four`), with the word diff;
///   A content word put in place of another, all else equal (`reckless` / `prudent`), is a
///   conflict too;
/// - only-in: a quotation in one article only.
/// Words are compared after `QuoteWords.normalized`: case, punctuation and contractions
/// (`don’t` / `do not`) make no finding. A quotation whose speaker the article leaves unknown
/// is aligned and compared like any other (its words can still conflict) but never gives an
/// attribution conflict and is not reported on its own.
struct QuoteRule: FindingRule {
    struct Quote {
        var claim: Claim
        var words: [String]
        /// Nil: the article names no speaker for it.
        var speaker: String?
    }

    func findings(in context: ComparisonContext) -> [Finding] {
        let quotes = context.claims(.quote).compactMap { claim -> Quote? in
            guard let text = claim.slots.quote else { return nil }
            let words = QuoteWords.split(QuoteWords.normalized(text))
            return words.isEmpty ? nil : Quote(claim: claim, words: words, speaker: claim.slots.speaker)
        }.sorted { ($0.claim.article, $0.claim.evidence.span.start) < ($1.claim.article, $1.claim.evidence.span.start) }
        // Group quotations that match, across articles (single link).
        var group = Array(quotes.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while group[index] != index { group[index] = group[group[index]]; index = group[index] }
            return index
        }
        // Whether two speakers are one, asked once per pair of speaker ids.
        var speakerPairs: [String: Bool?] = [:]
        func sameSpeaker(_ a: String?, _ b: String?) -> Bool? {
            guard let a, let b else { return nil }
            let key = a + "\u{1F}" + b
            if let known = speakerPairs[key] { return known }
            let answer = QuoteRule.sameSpeaker(a, b, context)
            speakerPairs[key] = answer
            return answer
        }
        for (a, candidates) in QuoteRule.candidates(quotes).enumerated() {
            for b in candidates {
                let oneSpeaker = sameSpeaker(quotes[a].speaker, quotes[b].speaker) == true
                if QuoteRule.same(quotes[a].words, quotes[b].words, sameSpeaker: oneSpeaker) { group[root(b)] = root(a) }
            }
        }
        var groups: [Int: [Quote]] = [:]
        for index in quotes.indices { groups[root(index), default: []].append(quotes[index]) }
        var findings: [Finding] = []
        let bodies = context.articles.sorted { $0.id < $1.id }.map(BodyWords.init)
        for key in groups.keys.sorted() {
            let members = groups[key]!
            // A quotation no article gives a speaker is compared, never reported alone.
            guard members.contains(where: { $0.speaker != nil }) || Set(members.map(\.claim.article)).count > 1 else { continue }
            let first = members.first { $0.speaker != nil } ?? members[0]
            let opening = first.words.prefix(6).joined(separator: " ") + (first.words.count > 6 ? " …" : "")
            let named = Set(members.compactMap(\.speaker))
            var distinct: [String] = []
            for id in Set(members.compactMap { $0.speaker.map { QuoteRule.speaker($0, among: named, context) } }).sorted()
            where !distinct.contains(where: { sameSpeaker($0, id) == true }) { distinct.append(id) }
            let speakers = Set(distinct)
            let articles = Set(members.map(\.claim.article))
            var values = Dictionary(grouping: members, by: \.claim.article).mapValues { list in
                list.map { "\(context.name($0.speaker)): \($0.claim.slots.quote ?? "")" }
            }
            var evidence = Dictionary(grouping: members, by: \.claim.article).mapValues { $0.map(\.claim.evidence) }
            // One article's quotation whose words stand in another article's text (not read
            // as a quotation there): that article says it too (`QuoteRule+Text`).
            var inText: [String: Evidence] = [:]
            if articles.count < 2, first.speaker != nil {
                inText = QuoteRule.foundInText(first.claim.slots.quote ?? "", from: first.claim.article, bodies: bodies)
                for (article, found) in inText {
                    values[article] = [found.text]
                    evidence[article] = [found]
                }
            }
            let outlets = articles.union(inText.keys).sorted().map(context.outlet).joinedAsList()
            let subject = "\(context.name(first.speaker)): “\(opening)”"
            let status: FindingStatus
            let summary: String
            var reason: String? = nil
            if !inText.isEmpty {
                status = .agree
                summary = "\(outlets) give \(context.name(first.speaker))'s words “\(opening)” alike"
                reason = inText.keys.sorted().map(context.outlet).joinedAsList() + " has the same words in its text, not set off as a quotation"
            } else if articles.count < 2 {
                status = .onlyIn
                summary = "Only \(outlets) quotes \(context.name(first.speaker)) saying “\(opening)”"
            } else if speakers.count > 1 {
                status = .conflict
                summary = "Sources give the quotation “\(opening)” to different speakers"
                reason = "speakers " + speakers.map { context.name($0) }.sorted().joined(separator: " vs ")
            } else if Set(members.map { $0.words }).count == 1 {
                status = .agree
                summary = "\(outlets) quote \(context.name(first.speaker)) alike"
            } else if let (a, b) = QuoteRule.turned(members, sameSpeaker: { sameSpeaker($0.speaker, $1.speaker) == true }) {
                status = .conflict
                summary = "Sources quote \(context.name(first.speaker)) with words that change the meaning"
                reason = QuoteRule.diff(a.words, b.words) + " (\(context.outlet(a.claim.article)) vs \(context.outlet(b.claim.article)))"
            } else {
                status = .variant
                summary = "Sources word \(context.name(first.speaker))'s quotation differently"
                let other = members.first { $0.words != first.words }!
                reason = QuoteRule.diff(first.words, other.words)
            }
            let severity: Severity = status == .conflict ? .error : status == .onlyIn ? .info : status == .variant ? .warning : .info
            findings.append(Finding(
                kind: .quote, status: status, severity: context.configuration.severity(.quote, status, default: severity),
                subject: subject, subjectKey: "quote:" + first.words.prefix(8).joined(separator: " "), entity: speakers.count == 1 ? first.speaker : nil,
                summary: summary, reason: reason, values: values, evidence: evidence,
                // The compared forms make the id: `U.S.` / `US` or a comma keeps it.
                identity: Array(Set(members.map { ($0.speaker ?? "") + ": " + $0.words.joined(separator: " ") })).sorted()))
        }
        return findings
    }

    /// Longest common subsequence of words, over the shorter quotation's length. One speaker's
    /// quotations are matched more loosely, since outlets reword and excerpt what one person
    /// said: a contained fragment of any length (`“thrilled”`), or half the shorter one's
    /// words in order with three content words among them or a run of five words, or most
    /// of its content words (`the new port will create jobs for our
    /// region` / `this port creates jobs across the whole region`).
    /// Two quotations that share a run of `sharedRun` words or more, word for word, are one
    /// quotation excerpted at different ends (one starts earlier, the other goes on further),
    /// whoever the speakers are: no stock phrase is that long.
    static func same(_ a: [String], _ b: [String], sameSpeaker: Bool = false) -> Bool {
        whole(a, b, sameSpeaker: sameSpeaker) || QuoteWords.longestCommonRun(a, b) >= sharedRun
    }

    /// The fewest consecutive words two quotations must share to be one by `same` alone.
    static let sharedRun = 8

    /// `same` without the shared run: the quotations aligned as wholes.
    static func whole(_ a: [String], _ b: [String], sameSpeaker: Bool = false) -> Bool {
        let shorter = min(a.count, b.count)
        guard shorter > 0 else { return false }
        // Two or three words alike (`deep state`) are a phrase anyone may use: the same
        // quotation only from one speaker.
        if a == b { return sameSpeaker || shorter >= 4 }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        // A fragment of three words (`rock the boat`) is an idiom anyone may use: contained
        // in another speaker's quotation it is the same one from four words.
        if shorter >= (sameSpeaker ? 1 : 4), contiguous(short, in: long) { return true }
        let common = WordSequence.longestCommonSubsequence(a, b)
        if common >= 4 && common * 4 >= shorter * 3 { return true }
        guard sameSpeaker else { return false }
        if common >= 4 && common * 2 >= shorter,
           contentInOrder(a, b) >= minimumContentInOrder || QuoteWords.longestCommonRun(a, b) >= sameSpeakerRun { return true }
        let x = contentStems(a), y = contentStems(b)
        let shared = x.intersection(y).count
        return shared >= 3 && shared * 2 >= min(x.count, y.count)
    }

    /// Words that carry the content of a quotation, crudely stemmed (`benefits` → `benefit`).
    static func contentStems(_ words: [String]) -> Set<String> {
        Set(contentWords(words))
    }

    /// The content words of a quotation in order, stemmed as `contentStems` stems them.
    static func contentWords(_ words: [String]) -> [String] {
        words.filter { $0.count > 3 && !QuoteWords.stopWords.contains($0) }.map { $0.hasSuffix("s") && !$0.hasSuffix("ss") ? String($0.dropLast()) : $0 }
    }

    /// How many content words two quotations share in the same order.
    static func contentInOrder(_ a: [String], _ b: [String]) -> Int {
        WordSequence.longestCommonSubsequence(contentWords(a), contentWords(b))
    }

    /// The fewest content words in order one speaker's two quotations must share for half the
    /// shorter one's words in order to make them one, unless they share a run of
    /// `sameSpeakerRun` words: short words and a stock phrase of four (`i did not send`,
    /// `i am not going`) are shared by different things one person says.
    static let minimumContentInOrder = 3

    /// The fewest consecutive words one speaker's two quotations sharing half the shorter
    /// one's words in order must have in common when they share fewer content words.
    static let sameSpeakerRun = 5

    /// Two speaker ids that name one person: equal, or a surname alone and a full name with it.
    /// Nil when either speaker is unknown.
    static func sameSpeaker(_ a: String?, _ b: String?, _ context: ComparisonContext) -> Bool? {
        guard let a, let b else { return nil }
        if a == b { return true }
        guard let x = context.entity(a), let y = context.entity(b) else { return false }
        // `Del Giudice` / `DelGiudice`: one name written with or without a space.
        let wordsX = Folding.words(x.name), wordsY = Folding.words(y.name)
        let joinedX = wordsX.joined(), joinedY = wordsY.joined()
        if joinedX == joinedY || (wordsX.count > 1 && wordsX.suffix(2).joined() == wordsY.last) || (wordsY.count > 1 && wordsY.suffix(2).joined() == wordsX.last) { return true }
        return (x.key.count == 1 && y.key.last == x.key.first) || (y.key.count == 1 && x.key.last == y.key.first)
    }

    static func contiguous(_ short: [String], in long: [String]) -> Bool {
        guard short.count <= long.count else { return false }
        return (0...(long.count - short.count)).contains { long[$0..<($0 + short.count)].elementsEqual(short) }
    }

    /// A surname-only speaker is the group's one speaker with that surname.
    static func speaker(_ id: String, among speakers: Set<String>, _ context: ComparisonContext) -> String {
        guard let entity = context.entity(id), entity.key.count == 1, let surname = entity.key.first else { return id }
        let full = speakers.filter { $0 != id && context.entity($0)?.key.last == surname }
        return full.count == 1 ? full.first! : id
    }

    /// The first pair of members, aligned with each other, whose difference turns the meaning
    /// (`QuoteWords.turns`: a negation added or dropped inside, one content word put in place
    /// of another), or that both give figures in digits and differ in them (`3` / `4`), each
    /// having words the other lacks (a cut is not a change). One speaker's two quotations
    /// aligned loosely (one starts earlier, the other goes on further) are read for a turned
    /// meaning where they overlap; figures only in quotations aligned as wholes.
    static func turned(_ members: [Quote], sameSpeaker: (Quote, Quote) -> Bool) -> (Quote, Quote)? {
        for (i, a) in members.enumerated() {
            // Only two quotations aligned with each other, not two linked through a third.
            for b in members[(i + 1)...] where a.claim.article != b.claim.article && a.words != b.words {
                let strict = whole(a.words, b.words)
                guard strict || (same(a.words, b.words, sameSpeaker: sameSpeaker(a, b)) && WordSequence.longestCommonSubsequence(a.words, b.words) >= 4) else { continue }
                if QuoteWords.turns(a.words, b.words) { return (a, b) }
                guard strict else { continue }
                let common = Set(a.words).intersection(b.words)
                guard !Set(a.words).subtracting(common).isEmpty, !Set(b.words).subtracting(common).isEmpty else { continue }
                let figuresA = Set(a.words.filter { $0.allSatisfy(\.isNumber) }), figuresB = Set(b.words.filter { $0.allSatisfy(\.isNumber) })
                if !figuresA.isEmpty && !figuresB.isEmpty && figuresA != figuresB { return (a, b) }
            }
        }
        return nil
    }

    /// The words one quotation has and the other lacks, from a word alignment:
    /// `cut short: omits “and is the top priority”` or `worded differently: -foo +bar`.
    static func diff(_ a: [String], _ b: [String]) -> String {
        let gaps = QuoteWords.gaps(a, b)
        let onlyA = gaps.map(\.a), onlyB = gaps.map(\.b)
        func render(_ runs: [[String]]) -> String {
            runs.filter { !$0.isEmpty }.prefix(3).map { run in
                run.prefix(6).joined(separator: " ") + (run.count > 6 ? " …" : "")
            }.map { "“\($0)”" }.joined(separator: ", ")
        }
        let missingA = onlyA.allSatisfy(\.isEmpty), missingB = onlyB.allSatisfy(\.isEmpty)
        if missingA { return "cut short: one omits " + render(onlyB) }
        if missingB { return "cut short: one omits " + render(onlyA) }
        return "worded differently: " + render(onlyA) + " vs " + render(onlyB)
    }
}
