import ClaimModel

/// Items (equipment, products, programmes) and deliveries of them.
///
/// Items: a model designator (`C-130`, `S-92`, `T-6`, `Su-30`, `A321neo`, `A350-1000`,
/// `787-9`, `737 MAX 8`) with the capitalized words of its name (`Lumen X2`); a capitalized
/// name before an equipment noun (`Rafale fighters`, `KAAN fighter jet`, `Hercules transport
/// aircraft`); a name after a maker (`Boeing's Chinook`, `Apple's Vision Pro`); a package or
/// programme (`light weapons packages`). The `item` slot is the designator or name without
/// maker or nickname, and a nickname seen with a designator in the article (`C-130 Hercules`)
/// maps to it; `maker` holds the company; `text` the name as written. An item mentioned only
/// in a hedged clause (`could also be discussed`) has `event` = `expected`: the article still
/// mentions it, so the claim itself is not hedged.
///
/// Deliveries: `delivered`, `supplied`, `sold`, `bought`, `shipped`, `handed over`, `took
/// delivery of`, … with a quantity (`15`, `three`, `its first`, `four of the eight`) and
/// what was delivered, coordinated (`three patrol boats and three T-6 training planes`).
struct ItemRecognizer: ClaimRecognizer {
    struct Found {
        var range: Range<Int>
        var item: String
        var maker: String?
        var written: String
        var nickname: String?
    }

    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        var claims: [Claim] = []
        var found: [(Found, Range<Int>)] = []
        for sentence in doc.sentences {
            for item in ItemRecognizer.items(doc, context.people, sentence: sentence) { found.append((item, sentence)) }
        }
        // Nickname → designator, within the article (`C-130 Hercules` then `Hercules aircraft`).
        var aliases: [String: String] = [:]
        for (item, _) in found { if let nickname = item.nickname { aliases[Folding.fold(nickname)] = item.item } }
        var seen = Set<String>()
        for (item, sentence) in found {
            let normalized = aliases[Folding.fold(item.item)] ?? item.item
            let key = Folding.fold(normalized) + "|" + String(sentence.lowerBound)
            guard seen.insert(key).inserted else { continue }
            let quoted = QuoteSpans.quotedTokens(doc, sentence)
            let hedged = Hedging.isHedged(doc, sentence: sentence, trigger: item.range, quoted: quoted)
                || ItemRecognizer.discussedAsPossible(doc, sentence: sentence)
            claims.append(Claim(
                article: doc.article.id, kind: .item, attribution: context.attribution(for: sentence),
                slots: Slots(event: hedged ? "expected" : nil, item: normalized, maker: item.maker, text: item.written),
                evidence: doc.evidence(item.range)))
        }
        claims.append(contentsOf: deliveries(context, aliases: aliases))
        return claims
    }

    /// `could also be discussed`, `is among the topics`, `expected to discuss`: the sentence
    /// talks about items as possible, not delivered.
    static func discussedAsPossible(_ doc: Document, sentence: Range<Int>) -> Bool {
        let quoted = QuoteSpans.quotedTokens(doc, sentence)
        return sentence.contains { index in
            !quoted.contains(index) && ["could", "may", "might", "expected", "possible", "potential", "topics", "pitching", "weighing", "considering", "reviewing", "interest"].contains(doc.folded[index])
        }
    }

    /// The first word of every maker's name: most words start none, and are answered at once.
    static let makerFirstWords = Set(ItemVocabulary.makers.compactMap(\.first))

    static func isMakerStart(_ doc: Document, _ index: Int, limit: Int) -> Int? {
        guard index < limit, index < doc.tokens.count, doc.tokens[index].isCapitalized, makerFirstWords.contains(doc.folded[index]) else { return nil }
        for maker in ItemVocabulary.makers where index + maker.count <= limit {
            if (0..<maker.count).allSatisfy({ doc.folded[index + $0] == maker[$0] }) && doc.tokens[index].isCapitalized { return maker.count }
        }
        return nil
    }

    static func isDesignator(_ doc: Document, _ index: Int) -> Bool {
        let token = doc.tokens[index]
        guard token.kind == .word || token.kind == .number else { return false }
        if ItemVocabulary.notItems.contains(doc.folded[index]) { return false }
        if token.kind == .word {
            // A designator has an ASCII digit (`ItemShapes`); most words have none, and both
            // tests below fail without one.
            guard token.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
            // `VA089897`: a long run of digits without a hyphen is a serial or case number.
            let digits = token.text.filter(\.isNumber).count
            if digits >= 5 && !token.text.contains("-") { return false }
            return ItemShapes.isDesignator(token.text) && !token.text.contains(".")
        }
        let scalars = Array(token.text.unicodeScalars)
        // `737 MAX 8`: three digits then an upper-case variant name.
        if scalars.count == 3, scalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }), index + 1 < doc.tokens.count,
           doc.tokens[index + 1].isAllCaps, !doc.tokens[index + 1].spaceBefore || doc.tokens[index + 1].text.count <= 4 {
            return true
        }
        // `787-9` (tokens `787`, `-`, `9`): three digits and a hyphenated variant.
        if scalars.count == 3, scalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }), index + 2 < doc.tokens.count,
           doc.tokens[index + 1].isPunct("-"), !doc.tokens[index + 1].spaceBefore, doc.tokens[index + 2].kind == .number, !doc.tokens[index + 2].spaceBefore {
            return true
        }
        return scalars.count >= 5 && scalars.count <= 9 && scalars[3] == "-" && scalars.allSatisfy { ($0.value >= 48 && $0.value <= 57) || $0 == "-" }
    }

    /// A capitalized word that can be part of a product name.
    /// A headline in title case (`Norvik Defence Hands Over Four Patrol Boats`): capitals
    /// there do not make names.
    static func isTitleCase(_ doc: Document, _ sentence: Range<Int>) -> Bool {
        let words = sentence.filter { doc.tokens[$0].kind == .word && doc.tokens[$0].text.count > 3 }
        guard words.count >= 3 else { return false }
        return words.filter { doc.tokens[$0].isCapitalized }.count * 10 >= words.count * 8
    }

    /// A first line without closing punctuation: a headline restating the story.
    static func isHeadline(_ doc: Document, _ sentence: Range<Int>) -> Bool {
        guard sentence.lowerBound == 0 || (sentence.lowerBound > 0 && doc.tokens[..<sentence.lowerBound].allSatisfy { $0.kind == .newline }) else {
            return isTitleCase(doc, sentence)
        }
        guard let last = sentence.last else { return false }
        return !(doc.tokens[last].kind == .punct && [".", "!", "?", "\"", "\u{201D}"].contains(doc.tokens[last].text))
    }

    static func isNameWord(_ doc: Document, _ index: Int, sentence: Range<Int>, people: PeopleIndex) -> Bool {
        let token = doc.tokens[index]
        if !token.isAllCaps && isTitleCase(doc, sentence) { return false }
        guard token.kind == .word, token.isCapitalized, !token.text.contains(".") else { return false }
        if people.mention(at: index) != nil { return false }
        let folded = doc.folded[index]
        if Lexicons.shared.countries[folded] != nil || Lexicons.shared.demonyms[folded] != nil || Lexicons.shared.cities[folded] != nil { return false }
        if CalendarWords.months[folded] != nil || CalendarWords.weekdays[folded] != nil { return false }
        if ItemVocabulary.categories.contains(folded) || VisitRecognizer.notPlaceHeads.contains(folded) { return false }
        if index == sentence.lowerBound && !token.isAllCaps { return false }
        if Lexicons.shared.notNames.contains(folded) || SourceVocabulary.determiners.contains(folded) { return false }
        return true
    }

    static func items(_ doc: Document, _ people: PeopleIndex, sentence: Range<Int>) -> [Found] {
        var found: [Found] = []
        var used = Set<Int>()
        func makerBefore(_ start: Int) -> (String, Int)? {
            // `Lockheed Martin C-130`, `Boeing's Chinook`, `Boeing’s Chinook`.
            var end = start
            if end - 1 >= sentence.lowerBound, doc.tokens[end - 1].kind == .possessive { end -= 1 }
            for maker in ItemVocabulary.makers where end - maker.count >= sentence.lowerBound {
                let begin = end - maker.count
                if (0..<maker.count).allSatisfy({ doc.folded[begin + $0] == maker[$0] }) && doc.tokens[begin].isCapitalized {
                    return (doc.text(begin..<end), begin)
                }
            }
            return nil
        }
        func add(name: Range<Int>, nickname: Range<Int>?) {
            guard !name.isEmpty, !name.contains(where: used.contains) else { return }
            let maker = makerBefore(name.lowerBound)
            let start = maker?.1 ?? name.lowerBound
            let end = nickname?.upperBound ?? name.upperBound
            used.formUnion(start..<end)
            let nick = nickname.map { doc.text($0) }
            found.append(Found(range: start..<end, item: doc.text(name), maker: maker?.0, written: doc.text(name.lowerBound..<end), nickname: nick))
        }
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            defer { index += 1 }
            guard !used.contains(index) else { continue }
            if isDesignator(doc, index) && people.mention(at: index) == nil
                && !(index + 1 < sentence.upperBound && doc.tokens[index + 1].kind == .possessive) {
                var start = index
                // Name words before the designator (`Lumen X2`), at most two.
                while start - 1 >= sentence.lowerBound, index - start < 2, isNameWord(doc, start - 1, sentence: sentence, people: people),
                      makerBefore(start) == nil, isMakerStart(doc, start - 1, limit: sentence.upperBound) == nil {
                    start -= 1
                }
                var end = index + 1
                if doc.tokens[index].kind == .number, end + 1 < sentence.upperBound, doc.tokens[end].isPunct("-"), !doc.tokens[end].spaceBefore { end += 2 }
                // `737 MAX 8`.
                if doc.tokens[index].kind == .number || doc.tokens[index].text.allSatisfy(\.isNumber) {
                    if end == index + 1, end < sentence.upperBound, doc.tokens[end].isAllCaps {
                        end += 1
                        if end < sentence.upperBound, doc.tokens[end].kind == .number { end += 1 }
                    } else if makerBefore(index) == nil,
                              !(end < sentence.upperBound && isNameWord(doc, end, sentence: sentence, people: people)) {
                        // A bare `787-9` needs a maker or a name after it.
                        continue
                    }
                }
                var nickname: Range<Int>? = nil
                if end < sentence.upperBound, isNameWord(doc, end, sentence: sentence, people: people), !isDesignator(doc, end) {
                    nickname = end..<(end + 1)
                }
                add(name: start..<end, nickname: nickname)
                continue
            }
            // A maker then a name: `Boeing Chinook`, `Apple's Vision Pro`, `Meta's Quest 3`.
            if let length = isMakerStart(doc, index, limit: sentence.upperBound) {
                var start = index + length
                if start < sentence.upperBound, doc.tokens[start].kind == .possessive { start += 1 }
                var end = start
                while end < sentence.upperBound, end - start < 3, isNameWord(doc, end, sentence: sentence, people: people) || isDesignator(doc, end) || (end > start && doc.tokens[end].kind == .number) {
                    end += 1
                    if end - 1 > start - 1, isDesignator(doc, end - 1) { break }
                }
                // A designator after the maker is found at its own position; `Apple Inc` is a company.
                if end > start, !(start..<end).contains(where: { isDesignator(doc, $0) }),
                   !ItemVocabulary.companySuffixes.contains(doc.folded[start]) {
                    add(name: start..<end, nickname: nil)
                    index = end - 1
                }
                continue
            }
            // A name before an equipment noun: `Rafale fighters`, `KAAN fighter jet`.
            let folded = doc.folded[index]
            if ItemVocabulary.categories.contains(folded) && doc.tokens[index].kind == .word && !doc.tokens[index].isCapitalized {
                let package = ["package", "packages", "programme", "program"].contains(folded)
                var cursor = index - 1
                var modifiers = 0
                while cursor >= sentence.lowerBound, modifiers < (package ? 3 : 2), doc.tokens[cursor].kind == .word, !doc.tokens[cursor].isCapitalized,
                      package ? !doc.folded[cursor].contains("-") && !doc.folded[cursor].hasSuffix("ed") // `long-discussed`, `proposed`: how it is described, not what it holds
                        && !SourceVocabulary.determiners.contains(doc.folded[cursor]) && !["of", "and", "for", "to", "with", "in", "on", "by", "its", "their", "that", "this", "his", "her", "our", "aid", "stimulus", "spending", "pay", "relief", "as", "well", "also", "than", "more", "new", "further", "other", "such", "were", "was", "are", "is", "be", "economic", "rescue", "bailout", "benefits"].contains(doc.folded[cursor])
                        : ItemVocabulary.modifiers.contains(doc.folded[cursor]) || ItemVocabulary.categories.contains(doc.folded[cursor]) {
                    cursor -= 1
                    modifiers += 1
                }
                if package {
                    // `light weapons packages`: the lowercase words name the programme.
                    if modifiers > 0, !used.contains(cursor + 1) {
                        found.append(Found(range: (cursor + 1)..<(index + 1), item: doc.text((cursor + 1)..<index), maker: nil, written: doc.text((cursor + 1)..<(index + 1)), nickname: nil))
                        used.formUnion((cursor + 1)..<(index + 1))
                    }
                    continue
                }
                var start = cursor + 1
                while start - 1 >= sentence.lowerBound, cursor + 1 - start < 2, !used.contains(start - 1),
                      isNameWord(doc, start - 1, sentence: sentence, people: people), makerBefore(start) == nil {
                    start -= 1
                }
                // `Kurdish fighters`, `Syrian tanks`: a people's adjective, not a product name.
                let adjective = start == cursor && !doc.tokens[start].isAllCaps
                    && ItemVocabulary.adjectiveEndings.contains { doc.folded[start].hasSuffix($0) && doc.folded[start].count > 4 }
                if start < cursor + 1, !adjective {
                    add(name: start..<(cursor + 1), nickname: nil)
                }
            }
        }
        return found
    }

    // MARK: deliveries

    func deliveries(_ context: ExtractionContext, aliases: [String: String]) -> [Claim] {
        let doc = context.document
        let people = context.people
        var claims: [Claim] = []
        for sentence in doc.sentences where !ItemRecognizer.isHeadline(doc, sentence) {
            let quoted = QuoteSpans.quotedTokens(doc, sentence)
            let items = ItemRecognizer.items(doc, people, sentence: sentence)
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                defer { index += 1 }
                guard doc.tokens[index].kind == .word, !quoted.contains(index) else { continue }
                guard let verb = ItemVocabulary.deliveryVerbs.first(where: { phrase in
                    index + phrase.count <= sentence.upperBound && (0..<phrase.count).allSatisfy { doc.folded[index + $0] == phrase[$0] }
                }) else { continue }
                let verbEnd = index + verb.count
                // `given the fact that …`: a verb the tree reads as a preposition or conjunction
                // (`case`, `mark`) transfers nothing.
                if ItemRecognizer.isPrepositionalUse(context, token: index) { continue }
                var cursor = verbEnd
                // `supplied Mongolia with two …`: the recipient first.
                var recipient: String? = nil
                if let place = VisitRecognizer.place(doc, people, at: cursor, sentence: sentence), place.upperBound < sentence.upperBound, doc.folded[place.upperBound] == "with" {
                    recipient = doc.text(place)
                    cursor = place.upperBound + 1
                }
                let hedged = Hedging.isHedged(doc, sentence: sentence, trigger: index..<verbEnd, quoted: quoted)
                let actor = PhraseScanner.subject(doc, before: index, sentence: sentence).map { doc.text($0) }
                while cursor < sentence.upperBound {
                    guard let parsed = object(doc, people, at: cursor, sentence: sentence, strict: verb[0].hasPrefix("receiv") || verb[0] == "sold" || verb[0] == "gave" || verb[0] == "sent") else { break }
                    // The named item when the phrase holds one (`NDV-7 patrol boats` → `NDV-7`).
                    // An abstract noun (`the fact`, `the chance`) is no delivered item.
                    if let last = parsed.item.last, ItemVocabulary.abstractNouns.contains(doc.folded[last]) { break }
                    var item = doc.text(parsed.item)
                    let named = items.first(where: { parsed.item.overlaps($0.range) })
                    if let named { item = aliases[Folding.fold(named.item)] ?? named.item }
                    // `received two life sentences`: receiving needs equipment, a product or goods.
                    if verb[0].hasPrefix("receiv"), named == nil,
                       !parsed.item.contains(where: { ItemVocabulary.categories.contains(doc.folded[$0]) || ItemVocabulary.units.contains(doc.folded[$0]) }) {
                        break
                    }
                    var to = recipient
                    if to == nil {
                        var probe = parsed.item.upperBound
                        while probe < min(sentence.upperBound, parsed.item.upperBound + 6), doc.folded[probe] != "to" { probe += 1 }
                        if probe < sentence.upperBound, doc.folded[probe] == "to", let place = VisitRecognizer.place(doc, people, at: probe + 1, sentence: sentence) { to = doc.text(place) }
                    }
                    claims.append(Claim(
                        article: doc.article.id, kind: .delivery, hedged: hedged, attribution: context.attribution(for: sentence),
                        slots: Slots(actor: actor, counterpart: to, verb: verb.joined(separator: " "), item: item, quantity: parsed.quantity.map(String.init), text: doc.text(parsed.item)),
                        evidence: doc.evidence(index..<parsed.whole.upperBound)))
                    // `… and three T-6 training planes`.
                    cursor = parsed.whole.upperBound
                    guard cursor + 1 < sentence.upperBound, doc.folded[cursor] == "and",
                          ItemRecognizer.quantity(doc, at: cursor + 1) != nil else { break }
                    cursor += 1
                }
            }
        }
        // The same delivery told twice (a headline and the body): keep the most specific.
        var kept: [Claim] = []
        for claim in claims {
            let words = Set(Folding.words(claim.slots.text ?? ""))
            let dominated = claims.contains { other in
                other.id != claim.id && other.slots.quantity == claim.slots.quantity && other.hedged == claim.hedged
                    && Set(Folding.words(other.slots.text ?? "")).isStrictSuperset(of: words)
            }
            if !dominated { kept.append(claim) }
        }
        return kept
    }

    /// Whether the tree reads the delivery verb at document token `token` as a preposition or
    /// a subordinator (`Given the fact that …`: relation `case` or `mark`). False without a tree.
    static func isPrepositionalUse(_ context: ExtractionContext, token: Int) -> Bool {
        guard let tree = context.grammar?.tree(containing: token), let word = tree.word(atToken: token) else { return false }
        return ["case", "mark"].contains(tree.base(word))
    }

    /// A quantity at `index`: `15`, `1,200`, `three`, `its first`, `four of the eight`.
    static func quantity(_ doc: Document, at index: Int) -> (value: Int, end: Int)? {
        guard index < doc.tokens.count else { return nil }
        let token = doc.tokens[index]
        if token.kind == .number {
            let digits = token.text.filter { $0 != "," }
            if let value = Int(digits) { return (value, index + 1) }
            return nil
        }
        if let value = ItemVocabulary.numberWords[doc.folded[index]], doc.folded[index] != "a", doc.folded[index] != "an" { return (value, index + 1) }
        return nil
    }

    struct Object {
        var quantity: Int?
        var item: Range<Int>
        var whole: Range<Int>
    }

    /// What was delivered, starting at `start`: an optional determiner, a quantity, then the
    /// item phrase up to a preposition or punctuation.
    func object(_ doc: Document, _ people: PeopleIndex, at start: Int, sentence: Range<Int>, strict: Bool) -> Object? {
        var cursor = start
        var determiner = false
        while cursor < sentence.upperBound, ["its", "the", "their", "his", "her", "another", "a", "an", "further", "additional", "more"].contains(doc.folded[cursor]) {
            determiner = true
            cursor += 1
        }
        var amount: Int? = nil
        if let parsed = ItemRecognizer.quantity(doc, at: cursor) {
            amount = parsed.value
            cursor = parsed.end
            // `four of the eight`.
            if cursor + 2 < sentence.upperBound, doc.folded[cursor] == "of", doc.folded[cursor + 1] == "the", ItemRecognizer.quantity(doc, at: cursor + 2) != nil {
                cursor += 3
            }
        }
        let itemStart = cursor
        var end = cursor
        while end < sentence.upperBound, end - itemStart < 6 {
            let token = doc.tokens[end]
            if token.kind == .punct && !(token.text == "-") { break }
            if token.kind == .word, ItemRecognizer.objectStops.contains(doc.folded[end]) { break }
            if token.kind == .word, doc.folded[end] == "of", !(end > itemStart && ItemVocabulary.units.contains(doc.folded[end - 1])) { break }
            if people.mention(at: end) != nil { return nil }
            end += 1
        }
        guard end > itemStart else { return nil }
        if amount == nil {
            // `supplies the displays`: a definite object only (`delivered a major jolt` is no delivery).
            guard determiner, !strict, end - itemStart <= 3,
                  ["the", "its", "their", "his", "her"].contains(doc.folded[itemStart - 1]) else { return nil }
        }
        // A year or a sum is not a delivered count.
        if let amount, amount >= 1900 && amount <= 2100 && doc.tokens[itemStart - 1].kind == .number && end - itemStart == 0 { return nil }
        let words = (itemStart..<end).map { doc.folded[$0] }
        if words.allSatisfy({ ["more", "than", "about", "million", "billion", "percent", "%", "years", "days", "weeks", "months"].contains($0) }) { return nil }
        if let first = words.first, ["million", "billion", "percent", "years", "days", "weeks", "months", "times", "hours", "minutes", "per"].contains(first) { return nil }
        return Object(quantity: amount, item: itemStart..<end, whole: start..<end)
    }
}
