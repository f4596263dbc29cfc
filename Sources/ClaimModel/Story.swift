/// The story of a set: the main event most articles report, its frame (what, when, where,
/// who, how many), how salient each finding is, and which only-in findings are minor.
/// Built by the comparator from the findings (`StoryBuilder`); the renderers show it first.
/// Additive in the JSON report (`story`), absent from reports of older versions.
public struct Story: Codable, Sendable, Hashable {
    /// The main event in the words of the finding that dates or places it (`the meeting`),
    /// when one does.
    public var event: String?
    /// One row per slot of the frame, in slot order.
    public var frame: [FrameRow]
    /// Finding id → salience: higher is more important. A sum of small integer weights (the
    /// frame slot filled, headline or lede, how many articles state it, status, severity,
    /// how far apart the values are), so the order is the same on every machine.
    public var salience: [String: Int]
    /// Ids of only-in findings that are minor (not a frame slot, not a figure or quote about
    /// the main event, not a person with a role): the reports fold them into an appendix.
    public var minor: [String]
    /// Figures that changed between articles published at different times (a toll rising).
    public var updates: [StoryUpdate]
    /// Findings about an earlier occasion (`in 1998, a quake there killed 412`): kept apart
    /// from the main event's frame and ranked low.
    public var background: [String]
    /// Ids of discrepancies that repeat a more salient one (the quantity of an item delivered
    /// beside the same figure as a number): left off the first screen, kept in their sections.
    public var repeats: [String]

    /// A discrepancy is on the first screen from this salience on: every conflict about the
    /// main event, and an only-in finding only when it is in the headline or lede and at
    /// least a warning (see `Salience`).
    public static let firstScreenSalience = 40

    public init(
        event: String?, frame: [FrameRow], salience: [String: Int], minor: [String], updates: [StoryUpdate], background: [String],
        repeats: [String] = []
    ) {
        self.event = event
        self.frame = frame
        self.salience = salience
        self.minor = minor
        self.updates = updates
        self.background = background
        self.repeats = repeats
    }

    /// The salience of a finding (0 when the story does not rank it).
    public func salience(of id: String) -> Int { salience[id] ?? 0 }
}

/// The slots of a story's frame, in the order the reports show them.
public enum FrameSlot: String, Codable, Sendable, CaseIterable, Comparable {
    /// What happened: each article's headline.
    case what
    case when
    case `where`
    /// Actors, hosts, officials, and who is reported absent.
    case who
    /// Tolls, amounts, counts about the main event.
    case howMany = "how-many"
    /// Where a legal or political process stands: charged or not, a plea, a sentence, a
    /// resignation (`status` findings).
    case outcome

    public var order: Int { FrameSlot.allCases.firstIndex(of: self)! }
    public static func < (lhs: FrameSlot, rhs: FrameSlot) -> Bool { lhs.order < rhs.order }
}

/// One row of the frame: a slot, what it is about, and each article's values.
public struct FrameRow: Codable, Sendable, Hashable {
    public var slot: FrameSlot
    /// What the row is about (`date of the meeting`, `Ana Ruiz`, `with Ana Ruiz`, `killed`).
    public var label: String
    /// Article id → the values it gives; an article that says nothing is absent.
    public var values: [String: [String]]
    /// The status of the finding behind the row, or of the row's values compared; nil when
    /// there is nothing to compare (headlines).
    public var status: FindingStatus?
    /// The finding the row comes from, when one does.
    public var finding: String?

    public init(slot: FrameSlot, label: String, values: [String: [String]], status: FindingStatus?, finding: String?) {
        self.slot = slot
        self.label = label
        self.values = values
        self.status = status
        self.finding = finding
    }
}

/// A figure that differs between articles published at different times, in time order.
public struct StoryUpdate: Codable, Sendable, Hashable {
    public var subject: String
    public var finding: String
    public var steps: [Step]
    /// `rising`, `falling` or `changing`.
    public var trend: String

    public struct Step: Codable, Sendable, Hashable {
        public var published: String
        public var article: String
        public var values: [String]
        public init(published: String, article: String, values: [String]) {
            self.published = published
            self.article = article
            self.values = values
        }
    }

    public init(subject: String, finding: String, steps: [Step], trend: String) {
        self.subject = subject
        self.finding = finding
        self.steps = steps
        self.trend = trend
    }
}

extension Article {
    /// The `metadata` key holding the place of the article's dateline (`HANOI, Nov 2 (…) -`
    /// → `Hanoi`), read by the article reader and used for the frame's `where`.
    public static let datelinePlaceKey = "dateline_place"
}

extension Story {
    /// Discrepancies a reader should see first: warnings and errors before infos, each most
    /// salient first (ties keep the given order), from `firstScreenSalience` on; minor only-in findings and repeats left out.
    /// When none reaches that salience and none is a conflict, the most salient
    /// of them, up to `fallbackCount`: the first screen is never empty while the report
    /// holds a discrepancy outside the appendix.
    public func topDiscrepancies(_ ordered: [Finding]) -> [Finding] {
        let hidden = Set(minor).union(repeats)
        // Warnings and errors always before infos (a plan told differently before a quotation
        // one article alone gives), then by salience.
        func key(_ item: (offset: Int, element: Finding)) -> (Int, Int, Int) {
            (item.element.severity >= .warning ? 0 : 1, -salience(of: item.element.id), item.offset)
        }
        let ranked = ordered.enumerated()
            .filter { $0.element.isDiscrepancy && !hidden.contains($0.element.id) }
            .sorted { key($0) < key($1) }
            .map(\.element)
        let top = ranked.filter { salience(of: $0.id) >= Story.firstScreenSalience }
        // A conflict kept below (a side occasion's date) stays there: the terminal names it anyway.
        guard top.isEmpty, !ranked.contains(where: { $0.status == .conflict }) else { return top }
        if ranked.isEmpty {
            // Every discrepancy minor or a repeat: the first screen still shows the top ones.
            return Array(ordered.enumerated().filter { $0.element.isDiscrepancy }.sorted { key($0) < key($1) }.map(\.element).prefix(Story.fallbackCount))
        }
        return Array(ranked.prefix(Story.fallbackCount))
    }

    /// How many discrepancies the first screen shows when nothing reaches its salience.
    public static let fallbackCount = 5
}
