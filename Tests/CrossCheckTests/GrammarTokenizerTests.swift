import Foundation
import Grammar
import Testing

/// Tokens in UD English EWT style, each a byte range of the input.
struct GrammarTokenizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var tokens: [String]
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "n't and clitics split", text: "I don't think she'll go, can't we?", tokens: ["I", "do", "n't", "think", "she", "'ll", "go", ",", "ca", "n't", "we", "?"]),
        Case(id: "possessive 's split", text: "The minister's aide (Jones's) left.", tokens: ["The", "minister", "'s", "aide", "(", "Jones", "'s", ")", "left", "."]),
        Case(id: "curly apostrophe", text: "It’s the parents’ choice", tokens: ["It", "’s", "the", "parents", "’", "choice"]),
        Case(id: "fused contractions", text: "We're gonna win, I cannot lie", tokens: ["We", "'re", "gon", "na", "win", ",", "I", "can", "not", "lie"]),
        Case(id: "hyphens split except after prefixes", text: "a long-term, non-stop e-mail re-election", tokens: ["a", "long", "-", "term", ",", "non-stop", "e-mail", "re-election"]),
        Case(id: "numbers, money and percentages", text: "$1,200.50 rose 3.5% to 10:30 on 12/11/2025", tokens: ["$", "1,200.50", "rose", "3.5", "%", "to", "10:30", "on", "12/11/2025"]),
        Case(id: "abbreviations and initials keep their stop", text: "Gen. J. Smith of the U.S. Army met Mr. Lee.", tokens: ["Gen.", "J.", "Smith", "of", "the", "U.S.", "Army", "met", "Mr.", "Lee", "."]),
        Case(id: "URLs and e-mail addresses whole", text: "See https://example.org/a-b?x=1. Write to press@example.com!", tokens: ["See", "https://example.org/a-b?x=1", ".", "Write", "to", "press@example.com", "!"]),
        Case(id: "quotes and dashes", text: "“No,” he said — twice...", tokens: ["“", "No", ",", "”", "he", "said", "—", "twice", "..."]),
        Case(id: "slash between words", text: "and/or", tokens: ["and", "/", "or"]),
    ]

    static let prefix = "“Café” — 👩‍👩‍👧 "

    @Test(arguments: cases) func tokens(_ c: Case) {
        for prefixed in [false, true] {
            let text = (prefixed ? Self.prefix : "") + c.text
            let bytes = Array(text.utf8)
            let buffer = Tokenizer.tokenize(bytes)
            let forms = (0..<buffer.count).map { String(decoding: bytes[buffer.range($0)], as: UTF8.self) }
            let skip = prefixed ? Tokenizer.tokenize(Array(Self.prefix.utf8)).count : 0
            #expect(Array(forms.dropFirst(skip)) == c.tokens, "prefixed: \(prefixed)")
        }
    }

    struct SplitCase: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var sentences: [String]
        var testDescription: String { id }
    }

    static let splitCases: [SplitCase] = [
        SplitCase(id: "full stops", text: "The talks ended. Both sides left.", sentences: ["The talks ended.", "Both sides left."]),
        SplitCase(id: "titles and initials hold", text: "Gen. J. R. Smith met Dr. Lee on Nov. 2. They spoke.", sentences: ["Gen. J. R. Smith met Dr. Lee on Nov. 2.", "They spoke."]),
        SplitCase(id: "abbreviation ends a sentence before an opener", text: "He joined Acme Inc. The firm grew.", sentences: ["He joined Acme Inc.", "The firm grew."]),
        SplitCase(id: "abbreviation inside a sentence", text: "U.S. officials said so.", sentences: ["U.S. officials said so."]),
        SplitCase(id: "quote spanning sentences", text: "“We will win. We must,” he said. She agreed.", sentences: ["“We will win.", "We must,” he said.", "She agreed."]),
        SplitCase(id: "exclamation inside a quote", text: "“Stop!” he shouted. Nobody did.", sentences: ["“Stop!” he shouted.", "Nobody did."]),
        SplitCase(id: "headline without a full stop", text: "Ministers meet in Oslo\n\nThe ministers met on Monday.", sentences: ["Ministers meet in Oslo", "The ministers met on Monday."]),
        SplitCase(id: "dateline", text: "OSLO, Nov. 2 (Reuters) - The ministers met. Talks went on.", sentences: ["OSLO, Nov. 2 (Reuters) - The ministers met.", "Talks went on."]),
        SplitCase(id: "line break then lower case continues", text: "the ministers met\nin Oslo today. Then they left.", sentences: ["the ministers met\nin Oslo today.", "Then they left."]),
        SplitCase(id: "question and exclamation marks", text: "Why?! Nobody knows... Really.", sentences: ["Why?!", "Nobody knows...", "Really."]),
        SplitCase(id: "question mark before lower case", text: "Was the vote close? not at all, aides said.", sentences: ["Was the vote close?", "not at all, aides said."]),
        SplitCase(id: "quoted question before lower case", text: "“Was the vote close?” she asked.", sentences: ["“Was the vote close?” she asked."]),
        SplitCase(id: "state abbreviation before lower case", text: "It opens in Glendale, Ariz. in May. Fans came.", sentences: ["It opens in Glendale, Ariz. in May.", "Fans came."]),
        SplitCase(id: "comma or dash after a full stop", text: "Sen. Ana Ruiz, D-Ore., voted no. OSLO, Nor. — The talks ended.", sentences: ["Sen. Ana Ruiz, D-Ore., voted no.", "OSLO, Nor. — The talks ended."]),
        SplitCase(id: "dash after a full stop opens a line", text: "Rates will rise next year. -- Posted by Ana Lorne", sentences: ["Rates will rise next year.", "-- Posted by Ana Lorne"]),
        SplitCase(id: "dash after a dateline's state", text: "JOPLIN, Mo. — Voters came early.", sentences: ["JOPLIN, Mo. — Voters came early."]),
        SplitCase(id: "attribution after a quoted question", text: "“Who pays?” Ruiz asked. Nobody knew.", sentences: ["“Who pays?” Ruiz asked.", "Nobody knew."]),
        SplitCase(id: "closing quote set off by a space", text: "They cited ‘secret law.’ ”\n\nThe vote followed.", sentences: ["They cited ‘secret law.’ ”", "The vote followed."]),
        SplitCase(id: "ellipsis after a full stop", text: "“We must act. ... Let us vote.” It passed.", sentences: ["“We must act.", "... Let us vote.”", "It passed."]),
        SplitCase(id: "ellipsis before lower case", text: "The count went on... and on. It ended.", sentences: ["The count went on... and on.", "It ended."]),
        SplitCase(id: "mail header timestamp", text: "Ana Lorne 03/02/2026 10:15 AM Please see the draft.", sentences: ["Ana Lorne", "03/02/2026 10:15 AM", "Please see the draft."]),
        SplitCase(id: "timestamp with a time zone", text: "Posted 03/02/2026 10:15 AM ET The council met.", sentences: ["Posted 03/02/2026 10:15 AM ET", "The council met."]),
        SplitCase(id: "links in a row", text: "Photos: http://example.org/a http://example.org/b More soon.", sentences: ["Photos: http://example.org/a", "http://example.org/b", "More soon."]),
        SplitCase(id: "address in brackets", text: "From: Ana <ana@example.org> The vote is on.", sentences: ["From: Ana <ana@example.org>", "The vote is on."]),
        SplitCase(id: "emoticon before a capital", text: "see you there :) We leave at six.", sentences: ["see you there :)", "We leave at six."]),
        SplitCase(id: "sign-off and name", text: "Best regards, Ana Lorne", sentences: ["Best regards,", "Ana Lorne"]),
        SplitCase(id: "sign-off closed by the name", text: "Thanks, Ana. The files follow.", sentences: ["Thanks, Ana.", "The files follow."]),
        SplitCase(id: "letter opener after a bare word", text: "the files are below Please call me", sentences: ["the files are below", "Please call me"]),
        SplitCase(id: "No. before a number", text: "Ana Ruiz, who holds the No. 3 post, spoke. She left.", sentences: ["Ana Ruiz, who holds the No. 3 post, spoke.", "She left."]),
        SplitCase(id: "list item numbers", text: "Two points. 1. The price is fixed. 2. The term is long.", sentences: ["Two points.", "1. The price is fixed.", "2. The term is long."]),
        SplitCase(id: "separator run before a capital", text: "The vote is set. *** Critics met later.", sentences: ["The vote is set.", "***", "Critics met later."]),
        SplitCase(id: "bracketed note opening a sentence", text: "The count ended. (City Desk) On Monday the mayor spoke.", sentences: ["The count ended.", "(City Desk)", "On Monday the mayor spoke."]),
        SplitCase(id: "bracket inside a sentence", text: "Officials at the (Brussels) Headquarters spoke. They left.", sentences: ["Officials at the (Brussels) Headquarters spoke.", "They left."]),
        SplitCase(id: "shortened address", text: "From: \"Ana Lee\"<ana...@example.org> The vote is on.", sentences: ["From: \"Ana Lee\"<ana...@example.org>", "The vote is on."]),
        SplitCase(id: "marks set apart by spaces", text: "Was it fair ? ? ? Nobody said.", sentences: ["Was it fair ? ? ?", "Nobody said."]),
        SplitCase(id: "full stop after a closing bracket", text: "We met (and I needed the rest!). Then we left.", sentences: ["We met (and I needed the rest!).", "Then we left."]),
        SplitCase(id: "attachment name in double angles", text: "See the notes << File: notes.doc >> Please reply soon.", sentences: ["See the notes << File: notes.doc >>", "Please reply soon."]),
        SplitCase(id: "decimal broken by a space", text: "The chips run at up to 2. 4GHz in the top model. It ships soon.", sentences: ["The chips run at up to 2. 4GHz in the top model.", "It ships soon."]),
    ]

    @Test(arguments: splitCases) func sentences(_ c: SplitCase) {
        for prefixed in [false, true] {
            let text = (prefixed ? Self.prefix + "\n\n" : "") + c.text
            let bytes = Array(text.utf8)
            let tokens = Tokenizer.tokenize(bytes)
            let found = SentenceSplitter.split(bytes, tokens).map { s in
                String(decoding: bytes[Int(tokens.starts[s.tokens.lowerBound])..<Int(tokens.ends[s.tokens.upperBound - 1])], as: UTF8.self)
            }
            #expect(Array(found.dropFirst(prefixed ? 1 : 0)) == c.sentences, "prefixed: \(prefixed)")
        }
    }

    @Test func coNLLUReadsRangesAndEmptyNodes() {
        let text = """
            # newdoc id = d
            # text = I don't know.
            1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
            1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
            2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
            2.1\tx\tx\tX\tX\t_\t_\t_\t_\t_
            3\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_

            """
        let sentences = CoNLLU.parse(text)
        #expect(sentences.count == 1)
        #expect(sentences.first?.forms == ["I", "do", "know"])
        #expect(sentences.first?.heads == [3, 3, 0])
        #expect(sentences.first?.startsParagraph == true)
        #expect(sentences.first?.surface.map(\.form) == ["don't", "know"])
    }

    /// The full EWT dev file, when ../shared is beside the repository: segmentation floors.
    @Test func segmentationOnEWTDev() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/ud/en_ewt-ud-dev.conllu").standardized.path
        guard let data = FileManager.default.contents(atPath: path) else {
            print("skipped: \(path) is absent (the EWT dev file lives in ../shared)")
            return
        }
        let scores = GrammarEvaluation.segmentation(CoNLLU.parse(String(decoding: data, as: UTF8.self)))
        #expect(scores.tokenF1 >= 98.0)
        #expect(scores.sentenceF1 >= 89.7)
    }
}
