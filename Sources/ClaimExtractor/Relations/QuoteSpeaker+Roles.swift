import ClaimModel

/// Speakers named by their role alone (`the congressman said`, `“…,” the comedian and talk
/// show host said`).
extension QuoteSpeakerReader {
    /// The person a phrase of role nouns stands for: the last person named before `start` with
    /// one of `roles` as a title, else, for a definite phrase (`the …`), the last person named
    /// before it. Names inside quotation marks are left out: they are people the quoted speaker
    /// talks about (`“I thank my wife Portia,” the comedian said`), not the speaker. An
    /// indefinite phrase (`one dock worker`) is someone new: nil without a titled match.
    func roleReference(roles: Set<String>, definite: Bool, before start: Int) -> String? {
        guard !roles.isEmpty else { return nil }
        var quotedByParagraph: [Int: Set<Int>] = [:]
        func isQuoted(_ token: Int) -> Bool {
            if quotedRuns.contains(token) { return true }
            let paragraph = paragraph(of: token)
            if quotedByParagraph[paragraph.lowerBound] == nil {
                quotedByParagraph[paragraph.lowerBound] = QuoteSpans.quotedTokens(doc, paragraph)
            }
            return quotedByParagraph[paragraph.lowerBound]!.contains(token)
        }
        let before = people.mentions(in: 0..<start).filter { !isQuoted($0.range.lowerBound) }
        let titled = before.last { mention in
            (mention.titles + [mention.title].compactMap { $0 }).contains { range in range.contains { roles.contains(doc.folded[$0]) } }
        }
        return (titled ?? (definite ? before.last : nil))?.entity
    }

    /// `“…,” the comedian and talk show host said`: the words between a quotation's closing mark
    /// and the speech verb after it, a definite phrase of at most eight words and no punctuation
    /// (a comma right after the mark aside) holding a role noun, stand for the person
    /// `roleReference` finds, however the tree hangs the verb.
    func roleBetween(_ gap: Range<Int>, before start: Int) -> String? {
        let body = gap.first.map { doc.tokens[$0].isPunct(",") } == true ? gap.dropFirst() : gap[...]
        let words = body.filter { doc.tokens[$0].kind == .word }
        guard let first = words.first, doc.folded[first] == "the", words.count <= 8,
              !body.contains(where: { doc.tokens[$0].kind == .punct }) else { return nil }
        let roles = Set(words.map { doc.folded[$0] }.filter { TitleLexicon.roleHeads.contains($0) })
        return roleReference(roles: roles, definite: true, before: start)
    }
}
