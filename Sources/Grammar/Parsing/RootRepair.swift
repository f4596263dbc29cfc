/// A sentence's root is its main predicate, never a coordinating conjunction or a punctuation
/// mark (UD attaches those as `cc` and `punct` leaves). A greedy arc-hybrid parser can still
/// leave one at the bottom of the stack (a sentence opened by `And` or `But`: the root takes
/// whatever is left there, and the clause hangs below the conjunction). When the root word's
/// tag is such a function word and it has dependents, its largest dependent (the clause)
/// becomes the root, the function word that clause's dependent, and the other dependents move
/// to the clause.
public enum RootRepair {
    /// `heads` 1-based (0 the root), `relations` label indices; `demoted[tag]` is the label
    /// index a word of that tag takes when it gives up the root (-1: the tag may be the root).
    public static func apply(heads: inout [Int], relations: inout [Int], tags: [Int], demoted: [Int], rootLabel: Int) {
        let n = heads.count
        guard n > 1, let r = heads.firstIndex(of: 0) else { return }
        let tag = tags[r]
        guard tag >= 0, tag < demoted.count, demoted[tag] >= 0 else { return }
        // Subtree sizes: each word adds one to itself and every ancestor (depth ≤ n).
        var size = [Int](repeating: 0, count: n)
        for i in 0..<n {
            var j = i
            var steps = 0
            while j >= 0 && steps <= n {
                size[j] += 1
                j = heads[j] - 1
                steps += 1
            }
        }
        var clause = -1
        for i in 0..<n where heads[i] == r + 1 && (clause < 0 || size[i] > size[clause]) { clause = i }
        guard clause >= 0 else { return }
        for i in 0..<n where heads[i] == r + 1 && i != clause { heads[i] = clause + 1 }
        heads[clause] = 0
        relations[clause] = rootLabel
        heads[r] = clause + 1
        relations[r] = demoted[tag]
    }
}
