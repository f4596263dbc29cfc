import ClaimExtractor
import ClaimModel
import Comparator
import Testing

/// Sets larger than the comparator's candidate cap (each claim is compared with the claims of
/// at most 32 other articles, found through an index of shared words): the one article that
/// differs is still found, and copies are still found by the rare-5-gram filter exactly as by
/// comparing every pair. Sentences written for the test.
struct LargeSetComparisonTests {
    static let outlets = 40

    static func compare(_ bodies: [String]) -> [Finding] {
        let analyses = bodies.enumerated().map { index, body in
            ClaimExtractor().analyze(Fixtures.article(body, id: String(format: "a%02d", index), published: "2026-04-16"))
        }
        return SetComparator().compare(analyses).findings
    }

    @Test func oneMisdatedArticleAmongFortyConflicts() throws {
        let bodies = (0..<LargeSetComparisonTests.outlets).map { index in
            let day = index == 17 ? "Thursday" : "Tuesday"
            return "The harbour board of Westmere on \(day) approved a plan to dredge the northern channel, members said.\n\nDredging starts in the summer."
        }
        let conflicts = LargeSetComparisonTests.compare(bodies).filter { $0.kind == .date && $0.status == .conflict }
        let finding = try #require(conflicts.first)
        #expect(finding.values["a17"] == ["2026-04-16"])  // Thursday: the day of publication
        #expect(finding.values["a00"] == ["2026-04-14"])
    }

    /// Pairs of articles are walked by classes of date lists (`DatePairs`): the pair a finding
    /// names is still the first in the order of every pair, the first article with the first
    /// that disagrees with it.
    @Test func theFirstConflictingPairOfFortyIsNamed() throws {
        let bodies = (0..<LargeSetComparisonTests.outlets).map { index in
            let day = [6, 29].contains(index) ? "Thursday" : "Tuesday"
            return "The harbour board of Westmere on \(day) approved a plan to dredge the northern channel, members said.\n\nDredging starts in the summer."
        }
        let conflicts = LargeSetComparisonTests.compare(bodies).filter { $0.kind == .date && $0.status == .conflict }
        let finding = try #require(conflicts.first)
        let reason = try #require(finding.reason)
        #expect(reason.contains("a00") && reason.contains("a06"))
        #expect(!reason.contains("a29"))
        #expect(finding.values["a29"] == ["2026-04-16"])
    }

    @Test func oneTurnedQuotationAmongFortyConflicts() throws {
        let bodies = (0..<LargeSetComparisonTests.outlets).map { index in
            let words = index == 23 ? "The ferry will not run through the winter" : "The ferry will run through the winter"
            return "Mayor Dana Whitcombe spoke at the pier on Monday.\n\n\"\(words),\" Whitcombe said."
        }
        let quotes = LargeSetComparisonTests.compare(bodies).filter { $0.kind == .quote }
        let conflict = try #require(quotes.first { $0.status == .conflict })
        #expect(conflict.values.keys.contains("a23"))
        #expect(conflict.values.count == LargeSetComparisonTests.outlets)
    }

    /// Word 5-grams as the comparator hashes them, for the every-pair reference.
    static func shingles(_ text: String) -> Set<UInt64> {
        let words = Folding.words(text)
        guard words.count >= 5 else { return [] }
        let hashes = words.map { word -> UInt64 in word.utf8.reduce(0xcbf29ce484222325) { ($0 ^ UInt64($1)) &* 0x100000001b3 } }
        return Set((0...(words.count - 5)).map { start in hashes[start..<(start + 5)].reduce(0xcbf29ce484222325) { ($0 ^ $1) &* 0x100000001b3 } })
    }

    @Test func copiesFoundByRareFiveGramsAreThoseOfEveryPair() {
        // Articles made of sentences from one pool, so pairs share from none to all of their wording.
        let pool = (0..<24).map { "Inspectors from the river authority visited lock number \($0) on the eastern canal and logged \($0 * 3 + 7) cracks in the gates before the spring floods arrived." }
        let articles = (0..<LargeSetComparisonTests.outlets).map { index in
            let picks = (0..<5).map { (index * 7 + $0 * ($0 + index % 3 + 1)) % pool.count }
            return Fixtures.article(picks.map { pool[$0] }.joined(separator: " "), id: String(format: "a%02d", index))
        }
        var parent = Array(articles.indices)
        func find(_ i: Int) -> Int { parent[i] == i ? i : find(parent[i]) }
        let sets = articles.map { LargeSetComparisonTests.shingles($0.body) }
        for i in articles.indices { for j in articles.indices where j > i && sets[i].count >= Syndication.minimumShingles && sets[j].count >= Syndication.minimumShingles {
            if Double(sets[i].intersection(sets[j]).count) / Double(min(sets[i].count, sets[j].count)) >= Syndication.threshold { parent[find(j)] = find(i) }
        } }
        let expected = Dictionary(grouping: articles.indices, by: find).values.filter { $0.count >= 2 }.map { $0.map { articles[$0].id }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
        let found = Syndication.clusters(articles).map(\.ids)
        #expect(!expected.isEmpty)
        #expect(found == expected)
    }

    /// The comparator hashes each folded word as it reads the text; the 5-grams are those of
    /// `Folding.words` (diacritics, a sharp s, curly apostrophes, dashes, digits, other scripts).
    @Test(arguments: [
        "Café owners in Zürich said the new tariff of 12.5% would hit them hardest, the mayor’s office replied on Monday.",
        "Straße closures near the Đà Nẵng port — announced late — left 4,000 drivers waiting; officials blamed the storm-damaged bridge.",
        "Der Bürgermeister sagte, die Brücke werde bis März repariert; Кошелев и Ørsted commented too, the report said.",
        "Short text only",
    ])
    func shinglesAreThoseOfTheFoldedWords(_ text: String) {
        let article = Fixtures.article(text, id: "a01")
        #expect(Syndication.shingleSet(article) == LargeSetComparisonTests.shingles(article.body))
    }
}
