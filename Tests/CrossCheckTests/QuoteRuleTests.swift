import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Two articles quoting one person: how the quote rule judges the pair.
struct QuotePairCase: CustomTestStringConvertible, Sendable {
    var id: String
    var first: String
    var second: String
    var status: FindingStatus?
    /// Words the finding's reason must hold (the word diff).
    var reason: String? = nil

    var testDescription: String { id }
}

enum QuotePairCases {
    static let base = "“We will keep the harbour open to every ship this winter,” Governor Rita Amsel said on Monday."
    static let all: [QuotePairCase] = [
        QuotePairCase(id: "identical words agree", first: base, second: base, status: .agree),
        QuotePairCase(id: "punctuation and case make no finding", first: base, second: "“We will keep the Harbour open to every ship this winter!” Governor Rita Amsel said on Monday.", status: .agree),
        QuotePairCase(id: "a contraction written out makes no finding", first: "“We don’t expect delays at the port this winter,” Governor Rita Amsel said.", second: "“We do not expect delays at the port this winter,” Governor Rita Amsel said.", status: .agree),
        QuotePairCase(id: "a negation inserted is a conflict", first: base, second: "“We will not keep the harbour open to every ship this winter,” Governor Rita Amsel said on Monday.", status: .conflict, reason: "not"),
        QuotePairCase(id: "an antonym is a conflict", first: base, second: "“We will keep the harbour closed to every ship this winter,” Governor Rita Amsel said on Monday.", status: .conflict, reason: "closed"),
        QuotePairCase(id: "a cut quotation is a variant", first: base, second: "“We will keep the harbour open,” Governor Rita Amsel said on Monday.", status: .variant, reason: "cut short"),
        QuotePairCase(id: "a negation only in the longer quotation's extra words is a cut", first: "“We will keep the harbour open to every ship,” Governor Rita Amsel said.", second: "“We will keep the harbour open to every ship, but not to tankers,” Governor Rita Amsel said.", status: .variant),
        QuotePairCase(id: "another speaker is an attribution conflict", first: base, second: "“We will keep the harbour open to every ship this winter,” Mayor Tomas Kral said on Monday.", status: .conflict, reason: "speakers"),
        QuotePairCase(id: "two words alike from two speakers are no quotation conflict", first: "Governor Rita Amsel warned of “hard choices” on Monday.", second: "Mayor Tomas Kral spoke of “hard choices” on Monday.", status: nil),
        QuotePairCase(id: "an idiom of three words inside another speaker's quotation is no attribution conflict", first: "Governor Rita Amsel warned the council not to “rock the boat” on Monday.", second: "“Nobody here wants to rock the boat over the budget,” Mayor Tomas Kral said on Monday.", status: nil),
        QuotePairCase(id: "a statement's words no person is named for are compared", first: base, second: "“We will not keep the harbour open to every ship this winter,” the port authority said in a statement.", status: .conflict, reason: "not"),
        QuotePairCase(id: "an unknown speaker is no attribution conflict", first: base, second: "“We will keep the harbour open to every ship this winter,” the port authority said in a statement.", status: .agree),
        QuotePairCase(id: "a quotation split by its attribution is compared whole", first: "“We will keep the harbour open,” Governor Rita Amsel said. “Every ship will find a berth this winter.”", second: "“Every ship will not find a berth this winter,” Governor Rita Amsel said.", status: .conflict, reason: "not"),
        QuotePairCase(id: "a passage one copy leaves out is a cut, a negation in it or not", first: "“We will keep the harbour open. We have not closed it in forty years and no storm will change that. Every ship will find a berth,” Governor Rita Amsel said.", second: "“We will keep the harbour open. Every ship will find a berth,” Governor Rita Amsel said.", status: .variant, reason: "cut short"),
        QuotePairCase(id: "a negation put in is found where the other copy goes on", first: "“Without doubt, the dam is not safe,” Governor Rita Amsel said.", second: "“Without doubt, the dam is safe. We will keep it safe every week,” Governor Rita Amsel said.", status: .conflict, reason: "not"),
        QuotePairCase(id: "a negation put in where one copy starts earlier and the other goes on", first: "“The budget is tight,” Governor Rita Amsel said. “If one more school can be saved, we have a duty to try.”", second: "“If one more school can not be saved, we have a duty to try,” Governor Rita Amsel said. “We owe it to every family.”", status: .conflict, reason: "not"),
        QuotePairCase(id: "two sentences on one refrain are no changed quotation", first: "“We will not rest until the harbour reopens,” Governor Rita Amsel said.", second: "“We will not rest until every family is home,” Governor Rita Amsel said.", status: .variant),
        QuotePairCase(id: "initials with or without periods are one wording", first: "“The U.S. will keep the harbour open to every ship,” Governor Rita Amsel said.", second: "“The US will keep the harbour open to every ship,” Governor Rita Amsel said.", status: .agree),
    ] + overlapping + overlapping.map(\.behindMultibytePrefix) + oneSpeaker + oneSpeaker.map(\.behindMultibytePrefix)

    /// Rules of session 11: one speaker's two quotations are one only if they share three content
    /// words in order or a run of five words, not just a stock phrase of four short words.
    static let oneSpeaker: [QuotePairCase] = [
        QuotePairCase(id: "one speaker's two remarks sharing only a stock phrase are two quotations", first: "“I did not sign that permit, ever,” Governor Rita Amsel said.", second: "“The records show it plainly, and I can tell you that I did not sign this,” Governor Rita Amsel said.", status: nil),
        QuotePairCase(id: "one speaker's excerpt sharing content words in order is one quotation", first: "“We will rebuild the harbour wall before the storms return in the autumn,” Governor Rita Amsel said.", second: "“We will rebuild, I promise you, the harbour wall, whatever it costs, before the storms,” Governor Rita Amsel said.", status: .variant),
    ]

    /// Rules of session 10: excerpts of one passage that overlap, and how they are aligned.
    static let overlapping: [QuotePairCase] = [
        QuotePairCase(id: "a long run of words two speakers share is one quotation excerpted at different ends", first: "“Every ship that reaches the outer bay will find a berth and fresh water, and the crews will be fed hot meals at the old station by the pier,” Governor Rita Amsel said.", second: "“After three weeks of storms and two closed roads along the coast, every ship that reaches the outer bay will find a berth and fresh water,” Mayor Tomas Kral said.", status: .conflict, reason: "speakers"),
        QuotePairCase(id: "a negation put in where two unattributed excerpts overlap", first: "“With the season nearly over, the council should look at the harbour fees first. Although there are other matters that may deserve a hearing, we cannot agree to debate anything before the repair of the sea wall,” the letter said.", second: "“Although there are not other matters that may deserve a hearing, we cannot agree to debate anything before the repair of the sea wall. The fleet depends on it,” the members wrote.", status: .conflict, reason: "not"),
        QuotePairCase(id: "a word swapped where two copies agree at length and then go on differently", first: "“The old bridge is safe for every truck and bus in the county, and we will reopen it to traffic on Friday morning,” Governor Rita Amsel said.", second: "“The old bridge is dangerous for every truck and bus in the county, and we will reopen it once the engineers sign off,” Governor Rita Amsel said.", status: .conflict, reason: "dangerous"),
        QuotePairCase(id: "a negation put in is aligned past an earlier not of the longer copy", first: "“I am not willing to close the harbour, and I have decided not to raise the fees. I must keep every berth open because the fishing fleet needs it,” Governor Rita Amsel said.", second: "“I must not keep every berth open because the fishing fleet needs it,” Governor Rita Amsel said.", status: .conflict, reason: "not"),
    ]
}

extension QuotePairCase {
    /// The same pair with a dateline of letters beyond ASCII before each article's text.
    var behindMultibytePrefix: QuotePairCase {
        var copy = self
        copy.id += " (behind a multibyte prefix)"
        copy.first = "Ørsted Fjörd — " + first
        copy.second = "Ørsted Fjörd — " + second
        return copy
    }
}

@Suite struct QuoteRuleTests {
    @Test(arguments: QuotePairCases.all)
    func pair(_ test: QuotePairCase) {
        let analyses = [test.first, test.second].enumerated().map { Fixtures.analyze($0.element, id: "a\($0.offset)") }
        let findings = SetComparator().compare(analyses).findings.filter { $0.kind == .quote && $0.status != .onlyIn }
        #expect(findings.first?.status == test.status, "\(test.id): \(findings.map { "\($0.status) \($0.reason ?? "")" })")
        if let reason = test.reason { #expect(findings.first?.reason?.contains(reason) == true, "\(test.id): \(findings.first?.reason ?? "no reason")") }
        // Every finding points at both articles' quotations.
        for finding in findings { #expect(Set(finding.evidence.keys) == ["a0", "a1"]) }
    }
}
