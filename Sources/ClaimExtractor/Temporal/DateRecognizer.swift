import ClaimModel

/// An absolute date as written in the text.
public struct DateExpression: Sendable, Hashable {
    /// Token range in the token array scanned.
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
    /// One reading when the text decides; two when day and month could be swapped
    /// (`03/11/2025`) and nothing in the text decides between them.
    public var candidates: [CalendarDate]
    /// The weekday written with the date (`Sunday, Nov 2`), 0 = Sunday.
    public var weekday: Int?
    /// `true` when day/month order was decided by evidence rather than by the shape.
    public var decidedBy: String?

    public var isAmbiguous: Bool { candidates.count > 1 }
    public var date: CalendarDate? { candidates.count == 1 ? candidates[0] : nil }
}

/// Absolute dates in the forms news uses:
/// `November 2, 2025`, `Nov. 2`, `Sunday, Nov 2`, `2 November 2025`, `2025-11-02`,
/// `03/11/2025`, `11/2/2025`, `03.11.2025`, `June 06, 2013`, `November 2025`, `June, 2005`.
public enum DateRecognizer {
    /// Scans `tokens[range]`. `monthHints` are months named elsewhere in the text: when a
    /// numeric date could be read either way and exactly one reading's month is among them,
    /// that reading is taken.
    public static func scan(_ tokens: [Token], in range: Range<Int>, monthHints: Set<Int> = []) -> [DateExpression] {
        var results: [DateExpression] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            if let match = matchAt(tokens, index, end, monthHints: monthHints) {
                results.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return results
    }

    static func month(_ token: Token) -> Int? {
        guard token.kind == .word, token.isCapitalized else { return nil }
        let lower = token.text.lowercased()
        return CalendarWords.months[lower]
    }

    static func weekday(_ token: Token) -> Int? {
        guard token.kind == .word, token.isCapitalized else { return nil }
        return CalendarWords.weekdays[token.text.lowercased()]
    }

    /// `2`, `02`, `2nd`, `30th` → day 1…31.
    static func day(_ token: Token) -> Int? {
        guard token.kind == .number else { return nil }
        var digits = token.text
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = String(digits.dropLast(2))
        }
        guard digits.count <= 2, let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    static func year(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count == 4, let value = Int(token.text), (1800...2199).contains(value) else { return nil }
        return value
    }

    static func valid(_ date: CalendarDate) -> Bool {
        guard let month = date.month, (1...12).contains(month) else { return date.month == nil }
        guard let day = date.day else { return true }
        return day >= 1 && day <= CalendarDate.daysIn(month: month, year: date.year)
    }

    static func matchAt(_ t: [Token], _ i: Int, _ end: Int, monthHints: Set<Int>) -> DateExpression? {
        func at(_ k: Int) -> Token? { k < end ? t[k] : nil }
        var k = i
        var weekdayValue: Int?
        // Optional weekday and comma.
        if let w = at(k).flatMap(weekday) {
            weekdayValue = w
            k += 1
            if at(k)?.isPunct(",") == true { k += 1 }
        }
        // Month Day[, Year] | Month Year
        if let tok = at(k), let m = month(tok) {
            var j = k + 1
            if at(j)?.isPunct(".") == true && at(j)?.spaceBefore == false { j += 1 }
            if let dTok = at(j), let d = day(dTok) {
                var date = CalendarDate(year: nil, month: m, day: d)
                var last = j + 1
                if at(last)?.isPunct(",") == true, let y = at(last + 1).flatMap(year) {
                    date.year = y
                    last += 2
                } else if let y = at(last).flatMap(year) {
                    date.year = y
                    last += 1
                }
                guard valid(date) else { return nil }
                return DateExpression(tokens: i..<last, start: t[i].start, end: t[last - 1].end, candidates: [date], weekday: weekdayValue, decidedBy: nil)
            }
            if let y = at(j).flatMap(year), CalendarWords.fullMonths.contains(tok.text.lowercased()) || tok.text.count >= 3 {
                let date = CalendarDate(year: y, month: m)
                return DateExpression(tokens: i..<(j + 1), start: t[i].start, end: t[j].end, candidates: [date], weekday: weekdayValue, decidedBy: nil)
            }
            // `in June, 2005`: a full month name, a comma, its year.
            if at(j)?.isPunct(",") == true, let y = at(j + 1).flatMap(year), CalendarWords.fullMonths.contains(tok.text.lowercased()) {
                let date = CalendarDate(year: y, month: m)
                return DateExpression(tokens: i..<(j + 2), start: t[i].start, end: t[j + 1].end, candidates: [date], weekday: weekdayValue, decidedBy: nil)
            }
            return nil
        }
        // Day Month [Year]
        if let dTok = at(k), let d = day(dTok), let mTok = at(k + 1), let m = month(mTok) {
            var date = CalendarDate(year: nil, month: m, day: d)
            var last = k + 2
            if at(last)?.isPunct(".") == true && at(last)?.spaceBefore == false { last += 1 }
            if let y = at(last).flatMap(year) {
                date.year = y
                last += 1
            } else if at(last)?.isPunct(",") == true, let y = at(last + 1).flatMap(year) {
                date.year = y
                last += 2
            }
            guard valid(date) else { return nil }
            return DateExpression(tokens: i..<last, start: t[i].start, end: t[last - 1].end, candidates: [date], weekday: weekdayValue, decidedBy: nil)
        }
        // 2025-11-02
        if let y = at(k).flatMap(year), at(k + 1)?.isPunct("-") == true, let mTok = at(k + 2), mTok.kind == .number,
           let m = Int(mTok.text), at(k + 3)?.isPunct("-") == true, let dTok = at(k + 4), dTok.kind == .number, let d = Int(dTok.text),
           at(k + 1)?.spaceBefore == false, at(k + 3)?.spaceBefore == false {
            let date = CalendarDate(year: y, month: m, day: d)
            guard valid(date) else { return nil }
            return DateExpression(tokens: i..<(k + 5), start: t[i].start, end: t[k + 4].end, candidates: [date], weekday: weekdayValue, decidedBy: nil)
        }
        // 03/11/2025 or 03-11-2025
        if let aTok = at(k), aTok.kind == .number, let a = Int(aTok.text), let sep = at(k + 1), sep.isPunct("/") || sep.isPunct("-"),
           !sep.spaceBefore, let bTok = at(k + 2), bTok.kind == .number, let b = Int(bTok.text),
           let sep2 = at(k + 3), sep2.text == sep.text, !sep2.spaceBefore, let yTok = at(k + 4), yTok.kind == .number, !yTok.spaceBefore {
            guard let y = numericYear(yTok.text) else { return nil }
            return numeric(a, b, y, tokens: i..<(k + 5), start: t[i].start, end: yTok.end, weekday: weekdayValue, monthHints: monthHints)
        }
        // 03.11.2025 arrives as one number token.
        if let tok = at(k), tok.kind == .number {
            let parts = tok.text.split(separator: ".").map(String.init)
            if parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let a = Int(parts[0]), let b = Int(parts[1]), let y = numericYear(parts[2]) {
                return numeric(a, b, y, tokens: i..<(k + 1), start: t[i].start, end: tok.end, weekday: weekdayValue, monthHints: monthHints)
            }
        }
        return nil
    }

    static func numericYear(_ text: String) -> Int? {
        guard let value = Int(text) else { return nil }
        if text.count == 4, (1800...2199).contains(value) { return value }
        if text.count == 2 { return 2000 + value }
        return nil
    }

    static func numeric(_ a: Int, _ b: Int, _ y: Int, tokens: Range<Int>, start: Int, end: Int, weekday: Int?, monthHints: Set<Int>) -> DateExpression? {
        let dayFirst = CalendarDate(year: y, month: b, day: a)
        let monthFirst = CalendarDate(year: y, month: a, day: b)
        let readings = [dayFirst, monthFirst].filter(valid)
        let unique = Array(Set(readings)).sorted()
        guard !unique.isEmpty else { return nil }
        if unique.count == 1 {
            return DateExpression(tokens: tokens, start: start, end: end, candidates: unique, weekday: weekday, decidedBy: a == b ? nil : "shape")
        }
        if let w = weekday {
            let matching = unique.filter { $0.weekday == w }
            if matching.count == 1 {
                return DateExpression(tokens: tokens, start: start, end: end, candidates: matching, weekday: weekday, decidedBy: "weekday")
            }
        }
        let hinted = unique.filter { monthHints.contains($0.month ?? 0) }
        if hinted.count == 1 {
            return DateExpression(tokens: tokens, start: start, end: end, candidates: hinted, weekday: weekday, decidedBy: "month named in the text")
        }
        return DateExpression(tokens: tokens, start: start, end: end, candidates: unique, weekday: weekday, decidedBy: nil)
    }

    /// Months named anywhere in the tokens (capitalized full names or abbreviations
    /// followed by a day): evidence for day/month order.
    public static func monthsNamed(in tokens: [Token]) -> Set<Int> {
        var months = Set<Int>()
        for (index, token) in tokens.enumerated() where token.kind == .word && token.isCapitalized {
            let lower = token.text.lowercased()
            if CalendarWords.fullMonths.contains(lower), lower != "may" {
                months.insert(CalendarWords.months[lower]!)
            } else if let m = CalendarWords.months[lower], index + 1 < tokens.count, day(tokens[index + 1]) != nil || tokens[index + 1].isPunct(".") {
                months.insert(m)
            }
        }
        return months
    }
}
