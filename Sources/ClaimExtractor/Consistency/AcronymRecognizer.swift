import ClaimModel

/// Acronyms as written: dotted (`U.S.`, `U.C.`, `D.C.`) or all capitals of two to six letters
/// (`NATO`, `ASEAN`, `VCP`). One claim per distinct spelling in an article, at its first use,
/// with the number of uses in `quantity`, so the comparator can tell a one-off spelling from
/// a house style.
struct AcronymRecognizer: ClaimRecognizer {
    func claims(in context: ExtractionContext) -> [Claim] {
        let doc = context.document
        var first: [String: Int] = [:]
        var counts: [String: Int] = [:]
        var order: [String] = []
        for (index, token) in doc.tokens.enumerated() where token.kind == .word {
            let text = token.text
            // A lower-case ASCII letter is a letter that is not a capital: no acronym (most words).
            if text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) { continue }
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard letters.count >= 2, letters.count <= 6, letters.allSatisfy({ $0.isASCII && $0.properties.isUppercase }) else { continue }
            let dotted = text.contains(".")
            guard dotted || (token.isAllCaps && text.unicodeScalars.count == letters.count) else { continue }
            // Headlines in capitals are not acronyms: skip a run of three or more all-caps words.
            if !dotted, index + 1 < doc.tokens.count, doc.tokens[index + 1].isAllCaps, index > 0, doc.tokens[index - 1].isAllCaps { continue }
            if first[text] == nil {
                first[text] = index
                order.append(text)
            }
            counts[text, default: 0] += 1
        }
        return order.map { text in
            let index = first[text]!
            return Claim(article: doc.article.id, kind: .acronym, slots: Slots(quantity: String(counts[text]!), text: text), evidence: doc.evidence(index..<(index + 1)))
        }
    }
}
