import ClaimModel

/// What the first lines, the URL and the file name say about where an article comes from,
/// when neither front matter nor a dated dateline does (`DatelineInference` reads those):
///
/// - `WASHINGTON (Reuters) - …`, `(AP) — …`: the outlet in parentheses before a dash;
/// - `By Jane Doe, Example Wire` / `By Jane Doe | Example Wire`: a byline naming the outlet;
/// - `https://www.example-news.com/…` → `example-news.com`;
/// - `foxnews.txt` → `foxnews`: a file named by one word of letters (not `a-wire`, not `doc1`).
///
/// Each clue is named in the article's provenance (`outlet: byline`), and the report says
/// which one was used. The place of a dateline (`HANOI, Nov 2 …`, `PORTO SERRANO, Brazil, …`,
/// `WASHINGTON —`) is read here too, for the frame's `where`.
public enum OutletClues {
    public struct Clue: Sendable, Equatable {
        public var outlet: String
        /// `dateline`, `byline`, `url`, `file name`.
        public var source: String
    }

    /// The first clue that names an outlet, in the order above.
    public static func outlet(_ article: Article) -> Clue? {
        let lines = firstLines(article.body, count: 5)
        for line in lines.prefix(2) {
            if let outlet = parenthesizedOutlet(line) { return Clue(outlet: outlet, source: "dateline") }
        }
        for line in lines {
            if let outlet = byline(line) { return Clue(outlet: outlet, source: "byline") }
        }
        if let url = article.url, let host = host(url) { return Clue(outlet: host, source: "url") }
        let stem = fileStem(article.path)
        if (3...24).contains(stem.count), stem.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) {
            return Clue(outlet: stem, source: "file name")
        }
        return nil
    }

    /// The dashes that close a dateline: em dash, en dash, and the horizontal bar some outlets
    /// set (`WASHINGTON ―`); a hyphen is handled where it is allowed.
    static let dashes: Set<Character> = ["\u{2014}", "\u{2013}", "\u{2015}"]

    /// `HANOI, Nov 2 (…) -` → `Hanoi`; `Hanoi, 2 Nov -` → `Hanoi`; `WASHINGTON —` → `Washington`.
    public static func datelinePlace(_ article: Article) -> String? {
        for line in firstLines(article.body, count: 3) {
            guard let comma = line.firstIndex(where: { $0 == "," || $0 == "(" || OutletClues.dashes.contains($0) }) else { continue }
            var head = line[..<comma].trimmingSpaces
            if head.hasSuffix(" -") { head = String(head.dropLast(2)) }
            let words = head.split(separator: " ")
            guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }) else { continue }
            // `Friday, June 7, 2013` and `June 7, 2013` are dates, not places.
            if words.contains(where: { CalendarWords.weekdays[$0.lowercased()] != nil || CalendarWords.months[$0.lowercased()] != nil }) { continue }
            let letters = head.filter(\.isLetter)
            let allCaps = letters.count >= 3 && letters.allSatisfy(\.isUppercase)
            let rest = line[line.index(after: comma)...].trimmingSpaces
            if allCaps { return titleCased(head) }
            // Mixed case only when a date follows: `Hanoi, 2 Nov`, `Paris, March 3`. A bare
            // number is no date (`Jane Doe, 34, a nurse`: a name and an age): a month follows it.
            if line[comma] == "," {
                let after = rest.split(separator: " ").prefix(2)
                let isMonth = { (word: Substring) in CalendarWords.months[word.lowercased().filter(\.isLetter)] != nil }
                let numericDate = { (word: Substring) in word.first?.isNumber == true && word.contains { $0 == "/" || $0 == "." || $0 == "-" } }
                if let next = after.first, isMonth(next) || numericDate(next)
                    || (next.first?.isNumber ?? false) && after.count > 1 && isMonth(after[after.index(after: after.startIndex)]) { return head }
            }
            return nil
        }
        return nil
    }

    /// `(Reuters) -` at the start, or after a dateline: `WASHINGTON (AP) —`, `KALMAR, Sweden (AP) —`.
    static func parenthesizedOutlet(_ line: String) -> String? {
        guard let open = line.firstIndex(of: "("), let close = line[open...].firstIndex(of: ")") else { return nil }
        let before = line[..<open].trimmingSpaces
        // A dateline before it: an upper-case place, then perhaps a country or state and a date
        // (`KALMAR, Sweden, March 4 (Reuters) -`).
        let firstWord = before.split(separator: " ").first.map { $0.filter(\.isLetter) } ?? ""
        guard before.isEmpty || (firstWord.count >= 2 && firstWord.allSatisfy(\.isUppercase) && before.split(separator: " ").count <= 8) else { return nil }
        let after = line[line.index(after: close)...].trimmingSpaces
        guard let dash = after.first, dash == "-" || OutletClues.dashes.contains(dash) else { return nil }
        let name = line[line.index(after: open)..<close].trimmingSpaces
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }), !name.contains(where: \.isNumber) else { return nil }
        return name
    }

    /// `By Jane Doe, Example Wire` → `Example Wire`.
    static func byline(_ line: String) -> String? {
        guard line.hasPrefix("By ") || line.hasPrefix("BY "), line.split(separator: " ").count <= 10 else { return nil }
        guard let separator = line.lastIndex(where: { $0 == "," || $0 == "|" }) else { return nil }
        let name = line[line.index(after: separator)...].trimmingSpaces
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }), !name.contains(where: \.isNumber) else { return nil }
        return name
    }

    /// `https://www.example.org/a/b` → `example.org`.
    static func host(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.contains(".") && host.count <= 80 ? host : nil
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    /// The first `count` non-empty lines, each at most 200 characters.
    static func firstLines(_ body: String, count: Int) -> [String] {
        // The lines of the first 4,000 characters, walked only as far as the lines wanted. Line
        // ends are found in the bytes while fewer than 4,000 scalars have been read (then fewer
        // characters have too): a line feed not after a carriage return is where a `\n`
        // character ends, as `split` finds it (`\r\n` is one character, never split).
        var lines: [String] = []
        let utf8 = body.utf8
        var start = utf8.startIndex
        var index = start
        var scalars = 0
        var previous: UInt8 = 0
        while index < utf8.endIndex, lines.count < count {
            let byte = utf8[index]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if scalars > 4_000 { return firstLinesByCharacter(body, count: count) }
            if byte == 0x0A && previous != 0x0D {
                if let line = firstLine(body[start..<index]) { lines.append(line) }
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        if lines.count < count, start < utf8.endIndex, index == utf8.endIndex, let line = firstLine(body[start...]) { lines.append(line) }
        return lines
    }

    /// `firstLines` walking characters: for bodies whose lines wanted reach past 4,000 scalars.
    static func firstLinesByCharacter(_ body: String, count: Int) -> [String] {
        var lines: [String] = []
        var characters = 0
        var start = body.startIndex
        var index = start
        while index < body.endIndex, characters < 4_000, lines.count < count {
            if body[index] == "\n" {
                if let line = firstLine(body[start..<index]) { lines.append(line) }
                start = body.index(after: index)
            }
            index = body.index(after: index)
            characters += 1
        }
        if lines.count < count, start < index, let line = firstLine(body[start..<index]) { lines.append(line) }
        return lines
    }

    /// A line as `firstLines` keeps it: spaces trimmed, at most 200 characters; nil when blank.
    /// The same as `String(line.trimmingSpaces.prefix(200))` without walking a long line to its end.
    static func firstLine(_ line: Substring) -> String? {
        let lead = line.drop { $0 == " " || $0 == "\t" }
        let head = lead.prefix(200)
        let trailing = { (c: Character) in c == " " || c == "\t" || c == "\r" }
        var text = head
        // Trailing spaces are trimmed within the first 200 characters only when nothing but
        // spaces follows them.
        // (Spaces, tabs and carriage returns are single-scalar characters, so their bytes answer.)
        if !lead.utf8[head.endIndex...].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
            while let last = text.last, trailing(last) { text = text.dropLast() }
        }
        return text.isEmpty ? nil : String(text)
    }

    /// `PORTO SERRANO` → `Porto Serrano`.
    static func titleCased(_ text: String) -> String {
        text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}

extension String {
    var trimmingSpaces: String { self[...].trimmingSpaces }
}

extension Substring {
    /// Leading spaces and tabs and trailing spaces, tabs and carriage returns removed, by
    /// character. Trimmed in the bytes when an ASCII byte (or either end) borders what is
    /// removed, since then every removed byte is a character of its own; else by characters.
    var trimmingSpaces: String {
        let utf8 = self.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start = utf8.index(after: start) }
        if start != utf8.startIndex, start < end, utf8[start] >= 0x80 { return trimmingSpacesByCharacter }
        let last = end
        while start < end {
            let before = utf8.index(before: end)
            let byte = utf8[before]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D else { break }
            end = before
        }
        if end != last, start < end, utf8[utf8.index(before: end)] >= 0x80 { return trimmingSpacesByCharacter }
        return String(self[start..<end])
    }

    var trimmingSpacesByCharacter: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
