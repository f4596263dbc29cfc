/// Month and weekday names with their abbreviations, folded to lowercase.
public enum CalendarWords {
    /// `january` … `december`, `jan`, `sept`, `sep`: month number 1–12.
    public static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// `sunday` … `saturday` and `sun`, `mon`, `tue`, `tues`, `wed`, `thu`, `thur`, `thurs`, `fri`, `sat`: 0 = Sunday.
    public static let weekdays: [String: Int] = {
        let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index
            table[String(name.prefix(3))] = index
        }
        table["tues"] = 2
        table["thur"] = 4
        table["thurs"] = 4
        return table
    }()

    public static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}
