import ClaimExtractor
import ClaimModel
import Testing

/// Months with their years: a span of months (`between September 2016 and July 2017`) is one
/// date whose ends are compared like a span of years, and a full month name, a comma and a
/// year (`in June, 2005`) is that month of that year, not the month in the publication year.
/// News-style sentences written for the test, as written and behind a multibyte prefix.
struct MonthSpanTests {
    @Test(arguments: ["", multibytePrefix])
    func monthSpanIsOneDate(prefix: String) {
        let analysis = Fixtures.analyze(prefix + "Harbour news.\n\nThe ferry line was closed between September 2016 and July 2017, the harbour office said.\n\nRepairs ran from March 2019 to June 2020 on the north pier.", published: "2026-03-13")
        let dates = analysis.claims.filter { $0.kind == .date }.compactMap(\.slots.date)
        #expect(dates.contains("2016-09/2017-07"))
        #expect(dates.contains("2019-03/2020-06"))
        #expect(!dates.contains("2016-09") && !dates.contains("2017-07"))
    }

    @Test(arguments: ["", multibytePrefix])
    func monthCommaYear(prefix: String) {
        let analysis = Fixtures.analyze(prefix + "Harbour news.\n\nThe pier collapsed in June, 2005, and was rebuilt two years later.", published: "2026-03-13")
        let dates = analysis.claims.filter { $0.kind == .date }.compactMap(\.slots.date)
        #expect(dates.contains("2005-06"))
        #expect(!dates.contains("2026-06") && !dates.contains("2025-06"))
    }
}
