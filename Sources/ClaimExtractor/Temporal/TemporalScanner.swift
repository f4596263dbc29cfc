import ClaimModel

/// Every date expression of a document: absolute (`DateRecognizer`), extended (`in 2016`,
/// `mid-November`, `by the end of 2026`, `second half of 2027`) and relative to the article's
/// publication date (`on Sunday`, `yesterday`, `last week`, `earlier this month`, `next year`,
/// `two years ago`).
public enum TemporalScanner {
    public static func scan(_ document: Document, dateOrder: DateOrder? = nil) -> [TemporalExpression] {
        let tokens = document.tokens
        let anchor = document.article.published.flatMap(CalendarDate.iso).flatMap { $0.isComplete ? $0 : nil }
        let hints = DateRecognizer.monthsNamed(in: tokens)
        var results: [TemporalExpression] = []
        for sentence in document.sentences {
            let absolutes = DateRecognizer.scan(tokens, in: sentence, monthHints: hints)
            var byStart: [Int: DateExpression] = [:]
            for a in absolutes { byStart[a.tokens.lowerBound] = a }
            var i = sentence.lowerBound
            let end = sentence.upperBound
            while i < end {
                if let absolute = byStart[i] {
                    if let (span, next) = monthSpan(document, absolute, byStart, sentence) {
                        results.append(span)
                        i = next
                        continue
                    }
                    if let expression = resolve(absolute, tokens: tokens, sentence: sentence, anchor: anchor, dateOrder: dateOrder) {
                        results.append(expression)
                    }
                    i = absolute.tokens.upperBound
                    continue
                }
                if let (expression, next) = extended(document, i, sentence, anchor: anchor) {
                    results.append(expression)
                    i = next
                    continue
                }
                if let anchor, let (expression, next) = relative(document, i, sentence, anchor: anchor) {
                    results.append(expression)
                    i = next
                    continue
                }
                if anchor == nil, let expression = undatedWeekday(document, i, sentence) {
                    results.append(expression)
                }
                i += 1
            }
        }
        return results
    }

    /// An absolute date: a missing year from the publication date, the written weekday checked,
    /// a configured day/month order applied; `(03/11/2025)` after an outlet name is a dateline
    /// of publication and is left out.
    static func resolve(_ date: DateExpression, tokens: [Token], sentence: Range<Int>, anchor: CalendarDate?, dateOrder: DateOrder?) -> TemporalExpression? {
        let r = date.tokens
        if r.lowerBound > sentence.lowerBound, tokens[r.lowerBound - 1].isPunct("("), r.upperBound < sentence.upperBound, tokens[r.upperBound].isPunct(")"),
           r.upperBound + 1 < sentence.upperBound, tokens[r.upperBound + 1].isPunct(":") {
            return nil
        }
        var candidates = date.candidates
        var note: String? = date.decidedBy.map { "day/month order decided by the \($0)" }
        if candidates.count > 1, let dateOrder, let first = tokens[r.lowerBound].kind == .number ? Int(tokens[r.lowerBound].text.split(separator: ".").first ?? "") : nil {
            let chosen = candidates.filter { dateOrder == .dmy ? $0.day == first : $0.month == first }
            if chosen.count == 1 {
                candidates = chosen
                note = "day/month order from configuration (\(dateOrder.rawValue))"
            }
        }
        candidates = candidates.map { candidate in
            guard candidate.year == nil, let anchor, let anchorYear = anchor.year else { return candidate }
            var filled = candidate
            filled.year = anchorYear
            // Past tense: a day more than a month after publication was last year's;
            // a future verb allows half a year ahead.
            // A plan resolves forward: `will leave on January 1` in a December article is the
            // next January 1, `will retire in February` the next February.
            let future = isFuture(tokens, sentence: sentence, before: r.lowerBound)
            let ahead = future ? 180 : 30
            if let a = anchor.dayNumber, let d = filled.dayNumber, d - a > ahead { filled.year = anchorYear - 1 }
            if future, let a = anchor.dayNumber, let d = filled.dayNumber, a - d > 60 { filled.year = anchorYear + 1 }
            if filled.day == nil, let m = filled.month, let am = anchor.month, m - am > 6 { filled.year = anchorYear - 1 }
            if future, filled.day == nil, let m = filled.month, let am = anchor.month, am - m > 2 { filled.year = anchorYear + 1 }
            note = "year from publication date \(anchor)"
            return filled
        }
        var expression = TemporalExpression(
            tokens: r, value: candidates.map(\.description).sorted().joined(separator: "|"), note: note)
        if let written = date.weekday, candidates.count == 1, let actual = candidates[0].weekday, actual != written {
            expression.writtenWeekday = written
            expression.actualWeekday = actual
        }
        return expression
    }

    /// Forms without a day: `in 2016`, `2012–13`, `in November`, `mid-November`,
    /// `by the end of 2026`, `the second half of 2027`.
    static func extended(_ document: Document, _ i: Int, _ sentence: Range<Int>, anchor: CalendarDate?) -> (TemporalExpression, Int)? {
        let tokens = document.tokens
        let folded = document.folded
        let end = sentence.upperBound
        func f(_ k: Int) -> String { k < end && k >= sentence.lowerBound ? folded[k] : "" }
        func yearAt(_ k: Int) -> Int? { k < end ? DateRecognizer.year(tokens[k]) : nil }
        let previous = f(i - 1)
        // `first half of 2027`, `second half of 2027`.
        if (f(i) == "first" || f(i) == "second") && f(i + 1) == "half" && f(i + 2) == "of", let y = yearAt(i + 3) {
            let value = f(i) == "first" ? "\(y)-01/\(y)-06" : "\(y)-07/\(y)-12"
            return (TemporalExpression(tokens: i..<(i + 4), value: value), i + 4)
        }
        // `by the end of 2026`, `the beginning of 2026` → the year (a deadline, not a day).
        if ["end", "beginning", "start", "middle"].contains(f(i)) && f(i + 1) == "of", let y = yearAt(i + 2) {
            let start = f(i - 1) == "the" && f(i - 2) == "by" ? i - 2 : i
            return (TemporalExpression(tokens: start..<(i + 3), value: String(y), note: "\(f(i)) of \(y)"), i + 3)
        }
        // `mid-November`, `early-March` as one word, or `mid November`.
        if tokens[i].kind == .word {
            let text = folded[i]
            for prefix in ["mid-", "early-", "late-"] where text.hasPrefix(prefix) {
                if let m = CalendarWords.months[String(text.dropFirst(prefix.count))], CalendarWords.fullMonths.contains(String(text.dropFirst(prefix.count))) {
                    var last = i + 1
                    var year = anchor?.year
                    if let y = yearAt(i + 1) { year = y; last = i + 2 }
                    guard let year else { return nil }
                    return (TemporalExpression(tokens: i..<last, value: CalendarDate(year: year, month: m).description), last)
                }
            }
        }
        // A month alone after a preposition: `in November`, `last March`.
        if tokens[i].kind == .word, tokens[i].isCapitalized, CalendarWords.fullMonths.contains(folded[i]), let m = CalendarWords.months[folded[i]],
           datePrepositions.contains(previous), yearAt(i + 1) == nil, !(i + 1 < end && DateRecognizer.day(tokens[i + 1]) != nil) {
            guard let anchor, var year = anchor.year, let am = anchor.month else { return nil }
            // `last March` is the latest March before publication, `next March` the first after it;
            // `in November` is taken in the publication year.
            if previous == "last" && m >= am { year -= 1 }
            if previous == "next" && m <= am { year += 1 }
            // A plan resolves forward: `will retire in February` in a December article.
            if !["last", "next"].contains(previous) && am - m > 2 && isFuture(tokens, sentence: sentence, before: i) { year += 1 }
            // A past clause resolves back: `was sentenced in December` in a January article is
            // the latest December at or before publication.
            if !["last", "next"].contains(previous) && m > am && isPast(tokens, sentence: sentence, before: i) { year -= 1 }
            let start = ["last", "next", "early", "late", "mid"].contains(previous) ? i - 1 : i
            return (TemporalExpression(tokens: start..<(i + 1), value: CalendarDate(year: year, month: m).description, note: "year from publication date \(anchor)"), i + 1)
        }
        // A year alone after a preposition: `in 2016`; a season range `2012–13`; a span of years.
        if let y = yearAt(i), tokens[i].text.count == 4 {
            if let (span, next) = yearSpan(document, i, y, sentence) { return (span, next) }
            if i + 2 < end, tokens[i + 1].isPunct("–") || tokens[i + 1].isPunct("-"), !tokens[i + 1].spaceBefore, tokens[i + 2].kind == .number,
               tokens[i + 2].text.count == 2, let tail = Int(tokens[i + 2].text), (y % 100) < tail {
                return (TemporalExpression(tokens: i..<(i + 3), value: "\(y)/\(y - y % 100 + tail)"), i + 3)
            }
            guard datePrepositions.contains(previous) || previous == "" else { return nil }
            // `in 2016` but not `in 2016 people` (a count) nor `2016-03-01` (handled before).
            if i + 1 < end, tokens[i + 1].kind == .word, NumberWords.units[folded[i + 1]] != nil || NumberWords.personNouns.contains(folded[i + 1]) { return nil }
            return (TemporalExpression(tokens: i..<(i + 1), value: String(y)), i + 1)
        }
        return nil
    }

    /// The note of a span of years (`from 2009 to 2013`, `between 1991 and 1998`, `2009-2013`):
    /// one date, the interval, whose two ends are each a fact (the comparator's `DateRule.spanNote`).
    public static let spanNote = "a span of years"

    /// A span of years starting at the year `y` at `i`: an opener before it and a joiner after
    /// it (`from 2009 to 2013`, `between 1991 and 1998`: `span-openers.txt`, `span-joiners.txt`),
    /// or a hyphen or dash written solid between two years (`2009-2013`); the second year later
    /// than the first and not the count of a unit or of people (`from 2009 to 2013 people`).
    static func yearSpan(_ document: Document, _ i: Int, _ y: Int, _ sentence: Range<Int>) -> (TemporalExpression, Int)? {
        let tokens = document.tokens
        let folded = document.folded
        let end = sentence.upperBound
        guard i + 2 < end, let last = DateRecognizer.year(tokens[i + 2]), tokens[i + 2].text.count == 4, last > y else { return nil }
        let joiner = tokens[i + 1]
        let solid = (joiner.isPunct("-") || joiner.isPunct("–")) && !joiner.spaceBefore && !tokens[i + 2].spaceBefore
        let opened = i > sentence.lowerBound && spanOpeners.contains(folded[i - 1]) && joiner.kind == .word && spanJoiners.contains(folded[i + 1])
        guard solid || opened else { return nil }
        if i + 3 < end, tokens[i + 3].kind == .word, NumberWords.units[folded[i + 3]] != nil || NumberWords.personNouns.contains(folded[i + 3]) { return nil }
        return (TemporalExpression(tokens: i..<(i + 3), value: "\(y)/\(last)", note: spanNote), i + 3)
    }

    /// A span of months, each with its year (`between September 2016 and July 2017`, `from
    /// March 2009 to June 2010`): an opener before the first, a joiner between, the second later
    /// than the first; one date, the interval, whose ends are compared one by one like a span of
    /// years (`2016-09/2017-07`, note `spanNote`).
    static func monthSpan(_ document: Document, _ first: DateExpression, _ byStart: [Int: DateExpression], _ sentence: Range<Int>) -> (TemporalExpression, Int)? {
        let i = first.tokens.lowerBound, j = first.tokens.upperBound
        guard i > sentence.lowerBound, j + 1 < sentence.upperBound, spanOpeners.contains(document.folded[i - 1]),
              document.tokens[j].kind == .word, spanJoiners.contains(document.folded[j]), let second = byStart[j + 1],
              let a = first.date, let b = second.date, a.year != nil, a.day == nil, b.year != nil, b.day == nil, a < b else { return nil }
        return (TemporalExpression(tokens: i..<second.tokens.upperBound, value: "\(a)/\(b)", note: spanNote), second.tokens.upperBound)
    }

    /// A bare weekday (full name, capitalized) in an article with no publication date: no day
    /// can be read, so the value is empty and the note names the weekday (`the Thursday of an
    /// undated article`); another article's weekday for the same fact can still differ.
    static func undatedWeekday(_ document: Document, _ i: Int, _ sentence: Range<Int>) -> TemporalExpression? {
        let folded = document.folded
        guard document.tokens[i].kind == .word, document.tokens[i].isCapitalized, folded[i].count > 3,
              let w = CalendarWords.weekdays[folded[i]] else { return nil }
        if i > sentence.lowerBound, ["last", "next", "this"].contains(folded[i - 1]) { return nil }
        return TemporalExpression(tokens: i..<(i + 1), value: "", note: "the \(CalendarWords.weekdayNames[w]) of an undated article")
    }

    /// A future marker (`will`, `is to`, `scheduled`) among the twelve words before `index`.
    static func isFuture(_ tokens: [Token], sentence: Range<Int>, before index: Int) -> Bool {
        var k = index - 1
        while k >= sentence.lowerBound && k >= index - 12 {
            let word = tokens[k].lower
            if futureMarkers.contains(word) { return true }
            if (word == "is" || word == "are") && k + 1 < index && tokens[k + 1].lower == "to" { return true }
            k -= 1
        }
        return false
    }

    /// Whether the clause before `index` is in the past tense: the nearest verb form back
    /// (within 8 tokens, not across `;` or `:`) is a past auxiliary or irregular past
    /// (`past-markers.txt`) or a lower-case word ending in `-ed`; a future or present
    /// marker met first (`will`, `is`) makes it not past.
    static func isPast(_ tokens: [Token], sentence: Range<Int>, before index: Int) -> Bool {
        var k = index - 1
        while k >= sentence.lowerBound && k >= index - 8 {
            let token = tokens[k]
            if token.isPunct(";") || token.isPunct(":") { return false }
            let word = token.lower
            if token.kind == .word {
                if futureMarkers.contains(word) || presentMarkers.contains(word) { return false }
                if pastMarkers.contains(word) { return true }
                if !token.isCapitalized, word.count >= 5, word.hasSuffix("ed") { return true }
            }
            k -= 1
        }
        return false
    }

    /// Forms relative to the publication date.
    static func relative(_ document: Document, _ i: Int, _ sentence: Range<Int>, anchor: CalendarDate) -> (TemporalExpression, Int)? {
        let tokens = document.tokens
        let folded = document.folded
        let end = sentence.upperBound
        func f(_ k: Int) -> String { k < end && k >= sentence.lowerBound ? folded[k] : "" }
        guard tokens[i].kind == .word || tokens[i].kind == .number, let day = anchor.dayNumber, let year = anchor.year, let month = anchor.month else { return nil }
        // Asked of every word: what only a match needs is computed when one is made.
        var note: String { "relative to publication date \(anchor)" }
        func single(_ d: Int, _ count: Int) -> (TemporalExpression, Int) {
            (TemporalExpression(tokens: i..<(i + count), value: CalendarDate.from(dayNumber: d).description, note: note), i + count)
        }
        func interval(_ a: Int, _ b: Int, _ start: Int, _ count: Int) -> (TemporalExpression, Int) {
            let value = a == b ? CalendarDate.from(dayNumber: a).description : "\(CalendarDate.from(dayNumber: a))/\(CalendarDate.from(dayNumber: b))"
            return (TemporalExpression(tokens: start..<(i + count), value: value, note: note), i + count)
        }
        var monthStart: Int { CalendarDate(year: year, month: month, day: 1).dayNumber! }
        var monthEnd: Int { monthStart + CalendarDate.daysIn(month: month, year: year) - 1 }
        var monday: Int { day - ((anchor.weekday! + 6) % 7) }
        switch f(i) {
        case "yesterday": return single(day - 1, 1)
        case "today": return f(i - 1) == "until" ? nil : single(day, 1)
        case "tonight": return single(day, 1)
        case "tomorrow": return single(day + 1, 1)
        default: break
        }
        if f(i) == "last" || f(i) == "next" || f(i) == "this" || f(i) == "earlier" || f(i) == "later" {
            let direction = f(i)
            var k = i + 1
            if (direction == "earlier" || direction == "later") && f(k) == "this" { k += 1 } else if direction == "earlier" || direction == "later" { return nil }
            let count = k - i + 1
            switch (direction, f(k)) {
            case ("last", "week"): return interval(monday - 7, monday - 1, i, count)
            case ("next", "week"): return interval(monday + 7, monday + 13, i, count)
            case ("this", "week"): return interval(monday, monday + 6, i, count)
            case ("earlier", "week"): return interval(monday, max(monday, day - 1), i, count)
            case ("last", "month"):
                let m = month == 1 ? 12 : month - 1
                return (TemporalExpression(tokens: i..<(i + count), value: CalendarDate(year: month == 1 ? year - 1 : year, month: m).description, note: note), i + count)
            case ("next", "month"):
                let m = month == 12 ? 1 : month + 1
                return (TemporalExpression(tokens: i..<(i + count), value: CalendarDate(year: month == 12 ? year + 1 : year, month: m).description, note: note), i + count)
            case ("this", "month"):
                return (TemporalExpression(tokens: i..<(i + count), value: CalendarDate(year: year, month: month).description, note: note), i + count)
            case ("earlier", "month"): return interval(monthStart, max(monthStart, day - 1), i, count)
            case ("later", "month"): return interval(min(monthEnd, day + 1), monthEnd, i, count)
            case ("last", "year"): return (TemporalExpression(tokens: i..<(i + count), value: String(year - 1), note: note), i + count)
            case ("next", "year"): return (TemporalExpression(tokens: i..<(i + count), value: String(year + 1), note: note), i + count)
            case ("this", "year"): return (TemporalExpression(tokens: i..<(i + count), value: String(year), note: note), i + count)
            case ("earlier", "year"):
                return interval(CalendarDate(year: year, month: 1, day: 1).dayNumber!, max(CalendarDate(year: year, month: 1, day: 1).dayNumber!, day - 1), i, count)
            case ("later", "year"):
                return interval(min(day + 1, CalendarDate(year: year, month: 12, day: 31).dayNumber!), CalendarDate(year: year, month: 12, day: 31).dayNumber!, i, count)
            default: break
            }
            // `last Sunday`, `next Friday`.
            if direction == "last" || direction == "next", k < end, tokens[k].isCapitalized, let w = CalendarWords.weekdays[f(k)], f(k).count > 3 {
                let today = anchor.weekday!
                let d = direction == "last" ? day - ((today - w + 7) % 7 == 0 ? 7 : (today - w + 7) % 7) : day + ((w - today + 7) % 7 == 0 ? 7 : (w - today + 7) % 7)
                return single(d, 2)
            }
            return nil
        }
        // `two years ago`, `3 days ago`.
        if f(i + 2) == "ago", let n = tokens[i].kind == .number ? Double(tokens[i].text) : NumberWords.cardinal(f(i)), n >= 1, n < 100, n == n.rounded(),
           let unit = NumberWords.units[f(i + 1)], unit.base == "month", f(i + 2) == "ago" {
            let count = Int(n)
            switch f(i + 1) {
            case "day", "days": return single(day - count, 3)
            case "week", "weeks": return single(day - 7 * count, 3)
            case "month", "months":
                let total = year * 12 + (month - 1) - count
                return (TemporalExpression(tokens: i..<(i + 3), value: CalendarDate(year: total / 12, month: total % 12 + 1).description, note: note), i + 3)
            case "year", "years": return (TemporalExpression(tokens: i..<(i + 3), value: String(year - count), note: note), i + 3)
            default: return nil
            }
        }
        // A bare weekday (full name, capitalized): the most recent on or before publication,
        // or the next on or after it when the verb is future.
        if tokens[i].kind == .word, tokens[i].isCapitalized, f(i).count > 3, let w = CalendarWords.weekdays[f(i)] {
            let today = anchor.weekday!
            let future = isFuture(tokens, sentence: sentence, before: i)
            let d = future ? day + (w - today + 7) % 7 : day - (today - w + 7) % 7
            let expression = TemporalExpression(
                tokens: i..<(i + 1), value: CalendarDate.from(dayNumber: d).description,
                note: future ? "the next \(CalendarWords.weekdayNames[w]) on or after publication date \(anchor) (future verb)" : "the last \(CalendarWords.weekdayNames[w]) on or before publication date \(anchor)")
            return (expression, i + 1)
        }
        return nil
    }
}
