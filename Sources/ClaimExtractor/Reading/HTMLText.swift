import Foundation

/// The readable text of an HTML page: tags stripped, entities decoded, `script`, `style`,
/// `nav`, `noscript`, `template`, `svg`, `head` and `footer` content dropped, block elements
/// made line breaks. A hand-written single pass over Unicode scalars: unclosed or deeply
/// nested markup cannot make it loop or recurse.
public struct HTMLText: Sendable {
    public var text: String
    public var title: String?
    /// `<meta name|property=… content=…>` values, keys lowercased.
    public var meta: [String: String]
    /// Where markup opened and never closed hid the rest of the page: what (`<script>`, `a
    /// comment`, `a tag`) and the 1-based line it opened on. Nil for well-formed pages.
    public var unclosed: Unclosed?

    public struct Unclosed: Sendable, Hashable {
        public var what: String
        public var line: Int
    }

    static let dropped: Set<String> = ["script", "style", "nav", "noscript", "template", "svg", "head", "footer", "iframe", "form", "button", "select"]
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article", "header",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "main", "aside", "hr",
        "dd", "dt", "dl", "pre", "address", "caption", "body", "html",
    ]

    public static func extract(_ html: String) -> HTMLText {
        let scalars = Array(html.unicodeScalars)
        // UTF-8 bytes, not a `String.UnicodeScalarView`: appending a decoded non-ASCII entity
        // with `append(contentsOf:)` copied the whole view each time (quadratic: 4.8 MB of
        // `caf&eacute; ` took 20 s).
        var out = UTF8Buffer()
        var meta: [String: String] = [:]
        var title: String?
        var skipUntil: String?
        var inTitle = false
        var titleText = String.UnicodeScalarView()
        var index = 0
        let count = scalars.count
        var unclosedAt: (what: String, offset: Int)?
        var skipStart = 0
        while index < count {
            let scalar = scalars[index]
            if scalar == "<" {
                // Comment.
                if index + 3 < count && scalars[index + 1] == "!" && scalars[index + 2] == "-" && scalars[index + 3] == "-" {
                    var end = index + 4
                    while end + 2 < count && !(scalars[end] == "-" && scalars[end + 1] == "-" && scalars[end + 2] == ">") { end += 1 }
                    if end + 2 >= count && skipUntil == nil { unclosedAt = ("a comment `<!--` is never closed", index) }
                    index = min(count, end + 3)
                    continue
                }
                let tagStart = index
                var end = index + 1
                var quote: Unicode.Scalar?
                while end < count {
                    let c = scalars[end]
                    if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
                    end += 1
                }
                if end >= count {
                    // An unclosed tag: the rest is not text.
                    if skipUntil == nil { unclosedAt = ("a tag `<` has no closing `>`", index) }
                    break
                }
                var tagScalars = String.UnicodeScalarView()
                tagScalars.append(contentsOf: scalars[(index + 1)..<end])
                let tag = String(tagScalars)
                index = end + 1
                let (name, closing) = tagName(tag)
                if let skip = skipUntil {
                    if closing && name == skip { skipUntil = nil }
                    continue
                }
                if name == "title" {
                    inTitle = !closing
                    if closing, title == nil {
                        let text = decodeEntities(collapse(String(titleText)))
                        if !text.isEmpty { title = text }
                    }
                    continue
                }
                if name == "meta" {
                    let attributes = parseAttributes(tag)
                    if let key = attributes["name"] ?? attributes["property"] ?? attributes["itemprop"], let content = attributes["content"] {
                        meta[key.lowercased()] = decodeEntities(content)
                    }
                    continue
                }
                if !closing && dropped.contains(name) && !tag.hasSuffix("/") {
                    if name == "head" { continue } // head holds title and meta; its text is not shown anyway
                    skipUntil = name
                    skipStart = tagStart
                    continue
                }
                if blocks.contains(name) { out.append(0x0A) }
                continue
            }
            if skipUntil != nil { index += 1; continue }
            if inTitle { titleText.append(scalar); index += 1; continue }
            if scalar == "&" {
                var end = index + 1
                while end < count && end - index <= 10 && scalars[end] != ";" && scalars[end] != "&" && scalars[end] != " " && scalars[end] != "<" { end += 1 }
                if end < count && scalars[end] == ";" {
                    var entity = String.UnicodeScalarView()
                    entity.append(contentsOf: scalars[(index + 1)..<end])
                    if let decoded = decodeEntity(String(entity)) {
                        out.append(decoded)
                        index = end + 1
                        continue
                    }
                }
            }
            out.append(scalar)
            index += 1
        }
        if let skip = skipUntil { unclosedAt = ("`<\(skip)>` is never closed", skipStart) }
        if title == nil && inTitle {
            let text = decodeEntities(collapse(String(titleText)))
            if !text.isEmpty { title = text }
        }
        let lines = out.string.split(separator: "\n", omittingEmptySubsequences: false)
            .map { collapse(String($0)) }
            .filter { !$0.isEmpty }
        let unclosed = unclosedAt.map { what, offset in
            Unclosed(what: what, line: 1 + scalars[..<min(offset, count)].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) })
        }
        return HTMLText(text: lines.joined(separator: "\n"), title: title, meta: meta, unclosed: unclosed)
    }

    static func tagName(_ tag: String) -> (String, Bool) {
        var scalars = Substring(tag).unicodeScalars.drop { $0 == " " }
        var closing = false
        if scalars.first == "/" { closing = true; scalars = scalars.dropFirst() }
        let name = String(String.UnicodeScalarView(scalars.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
        return (name.lowercased(), closing)
    }

    static func parseAttributes(_ tag: String) -> [String: String] {
        var result: [String: String] = [:]
        let scalars = Array(tag.unicodeScalars)
        var index = 0
        // Skip the tag name.
        while index < scalars.count && scalars[index] != " " { index += 1 }
        while index < scalars.count {
            while index < scalars.count && (scalars[index] == " " || scalars[index] == "/" || scalars[index] == "\n" || scalars[index] == "\t") { index += 1 }
            let nameStart = index
            while index < scalars.count && scalars[index] != "=" && scalars[index] != " " { index += 1 }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<index])).lowercased()
            guard index < scalars.count, scalars[index] == "=" else { continue }
            index += 1
            var value = String.UnicodeScalarView()
            if index < scalars.count && (scalars[index] == "\"" || scalars[index] == "'") {
                let quote = scalars[index]
                index += 1
                while index < scalars.count && scalars[index] != quote { value.append(scalars[index]); index += 1 }
                index += 1
            } else {
                while index < scalars.count && scalars[index] != " " { value.append(scalars[index]); index += 1 }
            }
            if !name.isEmpty { result[name] = String(value) }
        }
        return result
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "hellip": "\u{2026}", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó",
        "iacute": "í", "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "szlig": "ß", "euro": "€", "pound": "£", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
        "middot": "·", "bull": "•", "laquo": "«", "raquo": "»", "shy": "", "zwj": "\u{200D}", "thinsp": " ",
        "ensp": " ", "emsp": " ", "frac12": "½", "frac14": "¼", "frac34": "¾", "times": "×",
    ]

    static func decodeEntity(_ entity: String) -> String? {
        if entity.hasPrefix("#") {
            let digits = entity.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(scalar)
        }
        return named[entity] ?? named[entity.lowercased()]
    }

    /// Entities in an attribute value.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return extract("<p>" + text.replacingOccurrences(of: "<", with: "&lt;") + "</p>").text
    }

    /// Runs of white space made one space; trimmed.
    static func collapse(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = true
            } else {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
