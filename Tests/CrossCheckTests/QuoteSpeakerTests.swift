import ClaimExtractor
import ClaimModel
import Testing

/// One quotation pattern: the text, the quoted words and the speaker the grammar reads, or no
/// quote claim at all (a title, an institution's words, a speaker no one names).
struct QuoteCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var quote: String
    /// The speaker's full name; nil when no one the article names says it.
    var speaker: String?
    var absent = false

    var testDescription: String { id }
}

enum QuoteCases {
    static let all: [QuoteCase] = [
        QuoteCase(id: "“…,” X said", text: "“We will rebuild the bridge,” Governor Rita Amsel said on Monday.", quote: "We will rebuild the bridge", speaker: "Rita Amsel"),
        QuoteCase(id: "“…,” said X (inverted)", text: "“The water is safe to drink,” said Mayor Tomas Kral, who toured the plant.", quote: "The water is safe to drink", speaker: "Tomas Kral"),
        QuoteCase(id: "“…,” Mr. X said: the full name given earlier", text: "Harbour chief Ivo Rand spoke to dock workers on Friday. “Nobody will lose a job,” Mr. Rand said.", quote: "Nobody will lose a job", speaker: "Ivo Rand"),
        QuoteCase(id: "X wrote: “…”", text: "In a letter to staff, Director Mia Holt wrote: “The lab will reopen in June.”", quote: "The lab will reopen in June", speaker: "Mia Holt"),
        QuoteCase(id: "“…,” he told reporters", text: "Senator Paul Ekwueme left the chamber early. “Not today,” he told reporters.", quote: "Not today", speaker: "Paul Ekwueme"),
        QuoteCase(id: "X said: “…” (colon)", text: "Minister Ada Kerr said: “The border stays open for trade.”", quote: "The border stays open for trade", speaker: "Ada Kerr"),
        QuoteCase(id: "she added: the recent speaker, not the last name", text: "“We need more time,” Chancellor Mia Holt said after meeting Lars Ek. “The talks will go on,” she added.", quote: "The talks will go on", speaker: "Mia Holt"),
        QuoteCase(id: "a quotation paragraph continues the previous speaker", text: "“We lost everything,” said Jonas Weru, who farms near the river.\n\n“The water rose in an hour and took the barn.”", quote: "The water rose in an hour and took the barn", speaker: "Jonas Weru"),
        QuoteCase(id: "a quotation left open runs into the next paragraph", text: "Mayor Tomas Kral said: “The first phase of the works is done.\n\n“The second phase starts in May,” he said.", quote: "The first phase of the works is done", speaker: "Tomas Kral"),
        QuoteCase(id: "a fragment is the subject's", text: "Senator Paul Ekwueme called the plan “reckless and costly” in a speech on Tuesday.", quote: "reckless and costly", speaker: "Paul Ekwueme"),
        QuoteCase(id: "the subject of the speech verb, not the nearest name", text: "“Everyone out now,” a voice shouted from the crowd as Governor Rita Amsel arrived.", quote: "Everyone out now", speaker: nil, absent: true),
        QuoteCase(id: "a film title is no quote", text: "Director Mia Holt presented her film “The Quiet Harbour” at the festival on Sunday.", quote: "The Quiet Harbour", speaker: nil, absent: true),
        QuoteCase(id: "an institution's words: a quote without a speaker", text: "“The plant meets every standard,” the ministry said in a statement.", quote: "The plant meets every standard", speaker: nil),
        QuoteCase(id: "an unattributed passage: a quote without a speaker", text: "The banner over the gate read “No entry after dark for anyone” on Monday.", quote: "No entry after dark for anyone", speaker: nil),
        QuoteCase(id: "a term of two words quoted inside a named person's sentence is no quote", text: "Governor Rita Amsel called the vote a “historic day” for the port.", quote: "historic day", speaker: nil, absent: true),
        QuoteCase(id: "a quotation standing alone that no clause attributes gives no claim", text: "The council met on Monday.\n\n“Every road into the valley is closed tonight.”", quote: "Every road into the valley is closed tonight", speaker: nil, absent: true),
        QuoteCase(id: "“…,” said X of a state, the … on a committee (a misparsed subject)", text: "“I never thought the port would close,” said Representative Laura Pike of Oregon, the senior Democrat on the House Rules Committee.", quote: "I never thought the port would close", speaker: "Laura Pike"),
        QuoteCase(id: "a fronted phrase, then X said: “…”", text: "Senator Robert Keane spoke at noon. As for the prospects of a deal now, Mr. Keane said: “How do you get that done before the recess?”", quote: "How do you get that done before the recess?", speaker: "Robert Keane"),
        QuoteCase(id: "X himself said that …“…”", text: "Governor Laura Pike herself said on Friday that the ruling was “a very sad day for the whole valley.”", quote: "a very sad day for the whole valley", speaker: "Laura Pike"),
        QuoteCase(id: "a scare-quoted term is no quote", text: "Officials called the scheme “smart growth” on Monday.", quote: "smart growth", speaker: nil, absent: true),
        QuoteCase(id: "a quotation running over paragraphs takes the speaker at its closing mark", text: "Staff were told on Friday.\n\n“The lab will reopen in June.\n\nEvery team will move back by the autumn,” Director Mia Holt wrote in a letter.", quote: "The lab will reopen in June", speaker: "Mia Holt"),
        QuoteCase(id: "a quotation standing alone after X said … is X's", text: "Harbour chief Ivo Rand said the strike had cost the port a week of trade.\n\n“We are one crew here and we stay together.”", quote: "We are one crew here and we stay together", speaker: "Ivo Rand"),
        QuoteCase(id: "X said …, according to an outlet: the words are X's", text: "“The man is worn out and sorry,” Judge Vera Morrow said, according to the Daily Courier.", quote: "The man is worn out and sorry", speaker: "Vera Morrow"),
        QuoteCase(id: "a bracketed tag between the name and the verb", text: "Replying to the judge’s claim that courts hold no politics, Sen. Ada Kerr (D-Ore.) explained, “There are no neutral judges, and you know that.”", quote: "There are no neutral judges, and you know that", speaker: "Ada Kerr"),
        QuoteCase(id: "a participle on an adverbial noun takes the main clause's subject", text: "A day after telling reporters that he was “not going to talk about the photo any more,” Governor Ivo Rand broke his silence on Wednesday.", quote: "not going to talk about the photo any more", speaker: "Ivo Rand"),
        QuoteCase(id: "a speech verb with no subject of its own takes the subject of the clause before it", text: "“The river is falling,” Mayor Tomas Kral said on Monday. He paused, then added: “We stay ready for another storm all the same.”", quote: "We stay ready for another storm all the same", speaker: "Tomas Kral"),
        QuoteCase(id: "a participle clause shares the subject of the clause it hangs from", text: "“The budget is final,” Senator Ada Kerr said, citing the deficit of the state hospitals and the cost of the new bridge, adding, “Every agency will have to cut what it spends.”", quote: "Every agency will have to cut what it spends", speaker: "Ada Kerr"),
        QuoteCase(id: "aides said X told colleagues: the words are X's", text: "“We lost the coast towns, and we lost them badly,” aides said Senator Paul Ekwueme told his colleagues after the vote.", quote: "We lost the coast towns, and we lost them badly", speaker: "Paul Ekwueme"),
        QuoteCase(id: "an aside speech verb reports the words quoted in its sentence", text: "The port, Mayor Ivo Rand said on Monday, lost “more than a week of trade to the strike” and several of its oldest clients.", quote: "more than a week of trade to the strike", speaker: "Ivo Rand"),
        QuoteCase(id: "he after a sentence whose subject is no person: the owner of the subject before", text: "Governor Ivo Rand’s letter did not name any official. Instead, it blamed Mayor Tomas Kral’s office for the delay.\n\nHe said the state would pay for “every bridge the flood destroyed last spring.”", quote: "every bridge the flood destroyed last spring", speaker: "Ivo Rand"),
        QuoteCase(id: "Mr. X with two people of that surname: the one named in full last", text: "Governor Ivo Dane spoke on Monday. His son, Mark Dane, opposes the new road.\n\n“We argue about it at every family dinner,” Mr. Dane said.", quote: "We argue about it at every family dinner", speaker: "Mark Dane"),
        QuoteCase(id: "Mr. X keeps the person it first named", text: "Senator Paul Wren arrived at noon. “We came to listen,” Mr. Wren said. His wife, Lena Wren, joined him later.\n\n“The lake must be protected for good,” Mr. Wren said.", quote: "The lake must be protected for good", speaker: "Paul Wren"),
        QuoteCase(id: "a speech verb read as a participle of a noun naming no one: the clause above", text: "Senator Ada Kerr toured the farms on Monday. Kerr, who sits in the No. 2 seat in the party leadership as head of the Senate Farm Caucus, added that growers “have not seen a cent of the aid” this spring.", quote: "have not seen a cent of the aid", speaker: "Ada Kerr"),
        QuoteCase(id: "adding after citing a noun phrase: the speaker of said", text: "“The budget is final,” Senator Ada Kerr said, citing worries over the governor’s record on rural roads and his grasp of the budget, adding, “My answer is no, and I urge my colleagues to vote the same way.”", quote: "My answer is no, and I urge my colleagues to vote the same way", speaker: "Ada Kerr"),
        QuoteCase(id: "a new sentence between two quotations ends the first one", text: "“The road is closed,” Mayor Tomas Kral said on Monday. He called the flooding “the worst the town has seen in fifty years.”", quote: "the worst the town has seen in fifty years", speaker: "Tomas Kral"),
        // Session 11: a role phrase stands for the last person named outside quotation marks.
        QuoteCase(id: "a role phrase after a quotation over paragraphs is the last person named outside it", text: "Nora Vale announced the new tour on Sunday.\n\nIt will be her first tour in six years.\n\n“It is settled: I am going back on the road!\n\nI want to thank my manager Lena Koss and, oh well, the whole crew,” the singer and radio host wrote on her page.", quote: "It is settled: I am going back on the road!", speaker: "Nora Vale"),
        QuoteCase(id: "the singer said: a name inside the quotation is not the speaker", text: "Nora Vale announced the new tour on Sunday.\n\nIt will be her first tour in six years.\n\n“I want to thank my manager Lena Koss and the whole crew,” the singer said.", quote: "I want to thank my manager Lena Koss and the whole crew", speaker: "Nora Vale"),
    ]
}

@Suite struct QuoteSpeakerTests {
    func check(_ test: QuoteCase, prefix: String) throws {
        let text = prefix + test.text
        let analysis = Fixtures.analyze(text)
        let names = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0.name) })
        let quotes = analysis.claims.filter { $0.kind == .quote && $0.slots.quote == test.quote }
        if test.absent {
            #expect(quotes.isEmpty, "\(test.id): unexpected \(quotes.map(\.slots.stableDescription))")
            return
        }
        let claim = try #require(quotes.first, "\(test.id): no quote “\(test.quote)” among \(analysis.claims.filter { $0.kind == .quote }.map(\.slots.stableDescription))")
        #expect(claim.slots.speaker.map { names[$0] ?? $0 } == test.speaker)
        // The evidence is the quotation with its marks, at its place in the text.
        let article = Fixtures.article(text)
        #expect(article.text(claim.evidence.span.start, claim.evidence.span.end) == claim.evidence.text)
        #expect(claim.evidence.text.hasPrefix("“"))
        #expect(claim.evidence.text.contains(test.quote))
    }

    @Test(arguments: QuoteCases.all)
    func pattern(_ test: QuoteCase) throws { try check(test, prefix: "") }

    @Test(arguments: QuoteCases.all)
    func patternAfterMultibytePrefix(_ test: QuoteCase) throws { try check(test, prefix: "Café — 👩‍👩‍👧 report.\n\n") }

    @Test func treesAreParsedLazilyAndOnce() throws {
        let article = Fixtures.article("The council met on Monday. “We will rebuild the bridge,” Governor Rita Amsel said.")
        let document = Document(article: article)
        let layer = GrammarLayer(document: document, model: ExtractorGrammar.shared.resolved)
        #expect(layer.parsedCount == 0)
        let tree = try #require(layer.tree(sentence: 1))
        _ = layer.tree(sentence: 1)
        #expect(layer.parsedCount == 1)
        // `said` is the root; its subject is a word of the governor's name, mapped to that token.
        let said = try #require(tree.lemmas.firstIndex(of: "say"))
        #expect(tree.relations[said] == "root")
        let subject = try #require(tree.child(of: said, ["nsubj"]))
        #expect(["Rita", "Amsel"].contains(document.tokens[tree.tokens[subject]].text))
    }

    /// `“…,” X said. “…”`: one quotation, its words joined, its evidence from the first mark to
    /// the last; a reply by someone named between two quotations is no continuation.
    @Test(arguments: [true, false])
    func aQuotationSplitByItsAttributionIsOneClaim(_ withGrammar: Bool) throws {
        let text = "“We will rebuild the bridge,” Governor Rita Amsel said. “It will open in May.”"
        let article = Fixtures.article(text)
        let analysis = ClaimExtractor(grammar: withGrammar ? .shared : .none).analyze(article)
        let quotes = analysis.claims.filter { $0.kind == .quote }
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.slots.quote == "We will rebuild the bridge It will open in May")
        #expect(quote.evidence.text == article.text(quote.evidence.span.start, quote.evidence.span.end))
        #expect(quote.evidence.text.hasPrefix("“We will") && quote.evidence.text.hasSuffix("May.”"))

        let asked = Fixtures.analyze("Governor Rita Amsel toured the harbour. Asked at the dock, “Is the harbour closed for good?” Amsel replied, “We will reopen it in May.”")
        #expect(!asked.claims.contains { $0.kind == .quote && ($0.slots.quote ?? "").contains("closed") && ($0.slots.quote ?? "").contains("reopen") })
    }

    @Test func withoutAModelQuotesFallBackToWordOrder() {
        let article = Fixtures.article("“We will rebuild the bridge,” Governor Rita Amsel said on Monday.")
        let analysis = ClaimExtractor(grammar: .none).analyze(article)
        let names = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0.name) })
        let quote = analysis.claims.first { $0.kind == .quote }
        #expect(quote?.slots.speaker.flatMap { names[$0] } == "Rita Amsel")
    }
}

/// Quotations an institution or a document speaks carry its words as their `source`; an unnamed
/// person (`a senior official`) leaves both speaker and source empty; words quoted in a clause a
/// speech verb reports are that verb's subject's.
@Suite struct QuoteSourceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var quote: String
        var source: String?
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "an institution's statement", text: "“The plant meets every standard,” the ministry said in a statement.", quote: "The plant meets every standard", source: "the ministry"),
        Case(id: "a document said that … “…”", text: "The letter said the committees had been briefed “about these plans many times” before the vote.", quote: "about these plans many times", source: "The letter"),
        Case(id: "an unnamed official is no source", text: "“Repairs will take at least a month,” a senior official said on Monday.", quote: "Repairs will take at least a month", source: nil),
        Case(id: "a document's aside reports the words quoted in its sentence", text: "Later the firm kept “a careful record of every cargo it shipped” and sent it to the inspectors, the court filing said.", quote: "a careful record of every cargo it shipped", source: "the court filing"),
        Case(id: "according to a document, however the tagger lemmatizes according", text: "According to the slides, there has been “steady growth in requests to the two largest carriers.”", quote: "steady growth in requests to the two largest carriers", source: "the slides"),
        Case(id: "it said: the institution the sentence before names as its subject", text: "The Harbour Authority closed the northern dock on Monday. “No ship will berth there until the survey is done,” it said in a statement.", quote: "No ship will berth there until the survey is done", source: "The Harbour Authority"),
        Case(id: "they said after a person's sentence: unknown, never the person", text: "Mayor Tomas Kral met the dock workers on Monday. “The talks went well and will go on,” they said afterwards.", quote: "The talks went well and will go on", source: nil),
        Case(id: "they said after people released a document: the document", text: "Senator Ada Kerr and Senator Paul Wren released a joint letter on Friday. “The dam must be inspected before the winter,” they said.", quote: "The dam must be inspected before the winter", source: "the joint letter"),
        Case(id: "they added after a they said hung from the quoted clause: the document", text: "Senator Ada Kerr and Senator Paul Wren released a joint letter on Friday. “Officials have told us on several occasions that the dam is ‘sound and safe,’ ” they said. They added that “the county deserves to see the survey.”", quote: "the county deserves to see the survey", source: "the joint letter"),
        Case(id: "said the report (inverted): the document after the verb", text: "“Every bridge in the county needs repairs within five years,” said the report.", quote: "Every bridge in the county needs repairs within five years", source: "the report"),
        Case(id: "the original (a headless definite phrase): the document named last", text: "The council will publish its final text once the board approves the proposal in May. But the original called on the city to “close every ferry pier south of the old bridge.”", quote: "close every ferry pier south of the old bridge", source: "the proposal"),
        Case(id: "a quotation closed with a full stop, then a clause of its own: a new quotation", text: "The council will publish its final text once the board approves the proposal in May. But the original called on the city to “close every ferry pier south of the old bridge.” It said the closures could “save the harbour a great deal of money each year.”", quote: "save the harbour a great deal of money each year", source: "the proposal"),
        Case(id: "a relative pronoun subject: the document it stands for", text: "Both ministries issued identical statements afterward that said “the border crossing will reopen within a week.”", quote: "the border crossing will reopen within a week", source: "identical statements"),
        Case(id: "according to a proper name no list holds: that name", text: "According to Brightwire, “the minister then signed the papers during her visit to that office.”", quote: "the minister then signed the papers during her visit to that office", source: "Brightwire"),
        Case(id: "a clause a spokesman reports is not the clause subject's", text: "A company spokesman told reporters that the firm had seen “no sign of any fault in the design.”", quote: "no sign of any fault in the design", source: nil),
    ]

    @Test(arguments: cases, ["", "Café — 👩‍👩‍👧 report.\n\n"]) func source(_ c: Case, prefix: String) throws {
        let analysis = Fixtures.analyze(prefix + c.text)
        let claim = try #require(analysis.claims.first { $0.kind == .quote && $0.slots.quote == c.quote }, "\(analysis.claims.map(\.slots.stableDescription))")
        #expect(claim.slots.speaker == nil)
        #expect(claim.slots.source == c.source)
    }

    /// An article that quotes with single straight marks only: they pair as quotation marks,
    /// while a plural possessive's apostrophe stays one.
    @Test func singleMarksQuoteWhereNoDoubleMarkIsUsed() throws {
        let text = "Mayor Ana Morrow said: 'We worked through the night and saved them all, ' and went home.\n\nThe members' votes were counted on Monday."
        let analysis = Fixtures.analyze(text)
        let names = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0.name) })
        let quotes = analysis.claims.filter { $0.kind == .quote }
        #expect(quotes.map(\.slots.quote) == ["We worked through the night and saved them all"])
        #expect(quotes.first?.slots.speaker.map { names[$0] ?? $0 } == "Ana Morrow")
        #expect(quotes.first?.evidence.text.hasPrefix("'") == true)
    }
}
