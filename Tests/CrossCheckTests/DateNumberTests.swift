import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// One date expression: the text, the words the claim must point at, the normalized value.
struct DateCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var words: String
    var date: String
    var published: String = "2025-11-03"
    /// `value` slot: `ambiguous`, `weekday-mismatch:…`, `planned`, or nil.
    var flag: String? = nil
    var event: String? = nil

    var testDescription: String { id }
}

/// One figure: the text, the words, the normalized value, base unit and measure.
struct NumberCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var words: String
    var value: String
    var unit: String?
    var measure: String

    var testDescription: String { id }
}

/// Text that must yield no number claim.
struct NoNumberCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var testDescription: String { id }
}

enum DateNumberCases {
    /// Published 2025-11-03, a Monday, unless a case says otherwise.
    static let dates: [DateCase] = [
        DateCase(id: "month day, year", text: "The visit began on November 2, 2025.", words: "November 2, 2025", date: "2025-11-02", event: "visit"),
        DateCase(id: "day month year", text: "He arrived on 2 November 2025.", words: "2 November 2025", date: "2025-11-02", event: "visit"),
        DateCase(id: "abbreviated month, no year", text: "Talks were held Nov. 2 in Hanoi.", words: "Nov. 2", date: "2025-11-02", event: "meeting"),
        DateCase(id: "weekday with abbreviated month", text: "The meeting was held on Sunday, Nov 2.", words: "Sunday, Nov 2", date: "2025-11-02", event: "meeting"),
        DateCase(id: "ISO date", text: "The report was published 2025-11-02.", words: "2025-11-02", date: "2025-11-02"),
        DateCase(id: "numeric, day above 12", text: "The ceremony took place on 21/10/2025.", words: "21/10/2025", date: "2025-10-21", event: "meeting"),
        DateCase(id: "numeric, month first, day above 12", text: "The ceremony took place on 10/21/2025.", words: "10/21/2025", date: "2025-10-21"),
        DateCase(id: "dotted numeric stays ambiguous", text: "The deal was signed on 03.11.2025 in Hanoi.", words: "03.11.2025", date: "2025-03-11|2025-11-03", flag: "ambiguous", event: "signing"),
        DateCase(id: "slashed numeric stays ambiguous", text: "The summit began on 04/05/2025.", words: "04/05/2025", date: "2025-04-05|2025-05-04", flag: "ambiguous", event: "summit"),
        DateCase(id: "numeric decided by a month named in the text", text: "The talks on 03/11/2025 followed the visit that began on November 2.", words: "03/11/2025", date: "2025-11-03"),
        DateCase(id: "dashed numeric stays ambiguous", text: "He arrived on 06-07-2013.", words: "06-07-2013", date: "2013-06-07|2013-07-06", flag: "ambiguous"),
        DateCase(id: "dotted numeric, other year, ambiguous", text: "The race is on 12.05.2026.", words: "12.05.2026", date: "2026-05-12|2026-12-05", flag: "ambiguous"),
        DateCase(id: "d/m/yyyy ambiguous", text: "The ceremony was on 5/11/2025.", words: "5/11/2025", date: "2025-05-11|2025-11-05", flag: "ambiguous"),
        DateCase(id: "year alone after in", text: "The embargo was lifted in 2016.", words: "2016", date: "2016", event: "lifting"),
        DateCase(id: "year alone after since", text: "Since 1990 the city has grown.", words: "1990", date: "1990"),
        DateCase(id: "year after early", text: "Results are expected in early 2026.", words: "2026", date: "2026"),
        DateCase(id: "bridge opened in a year", text: "The bridge opened in 1974 after years of work.", words: "1974", date: "1974", event: "opening"),
        DateCase(id: "month alone", text: "Elections are due in November.", words: "November", date: "2025-11", event: "election"),
        DateCase(id: "bare month, past verb, before publication", text: "The former aide was sentenced in December.", words: "December", date: "2025-12", published: "2026-01-18"),
        DateCase(id: "bare month, regular past", text: "The driver pleaded guilty in August.", words: "August", date: "2025-08", published: "2026-01-18"),
        DateCase(id: "bare month, present clause", text: "The trial is scheduled in March.", words: "March", date: "2026-03", published: "2026-01-18"),
        DateCase(id: "last March", text: "Prices peaked last March.", words: "last March", date: "2025-03"),
        DateCase(id: "next March", text: "The plant opens next March.", words: "next March", date: "2026-03"),
        DateCase(id: "mid-month", text: "Prices rose in mid-November.", words: "mid-November", date: "2025-11"),
        DateCase(id: "month and year", text: "The minister resigned in March 2024.", words: "March 2024", date: "2024-03", event: "resignation"),
        DateCase(id: "by the end of a year", text: "The fair is planned by the end of 2026.", words: "by the end of 2026", date: "2026", event: "exhibition"),
        DateCase(id: "second half of a year", text: "Loans start in the second half of 2027.", words: "second half of 2027", date: "2027-07/2027-12", event: "lending"),
        DateCase(id: "first half of a year", text: "Loans start in the first half of 2027.", words: "first half of 2027", date: "2027-01/2027-06", event: "lending"),
        DateCase(id: "season range", text: "The season ran 2012–13.", words: "2012–13", date: "2012/2013"),
        DateCase(id: "bare weekday, past", text: "He visited Hanoi on Sunday.", words: "Sunday", date: "2025-11-02", event: "visit"),
        DateCase(id: "weekday and date without year", text: "He met ministers on Saturday, November 1.", words: "Saturday, November 1", date: "2025-11-01", event: "meeting"),
        DateCase(id: "bare weekday, a week back", text: "The storm struck on Thursday.", words: "Thursday", date: "2025-10-30"),
        DateCase(id: "bare weekday, future verb", text: "The minister will visit Geneva on Thursday.", words: "Thursday", date: "2025-11-06", flag: "planned", event: "visit"),
        DateCase(id: "bare weekday, is to", text: "The referendum is to take place on Friday.", words: "Friday", date: "2025-11-07", event: "election"),
        DateCase(id: "bare weekday on publication day", text: "Talks ended on Monday.", words: "Monday", date: "2025-11-03", event: "meeting"),
        DateCase(id: "yesterday", text: "The bridge collapsed yesterday.", words: "yesterday", date: "2025-11-02", event: "collapse"),
        DateCase(id: "today", text: "The minister visited the site today.", words: "today", date: "2025-11-03", event: "visit"),
        DateCase(id: "tomorrow", text: "The summit will open tomorrow.", words: "tomorrow", date: "2025-11-04", flag: "planned", event: "summit"),
        DateCase(id: "last week", text: "Protests began last week.", words: "last week", date: "2025-10-27/2025-11-02"),
        DateCase(id: "next week", text: "The talks resume next week.", words: "next week", date: "2025-11-10/2025-11-16", event: "meeting"),
        DateCase(id: "earlier this month", text: "Prices rose earlier this month.", words: "earlier this month", date: "2025-11-01/2025-11-02"),
        DateCase(id: "later this month", text: "The expo opens later this month.", words: "later this month", date: "2025-11-04/2025-11-30", event: "exhibition"),
        DateCase(id: "earlier this year", text: "Sales fell earlier this year.", words: "earlier this year", date: "2025-01-01/2025-11-02"),
        DateCase(id: "last month", text: "Traffic resumed last month.", words: "last month", date: "2025-10"),
        DateCase(id: "next year", text: "Elections will be held next year.", words: "next year", date: "2026", flag: "planned", event: "election"),
        DateCase(id: "last year", text: "The company was launched last year.", words: "last year", date: "2024", event: "announcement"),
        DateCase(id: "two years ago", text: "The contract was signed two years ago.", words: "two years ago", date: "2023", event: "signing"),
        DateCase(id: "days ago", text: "The quake hit 3 days ago.", words: "3 days ago", date: "2025-10-31", event: "earthquake"),
        DateCase(id: "last Sunday", text: "He left last Sunday.", words: "last Sunday", date: "2025-11-02"),
        DateCase(id: "next Friday", text: "He returns next Friday.", words: "next Friday", date: "2025-11-07"),
        DateCase(id: "weekday that does not match", text: "The storm made landfall on Wednesday, Sept. 9, 2025.", words: "Wednesday, Sept. 9, 2025", date: "2025-09-09",
                 flag: "weekday-mismatch:Wednesday:Tuesday", event: "landfall"),
        DateCase(id: "weekday that matches", text: "It made landfall on Tuesday, Sept. 9, 2025.", words: "Tuesday, Sept. 9, 2025", date: "2025-09-09", event: "landfall"),
        DateCase(id: "full month, day, year", text: "He arrived on June 6, 2013.", words: "June 6, 2013", date: "2013-06-06", event: "visit"),
        DateCase(id: "weekday, month day, year", text: "The Friday, June 7, 2013 session ended.", words: "Friday, June 7, 2013", date: "2013-06-07", event: "meeting"),
        DateCase(id: "day month year, January", text: "The law took effect on 1 January 2024.", words: "1 January 2024", date: "2024-01-01"),
        DateCase(id: "leap day", text: "The attack happened on 29 February 2024.", words: "29 February 2024", date: "2024-02-29", event: "attack"),
        DateCase(id: "day and abbreviated month", text: "Talks were held on 3 Nov.", words: "3 Nov.", date: "2025-11-03", event: "meeting"),
        DateCase(id: "abbreviated month with period", text: "The film premiered on Nov. 1.", words: "Nov. 1", date: "2025-11-01"),
        DateCase(id: "date without year, past verb, last year", text: "The deal was signed on December 20.", words: "December 20", date: "2024-12-20", event: "signing"),
        DateCase(id: "date without year, future verb", text: "The summit will open on December 20.", words: "December 20", date: "2025-12-20", flag: "planned", event: "summit"),
        DateCase(id: "date without year, previous year", text: "The law was signed on December 20.", words: "December 20", date: "2025-12-20", published: "2026-01-05", event: "signing"),
        DateCase(id: "relative to another publication date", text: "The bridge collapsed on Saturday.", words: "Saturday", date: "2026-03-14", published: "2026-03-15", event: "collapse"),
    ]

    static let numbers: [NumberCase] = [
        NumberCase(id: "number word and noun", text: "The US delivered three patrol boats.", words: "three", value: "3", measure: "patrol boats"),
        NumberCase(id: "digits and noun", text: "The US delivered 3 patrol boats.", words: "3", value: "3", measure: "patrol boats"),
        NumberCase(id: "killing at least", text: "The quake struck, killing at least 10 people.", words: "at least 10", value: "[10,∞)", measure: "deaths"),
        NumberCase(id: "injuring", text: "Gunmen opened fire, injuring 80.", words: "80", value: "80", measure: "injured"),
        NumberCase(id: "at least, people were killed", text: "At least 12 people were killed.", words: "At least 12", value: "[12,∞)", measure: "deaths"),
        NumberCase(id: "capitalized number word", text: "Fourteen people were killed.", words: "Fourteen", value: "14", measure: "deaths"),
        NumberCase(id: "a dozen", text: "A dozen people died.", words: "A dozen", value: "12", measure: "deaths"),
        NumberCase(id: "another N were hurt", text: "Another 47 were hurt.", words: "47", value: "47", measure: "injured"),
        NumberCase(id: "remain missing", text: "Nine people remain missing.", words: "Nine", value: "9", measure: "missing"),
        NumberCase(id: "arrested", text: "Police arrested 25 protesters.", words: "25", value: "25", measure: "arrested"),
        NumberCase(id: "detained", text: "Police detained 12 men.", words: "12", value: "12", measure: "arrested"),
        NumberCase(id: "more than with separator", text: "More than 30,000 people evacuated.", words: "More than 30,000", value: "[30000,∞)", measure: "evacuated"),
        NumberCase(id: "tens of thousands", text: "Tens of thousands of residents left their homes.", words: "Tens of thousands", value: "[20000,99999]", measure: "evacuated"),
        NumberCase(id: "about", text: "About 32,000 people had evacuated.", words: "About 32,000", value: "[30400,33600]", measure: "evacuated"),
        NumberCase(id: "nearly, without electricity", text: "Nearly 460,000 customers are without electricity.", words: "Nearly 460,000", value: "[414000,460000]", measure: "power outages"),
        NumberCase(id: "hundreds of thousands fled", text: "Hundreds of thousands of people fled.", words: "Hundreds of thousands", value: "[200000,999999]", measure: "evacuated"),
        NumberCase(id: "dozens", text: "Officials said dozens of people were injured.", words: "dozens", value: "[24,199]", measure: "injured"),
        NumberCase(id: "up to, drowned", text: "Up to 40 migrants drowned.", words: "Up to 40", value: "[0,40]", measure: "deaths"),
        NumberCase(id: "two people died", text: "Two people died in the parish.", words: "Two", value: "2", measure: "deaths"),
        NumberCase(id: "rescued before the count", text: "The Coast Guard rescued 27 people.", words: "27", value: "27", measure: "rescued"),
        NumberCase(id: "between and", text: "Between 30 and 40 people were injured.", words: "Between 30 and 40", value: "[30,40]", measure: "injured"),
        NumberCase(id: "dash range", text: "Officials counted 30–40 boats.", words: "30–40", value: "[30,40]", measure: "boats"),
        NumberCase(id: "magnitude", text: "A magnitude 5.9 quake hit the region.", words: "5.9", value: "5.9", measure: "magnitude"),
        NumberCase(id: "category", text: "It was a Category 4 storm.", words: "4", value: "4", measure: "category"),
        NumberCase(id: "dollars with scale word", text: "The firm rejected a $184 million offer.", words: "$184 million", value: "184000000", unit: "USD", measure: "offer"),
        NumberCase(id: "dollars billion", text: "They announced a $2.5 billion fund.", words: "$2.5 billion", value: "2500000000", unit: "USD", measure: "fund"),
        NumberCase(id: "US$ with bn", text: "They endorsed a US$2.4bn facility.", words: "US$2.4bn", value: "2400000000", unit: "USD", measure: "facility"),
        NumberCase(id: "euro symbol with m", text: "The EU pledged €300m to the facility.", words: "€300m", value: "300000000", unit: "EUR", measure: "facility"),
        NumberCase(id: "EUR code", text: "The EU will put EUR 300 million into the fund.", words: "EUR 300 million", value: "300000000", unit: "EUR", measure: "fund"),
        NumberCase(id: "VND trillion", text: "It is a VND 5 trillion project.", words: "VND 5 trillion", value: "5000000000000", unit: "VND", measure: "project"),
        NumberCase(id: "currency range", text: "The fund raised $2–3 billion for vaccines.", words: "$2–3 billion", value: "[2000000000,3000000000]", unit: "USD", measure: "vaccines"),
        NumberCase(id: "percent sign", text: "Growth of 2.8% is forecast.", words: "2.8%", value: "2.8", unit: "%", measure: "growth"),
        NumberCase(id: "percent word before noun", text: "The deal includes a 12 percent tariff cut.", words: "12 percent", value: "12", unit: "%", measure: "tariff cut"),
        NumberCase(id: "per cent", text: "Turnout was 15 per cent.", words: "15 per cent", value: "15", unit: "%", measure: "turnout"),
        NumberCase(id: "fraction word", text: "Two-thirds of members backed the plan.", words: "Two-thirds", value: "66.667", unit: "%", measure: "members"),
        NumberCase(id: "hyphenated metre", text: "The 420-metre bridge opened.", words: "420-metre", value: "420", unit: "m", measure: "length"),
        NumberCase(id: "feet suffix", text: "The 1,380ft structure fell.", words: "1,380ft", value: "420.624", unit: "m", measure: "length"),
        NumberCase(id: "miles", text: "The convoy drove 6 miles.", words: "6 miles", value: "9656.064", unit: "m", measure: "length"),
        NumberCase(id: "km", text: "The convoy drove 10 km.", words: "10 km", value: "10000", unit: "m", measure: "length"),
        NumberCase(id: "mph", text: "Winds reached 130 mph.", words: "130 mph", value: "209.215", unit: "km/h", measure: "winds"),
        NumberCase(id: "km/h", text: "Winds of 209 km/h were recorded.", words: "209 km/h", value: "209", unit: "km/h", measure: "winds"),
        NumberCase(id: "up to feet", text: "A surge of up to 12 feet is possible.", words: "up to 12 feet", value: "[0,3.658]", unit: "m", measure: "surge"),
        NumberCase(id: "tonnes of", text: "The ship carried 500 tonnes of grain.", words: "500 tonnes", value: "500000", unit: "kg", measure: "grain"),
        NumberCase(id: "fraction of a month", text: "He served 4½ months of his sentence.", words: "4½ months", value: "4.5", unit: "month", measure: "sentence"),
        NumberCase(id: "years of", text: "They marked 30 years of diplomatic relations.", words: "30 years", value: "360", unit: "month", measure: "diplomatic relations"),
        NumberCase(id: "ordinal digits", text: "It marks the 30th anniversary of ties.", words: "30th", value: "30", unit: "ordinal", measure: "anniversary of ties"),
        NumberCase(id: "ordinal alone", text: "They celebrated the 30th anniversary.", words: "30th", value: "30", unit: "ordinal", measure: "anniversary"),
        NumberCase(id: "ordinal word", text: "The third edition of the event is planned for 2026.", words: "third", value: "3", unit: "ordinal", measure: "edition of event"),
        NumberCase(id: "hyphenated number word", text: "Twenty-five soldiers were deployed.", words: "Twenty-five", value: "25", measure: "soldiers"),
        NumberCase(id: "thousands separator", text: "The company hired 1,300 workers.", words: "1,300", value: "1300", measure: "workers"),
        NumberCase(id: "nearly with scale", text: "Nearly 2.5 million people voted.", words: "Nearly 2.5 million", value: "[2250000,2500000]", measure: "voters"),
        NumberCase(id: "homes destroyed", text: "The fire destroyed 120 homes.", words: "120", value: "120", measure: "homes"),
        NumberCase(id: "more than, rescuers", text: "More than 200 rescuers were working.", words: "More than 200", value: "[200,∞)", measure: "rescuers"),
        NumberCase(id: "half a dozen", text: "Half a dozen boats sank.", words: "Half a dozen", value: "6", measure: "boats"),
        NumberCase(id: "particle over is not a hedge", text: "The US handed over four patrol boats.", words: "four", value: "4", measure: "patrol boats"),
        // A bare duration is named by its unit as written (the comparator aligns it only by its sentence).
        NumberCase(id: "bare duration", text: "The talks lasted three weeks.", words: "three weeks", value: "0.69", unit: "month", measure: "weeks"),
        NumberCase(id: "bare decades", text: "The rivalry lasted more than four decades.", words: "more than four decades", value: "[480,∞)", unit: "month", measure: "decades"),
        NumberCase(id: "duration for years", text: "The baker has worked at the mill for 25 years.", words: "25 years", value: "300", unit: "month", measure: "years"),
        // A figure hyphened to a word before a noun: the word and the noun.
        NumberCase(id: "hyphened count before a noun", text: "The council backed a 10-round limit on magazines.", words: "10", value: "10", measure: "round limit"),
        NumberCase(id: "hyphened vote threshold", text: "The rules set a 60-vote threshold for nominees.", words: "60", value: "60", measure: "vote threshold"),
        NumberCase(id: "hyphened years before a noun", text: "The 12-year conflict ended in a truce.", words: "12-year", value: "144", unit: "month", measure: "year conflict"),
        // A number word hyphened to its noun, kept whole by the tokenizer: the noun and the noun after.
        NumberCase(id: "hyphened number word before a noun", text: "The agency released a four-page memo on the audit.", words: "four-page", value: "4", measure: "page memo"),
        NumberCase(id: "hyphened dozen is a number", text: "The governor signed nearly two-dozen orders on Friday.", words: "nearly two-dozen", value: "[21.6,24]", measure: "orders"),
        NumberCase(id: "hyphened number word of years", text: "The mayor won a three-year term in the spring.", words: "three-year", value: "36", unit: "month", measure: "year term"),
        // A figure with a unit, then `a`/`an`/`per` and a noun: a rate, its own measure.
        NumberCase(id: "a rate per thing", text: "The rookie averaged 4.8 yards a carry in his first season.", words: "4.8 yards", value: "4.389", unit: "m", measure: "length per carry"),
        NumberCase(id: "a wage per hour", text: "Cleaners at the hotel will earn $18 an hour under the deal.", words: "$18", value: "18", unit: "USD", measure: "USD per hour"),
        NumberCase(id: "hyphened inches keep their dimension", text: "The firm sells a 14-inch tablet for schools.", words: "14-inch", value: "0.356", unit: "m", measure: "length"),
        // Zero: a negated count of people or of an outcome.
        NumberCase(id: "no one killed", text: "No one was killed in the blast.", words: "No one", value: "0", measure: "deaths"),
        NumberCase(id: "nobody hurt", text: "Nobody was hurt when the roof fell.", words: "Nobody", value: "0", measure: "injured"),
        NumberCase(id: "no injuries", text: "No injuries were reported at the plant.", words: "No", value: "0", measure: "injured"),
        // People counted with a definite article, and people named by the verb they take part in.
        NumberCase(id: "the three victims", text: "She shot the three victims near the gate.", words: "three", value: "3", measure: "victims"),
        NumberCase(id: "people as the object of a verb", text: "Officers freed seven people from the office.", words: "seven", value: "7", measure: "people freed"),
        NumberCase(id: "people with their participle", text: "The trial of the two men accused of the killing began.", words: "two", value: "2", measure: "men accused"),
        NumberCase(id: "a participle right after the counted noun is its own", text: "The footage was shown at the trial of the two men accused of robbing a jeweller from a van in 2019.", words: "two", value: "2", measure: "men accused"),
        NumberCase(id: "currency with M is millions", text: "The club paid $45M for the striker.", words: "$45M", value: "45000000", unit: "USD", measure: "striker"),
    ]

    /// Tallies: the sentence, the words of each side, and the two counts.
    static let tallies: [(id: String, text: String, larger: (words: String, value: String), smaller: (words: String, value: String))] = [
        ("hyphen", "The Senate confirmed the judge 87-9 on Monday.", ("87", "87"), ("9", "9")),
        ("hyphened to", "Ms. Okafor won by a 121-to-70 vote in the caucus.", ("121", "121"), ("to-70", "70")),
        ("spaced to", "The bill passed by a vote of 230 to 190 on Friday.", ("230", "230"), ("190", "190")),
        ("close tally", "In a narrow vote, 51 to 49, the measure failed.", ("51", "51"), ("49", "49")),
        ("court decision", "The court upheld the law in a 6-3 decision.", ("6", "6"), ("3", "3")),
    ]

    static let noNumbers: [NoNumberCase] = [
        NoNumberCase(id: "age after a name", text: "Street vendor Carla Souza, 34, saw it happen."),
        // An age no person carries (`a 61-year-old man`) is now a figure measuring `age`
        // (`NumberReadingTests.unattachedAgeIsAnAgeFigure`).
        NoNumberCase(id: "clock time", text: "The span fell at 17:42 on the quay."),
        NoNumberCase(id: "a.m. time", text: "It made landfall at about 4 a.m. local time."),
        NoNumberCase(id: "year", text: "The embargo was lifted in 2016."),
        NoNumberCase(id: "numeric date", text: "The collapse took place on 14/03/2026."),
        // A span between two events is a figure (`NumberReadingTests.spanBetweenEventsIsAFigure`);
        // one counted back from publication is a date.
        NoNumberCase(id: "duration back from publication", text: "Three weeks ago, divers returned to the wreck."),
        NoNumberCase(id: "the two countries", text: "The two countries agreed to cooperate."),
        NoNumberCase(id: "half without of", text: "The road just folded in half."),
        NoNumberCase(id: "dateline of publication", text: "CaliToday (03/11/2025): Officials met in the capital."),
        NoNumberCase(id: "calibre", text: "He carried a .357 Magnum revolver."),
        NoNumberCase(id: "no one without an outcome", text: "No one knows why the bridge failed."),
        NoNumberCase(id: "no before a singular compound", text: "There is no death penalty in the state."),
        NoNumberCase(id: "model name with M", text: "The laptop uses a GeForce 650M graphics chip."),
        NoNumberCase(id: "people with no outcome", text: "About 198 people attended the rally."),
    ]
}

struct DateNumberTests {
    static let prefix = "“Café” — 👩‍👩‍👧 "

    func dateClaim(_ c: DateCase, prefix: String) throws -> (Claim, ArticleAnalysis) {
        let analysis = Fixtures.analyze(prefix + c.text, published: c.published)
        let claim = try #require(analysis.claims.first { $0.kind == .date && $0.evidence.text == c.words },
                                 "no date claim on “\(c.words)”; got \(analysis.claims.filter { $0.kind == .date }.map(\.evidence.text))")
        return (claim, analysis)
    }

    @Test(arguments: DateNumberCases.dates)
    func date(_ c: DateCase) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let (claim, analysis) = try dateClaim(c, prefix: prefix)
            #expect(claim.slots.date == c.date)
            #expect(claim.slots.value == c.flag)
            #expect(claim.slots.text == c.words)
            if let event = c.event { #expect(claim.slots.event == event) }
            // Offsets are Unicode scalars of the body: the span holds exactly the words.
            let span = claim.evidence.span
            #expect(analysis.article.text(span.start, span.end) == c.words)
            #expect(span.start == prefix.unicodeScalars.count + offset(of: c.words, in: c.text))
        }
    }

    @Test(arguments: DateNumberCases.numbers)
    func number(_ c: NumberCase) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let analysis = Fixtures.analyze(prefix + c.text, published: "2025-11-03")
            let claim = try #require(analysis.claims.first { $0.kind == .number && $0.evidence.text == c.words },
                                     "no number claim on “\(c.words)”; got \(analysis.claims.filter { $0.kind == .number }.map { "\($0.evidence.text) → \($0.slots.measure ?? "-")" })")
            #expect(claim.slots.value == c.value)
            #expect(claim.slots.unit == c.unit)
            #expect(claim.slots.measure == c.measure)
            #expect(claim.slots.quantity == c.words)
            let span = claim.evidence.span
            #expect(analysis.article.text(span.start, span.end) == c.words)
            #expect(span.start == prefix.unicodeScalars.count + offset(of: c.words, in: c.text))
        }
    }

    @Test(arguments: DateNumberCases.tallies.indices)
    func tally(_ index: Int) throws {
        let c = DateNumberCases.tallies[index]
        for prefix in ["", DateNumberTests.prefix] {
            let analysis = Fixtures.analyze(prefix + c.text, published: "2025-11-03")
            let numbers = analysis.claims.filter { $0.kind == .number }
            let larger = try #require(numbers.first { $0.slots.measure == "votes for" }, "\(c.id): \(numbers.map { "\($0.evidence.text) → \($0.slots.measure ?? "-")" })")
            let smaller = try #require(numbers.first { $0.slots.measure == "votes against" }, "\(c.id)")
            #expect(larger.evidence.text == c.larger.words)
            #expect(larger.slots.value == c.larger.value)
            #expect(smaller.evidence.text == c.smaller.words)
            #expect(smaller.slots.value == c.smaller.value)
            #expect(analysis.article.text(larger.evidence.span.start, larger.evidence.span.end) == c.larger.words)
        }
    }

    /// The occasion a figure belongs to (`event` slot): another year, an earlier time, or none
    /// for the story's own, supposed or not (published 2025-11-03).
    @Test(arguments: [
        ("The Senate confirmed the judge 87-9 in 1993.", "87", "1993"),
        ("Three years ago the club signed 14 players.", "14", "2022"),
        ("Since 2010 the town has hired 40 teachers.", "40", nil),
        ("Her career average is 21 points a game.", "21", "earlier"),
        ("If the levy passes, the district would hire 200 teachers.", "200", nil),
        ("Rescuers found 12 survivors on Monday.", "12", nil),
    ] as [(String, String, String?)])
    func occasion(_ text: String, _ words: String, _ event: String?) throws {
        let analysis = Fixtures.analyze(text, published: "2025-11-03")
        let claim = try #require(analysis.claims.first { $0.kind == .number && $0.evidence.text == words },
                                 "\(analysis.claims.filter { $0.kind == .number }.map(\.evidence.text))")
        #expect(claim.slots.event == event)
    }

    /// Figures joined by a hyphen outside a vote are no tally: a score, a range, a year span.
    @Test(arguments: ["The team trailed 3-1 at halftime.", "Officials counted 30–40 boats.", "From 30 to 20 votes were lost over the years."])
    func noTally(_ text: String) {
        let numbers = Fixtures.analyze(text, published: "2025-11-03").claims.filter { $0.kind == .number }
        #expect(!numbers.contains { $0.slots.measure == "votes for" || $0.slots.measure == "votes against" }, "\(numbers.map { "\($0.evidence.text) → \($0.slots.measure ?? "-")" })")
    }

    @Test(arguments: DateNumberCases.noNumbers)
    func noNumber(_ c: NoNumberCase) {
        let analysis = Fixtures.analyze(c.text, published: "2026-03-16")
        let numbers = analysis.claims.filter { $0.kind == .number }
        #expect(numbers.isEmpty, "unexpected: \(numbers.map { "\($0.evidence.text) → \($0.slots.measure ?? "-")" })")
    }

    @Test func atLeastEightyExpressions() {
        #expect(DateNumberCases.dates.count + DateNumberCases.numbers.count >= 80)
        #expect(DateNumberCases.dates.filter { $0.flag == "ambiguous" }.count >= 4)
    }

    @Test func configuredDayMonthOrderDecides() throws {
        let article = Fixtures.article("The deal was signed on 03/11/2025.", published: "2025-11-05")
        let mdy = ClaimExtractor(dateOrder: .mdy).analyze(article).claims.first { $0.kind == .date }
        let dmy = ClaimExtractor(dateOrder: .dmy).analyze(article).claims.first { $0.kind == .date }
        #expect(mdy?.slots.date == "2025-03-11")
        #expect(dmy?.slots.date == "2025-11-03")
        #expect(mdy?.slots.value == nil)
    }

    @Test func relativeDateInsideAQuoteIsNotAnchored() {
        let analysis = Fixtures.analyze("“Today we fixed a few links,” he said.", published: "2026-11-04")
        #expect(analysis.claims.filter { $0.kind == .date }.isEmpty)
    }

    /// Scalar offset of the first occurrence of `words` in `text`.
    func offset(of words: String, in text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        let target = Array(words.unicodeScalars)
        guard target.count <= scalars.count else { return -1 }
        for start in 0...(scalars.count - target.count) where Array(scalars[start..<(start + target.count)]) == target { return start }
        return -1
    }
}
