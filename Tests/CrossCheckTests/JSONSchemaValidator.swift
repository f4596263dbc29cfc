import Foundation

/// A JSON value as the validator sees it. Decoded with `JSONDecoder`, which keeps `true` and
/// `1` apart (JSONSerialization gives both as NSNumber).
indirect enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Double.self) { self = .number(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .array(value); return }
        self = .object(try container.decode([String: JSONValue].self))
    }

    static func parse(_ data: Data) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: data) }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let value): return value.rounded() == value ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// The subset of JSON Schema (draft-04 to 2020-12) that the SARIF 2.1.0 schema and
/// `docs/schemas/` use: `type`, `enum`, `const`, `properties`, `required`,
/// `additionalProperties`, `patternProperties`, `items`, `minItems`, `maxItems`,
/// `uniqueItems`, `minimum`, `maximum`, `minLength`, `pattern`, `anyOf`, `oneOf`, `allOf`,
/// and local `$ref` (`#/definitions/…`, `#/$defs/…`). `format`, `default`, `description`
/// and `title` are annotations. Any other keyword fails validation, so a schema cannot
/// silently use something unchecked.
struct JSONSchemaValidator {
    let root: JSONValue
    static let annotations: Set<String> = ["$schema", "$id", "id", "title", "description", "default", "format", "definitions", "$defs", "$comment", "examples"]
    static let keywords: Set<String> = [
        "type", "enum", "const", "properties", "required", "additionalProperties", "patternProperties", "items", "minItems",
        "maxItems", "uniqueItems", "minimum", "maximum", "minLength", "pattern", "anyOf", "oneOf", "allOf", "$ref",
    ]

    init(schema: JSONValue) { root = schema }

    /// Every violation, as `path: what is wrong`; empty when the value is valid.
    func validate(_ value: JSONValue) -> [String] {
        var errors: [String] = []
        check(value, against: root, at: "$", errors: &errors)
        return errors
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = root
        for part in reference.dropFirst(2).split(separator: "/") {
            node = node?[String(part).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")]
        }
        return node
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, errors: inout [String]) {
        if case .bool(let allowed) = schema {
            if !allowed { errors.append("\(path): no value is allowed here") }
            return
        }
        guard case .object(let keywords) = schema else { errors.append("\(path): the schema is not an object"); return }
        for key in keywords.keys.sorted() where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            errors.append("\(path): the schema uses '\(key)', which this validator does not check")
        }
        if case .string(let reference)? = keywords["$ref"] {
            guard let target = resolve(reference) else { errors.append("\(path): cannot resolve \(reference)"); return }
            check(value, against: target, at: path, errors: &errors)
        }
        if let type = keywords["type"] {
            let allowed: [String]
            switch type {
            case .string(let name): allowed = [name]
            case .array(let names): allowed = names.compactMap { if case .string(let name) = $0 { return name } else { return nil } }
            default: allowed = []
            }
            let actual = value.typeName
            if !(allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))) {
                errors.append("\(path): expected \(allowed.joined(separator: " or ")), found \(actual)")
                return
            }
        }
        if case .array(let options)? = keywords["enum"], !options.contains(value) { errors.append("\(path): \(describe(value)) is not one of the allowed values") }
        if let constant = keywords["const"], constant != value { errors.append("\(path): expected \(describe(constant)), found \(describe(value))") }
        for combinator in ["anyOf", "oneOf"] {
            guard case .array(let options)? = keywords[combinator] else { continue }
            let passing = options.filter { option in
                var scratch: [String] = []
                check(value, against: option, at: path, errors: &scratch)
                return scratch.isEmpty
            }.count
            if passing == 0 || (combinator == "oneOf" && passing > 1) {
                errors.append("\(path): matches \(passing) of the \(options.count) schemas of \(combinator)")
            }
        }
        if case .array(let all)? = keywords["allOf"] { for option in all { check(value, against: option, at: path, errors: &errors) } }
        switch value {
        case .object(let object):
            if case .array(let required)? = keywords["required"] {
                for case .string(let name) in required where object[name] == nil { errors.append("\(path): missing required property '\(name)'") }
            }
            var properties: [String: JSONValue] = [:]
            if case .object(let declared)? = keywords["properties"] { properties = declared }
            var patterns: [(NSRegularExpression, JSONValue)] = []
            if case .object(let declared)? = keywords["patternProperties"] {
                for (pattern, schema) in declared.sorted(by: { $0.key < $1.key }) {
                    if let regex = try? NSRegularExpression(pattern: pattern) { patterns.append((regex, schema)) }
                }
            }
            for key in object.keys.sorted() {
                let child = object[key]!
                var matched = false
                if let schema = properties[key] {
                    matched = true
                    check(child, against: schema, at: "\(path).\(key)", errors: &errors)
                }
                for (regex, schema) in patterns where regex.firstMatch(in: key, range: NSRange(key.startIndex..., in: key)) != nil {
                    matched = true
                    check(child, against: schema, at: "\(path).\(key)", errors: &errors)
                }
                if !matched, let additional = keywords["additionalProperties"] {
                    if case .bool(false) = additional {
                        errors.append("\(path): property '\(key)' is not allowed")
                    } else {
                        check(child, against: additional, at: "\(path).\(key)", errors: &errors)
                    }
                }
            }
        case .array(let items):
            if case .number(let minimum)? = keywords["minItems"], Double(items.count) < minimum { errors.append("\(path): fewer than \(Int(minimum)) items") }
            if case .number(let maximum)? = keywords["maxItems"], Double(items.count) > maximum { errors.append("\(path): more than \(Int(maximum)) items") }
            if case .bool(true)? = keywords["uniqueItems"] {
                for index in items.indices where items[..<index].contains(items[index]) { errors.append("\(path)[\(index)]: a duplicate item") }
            }
            if let schema = keywords["items"] {
                for (index, item) in items.enumerated() { check(item, against: schema, at: "\(path)[\(index)]", errors: &errors) }
            }
        case .number(let number):
            if case .number(let minimum)? = keywords["minimum"], number < minimum { errors.append("\(path): \(number) is below the minimum \(minimum)") }
            if case .number(let maximum)? = keywords["maximum"], number > maximum { errors.append("\(path): \(number) is above the maximum \(maximum)") }
        case .string(let text):
            if case .number(let minimum)? = keywords["minLength"], Double(text.unicodeScalars.count) < minimum { errors.append("\(path): shorter than \(Int(minimum))") }
            if case .string(let pattern)? = keywords["pattern"] {
                if let regex = try? NSRegularExpression(pattern: pattern) {
                    if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil { errors.append("\(path): '\(text)' does not match \(pattern)") }
                } else {
                    errors.append("\(path): the schema's pattern \(pattern) does not compile")
                }
            }
        default:
            break
        }
    }

    private func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return "'\(text)'"
        case .number(let number): return number.rounded() == number ? String(Int(number)) : String(number)
        case .bool(let flag): return String(flag)
        default: return value.typeName
        }
    }
}
