import ClaimExtractor
import ClaimModel
import Comparator
import CrossCheck
import Testing

/// Dates attached to the clause they modify (issue #14) and compared by predicate class
/// (issue #15): news-style sentences written for the test, read with the grammar layer.
struct DateClauseTests {
    struct Extraction: CustomTestStringConvertible, Sendable {
        var testDescription: String { text }
        var text: String
        var written: String
        var event: String?
        /// The verb's lemma (nil: not checked; the lemmatizer may keep an irregular form).
        var verb: String?
        var hasActor = false
        var planned = false
    }

    static let extractions: [Extraction] = [
        Extraction(text: "Rescue crews searched the bay after the ferry capsized on Tuesday near the harbour mouth, officials said.",
                   written: "Tuesday", event: "sinking", verb: "capsize"),
        Extraction(text: "Coast guard divers said the overloaded ferry sank on Wednesday within sight of the pier.",
                   written: "Wednesday", event: "sinking", verb: nil),
        Extraction(text: "Police in Varna detained two dock workers on Sunday after the warehouse fire.",
                   written: "Sunday", event: "arrest", verb: "detain"),
        Extraction(text: "Minister Lina Marsh said on Monday that the northern bridge would reopen by spring.",
                   written: "Monday", event: "statement", verb: "say", hasActor: true),
        Extraction(text: "The harbour board will meet on Friday to review the ferry licences.",
                   written: "Friday", event: "meeting", verb: "meet", planned: true),
        // `gave way` is a collapse; `gave` alone names no class (people give speeches and briefings).
        Extraction(text: "The old pier gave way on Sunday under the weight of the crowd.",
                   written: "Sunday", event: "collapse", verb: nil),
        Extraction(text: "The harbour master gave a short briefing to reporters on Tuesday evening.",
                   written: "Tuesday", event: nil, verb: nil),
        Extraction(text: "Minister Lina Marsh urged the harbour board on Thursday to suspend the licences.",
                   written: "Thursday", event: nil, verb: "urge", hasActor: true),
        // A passive participle's doer is its agent (a board here), never a name in the noun it modifies.
        Extraction(text: "Mayor Lina Marsh spoke to the press on Monday. Reporters studied the Marsh emails released by the harbour board on Friday.",
                   written: "Friday", event: nil, verb: nil),
        // The session is another clause's (the subject's `hoping to pass …`), however the tree hangs it.
        Extraction(text: "Democrats in the Senate hoping to pass the farm bill in the winter session were put on notice by their rivals Wednesday morning.",
                   written: "Wednesday", event: nil, verb: nil),
    ]

    /// The date claim of each sentence carries its clause's class, verb, participant and mode.
    @Test(arguments: extractions)
    func dateTakesItsClause(_ c: Extraction) throws {
        let analysis = Fixtures.analyze("Harbour news.\n\n" + c.text, published: "2026-03-13")
        let claim = try #require(analysis.claims.first { $0.kind == .date && $0.slots.text == c.written })
        #expect(claim.slots.event == c.event)
        if let verb = c.verb { #expect(claim.slots.verb == verb) }
        #expect((claim.slots.actor != nil) == c.hasActor)
        #expect((claim.slots.value == "planned") == c.planned)
    }

    /// A statement with no person to say it dates no comparable fact.
    @Test func statementWithoutPersonHasNoEvent() throws {
        let analysis = Fixtures.analyze("Harbour news.\n\nOfficials said on Monday that the pier was safe.", published: "2026-03-13")
        let claim = try #require(analysis.claims.first { $0.kind == .date })
        #expect(claim.slots.event == nil)
        #expect(claim.slots.actor == nil)
    }

    static func compare(_ texts: [String], published: [String?]) -> Report {
        let analyses = texts.enumerated().map { index, text in
            Fixtures.analyze("Harbour news.\n\n" + text, id: "a\(index)", published: published[index])
        }
        return CrossChecker().makeReport(set: "harbour", analyses: analyses, diagnostics: [])
    }

    static func dateFindings(_ report: Report, _ status: FindingStatus) -> [Finding] {
        report.findings.filter { $0.kind == .date && $0.status == status }
    }

    /// The ferry that capsized on Tuesday in one article and sank on Wednesday in another:
    /// one sinking, two days, a conflict; the story's `when` names the sinking.
    @Test func ferryCapsizedAndSankOnDifferentDaysConflicts() throws {
        let report = Self.compare([
            "A ferry carrying 40 passengers capsized on Tuesday off the island of Keros, the coast guard said.",
            "A passenger ferry sank on Wednesday off Keros island, and rescuers pulled 31 people from the water.",
        ], published: ["2026-03-13", "2026-03-13"])
        let conflict = try #require(Self.dateFindings(report, .conflict).first { $0.subject == "sinking" })
        #expect(conflict.values["a0"] == ["2026-03-10"])
        #expect(conflict.values["a1"] == ["2026-03-11"])
        let when = report.story?.frame.first { $0.slot == .when }
        #expect(when?.label == "date of the sinking")
        #expect(when?.status == .conflict)
    }

    /// Weekdays of one predicate class differ whatever day each article was published:
    /// `Tuesday` against `Wednesday` is not explained by reading them from different days.
    @Test func differentWeekdaysOfOneClassConflictAcrossPublicationDays() throws {
        let report = Self.compare([
            "A ferry carrying 40 passengers capsized on Tuesday off the island of Keros.",
            "A passenger ferry sank on Wednesday off Keros island.",
        ], published: ["2026-03-12", "2026-03-13"])
        #expect(Self.dateFindings(report, .conflict).contains { $0.subject == "sinking" })
    }

    /// A dateline gives the day the story was filed; when the lead dates the event in its own
    /// clause, that date stands alone, so an article that puts the sinking on another day than
    /// the others conflicts instead of agreeing through its dateline.
    @Test func leadClauseDateOutranksTheDateline() throws {
        let analyses = [
            "KEROS, March 10 - A ferry carrying 40 passengers capsized on Tuesday off the island, the coast guard said.",
            "KEROS, March 10 - A passenger ferry sank on Wednesday off the island, the coast guard said.",
        ].enumerated().map { index, text in Fixtures.analyze(text, id: "a\(index)", published: "2026-03-13") }
        let datelined = try #require(analyses[1].claims.first { $0.kind == .date && $0.slots.text == "March 10" })
        #expect(datelined.slots.event == nil)
        let report = CrossChecker().makeReport(set: "harbour", analyses: analyses, diagnostics: [])
        let conflict = try #require(Self.dateFindings(report, .conflict).first { $0.subject == "sinking" })
        #expect(conflict.values["a1"] == ["2026-03-11"])
    }

    /// The same day in other words and another verb of the class agrees.
    @Test func sameDayOfOneClassAgrees() throws {
        let report = Self.compare([
            "A ferry carrying 40 passengers capsized on Tuesday off the island of Keros.",
            "A passenger ferry sank on March 10 off Keros island.",
        ], published: ["2026-03-13", "2026-03-13"])
        #expect(Self.dateFindings(report, .conflict).isEmpty)
        #expect(Self.dateFindings(report, .agree).contains { $0.subject == "sinking" })
    }

    /// Two people's statements on different days are two facts, not one fact dated twice.
    @Test func statementsOfDifferentPeopleDoNotConflict() throws {
        let report = Self.compare([
            "Minister Lina Marsh said on Monday that the ferry licences would be reviewed.",
            "Harbour master Piet Okoro said on Tuesday that the ferry had been overloaded.",
        ], published: ["2026-03-13", "2026-03-13"])
        #expect(Self.dateFindings(report, .conflict).isEmpty)
    }

    /// A plan (`will meet on Friday`) is never compared with what happened (`met on Tuesday`).
    @Test func plannedDateDoesNotConflictWithPastOne() throws {
        let report = Self.compare([
            "The harbour board will meet on Friday to review the ferry licences.",
            "The harbour board met on Tuesday to review the ferry licences.",
        ], published: ["2026-03-11", "2026-03-11"])
        #expect(Self.dateFindings(report, .conflict).isEmpty)
    }

    /// Without publication dates no day can be read, but different weekdays for one fact
    /// still conflict; the same weekday says nothing.
    @Test(arguments: [("Tuesday", true), ("Thursday", false)])
    func undatedWeekdaysOfOneFactAreCompared(_ other: String, conflict: Bool) throws {
        let report = Self.compare([
            "Two workers were wounded when a gunman opened fire at the bottling plant. The shooting happened shortly after 9 p.m. Thursday.",
            "Police said the shooting at the bottling plant happened on \(other), shortly after the night shift began.",
        ], published: [nil, nil])
        let found = Self.dateFindings(report, .conflict).first { $0.subject == "attack" }
        #expect((found != nil) == conflict)
        if let found {
            #expect(found.values["a0"] == ["Thursday"])
            #expect(found.values["a1"] == [other])
        }
    }

    /// A headline at the top of the body is not the lead: the first sentence after it is, and
    /// an abbreviated title (`Gov.`) does not end it.
    @Test func leadSkipsHeadlineAndAbbreviations() throws {
        let report = Self.compare([
            "Harbour Board Suspends Ferry Licences After Keros Disaster\n\nGov. Lina Marsh on Tuesday suspended the licences of three ferry operators after the Keros disaster.",
            "Harbour Board Suspends Ferry Licences After Keros Disaster\n\nThe licences of three ferry operators were withdrawn Thursday by Gov. Lina Marsh, who cited the Keros disaster.",
        ], published: ["2026-03-13", "2026-03-13"])
        let conflict = try #require(Self.dateFindings(report, .conflict).first)
        #expect(conflict.values["a0"] == ["2026-03-10"])
        #expect(conflict.values["a1"] == ["2026-03-12"])
    }
}
