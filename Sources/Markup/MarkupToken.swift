/// One event of a parsed HTML or XML document in document order: an element opening (with its attributes),
/// text, or the element closing. The parser has already closed what the source left open, so every `open`
/// has its `close`.
public enum MarkupToken: Equatable, Sendable {
    case text(String)
    /// Names are as the parser gives them: lower case for HTML, `prefix:local` for namespaced XML (`w:p`).
    case open(name: String, attributes: [String: String])
    case close(name: String)
}
