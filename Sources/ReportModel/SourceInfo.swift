/// Where a document came from; carried unchanged from stage to stage into the record's `source`.
public struct SourceInfo: Hashable, Sendable, Codable {
    public enum Format: String, Sendable, Codable {
        case pdf
        case text
        case html
        case markdown
        /// A Word file (`.docx`).
        case docx
    }

    public var path: String
    public var sha256: String
    public var format: Format
    /// Page count for PDFs; nil for text and HTML.
    public var pages: Int?
    /// Per page, how its text was obtained (`text`, `ocr`, `empty`); empty for text and HTML.
    public var pageOrigins: [PageOrigin]
    /// The URL the input was fetched from (`govreports fetch`), when it was; absent otherwise. A key added to the
    /// spec's record.
    public var url: String?

    public init(
        path: String, sha256: String, format: Format, pages: Int? = nil, pageOrigins: [PageOrigin] = [], url: String? = nil
    ) {
        self.path = path
        self.sha256 = sha256
        self.format = format
        self.pages = pages
        self.pageOrigins = pageOrigins
        self.url = url
    }

    /// The record id: the first 16 hex digits of the SHA-256.
    public var id: String { String(sha256.prefix(16)) }
}

/// How a page's text was obtained.
public enum PageOrigin: String, Hashable, Sendable, Codable {
    case text
    case ocr
    case empty
}

/// How one piece of text was obtained: from the PDF's text layer or by OCR.
public enum TextOrigin: String, Hashable, Sendable, Codable {
    case text
    case ocr
}
