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
        let found = FactComparisonTests.findings(c, prefix: "")
        if let status = c.status {
            let match = found.first { $0.status == status }
            #expect(match != nil, "expected \(status); got \(found.map { "\($0.status): \($0.reason ?? $0.summary)" })")
            if let says = c.says, let match {
                #expect(Folding.fold(match.summary + " " + (match.reason ?? "")).contains(says), "\(match.reason ?? match.summary)")
            }
        } else {
            #expect(!found.contains { $0.status == .conflict }, "\(found.map { "\($0.status): \($0.reason ?? $0.summary)" })")
        }
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
