/// Word sequences compared as sequences: shared by the quote rule (how much of one quotation
/// another keeps) and the fact-edit benchmark (whether two quotations are one).
public enum WordSequence {
    /// The length of the longest common subsequence of two word lists, in O(|a|·|b|) time and
    /// O(|b|) memory.
    public static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for (j, y) in b.enumerated() {
                let up = row[j + 1]
                row[j + 1] = x == y ? diagonal + 1 : max(row[j + 1], row[j])
                diagonal = up
            }
        }
        return row[b.count]
    }
}
