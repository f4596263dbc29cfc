import ClaimExtractor
import ClaimModel
import Comparator
import CrossCheck
import Testing

/// What a figure counts and which occasion it belongs to (issue 14), one test per rule; each
/// sentence also read behind the multibyte prefix.
struct NumberReadingTests {
    static func numbers(_ text: String) -> [Claim] {
        Fixtures.analyze(text, published: "2025-11-03").claims.filter { $0.kind == .number }
    }

    /// An age no named person carries is a figure measuring `age`, wherever the age words
    /// stand: after the figure (`-year-old`, `years old`) or before it (`aged`, `the age of`).
    @Test(arguments: [
        ("The firm's founder has an 8-year-old son and a 12-year-old daughter.", ["8", "12"]),
        ("A seven-year-old boy was pulled from the flooded canal.", ["7"]),
        ("The driver, who was 19 years old, walked away unhurt.", ["19"]),
        ("The sculptor, whose bronze horses line the town square, died in her studio at the age of 88, the gallery said.", ["88"]),
    ] as [(String, [String])])
    func unattachedAgeIsAnAgeFigure(_ text: String, _ values: [String]) {
        for prefix in ["", DateNumberTests.prefix] {
            let ages = NumberReadingTests.numbers(prefix + text).filter { $0.slots.measure == "age" }
            #expect(ages.map { $0.slots.value ?? "" } == values, "\(NumberReadingTests.numbers(prefix + text).map { "\($0.evidence.text) → \($0.slots.measure ?? "-")" })")
        }
    }

    /// A bare figure after a person's pronoun and a copula, ending its clause, is an age; a
    /// figure that counts something after it is not.
    @Test(arguments: [
        ("Few in the valley remember the first ferry pilot. She was 94.", ["94"]),
        ("The youngest passenger was carried out by a deckhand; he was 7 at the time.", ["7"]),
        ("The striker missed twice in the final, and he was 2 goals short of the record.", []),
    ] as [(String, [String])])
    func copulaAgeIsAnAgeFigure(_ text: String, _ values: [String]) {
        for prefix in ["", DateNumberTests.prefix] {
            let ages = NumberReadingTests.numbers(prefix + text).filter { $0.slots.measure == "age" }
            #expect(ages.map { $0.slots.value ?? "" } == values)
        }
    }

    /// `in their 70s`: the decade of a life is an age, the whole decade as its interval.
    @Test(arguments: [
        ("Most members of the harbour board are in their 60s, the report noted.", "[60,69]"),
        ("The new chair, a former nurse in her early 50s, takes over in spring.", "[50,59]"),
    ])
    func decadeOfALifeIsAnAge(_ text: String, _ value: String) {
        for prefix in ["", DateNumberTests.prefix] {
            let ages = NumberReadingTests.numbers(prefix + text).filter { $0.slots.measure == "age" }
            #expect(ages.map { $0.slots.value ?? "" } == [value])
        }
    }

    /// A named person's age stays that person's attribute: it is not read again as a figure.
    @Test func personAgeIsNotReadTwice() {
        for prefix in ["", DateNumberTests.prefix] {
            let analysis = Fixtures.analyze(prefix + "Mara Ellison, 52, chairs the harbour board.", published: "2025-11-03")
            #expect(analysis.claims.contains { $0.kind == .age && $0.slots.value == "52" })
            #expect(!analysis.claims.contains { $0.kind == .number && $0.slots.value == "52" })
        }
    }

    /// Ages without a person are never compared as figures: two articles naming different
    /// children's ages make no number finding.
    @Test func unattachedAgesAreNotCompared() {
        let found = DateNumberComparisonTests.findings([
            ("The bus driver's 9-year-old daughter was on board.", "2025-11-03"),
            ("The bus driver's 14-year-old son was on board.", "2025-11-03"),
        ], kind: .number)
        #expect(found.isEmpty, "\(found.map { "\($0.status): \($0.summary)" })")
    }

    /// A supposition is the figure's mood, not another occasion: the `event` slot stays empty
    /// (the comparator still keeps the figure apart from the story's facts, `FactContext`).
    @Test func suppositionIsNoOccasion() throws {
        for prefix in ["", DateNumberTests.prefix] {
            let claim = try #require(NumberReadingTests.numbers(prefix + "If the levy passes, the district would hire 200 teachers.").first { $0.slots.value == "200" })
            #expect(claim.slots.event == nil)
        }
    }

    /// A year dates the clause it hangs on: a figure outside that clause stays the story's own
    /// (`the three men accused of robbing the bank in 2019` are counted today), one inside it
    /// is that year's (`in 2004 a flood destroyed 300 homes`).
    @Test(arguments: [
        ("The trial of the three men accused of robbing the bank in 2019 opened on Monday.", "three", nil),
        ("In 2004 a flood destroyed 300 homes along the river.", "300", "2004"),
    ] as [(String, String, String?)])
    func yearDatesItsOwnClause(_ text: String, _ words: String, _ event: String?) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let claim = try #require(NumberReadingTests.numbers(prefix + text).first { $0.evidence.text == words },
                                     "\(NumberReadingTests.numbers(prefix + text).map(\.evidence.text))")
            #expect(claim.slots.event == event)
        }
    }

    /// A span of a year or more is a period around the story, not its event.
    @Test(arguments: [
        ("The foreman has worked at the mill for 26 years.", "26 years", "period"),
        ("The crew spent three weeks at the site.", "three weeks", nil),
    ] as [(String, String, String?)])
    func longSpanIsAPeriod(_ text: String, _ words: String, _ event: String?) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let claim = try #require(NumberReadingTests.numbers(prefix + text).first { $0.evidence.text.hasSuffix(words) },
                                     "\(NumberReadingTests.numbers(prefix + text).map(\.evidence.text))")
            #expect(claim.slots.event == event)
        }
    }

    /// `N of X`: the head noun of the of-phrase is counted, not a possessor before it.
    @Test(arguments: [
        ("The storm shut three of the region's largest hospitals on Monday.", "three", "hospitals"),
        ("Police questioned two of the mayor's former aides on Tuesday.", "two", "aides"),
        // The tree may hang the figure on the of-phrase's noun: it is not a figure of that phrase's own.
        ("The minister told two of the council’s most outspoken critics that the works would go ahead.", "two", "critics"),
    ] as [(String, String, String)])
    func partitiveCountsTheOfPhraseHead(_ text: String, _ words: String, _ head: String) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            let claim = try #require(numbers.first { $0.evidence.text == words }, "\(numbers.map(\.evidence.text))")
            let measure = claim.slots.measure ?? ""
            #expect(measure.hasSuffix(head) && !measure.contains("region") && !measure.contains("mayor"), "\(measure)")
        }
    }

    /// A hedge written after the figure bounds it as one before it does.
    @Test(arguments: [
        ("The measure needs 60 or more votes to clear the chamber.", "[60,∞)", "votes"),
        ("The mayor gathered a dozen or so endorsements from local unions.", "[11.4,12.6]", "endorsements"),
    ] as [(String, String, String)])
    func hedgeAfterTheFigure(_ text: String, _ value: String, _ measure: String) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            let claim = try #require(numbers.first { $0.slots.value == value }, "\(numbers.map { "\($0.evidence.text) = \($0.slots.value ?? "-")" })")
            #expect(claim.slots.measure == measure)
        }
    }

    /// One word in scare quotes inside the counted noun phrase is part of it.
    @Test func scareQuotedModifierIsPartOfTheNoun() throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + "The nominee must win 60 “yes” votes in the Senate.")
            let claim = try #require(numbers.first { $0.slots.value == "60" }, "\(numbers.map(\.evidence.text))")
            #expect(claim.slots.measure == "yes votes")
        }
    }

    /// A part of a stated whole (`three of the seven bullets`) is no count of the noun: it is not
    /// compared with another article's total, so the two agreeing articles make no conflict.
    @Test func partOfAStatedWholeIsNoTotal() {
        let found = DateNumberComparisonTests.findings([
            ("The autopsy found that two of the five bullets struck his back.", "2025-11-03"),
            ("Five bullets hit him, the autopsy found, two of them in the back.", "2025-11-03"),
        ], kind: .number)
        #expect(!found.contains { $0.status == .conflict }, "\(found.map { "\($0.status): \($0.summary)" })")
    }

    /// Data sizes and clock rates are units (`8GB`, `2.4GHz`, `512 megabytes`), read in gigabytes
    /// and gigahertz; what they measure is the noun after them.
    @Test(arguments: [
        ("The entry model ships with 8GB of memory and a 2.4GHz chip.", "8", "GB", "memory"),
        ("The entry model ships with 8GB of memory and a 2.4GHz chip.", "2.4", "GHz", "chip"),
        ("Each tablet carries 512 megabytes of storage, the maker said.", "0.512", "GB", "storage"),
    ] as [(String, String, String, String)])
    func dataSizeAndClockRateAreUnits(_ text: String, _ value: String, _ unit: String, _ measure: String) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            let claim = try #require(numbers.first { $0.slots.value == value }, "\(numbers.map { "\($0.evidence.text) = \($0.slots.value ?? "-")" })")
            #expect(claim.slots.unit == unit)
            #expect(claim.slots.measure == measure)
        }
    }

    /// Two counts joined by `to` after `won` or `victory` are the sides of a tally, as after
    /// `vote`: the larger are the votes for, the smaller the votes against.
    @Test(arguments: [
        ("The challenger won, 71 to 40, after a long count in the caucus room.", "71", "40"),
        ("In a narrow victory, 55 to 53, the deputy kept her seat on the board.", "55", "53"),
    ])
    func tallyAfterAWin(_ text: String, _ larger: String, _ smaller: String) {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            #expect(numbers.map { "\($0.slots.value ?? "-") \($0.slots.measure ?? "-")" } == ["\(larger) votes for", "\(smaller) votes against"])
        }
    }

    /// `a mother of five`: a figure after `of` with no noun of its own counts what a parent has.
    @Test(arguments: [
        ("Rita Alves, a mother of five, was hurt when the bus left the road.", "5", "children"),
        ("The victim, a grandfather of nine who coached youth football, was named on Monday.", "9", "grandchildren"),
    ])
    func parentOfAFigureCountsChildren(_ text: String, _ value: String, _ measure: String) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            let claim = try #require(numbers.first { $0.slots.value == value }, "\(numbers.map { "\($0.evidence.text) → \($0.slots.measure ?? "-")" })")
            #expect(claim.slots.measure == measure)
        }
    }

    /// A span between two events (`after`, `before`, `later`, `earlier`) is a figure named by its
    /// unit; a span of a year or more is a period, as any duration.
    @Test(arguments: [
        ("Two days after the collapse, divers returned to the quay.", "Two days", nil, "days", nil),
        ("The alarm sounded about 15 minutes before the doors were shut.", "about 15 minutes", nil, "minutes", nil),
        ("The firm opened a second plant three years later.", "three years", "36", "years", "period"),
    ] as [(String, String, String?, String, String?)])
    func spanBetweenEventsIsAFigure(_ text: String, _ words: String, _ value: String?, _ measure: String, _ event: String?) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            let claim = try #require(numbers.first { $0.evidence.text == words }, "\(numbers.map { "\($0.evidence.text) = \($0.slots.value ?? "-")" })")
            #expect(claim.slots.measure == measure)
            #expect(claim.slots.event == event)
            if let value { #expect(claim.slots.value == value) }
        }
    }

    /// `$1, 099`: a thousands group cut off by a stray space after a currency sign is read back
    /// into its figure; a sum followed by a figure of another length keeps the two apart.
    @Test(arguments: [
        ("The shop will ask $1, 249 for the larger tablet.", ["1249"]),
        ("Fares rose to $3, 40 percent more than last year.", ["3"]),
    ])
    func brokenThousandsGroupAfterACurrency(_ text: String, _ values: [String]) {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            #expect(numbers.filter { $0.slots.unit == "USD" }.map { $0.slots.value ?? "-" } == values, "\(numbers.map { "\($0.evidence.text) = \($0.slots.value ?? "-")" })")
        }
    }

    /// `2. 4GHz`: a decimal point broken by a space before a figure glued to its unit is read
    /// back into one figure with that unit.
    @Test(arguments: [
        ("The top model has a 2. 4GHz processor, the maker said.", "2.4", "GHz"),
        ("Its drive holds 1. 5TB of photos.", "1500", "GB"),
    ])
    func brokenDecimalBeforeAUnit(_ text: String, _ value: String, _ unit: String) {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            #expect(numbers.contains { $0.slots.value == value && $0.slots.unit == unit }, "\(numbers.map { "\($0.evidence.text) = \($0.slots.value ?? "-") \($0.slots.unit ?? "-")" })")
        }
    }

    /// A sum of money with no noun of its own is named by the verb it hangs on (`raised $2
    /// million` → `raised`); a noun after it still names it (`a $5 million grant`).
    @Test(arguments: [
        ("The charity raised $3.2 million at its spring gala.", "$3.2 million", "raised"),
        ("Last week the county quietly paid $48,000, records show.", "$48,000", "paid"),
        ("The board approved a $5 million grant for the library.", "$5 million", "grant"),
    ])
    func sumWithNoNounIsNamedByItsVerb(_ text: String, _ words: String, _ measure: String) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            let claim = try #require(numbers.first { $0.evidence.text == words }, "\(numbers.map { "\($0.evidence.text) = \($0.slots.measure ?? "-")" })")
            #expect(claim.slots.measure == measure)
        }
    }

    /// A duration shorter than a day keeps its size in months (three significant digits):
    /// `10 minutes` and `100 minutes` are two figures, and `about 10 minutes` a span around
    /// ten minutes, not all `0`.
    @Test func shortDurationKeepsItsSize() throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + "The first bus came 10 minutes late, the second 100 minutes late, and the ferry about 10 minutes late.")
            let values = numbers.map { $0.slots.value ?? "-" }
            #expect(values == ["0.000228", "0.00228", "[0.000217,0.00024]"], "\(values)")
        }
    }

    /// A count of people the definite article takes back is still counted when its noun names
    /// people (`the two youths charged` → the outcome `charged`), and a relative clause on a
    /// generic noun that is no verb's object names what the people did or underwent (`the two
    /// women she is accused of shooting` → `women accused`).
    @Test(arguments: [
        ("Jurors heard from the two youths charged with the robbery.", "two", "charged"),
        ("The three men that the driver had hired for the night walked off before dawn.", "three", "men hired"),
    ])
    func definiteCountOfPeopleIsNamed(_ text: String, _ words: String, _ measure: String) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            let claim = try #require(numbers.first { $0.evidence.text == words }, "\(numbers.map { "\($0.evidence.text) = \($0.slots.measure ?? "-")" })")
            #expect(claim.slots.measure == measure)
        }
    }

    /// A span reaching back from the story (`over the past five years`, `earlier this month`)
    /// puts its sentence's figures on an earlier occasion.
    @Test(arguments: [
        "The party has lost 40 seats over the past five years.",
        "The union signed up 300 members earlier this month.",
        // `ever since`: a span that began on an earlier occasion and runs to today.
        "The union has signed up 300 members ever since.",
    ])
    func spanReachingBackIsEarlier(_ text: String) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            let claim = try #require(numbers.first { $0.slots.measure == "seats" || $0.slots.measure == "members" }, "\(numbers.map { "\($0.evidence.text) = \($0.slots.measure ?? "-")" })")
            #expect(claim.slots.event == "earlier")
        }
    }

    /// A list after a colon, entries `Name, N` between semicolons, gives what its lead names
    /// (the nearest plural noun before the colon): each figure is that name's, not an age.
    /// A lead that counts people (`victims`) leaves the entries ages.
    @Test func listEntriesGiveWhatTheLeadNames() {
        for prefix in ["", DateNumberTests.prefix] {
            let text = prefix + "Approval votes have shrunk steadily since then: Martha Quill, 91; Owen Tate, 72; Rosa Lind, 55."
            let analysis = Fixtures.analyze(text, published: "2025-11-03")
            let numbers = analysis.claims.filter { $0.kind == .number }
            #expect(numbers.map { "\($0.slots.value ?? "") \($0.slots.measure ?? "-")" } == ["91 votes: martha quill", "72 votes: owen tate", "55 votes: rosa lind"])
            #expect(!analysis.claims.contains { $0.kind == .age })
            let victims = Fixtures.analyze(prefix + "Police named the victims: Carl Boyd, 34; Dana Moss, 29.", published: "2025-11-03")
            #expect(victims.claims.filter { $0.kind == .age }.map { $0.slots.value ?? "" }.sorted() == ["29", "34"])
            #expect(!victims.claims.contains { $0.kind == .number && $0.slots.measure?.hasPrefix("victims") == true })
        }
    }

    /// A participle after a count of people that no predicate class holds names it (`three
    /// people shot` → `shot`); an outcome right after it names the class (`shot dead` → deaths).
    @Test(arguments: [
        ("Officers found three people shot near the station.", "three", "shot"),
        ("Two people were stabbed outside the depot on Friday.", "Two", "stabbed"),
        ("Five people shot dead in the square were named on Monday.", "Five", "deaths"),
    ])
    func participleNamesACountOfPeople(_ text: String, _ words: String, _ measure: String) throws {
        for prefix in ["", DateNumberTests.prefix] {
            let numbers = NumberReadingTests.numbers(prefix + text)
            let claim = try #require(numbers.first { $0.evidence.text == words }, "\(numbers.map { "\($0.evidence.text) = \($0.slots.measure ?? "-")" })")
            #expect(claim.slots.measure == measure)
        }
    }
}
