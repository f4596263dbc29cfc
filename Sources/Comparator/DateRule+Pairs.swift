import ClaimModel

/// The pairs of articles whose dates cannot overlap, without listing every pair.
///
/// Articles with the same list of dates and the same tag (a per-article condition, such as
/// the side of its publication its dates lie on) compare alike, so they form one class, and
/// two classes are tested once. The pairs are then counted from the classes' sizes, and
/// visited in the order of listing every pair (`articles` order, first article then second)
/// by merging the members of the classes that conflict with the first article's, so a rule
/// that asks for the first pair, or the first pair a test accepts, stops there. A set of
/// articles that all give the same few dates costs one test per pair of classes, not one per
/// pair of articles.
struct DatePairs: Sequence {
    /// Article ids, in the order pairs are visited.
    let articles: [String]
    /// Per article, its class.
    private let classOf: [Int]
    /// Per class, its members (indices into `articles`, ascending).
    private let members: [[Int]]
    /// Per class, the classes whose members make a pair with its members (itself included
    /// when two of its own members do).
    private let partners: [[Int]]
    /// The number of pairs of the classes (before `test`).
    private let classCount: Int
    /// A further test of each pair (`init(_:where:)`), made only as far as a pair is asked for.
    private let test: (((String, String)) -> Bool)?

    /// The number of pairs (with a further test, every pair is tested).
    var count: Int { test == nil ? classCount : reduce(0) { count, _ in count + 1 } }

    var isEmpty: Bool { test == nil ? classCount == 0 : first == nil }

    /// Pairs whose date lists (`values`) cannot overlap and whose tags `keep` accepts (a
    /// symmetric test on two articles' tags).
    init<Tag: Hashable>(_ articles: [String], _ values: [String: [String]], tag: (String) -> Tag, keep: (Tag, Tag) -> Bool) {
        self.articles = articles
        var parsed: [String: DayRange] = [:]
        for article in articles { for value in values[article]! where parsed[value] == nil { parsed[value] = DayRange.parse(value) } }
        var listNumber: [[String]: Int] = [:]
        var lists: [[String]] = []
        var listOf: [Int] = []
        var tagOf: [Tag] = []
        listOf.reserveCapacity(articles.count)
        tagOf.reserveCapacity(articles.count)
        for article in articles {
            let list = values[article]!
            if let known = listNumber[list] { listOf.append(known) } else {
                listNumber[list] = lists.count
                listOf.append(lists.count)
                lists.append(list)
            }
            tagOf.append(tag(article))
        }
        let classes = ItemClasses(articles.count) { Pair(first: listOf[$0], second: tagOf[$0]) }
        let classOf = classes.classOf, members = classes.members
        let classList = members.map { listOf[$0[0]] }
        let classTag = members.map { tagOf[$0[0]] }
        // Lists tested once per pair of lists (as the test of every pair did, memoised).
        var tested: [Int: Bool] = [:]
        func compatible(_ x: Int, _ y: Int) -> Bool {
            let key = Swift.min(x, y) * lists.count + Swift.max(x, y)
            if let known = tested[key] { return known }
            let answer = lists[x].contains { a in lists[y].contains { b in parsed[a].map { p in parsed[b].map(p.overlaps) ?? false } ?? false } }
            tested[key] = answer
            return answer
        }
        var partners = [[Int]](repeating: [], count: members.count)
        var count = 0
        for p in members.indices {
            for q in p..<members.count where !compatible(classList[p], classList[q]) && keep(classTag[p], classTag[q]) {
                partners[p].append(q)
                if q != p { partners[q].append(p) }
                count += q == p ? members[p].count * (members[p].count - 1) / 2 : members[p].count * members[q].count
            }
        }
        for p in partners.indices { partners[p].sort() }
        self.classOf = classOf
        self.members = members
        self.partners = partners
        self.classCount = count
        self.test = nil
    }

    /// The pairs of `pairs` that `test` accepts, in the same order; each pair is tested when
    /// it is reached, so asking for the first pairs tests only as many.
    init(_ pairs: DatePairs, where test: @escaping ((String, String)) -> Bool) {
        articles = pairs.articles
        classOf = pairs.classOf
        members = pairs.members
        partners = pairs.partners
        classCount = pairs.classCount
        self.test = pairs.test.map { inner in { inner($0) && test($0) } } ?? test
    }

    /// Every pair whose date lists cannot overlap.
    init(_ articles: [String], _ values: [String: [String]]) {
        self.init(articles, values, tag: { _ in 0 }, keep: { _, _ in true })
    }

    /// Pairs whose date lists cannot overlap, except those of different occurrences
    /// (`DateRule.differentOccurrences` by `sides`).
    init(_ articles: [String], _ values: [String: [String]], sides: [String: Int]) {
        self.init(articles, values, tag: { sides[$0] }, keep: { x, y in x == nil || y == nil || x == y })
    }

    struct Iterator: IteratorProtocol {
        let pairs: DatePairs
        var first = -1
        /// Per partner class of the first article, the position of its next member.
        var cursors: [(members: Int, position: Int)] = []

        mutating func next() -> (String, String)? {
            while let pair = nextOfClasses() {
                if pairs.test?(pair) ?? true { return pair }
            }
            return nil
        }

        private mutating func nextOfClasses() -> (String, String)? {
            while true {
                var best = -1
                for (k, cursor) in cursors.enumerated() where cursor.position < pairs.members[cursor.members].count {
                    if best < 0 || pairs.members[cursor.members][cursor.position] < pairs.members[cursors[best].members][cursors[best].position] { best = k }
                }
                if best >= 0 {
                    let second = pairs.members[cursors[best].members][cursors[best].position]
                    cursors[best].position += 1
                    return (pairs.articles[first], pairs.articles[second])
                }
                first += 1
                guard first < pairs.articles.count else { return nil }
                cursors = pairs.partners[pairs.classOf[first]].compactMap { q in
                    let list = pairs.members[q]
                    var low = 0, high = list.count
                    while low < high { let mid = (low + high) / 2; if list[mid] <= first { low = mid + 1 } else { high = mid } }
                    return low < list.count ? (q, low) : nil
                }
            }
        }
    }

    func makeIterator() -> Iterator { Iterator(pairs: self) }

    /// The first pair.
    var first: (String, String)? { first(where: { _ in true }) }
}

/// Two values as one hashable key.
private struct Pair<First: Hashable, Second: Hashable>: Hashable {
    var first: First
    var second: Second
}
