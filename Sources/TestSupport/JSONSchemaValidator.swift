import Foundation

/// Validates JSON against the subset of JSON Schema (draft 2020-12) the record schema uses: `type`,
/// `required`, `properties`, `additionalProperties`, `patternProperties`, `items`, `enum`, `minimum`,
/// `pattern`. Any other keyword is an error, so the schema cannot silently use more than is checked.
public struct JSONSchemaValidator {
    private static let annotations: Set<String> = ["$schema", "$id", "title", "description"]
    private static let keywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "patternProperties", "items", "enum", "minimum", "pattern",
    ]

    private let schema: JSONValue

    public init(schema: Data) throws {
        self.schema = try JSONValue(data: schema)
    }

    /// Every violation, as `path: reason`; empty when the instance is valid.
    public func errors(in instance: Data) throws -> [String] {
        var errors: [String] = []
        validate(try JSONValue(data: instance), against: schema, path: "$", errors: &errors)
        return errors
    }

    private func validate(_ value: JSONValue, against schema: JSONValue, path: String, errors: inout [String]) {
        guard case .object(let rules) = schema else {
            errors.append("\(path): schema is not an object")
            return
        }
        for key in rules.keys where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            errors.append("\(path): unsupported schema keyword \(key)")
        }
        if let type = rules["type"] {
            let allowed: [String]
            switch type {
            case .string(let name): allowed = [name]
            case .array(let names): allowed = names.compactMap { if case .string(let name) = $0 { return name } else { return nil } }
            default: allowed = []
            }
            if value.typeNames.isDisjoint(with: allowed) {
                errors.append("\(path): expected \(allowed.joined(separator: " or "))")
                return
            }
        }
        if case .array(let options)? = rules["enum"], !options.contains(value) {
            errors.append("\(path): not one of the allowed values")
        }
        if case .number(let minimum)? = rules["minimum"], case .number(let number) = value, number < minimum {
            errors.append("\(path): \(number) is below the minimum \(minimum)")
        }
        if case .string(let pattern)? = rules["pattern"], case .string(let text) = value, !Self.matches(text, pattern) {
            errors.append("\(path): '\(text)' does not match \(pattern)")
        }
        if case .array(let elements) = value, let items = rules["items"] {
            for (index, element) in elements.enumerated() {
                validate(element, against: items, path: "\(path)[\(index)]", errors: &errors)
            }
        }
        if case .object(let members) = value {
            validateMembers(members, rules: rules, path: path, errors: &errors)
        }
    }

    private func validateMembers(_ members: [String: JSONValue], rules: [String: JSONValue], path: String, errors: inout [String]) {
        if case .array(let required)? = rules["required"] {
            for case .string(let name) in required where members[name] == nil {
                errors.append("\(path): missing required key \(name)")
            }
        }
        var properties: [String: JSONValue] = [:]
        if case .object(let declared)? = rules["properties"] { properties = declared }
        var patterns: [String: JSONValue] = [:]
        if case .object(let declared)? = rules["patternProperties"] { patterns = declared }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            var covered = false
            if let schema = properties[name] {
                covered = true
                validate(member, against: schema, path: "\(path).\(name)", errors: &errors)
            }
            for (pattern, schema) in patterns where Self.matches(name, pattern) {
                covered = true
                validate(member, against: schema, path: "\(path).\(name)", errors: &errors)
            }
            guard !covered else { continue }
            switch rules["additionalProperties"] {
            case .bool(false)?: errors.append("\(path): unexpected key \(name)")
            case .object?: validate(member, against: rules["additionalProperties"]!, path: "\(path).\(name)", errors: &errors)
            default: break
            }
        }
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
