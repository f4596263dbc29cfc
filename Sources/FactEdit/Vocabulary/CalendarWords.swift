/// Weekday and month names and the number words the edits write.
enum CalendarWords {
    /// `Monday` … `Sunday`.
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `January` … `December`.
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// Abbreviations written with a period (`Dec.`), by month index; nil where news style
    /// writes the month in full.
    static let monthAbbreviations: [String?] = ["Jan", "Feb", nil, nil, nil, nil, nil, "Aug", "Sept", "Oct", "Nov", "Dec"]

    /// Folded abbreviation → month index (`sep` and `sept` both).
    static let abbreviationIndex: [String: Int] = {
        var table: [String: Int] = ["sep": 8]
        for (index, abbreviation) in monthAbbreviations.enumerated() {
            if let abbreviation { table[abbreviation.lowercased()] = index }
        }
        return table
    }()

    static let monthIndex: [String: Int] = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1.lowercased(), $0) })
    static let weekdayIndex: [String: Int] = Dictionary(uniqueKeysWithValues: weekdays.enumerated().map { ($1.lowercased(), $0) })

    /// `two` … `twenty`, by value.
    static let numberWords: [Int: String] = [
        2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
        11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen",
        18: "eighteen", 19: "nineteen", 20: "twenty",
    ]

    static let numberWordValues: [String: Int] = Dictionary(uniqueKeysWithValues: numberWords.map { ($1, $0) })

    /// Words that scale the figure before them: `1.3 million`.
    static let scales: Set<String> = ["hundred", "thousand", "million", "billion", "trillion"]
}
