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
    /// The label read from the labels files (`EditLabels`): whether another article states the
    /// same fact. Nil when the run's kind has no labels or no row matches it.
    public var label: EditLabels.Label?

    /// For an edit, caught; for a control, a false alarm.
    public var caught: Bool { flagged }

    public init(set: String, article: String, path: String, line: Int, kind: EditKind, original: String, edited: String,
                before: String, after: String, flagged: Bool, newFindings: [String], by: String?, claimsAtEdit: [String], label: EditLabels.Label? = nil) {
        self.set = set
        self.article = article
        self.path = path
        self.line = line
        self.kind = kind
        self.original = original
        self.edited = edited
        self.before = before
        self.after = after
        self.flagged = flagged
        self.newFindings = newFindings
        self.by = by
        self.claimsAtEdit = claimsAtEdit
        self.label = label
    }

    private enum CodingKeys: String, CodingKey {
        case set, article, path, line, kind, original, edited, before, after, flagged, newFindings, by, claimsAtEdit, label
    }

    /// `by` is left out when no finding flagged the run (as before labels); `label` is always
    /// present, null for a run no label file covers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(set, forKey: .set)
        try container.encode(article, forKey: .article)
        try container.encode(path, forKey: .path)
        try container.encode(line, forKey: .line)
        try container.encode(kind, forKey: .kind)
        try container.encode(original, forKey: .original)
        try container.encode(edited, forKey: .edited)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(flagged, forKey: .flagged)
        try container.encode(newFindings, forKey: .newFindings)
        try container.encodeIfPresent(by, forKey: .by)
        try container.encode(claimsAtEdit, forKey: .claimsAtEdit)
        if let label { try container.encode(label, forKey: .label) } else { try container.encodeNil(forKey: .label) }
    }
}

/// Counts for one kind.
public struct KindScore: Codable, Sendable, Hashable {
    public var kind: EditKind
    public var runs: Int
    /// Edits caught, or controls that raised a false alarm.
    public var flagged: Int
    /// Where the kind is labelled (`EditLabels`): the runs labelled `shared` and how many of
    /// them were caught. Nil for a kind without labels.
    public var shared: Int?
    public var sharedCaught: Int?

    public init(kind: EditKind, runs: Int, flagged: Int, shared: Int? = nil, sharedCaught: Int? = nil) {
        self.kind = kind
        self.runs = runs
        self.flagged = flagged
        self.shared = shared
        self.sharedCaught = sharedCaught
    }

    /// `flagged / runs` with two decimals (`0.42`), or `—` without runs.
    public var rate: String { FactEditResult.rate(flagged, runs) }

    /// `· labelled shared 18/40` for a labelled kind, empty otherwise.
    public var sharedText: String {
        guard let shared, let sharedCaught else { return "" }
        return "labelled shared \(sharedCaught)/\(shared)"
    }
}
