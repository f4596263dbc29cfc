import Grammar
import Testing

/// A sentence's root is its predicate, never a coordinating conjunction or a mark: when the
/// parser leaves one at the root, its largest dependent (the clause) takes the root.
struct GrammarRootRepairTests {
    // Tags: 0 CCONJ, 1 DET, 2 NOUN, 3 VERB, 4 PUNCT. Labels: 0 root, 1 cc, 2 punct, 3 nsubj,
    // 4 det, 5 obj, 6 conj.
    static let demoted = [1, -1, -1, -1, 2]

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let tags: [Int]
        let heads: [Int]
        let relations: [Int]
        let repairedHeads: [Int]
        let repairedRelations: [Int]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // "But the council rejected the plan ." parsed with `But` as the root.
        Case(text: "But the council rejected the plan .", tags: [0, 1, 2, 3, 1, 2, 4],
             heads: [0, 3, 4, 1, 6, 4, 1], relations: [0, 4, 3, 6, 4, 5, 2],
             repairedHeads: [4, 3, 4, 0, 6, 4, 4], repairedRelations: [1, 4, 3, 0, 4, 5, 2]),
        // "Officials left ." with the full stop as the root.
        Case(text: "Officials left .", tags: [2, 3, 4], heads: [2, 3, 0], relations: [3, 6, 0],
             repairedHeads: [2, 0, 2], repairedRelations: [3, 0, 2]),
        // A verb at the root stays.
        Case(text: "Officials left .", tags: [2, 3, 4], heads: [2, 0, 2], relations: [3, 0, 2],
             repairedHeads: [2, 0, 2], repairedRelations: [3, 0, 2]),
        // A lone conjunction has no clause to give the root to.
        Case(text: "And", tags: [0], heads: [0], relations: [0], repairedHeads: [0], repairedRelations: [0]),
    ]

    @Test(arguments: cases)
    func aFunctionWordGivesUpTheRootToItsClause(_ c: Case) {
        var heads = c.heads
        var relations = c.relations
        RootRepair.apply(heads: &heads, relations: &relations, tags: c.tags, demoted: Self.demoted, rootLabel: 0)
        #expect(heads == c.repairedHeads)
        #expect(relations == c.repairedRelations)
    }
}
