extension SiteFinder {
    /// `Thursday` → another weekday.
    func weekdaySites(_ text: ArticleText) -> [EditSite] {
        text.words.compactMap { word in
            guard word.isCapitalized, let day = CalendarWords.weekdayIndex[word.folded] else { return nil }
            var random = random(.weekday, text, word.start)
            let other = (day + 1 + random.below(6)) % 7
            return EditSite(kind: .weekday, article: text.index, start: word.start, end: word.end, original: word.text,
                            replacement: CalendarWords.weekdays[other], fact: "weekday|\(day)")
        }
    }

    /// `December` → another month; `Dec. 20` → `Oct. 20`, `2 Nov` → `2 Aug`. `May` and the
    /// abbreviations only beside a day or year.
    func monthSites(_ text: ArticleText) -> [EditSite] {
        let words = text.words
        return words.enumerated().compactMap { index, word in
            guard word.isCapitalized else { return nil }
            let next = index + 1 < words.count ? words[index + 1] : nil
            let previous = index > 0 ? words[index - 1] : nil
            let besideNumber = (next.map { $0.isDigits && text.onlySpaces(word.end + (word.period ? 1 : 0), $0.start) } ?? false)
                || (previous.map { $0.isDigits && text.onlySpaces($0.end, word.start) } ?? false)
            var month: Int
            var abbreviated = false
            if let full = CalendarWords.monthIndex[word.folded], word.text.count > 3 || word.folded == "may" {
                if full == 4 && !besideNumber { return nil }
                month = full
            } else if let short = CalendarWords.abbreviationIndex[word.folded], besideNumber {
                month = short
                abbreviated = true
            } else {
                return nil
            }
            var random = random(.month, text, word.start)
            let other = (month + 1 + random.below(11)) % 12
            var replacement = CalendarWords.months[other]
            if abbreviated, let short = CalendarWords.monthAbbreviations[other] {
                replacement = short
            }
            if word.text == word.text.uppercased() { replacement = replacement.uppercased() }
            // `Dec.` keeps its period when the new month is abbreviated too, and loses it otherwise.
            var end = word.end
            if abbreviated, word.period {
                end += 1
                if CalendarWords.monthAbbreviations[other] != nil { replacement += "." }
            }
            return EditSite(kind: .month, article: text.index, start: word.start, end: end, original: text.text(word.start, end),
                            replacement: replacement, fact: "month|\(month)")
        }
    }
}
