/// The first pair of items, in the order of listing every pair (first item, then second),
/// that a test accepts, when items of one class always test alike: each class is tested
/// against the others once, from its first member, and the pair is found from the members of
/// the accepted classes, so a set whose items fall into a few classes costs about one step
/// per item rather than one test per pair.
enum ClassPairs {
    /// `key` gives each of the `count` items its class; `related(i, j)` tests two items (it is
    /// asked only about each class's first member, the earlier class's member first).
    static func first<Key: Hashable>(_ count: Int, key: (Int) -> Key, related: (Int, Int) -> Bool) -> (Int, Int)? {
        let classes = ItemClasses(count, key: key)
        let classOf = classes.classOf, members = classes.members
        var partners: [[Int]?] = Array(repeating: nil, count: members.count)
        for i in 0..<count {
            let p = classOf[i]
            if partners[p] == nil { partners[p] = members.indices.filter { related(members[p][0], members[$0][0]) } }
            var second: Int? = nil
            for q in partners[p]! {
                let list = members[q]
                var low = 0, high = list.count
                while low < high { let mid = (low + high) / 2; if list[mid] <= i { low = mid + 1 } else { high = mid } }
                if low < list.count, second.map({ list[low] < $0 }) ?? true { second = list[low] }
            }
            if let second { return (i, second) }
        }
        return nil
    }
}

/// Items numbered into classes by a key, in the order each class first appears.
struct ItemClasses {
    /// Per item, its class.
    let classOf: [Int]
    /// Per class, its members (item indices, ascending).
    let members: [[Int]]

    init<Key: Hashable>(_ count: Int, key: (Int) -> Key) {
        var classNumber: [Key: Int] = [:]
        var members: [[Int]] = []
        var classOf: [Int] = []
        classOf.reserveCapacity(count)
        for item in 0..<count {
            let own = key(item)
            if let known = classNumber[own] {
                classOf.append(known)
                members[known].append(item)
            } else {
                classNumber[own] = members.count
                classOf.append(members.count)
                members.append([item])
            }
        }
        self.classOf = classOf
        self.members = members
    }
}
