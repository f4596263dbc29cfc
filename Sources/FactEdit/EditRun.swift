/// One run of the benchmark: one edit to one article, compared with the unedited set.
public struct EditRun: Codable, Sendable, Hashable {
    public var set: String
    public var article: String
    /// The file the article was read from.
    public var path: String
    /// The line of the edit: in the file for `.txt` and `.md` (front matter counted), in the
    /// body as read otherwise.
    public var line: Int
    public var kind: EditKind
    /// The words replaced and their replacement.
    public var original: String
    public var edited: String
    /// The line around the edit, before and after it (shortened to about 160 characters).
    public var before: String
    public var after: String
    /// An edit: a new conflict (or variant, where it counts) carries the edited value.
    /// A control: a new conflict or variant appeared (a false alarm).
    public var flagged: Bool
    /// The findings that are new in the edited set: `status kind “subject”`, sorted.
    public var newFindings: [String]
    /// The new finding that caught the edit (or raised the false alarm).
    public var by: String?
    /// The claims the extractor read at the edited words, in the edited article, in a few
    /// words each (`date 2018-12-20 (event: —)`): empty when it read nothing there.
    public var claimsAtEdit: [String]

    /// For an edit, caught; for a control, a false alarm.
    public var caught: Bool { flagged }
}

/// Counts for one kind.
public struct KindScore: Codable, Sendable, Hashable {
    public var kind: EditKind
    public var runs: Int
    /// Edits caught, or controls that raised a false alarm.
    public var flagged: Int

    /// `flagged / runs` with two decimals (`0.42`), or `—` without runs.
    public var rate: String { FactEditResult.rate(flagged, runs) }
}
