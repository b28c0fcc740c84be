/// File names may hold any character; a newline or ESC in one, printed as is, forges a progress line or moves the
/// terminal's cursor. Every line the tool prints for a person goes through this.
extension String {
    /// The string with control characters and line separators written as escapes (`\n`, `\u{1B}`).
    public var escapingControlCharacters: String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator:
                switch scalar {
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                default: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                }
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
