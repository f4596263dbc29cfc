/// One place in one article where the benchmark can make one edit: the scalar range it
/// replaces, the words there, and what they become.
///
/// `fact` names the fact the words state (`office|senator|sasse`, `weekday|thursday`): a site
/// is used only when another article of the set states the same fact (`SiteFinder`).
/// `marker`, relative to `start`, is the part of the edited text a finding must cite to carry
/// the edited value (the number after a dropped `at least`, the kept words of a cut quote).
struct EditSite: Sendable, Hashable {
    var kind: EditKind
    /// Index of the article in its set (sorted by id).
    var article: Int
    var start: Int
    var end: Int
    var original: String
    var replacement: String
    /// The fact the words state, or nil when any occurrence will do (most controls).
    var fact: String?
    /// Words near the site that tie it to the same fact in another article (folded stems).
    var context: Set<String> = []
    /// Scalar range of the edited value inside `replacement`; nil means all of it.
    var marker: Range<Int>?

    /// The edited value's range in the edited body.
    var editedRange: Range<Int> {
        if let marker { return (start + marker.lowerBound)..<(start + marker.upperBound) }
        return start..<(start + replacement.unicodeScalars.count)
    }

    /// The body with this site's words replaced.
    func apply(to scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[0..<start])
        out.append(contentsOf: replacement.unicodeScalars)
        out.append(contentsOf: scalars[end...])
        return String(out)
    }
}
