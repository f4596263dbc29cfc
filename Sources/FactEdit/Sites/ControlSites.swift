import ClaimModel
import Foundation

/// Controls: changes that keep the meaning.
extension SiteFinder {
    /// `U.S.` → `US` (not at a line end, where the period also ends the sentence) and `US` → `U.S.`.
    func usSites(_ text: ArticleText) -> [EditSite] {
        let words = text.words
        var sites: [EditSite] = []
        for (index, word) in words.enumerated() {
            if word.text == "U", word.period, index + 1 < words.count, words[index + 1].text == "S", words[index + 1].start == word.end + 1,
               words[index + 1].period {
                let end = words[index + 1].end + 1
                if let after = text.scalar(end), ArticleText.isLetter(after) || after == "\n" { continue }
                if text.scalar(end) == nil { continue }
                sites.append(EditSite(kind: .usAbbreviation, article: text.index, start: word.start, end: end, original: "U.S.", replacement: "US"))
            } else if word.text == "US" {
                sites.append(EditSite(kind: .usAbbreviation, article: text.index, start: word.start, end: word.end, original: "US", replacement: "U.S."))
            }
        }
        return sites
    }

    /// `José` → `Jose`: a word with diacritics written without them.
    func diacriticsSites(_ text: ArticleText) -> [EditSite] {
        text.words.compactMap { word in
            guard word.text.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
            let plain = String(String.UnicodeScalarView(word.text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !Folding.isCombiningMark($0) }))
            guard plain != word.text, plain.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "\u{2019}" }) else { return nil }
            return EditSite(kind: .diacritics, article: text.index, start: word.start, end: word.end, original: word.text, replacement: plain)
        }
    }

    /// Words that tie a paragraph to the one before it: moved, it would change meaning.
    static let connectives: Set<String> = [
        "he", "she", "it", "they", "his", "her", "their", "its", "this", "that", "these", "those", "but", "and", "also",
        "however", "still", "then", "there", "yet", "so", "instead", "meanwhile",
    ]

    /// Two adjacent paragraphs swapped (lines, when the text has few blank-line paragraphs),
    /// never the first block (headline, dateline, lede), never a paragraph that opens with a
    /// pronoun or connective.
    func paragraphSites(_ text: ArticleText) -> [EditSite] {
        let scalars = text.scalars
        func blocks(separatedBy blankLines: Bool) -> [Range<Int>] {
            var ranges: [Range<Int>] = []
            var start: Int?
            var index = 0
            while index <= scalars.count {
                let atBreak = index == scalars.count || (scalars[index] == "\n" && (!blankLines || (index + 1 < scalars.count && scalars[index + 1] == "\n")))
                if atBreak {
                    if let begin = start {
                        var end = index
                        while end > begin, scalars[end - 1] == " " { end -= 1 }
                        if end > begin { ranges.append(begin..<end) }
                    }
                    start = nil
                } else if start == nil, scalars[index] != "\n", scalars[index] != " " {
                    start = index
                }
                index += 1
            }
            return ranges
        }
        var paragraphs = blocks(separatedBy: true)
        var skip = 1
        if paragraphs.count < 4 {
            paragraphs = blocks(separatedBy: false)
            skip = 2
        }
        guard paragraphs.count >= skip + 2 else { return [] }
        var sites: [EditSite] = []
        for index in skip..<(paragraphs.count - 1) {
            let first = paragraphs[index], second = paragraphs[index + 1]
            let opens = { (range: Range<Int>) -> String in
                text.words.first { $0.start >= range.lowerBound }.map(\.folded) ?? ""
            }
            if SiteFinder.connectives.contains(opens(first)) || SiteFinder.connectives.contains(opens(second)) { continue }
            let separator = text.text(first.upperBound, second.lowerBound)
            let replacement = text.text(second.lowerBound, second.upperBound) + separator + text.text(first.lowerBound, first.upperBound)
            sites.append(EditSite(kind: .paragraphOrder, article: text.index, start: first.lowerBound, end: second.upperBound,
                                  original: text.text(first.lowerBound, second.upperBound), replacement: replacement))
        }
        return sites
    }

    /// `said` → `stated`, `says` → `states`, `added` → `noted`.
    func speechVerbSites(_ text: ArticleText) -> [EditSite] {
        text.words.compactMap { word in
            guard !word.isCapitalized, let synonym = QuoteWords.synonyms[word.folded] else { return nil }
            return EditSite(kind: .speechVerb, article: text.index, start: word.start, end: word.end, original: word.text, replacement: synonym)
        }
    }
}
