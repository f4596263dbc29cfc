import ClaimModel

/// `consistency` findings for probable typos of acronyms: a spelling used once in one article,
/// one letter away from an acronym that the set also uses and that is established (used in
/// another article, used more than once, or a very common one), compared without their dots.
/// `U.C.` beside `U.S.` is flagged; `NATO` beside `NAFTA` is not (two letters apart), nor a
/// clock time (`AM` beside `PM`), a known acronym of its own (`CFO` beside `CEO`) or a
/// person's initials (`J.R.`).
struct AcronymTypoRule: FindingRule {
    /// Acronyms common enough in news to count as established on their own.
    static let common: Set<String> = [
        "U.S.", "US", "U.K.", "UK", "U.N.", "UN", "EU", "E.U.", "NATO", "ASEAN", "CEO", "FBI", "CIA", "NSA",
        "GOP", "D.C.", "L.A.", "N.Y.", "WHO", "IMF", "WTO", "OPEC", "UAE", "USSR", "BBC", "CNN", "AP", "AFP",
        "NASA", "FDA", "EPA", "DOJ", "DHS", "ICE", "IRS", "NHS", "G7", "G20", "AI", "GDP", "NGO", "UNESCO", "UNICEF",
    ]

    /// Acronyms that are words of their own, never a slip for another one letter away: clock
    /// times, chief-officer posts, ranks and common abbreviations.
    static let known: Set<String> = [
        "AM", "PM", "A.M.", "P.M.", "CEO", "CFO", "COO", "CTO", "CIO", "CMO", "CSO", "CPO", "VP", "MP", "MPs", "PR", "TV",
        "GM", "HR", "IT", "PC", "ID", "OK", "DJ", "MD", "PhD", "Ph.D.", "RN", "QB", "RB", "WR", "TE", "LB", "DB", "NFL",
        "NBA", "MLB", "NHL", "GOP", "DNC", "RNC", "FAA", "FCC", "SEC", "DOD", "DOE", "USA", "NYPD", "LAPD",
    ]

    func findings(in context: ComparisonContext) -> [Finding] {
        let claims = context.claims(.acronym)
        var uses: [String: Int] = [:]
        var articles: [String: Set<String>] = [:]
        for claim in claims {
            guard let text = claim.slots.text else { continue }
            uses[text, default: 0] += Int(claim.slots.quantity ?? "1") ?? 1
            articles[text, default: []].insert(claim.article)
        }
        // Spans of people's names, by article: letters inside one are initials (`J.R. Smith`).
        var names: [String: [SourceSpan]] = [:]
        for perArticle in context.mentions.values {
            for (article, mentions) in perArticle { names[article, default: []].append(contentsOf: mentions.map(\.span)) }
        }
        let established = Set(uses.keys.filter { AcronymTypoRule.common.contains($0) || (articles[$0]?.count ?? 0) >= 2 || (uses[$0] ?? 0) >= 2 })
        var findings: [Finding] = []
        for claim in claims {
            guard let text = claim.slots.text, uses[text] == 1, !established.contains(text), !AcronymTypoRule.known.contains(text),
                  !isInitials(claim, names) else { continue }
            // The intended spelling must appear in the set itself.
            let candidates = established.filter { known in
                known != text && oneLetterApart(undotted(known), undotted(text))
            }.sorted()
            // `US` and `U.S.` are one intended spelling.
            let intended = Dictionary(grouping: candidates, by: undotted)
            guard intended.count == 1, let known = intended.values.first?.max(by: { (uses[$0] ?? 0, $1) < (uses[$1] ?? 0, $0) }) else { continue }
            let severity = context.configuration.severity(.consistency, .conflict, default: .warning)
            findings.append(Finding(
                kind: .consistency, status: .conflict, severity: severity, subject: text, subjectKey: "acronym:" + text,
                entity: nil, summary: "\(context.outlet(claim.article)) writes \(text) once; probably a typo of \(known)",
                reason: "\(text) is one letter away from \(known), which the set uses elsewhere or is a common acronym",
                values: [claim.article: [text]], evidence: [claim.article: [claim.evidence]]))
        }
        return findings
    }

    /// The acronym stands inside a person's name as written: initials, not an organisation.
    func isInitials(_ claim: Claim, _ names: [String: [SourceSpan]]) -> Bool {
        let span = claim.evidence.span
        return names[claim.article]?.contains { $0.start <= span.start && span.end <= $0.end } ?? false
    }

    func undotted(_ text: String) -> String { String(text.unicodeScalars.filter { $0 != "." }.map(Character.init)) }

    func oneLetterApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard x.count == y.count else { return false }
        return zip(x, y).filter { $0 != $1 }.count == 1
    }
}
