/// A date that may be partial: a year, a year and month, or a full day.
/// Written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int?, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        var parts: [String] = []
        parts.append(year.map { String(format4($0)) } ?? "XXXX")
        if let month { parts.append(two(month)) } else if day != nil { parts.append("XX") }
        if let day { parts.append(two(day)) }
        return parts.joined(separator: "-")
    }

    private func format4(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    public var isComplete: Bool { year != nil && month != nil && day != nil }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year ?? 0, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year ?? 0, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a time after a `T` or space is ignored).
    public static func iso(_ text: String) -> CalendarDate? {
        let head = text.split(whereSeparator: { $0 == "T" || $0 == " " }).first.map(String.init) ?? text
        let parts = head.split(separator: "-").map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var date = CalendarDate(year: year)
        if parts.count > 1 {
            guard parts[1].count <= 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            date.month = month
        }
        if parts.count > 2 {
            guard parts[2].count <= 2, let day = Int(parts[2]), (1...daysIn(month: date.month!, year: year)).contains(day) else { return nil }
            date.day = day
        }
        return date
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2: return (year.map(isLeap) ?? true) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a complete date (proleptic Gregorian).
    public var dayNumber: Int? {
        guard let year, let month, let day else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func from(dayNumber: Int) -> CalendarDate {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int? {
        guard let number = dayNumber else { return nil }
        return ((number % 7) + 7 + 4) % 7
    }

    public func adding(days: Int) -> CalendarDate? {
        dayNumber.map { CalendarDate.from(dayNumber: $0 + days) }
    }
}
