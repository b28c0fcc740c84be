/// A problem that is not fatal: collected and carried along with a stage's output instead of thrown.
///
/// Records expose these as `warnings` (`{code, message, page}`); `severity` and `context` are additions.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable {
        case note
        case warning
        case error
    }

    public var severity: Severity
    /// A stable machine-readable code, e.g. `ocr.lowConfidence`, `table.columnAmbiguous`.
    public var code: String
    public var message: String
    /// 1-based page number, when the problem has a place.
    public var page: Int?
    /// Where exactly: a record path, a table cell, a line of input.
    public var context: String?

    public init(severity: Severity = .warning, code: String, message: String, page: Int? = nil, context: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.page = page
        self.context = context
    }
}
