import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Issues 14 and 15, people: offices of one family, given names, ages and parties compared
/// across articles. Sentences are news-style, written for the test; each case reuses
/// `FactComparisonTests.Case` (the finding of `kind` about `subject` expected with `status`,
/// nil: no conflict of that kind about the subject).
struct PeopleFactTests {
    typealias Case = FactComparisonTests.Case

    static let offices: [Case] = [
        Case(testDescription: "President and Vice President conflict", articles: [
            "President Alma Ruiz signed the budget on Friday.", "Vice President Alma Ruiz signed the budget on Friday.",
        ], kind: .title, subject: "Alma Ruiz", status: .conflict, says: "vice president"),
        Case(testDescription: "Majority and Minority Leader conflict", articles: [
            "Senate Majority Leader Tom Ostrow scheduled the vote.", "Senate Minority Leader Tom Ostrow scheduled the vote.",
        ], kind: .title, subject: "Tom Ostrow", status: .conflict),
        Case(testDescription: "Attorney General and Secretary of State conflict", articles: [
            "Attorney General Rhea Lind defended the ruling.", "Secretary of State Rhea Lind defended the ruling.",
        ], kind: .title, subject: "Rhea Lind", status: .conflict),
        Case(testDescription: "judge and prosecutor conflict", articles: [
            "Judge Omar Fenn sealed the courtroom.", "Prosecutor Omar Fenn sealed the courtroom.",
        ], kind: .title, subject: "Omar Fenn", status: .conflict),
        Case(testDescription: "chairman and vice chairman conflict", articles: [
            "Chairman Lev Ostrander opened the hearing.", "Vice Chairman Lev Ostrander opened the hearing.",
        ], kind: .title, subject: "Lev Ostrander", status: .conflict),
        Case(testDescription: "an abbreviated senator agrees", articles: [
            "Sen. Ada Brill voted against the bill.", "Senator Ada Brill voted against the bill.",
        ], kind: .title, subject: "Ada Brill", status: .agree),
        Case(testDescription: "a general of a longer rank is no conflict", articles: [
            "Lt. Gen. Iris Vane briefed reporters.", "Gen. Iris Vane briefed reporters.",
        ], kind: .title, subject: "Iris Vane", status: nil),
        Case(testDescription: "a senator who chairs a committee is no conflict", articles: [
            "Sen. Hal Denby questioned the witness.", "Hal Denby, the chairman of the committee, questioned the witness.",
        ], kind: .title, subject: "Hal Denby", status: nil),
        Case(testDescription: "a former senator who is now governor is no conflict", articles: [
            "Former Sen. Nia Rowe spoke at the rally.", "Gov. Nia Rowe spoke at the rally.",
        ], kind: .title, subject: "Nia Rowe", status: nil),
        Case(testDescription: "a bank's governor is no state's president", articles: [
            "Piet Marsh, the governor of the central bank, raised rates.", "President Piet Marsh raised rates.",
        ], kind: .title, subject: "Piet Marsh", status: nil),
    ]

    @Test(arguments: offices)
    func officeFamilies(_ c: Case) {
        FactComparisonTests.expectOutcome(c, in: FactComparisonTests.findings(c, prefix: ""), forbidden: [.conflict],
                                          text: { Folding.fold($0.summary + " " + ($0.reason ?? "")) })
    }

    @Test func oneArticleGivingTwoOfficesOfOneFamilyIsInconsistent() {
        let analyses = [
            "President Alma Ruiz signed the budget. Later, Vice President Alma Ruiz praised it.",
            "President Alma Ruiz signed the budget.",
        ].enumerated().map { ClaimExtractor().analyze(Fixtures.article($1, id: "a\($0)")) }
        let findings = SetComparator().compare(analyses).findings.filter { $0.kind == .consistency }
        #expect(findings.map(\.status) == [.conflict])
    }

    @Test(arguments: [("Sen.", "senator#seat"), ("Gov.", "governor#executive"), ("Minister", "cabinet"), ("Defense Secretary", "cabinet/defense#executive")])
    func officesCarryTheirFamily(_ title: String, _ office: String) {
        #expect(OfficeNormalizer.office(title).description == office)
        #expect(Office(parsing: office).description == office)
    }
}

/// Given names: another given name for the same surname and the same post is a conflict;
/// family members and namesakes no fact ties are not.
struct GivenNameTests {
    typealias Case = FactComparisonTests.Case

    static let cases: [Case] = [
        Case(testDescription: "one party and surname, different given names", articles: [
            "Democratic Sen. Harold Penn blocked the measure.", "Penn said the measure was rushed. Harold Penn (D-Nev.) spoke later.",
            "Olivia Penn (D-Nev.) blocked the measure.",
        ], kind: .other, subject: "Penn", status: .conflict, says: "party"),
        Case(testDescription: "a role sharing its head word ties two names", articles: [
            "Senate Majority Leader Harold Penn scheduled the vote.", "The Senate Democratic leader, Olivia Penn, scheduled the vote.",
        ], kind: .other, subject: "Penn", status: .conflict),
        Case(testDescription: "one article naming a second given name once for the same office", articles: [
            "Senator Harold Penn opposed the bill. Later, Senator Olivia Penn voted against it.",
            "Senator Harold Penn opposed the bill.",
        ], kind: .other, subject: "Penn", status: .conflict, says: "no other source"),
        Case(testDescription: "two family members in one article are no conflict", articles: [
            "Senator Harold Penn and his daughter, Olivia Penn, a lawyer, arrived together.",
            "Senator Harold Penn arrived at the hearing.",
        ], kind: .other, subject: "Penn", status: nil),
        Case(testDescription: "namesakes no fact ties are no conflict", articles: [
            "Harold Penn, a farmer, testified on Monday.", "Olivia Penn, a nurse, testified on Monday.",
        ], kind: .other, subject: "Penn", status: nil),
        Case(testDescription: "one surname in every article, another given name, nothing apart", articles: [
            "Harold Penn told reporters the bridge would reopen in May.", "Olivia Penn told reporters the bridge would reopen in May.",
        ], kind: .other, subject: "Penn", status: .conflict, says: "no fact"),
        Case(testDescription: "a word of kinship beside the name keeps two people apart", articles: [
            "Harold Penn told reporters the bridge would reopen in May.", "His daughter, Olivia Penn, told reporters the bridge would reopen in May.",
        ], kind: .other, subject: "Penn", status: nil),
        Case(testDescription: "offices with nothing in common keep two people apart", articles: [
            "Mayor Harold Penn said the bridge would reopen in May.", "Judge Olivia Penn said the bridge would reopen in May.",
        ], kind: .other, subject: "Penn", status: nil),
        Case(testDescription: "a party word as a title's body ties two names", articles: [
            "Senate Republican Leader Harold Penn said the vote would wait a week.",
            "Senator Olivia Penn of Utah, the Republican leader, said the vote would wait a week.",
        ], kind: .other, subject: "Penn", status: .conflict, says: "party (republican)"),
        Case(testDescription: "the same word of kinship beside both names ties them", articles: [
            "The letters were found in a drawer of her estranged husband, Marcus Penn, investigators said.",
            "Investigators said the letters were kept by her estranged husband, Harold Penn.",
        ], kind: .other, subject: "Penn", status: .conflict, says: "kinship (husband)"),
        Case(testDescription: "a relation used as a title is no office setting two names apart", articles: [
            "Half-brother Marcus Penn was charged with arson on Friday.",
            "Police said his brother Harold Penn was charged with arson on Friday.",
        ], kind: .other, subject: "Penn", status: .conflict, says: "kinship (brother)"),
        Case(testDescription: "different words of kinship keep two relatives apart", articles: [
            "The letters were found in a drawer of her son, Marcus Penn, investigators said.",
            "Investigators said the letters were kept by her brother, Harold Penn.",
        ], kind: .other, subject: "Penn", status: nil),
        Case(testDescription: "one first name with different middle names conflicts", articles: [
            "Lionel Marcus Tate escaped from a prison van on Monday morning.",
            "Lionel Andrew Tate escaped from a prison van on Monday morning.",
        ], kind: .other, subject: "Tate", status: .conflict),
        Case(testDescription: "a middle initial against a middle name is no conflict", articles: [
            "Lionel M. Tate escaped from a prison van on Monday morning.",
            "Lionel Marcus Tate escaped from a prison van on Monday morning.",
        ], kind: .other, subject: "Tate", status: nil),
        Case(testDescription: "a junior is never his father", articles: [
            "Sen. Harold Penn Jr. spoke first.", "Sen. Harold Penn spoke first.",
        ], kind: .other, subject: "Penn", status: nil),
    ]

    /// An article that never gives the full name, only the surname of a speaker, writes no
    /// variant of the name: the surname is the same name cut short.
    @Test func aSurnameAloneIsNoNameVariant() {
        let c = Case(testDescription: "surname alone", articles: [
            "Port Minister Rohan Dassel said the harbour would reopen on Monday.",
            "“The harbour reopens on Monday,” Dassel said.",
        ], kind: .other, subject: "Dassel", status: nil)
        let found = FactComparisonTests.findings(c, prefix: "")
        #expect(!found.contains { $0.status == .variant }, "\(found.map { "\($0.status): \($0.summary)" })")
    }

    @Test(arguments: cases)
    func givenNamesCompare(_ c: Case) {
        FactComparisonTests.expectOutcome(c, in: FactComparisonTests.findings(c, prefix: ""), forbidden: [.conflict],
                                          text: { $0.summary + " " + ($0.reason ?? "") })
    }
}

/// Ages and parties read beside names and compared across articles.
struct PersonAttributeTests {
    typealias Case = FactComparisonTests.Case

    static let cases: [Case] = [
        Case(testDescription: "ages four years apart conflict", articles: [
            "Dara Quill, 41, was arrested on Friday.", "Dara Quill, 45, was arrested on Friday.",
        ], kind: .other, subject: "Dara Quill", status: .conflict, says: "ages"),
        Case(testDescription: "an age before the name against one after it", articles: [
            "Police shot 16-year-old Kevin Marsh on Saturday.", "Kevin Marsh, 21, was shot on Saturday.",
        ], kind: .other, subject: "Kevin Marsh", status: .conflict),
        Case(testDescription: "one year apart on different days is a variant", articles: [
            "Dara Quill, 41, was arrested on Friday.", "Dara Quill, 42, appeared in court.",
        ], published: ["2026-03-10", "2026-06-02"], kind: .other, subject: "Dara Quill", status: .variant),
        Case(testDescription: "one year apart on one day conflicts", articles: [
            "Dara Quill, 41, was arrested on Friday.", "Dara Quill, 42, was arrested on Friday.",
        ], kind: .other, subject: "Dara Quill", status: .conflict),
        Case(testDescription: "two years apart in articles two years apart is a variant", articles: [
            "Dara Quill, 27, was arrested on Friday.", "A jury found Dara Quill, 29, guilty.",
        ], published: ["2024-07-26", "2026-05-02"], kind: .other, subject: "Dara Quill", status: .variant),
        Case(testDescription: "the same age is no finding", articles: [
            "Dara Quill, 41, was arrested on Friday.", "The 41-year-old Dara Quill was arrested on Friday.",
        ], kind: .other, subject: "Dara Quill", status: nil),
        Case(testDescription: "a party letter against a party word conflicts", articles: [
            "Sen. Ray Tolliver (R-Ohio) blocked the vote.", "Democratic Sen. Ray Tolliver blocked the vote.",
        ], kind: .other, subject: "Ray Tolliver", status: .conflict, says: "parties"),
        Case(testDescription: "a party after the name conflicts", articles: [
            "Gov. Lena Hart, Republican of Kansas, vetoed the bill.", "Gov. Lena Hart, a Democrat, vetoed the bill.",
        ], kind: .other, subject: "Lena Hart", status: .conflict),
        Case(testDescription: "the same party in other words agrees", articles: [
            "Rep. Ivo Brandt (D-Calif.) spoke first.", "Democratic Rep. Ivo Brandt spoke first.",
        ], kind: .other, subject: "Ivo Brandt", status: nil),
    ]

    @Test(arguments: cases)
    func attributesCompare(_ c: Case) {
        FactComparisonTests.expectOutcome(c, in: FactComparisonTests.findings(c, prefix: ""))
    }

    @Test(arguments: [
        ("Dara Quill, 41, was arrested.", ClaimKind.age, "41", "41"),
        ("The 76-year-old Speaker Nell Fry spoke.", .age, "76", "76-year-old"),
        ("Kansas Republican Gov. Nils Moor spoke.", .party, "republican", "Republican"),
        ("Rep. Ivo Brandt (D-Calif.) spoke.", .party, "democratic", "(D-Calif"),
        ("Officers shot 16-year-old Kamau Odhiambo on Saturday.", .age, "16", "16-year-old"),
        ("Film swimmer Rosa Delmar dies at 91", .age, "91", "at 91"),
        ("Rosa Delmar, who starred in water musicals, died Tuesday at the age of 88.", .age, "88", "at the age of 88"),
    ])
    func attributesAreRead(_ text: String, _ kind: ClaimKind, _ value: String, _ written: String) throws {
        let analysis = ClaimExtractor().analyze(Fixtures.article(text, id: "a"))
        let claim = try #require(analysis.claims.first { $0.kind == kind })
        #expect(claim.slots.value == value)
        #expect(claim.slots.text == written)
        #expect(claim.slots.person != nil)
        #expect(claim.evidence.text.contains(written))
    }

    @Test func anotherPersonsDeathGivesNoAge() {
        let analysis = ClaimExtractor().analyze(Fixtures.article("Rosa Delmar's mother died at 91 in her sleep.", id: "a"))
        #expect(analysis.claims.filter { $0.kind == .age }.isEmpty)
    }

    @Test func aPartyCaucusIsNoPersonsParty() {
        let analysis = ClaimExtractor().analyze(Fixtures.article("Rep. Ivo Brandt won the race for vice Democratic Caucus chairman.", id: "a"))
        #expect(analysis.claims.filter { $0.kind == .party }.isEmpty)
    }
}

/// A title attaches to its own name only.
struct TitleAttachmentTests {
    @Test func anAsClauseTitleBeforeAnotherNameIsThatPersons() {
        let analysis = ClaimExtractor().analyze(Fixtures.article("Senator Nora Vale agreed, as did acting Secretary of State David Quist.", id: "a"))
        let titles = analysis.claims.filter { $0.kind == .title }.map { ($0.slots.person ?? "") + ": " + ($0.slots.title ?? "") }
        #expect(titles.sorted() == ["person:david-quist: acting Secretary of State", "person:nora-vale: Senator"].sorted())
    }

    @Test func anAsPhraseStillGivesItsSubjectATitle() {
        let analysis = ClaimExtractor().analyze(Fixtures.article("Nora Vale served as governor of Ohio for two terms.", id: "a"))
        #expect(analysis.claims.contains { $0.kind == .title && $0.slots.title?.hasPrefix("governor") == true })
    }
}
