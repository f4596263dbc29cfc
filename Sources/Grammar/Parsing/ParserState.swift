/// A configuration of the arc-hybrid transition system. Words are 1...n, 0 is the root, which
/// sits at the bottom of the stack. SHIFT moves the buffer front onto the stack; LEFT makes the
/// buffer front the head of the stack top; RIGHT makes the second item the head of the top.
/// The root takes a dependent only once the buffer is empty, so every parse has one root word.
struct ParserState {
    enum Move: Int { case shift = 0, left = 1, right = 2 }

    let count: Int
    var stack: [Int32]
    var buffer: Int
    var heads: [Int32]
    var labels: [Int32]
    var left1: [Int32]
    var left2: [Int32]
    var right1: [Int32]
    var right2: [Int32]
    var leftCount: [UInt8]
    var rightCount: [UInt8]
    /// The labels of each word's left and right children so far, one bit a label (the first 64).
    var leftLabels: [UInt64]
    var rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        stack = [0]
        stack.reserveCapacity(count + 1)
        buffer = 1
        heads = Array(repeating: -1, count: count + 1)
        labels = Array(repeating: -1, count: count + 1)
        left1 = Array(repeating: 0, count: count + 1)
        left2 = left1
        right1 = left1
        right2 = left1
        leftCount = Array(repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = Array(repeating: 0, count: count + 1)
        rightLabels = leftLabels
    }

    var isTerminal: Bool { buffer > count && stack.count == 1 }

    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: return buffer <= count
        case .left: return stack.count >= 2 && buffer <= count
        case .right: return stack.count >= 3 || (stack.count == 2 && buffer > count)
        }
    }

    /// Valid, and not an arc headed by a `leaf` word (1-based) unless no other move is valid.
    @inline(__always)
    func allowed(_ move: Move, leaf: [Bool]) -> Bool {
        guard isValid(move) else { return false }
        if move == .shift || !leaf[arc(move).head] { return true }
        if isValid(.shift) { return false }
        let other: Move = move == .left ? .right : .left
        return !(isValid(other) && !leaf[arc(other).head])
    }

    /// The (head, dependent) pair an arc move would add.
    func arc(_ move: Move) -> (head: Int, dependent: Int) {
        let s0 = Int(stack[stack.count - 1])
        return move == .left ? (buffer, s0) : (Int(stack[stack.count - 2]), s0)
    }

    mutating func apply(_ move: Move, label: Int) {
        switch move {
        case .shift:
            stack.append(Int32(buffer))
            buffer += 1
        case .left, .right:
            let (head, dependent) = arc(move)
            stack.removeLast()
            heads[dependent] = Int32(head)
            labels[dependent] = Int32(label)
            let d = Int32(dependent)
            if dependent < head {
                if left1[head] == 0 || d < left1[head] { left2[head] = left1[head]; left1[head] = d } else if left2[head] == 0 || d < left2[head] { left2[head] = d }
                leftCount[head] &+= leftCount[head] < 255 ? 1 : 0
                leftLabels[head] |= label >= 0 && label < 64 ? 1 << UInt64(label) : 0
            } else {
                if d > right1[head] { right2[head] = right1[head]; right1[head] = d } else if d > right2[head] { right2[head] = d }
                rightCount[head] &+= rightCount[head] < 255 ? 1 : 0
                rightLabels[head] |= label >= 0 && label < 64 ? 1 << UInt64(label) : 0
            }
        }
    }

    /// Dynamic oracle: how many gold arcs `move` makes unreachable (Goldberg and Nivre 2013).
    func cost(_ move: Move, gold: [Int], children: [[Int]]) -> Int {
        let s0 = Int(stack[stack.count - 1])
        switch move {
        case .shift:
            var cost = 0
            let b = buffer
            for (position, item) in stack.enumerated() {
                let k = Int(item)
                if k > 0 && gold[k] == b { cost += 1 }
                if position < stack.count - 1 && gold[b] == k { cost += 1 }
            }
            return cost
        case .left:
            var cost = 0
            for d in children[s0] where d >= buffer { cost += 1 }
            let g = gold[s0]
            let s1 = Int(stack[stack.count - 2])
            if g != buffer && (g == s1 || g > buffer) { cost += 1 }
            return cost
        case .right:
            var cost = 0
            for d in children[s0] where d >= buffer { cost += 1 }
            if gold[s0] >= buffer { cost += 1 }
            return cost
        }
    }
}
