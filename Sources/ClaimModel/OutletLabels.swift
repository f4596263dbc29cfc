/// The name a report gives each article: its outlet, unique within the set. Two articles of
/// one outlet (or two without an outlet) are told apart by a short form of their ids: `outlet
/// (id)`, with the part of the id that all of those articles share up to its last `-` left out
/// (`paper-12_1` and `paper-12_2` → `paper.com (12_1)` and `paper.com (12_2)`). Deterministic:
/// the labels depend only on the ids and outlets, not on their order.
public enum OutletLabels {
    /// Article id → label, for every article given.
    public static func labels<S: Sequence>(_ articles: S) -> [String: String] where S.Element == (id: String, outlet: String?) {
        var groups: [String: [String]] = [:]
        var outlets: [String: String] = [:]
        for (id, outlet) in articles {
            let name = outlet.flatMap { $0.isEmpty ? nil : $0 }
            outlets[id] = name
            groups[Folding.fold(name ?? ""), default: []].append(id)
        }
        var labels: [String: String] = [:]
        for key in groups.keys.sorted() {
            let ids = Array(Set(groups[key]!)).sorted()
            for id in ids {
                guard let outlet = outlets[id] else { labels[id] = id; continue }
                labels[id] = ids.count == 1 ? outlet : "\(outlet) (\(shortID(id, among: ids)))"
            }
        }
        return labels
    }

    /// The id without the prefix, ending in `-`, that every one of `ids` shares.
    static func shortID(_ id: String, among ids: [String]) -> String {
        var common = Array(ids[0])
        for other in ids.dropFirst() {
            let chars = Array(other)
            var n = 0
            while n < common.count, n < chars.count, common[n] == chars[n] { n += 1 }
            common = Array(common.prefix(n))
        }
        guard let cut = common.lastIndex(of: "-") else { return id }
        let short = String(Array(id).dropFirst(cut + 1))
        return short.isEmpty ? id : short
    }
}
