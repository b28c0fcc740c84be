import Foundation

/// What an input file's name says it is: the one place the accepted extensions are listed, for the corpus
/// scan, the one-file commands and the text reader alike.
public enum InputKind: String, Sendable {
    case pdf
    case text
    case html
    /// Markdown, as MinerU, Marker or Docling write a converted report.
    case markdown
    /// A Word file: a zip package whose `word/document.xml` holds the text.
    case docx
    /// Any other extension: listed in a corpus manifest as unsupported, never given to a stage.
    case other

    public init(fileName: String) {
        switch Self.pathExtension(of: fileName).lowercased() {
        case "pdf": self = .pdf
        case "txt": self = .text
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "docx": self = .docx
        default: self = .other
        }
    }

    /// `URL(fileURLWithPath:).pathExtension`, read straight from the bytes for a plain name (`报告.PDF`, `a/b.v2.pdf`:
    /// a last component with no two dots in a row that ends in a dot, not its first character, and ASCII letters or
    /// digits); any other name goes to Foundation, whose rules for dots and spaces are its own. The first file URL
    /// of a process cost 400,000 instructions, 0.5% of a born-digital run.
    static func pathExtension(of path: String) -> String {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let bytes = Array(path.utf8)
        let start = (bytes.lastIndex(of: slash) ?? -1) + 1
        if let last = bytes.lastIndex(of: dot), last > start, last + 1 < bytes.count,
            !zip(bytes[start...], bytes[(start + 1)...]).contains(where: { $0 == dot && $1 == dot }),
            bytes[(last + 1)...].allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) })
        {
            return String(decoding: bytes[(last + 1)...], as: UTF8.self)
        }
        return URL(fileURLWithPath: path).pathExtension
    }

    /// Whether the whole file is decoded text (not a PDF's bytes).
    public var isText: Bool { self == .text || self == .html || self == .markdown }
    /// Whether a corpus build reads the whole file before the stages (text and Word files; a PDF is read by
    /// extract from its path).
    public var isReadWhole: Bool { isText || self == .docx }

    /// The accepted names, for messages.
    public static let acceptedNames = ".pdf, .txt, .html, .md or .docx"

    /// What bytes are, whatever their name says: a PDF (`isPDF`), a zip package (taken for a Word file), markup
    /// (`opensWithMarkup`, taken for HTML), else text. The one sniffer of content: fetch, the corpus scan, repair and
    /// extract all ask it, so that they agree on what a mislabelled download is.
    public static func sniff(_ data: Data) -> InputKind {
        let head = data.prefix(pdfHeaderWindow)
        if isPDF(head) { return .pdf }
        if isZipPackage(head) { return .docx }
        return opensWithMarkup(String(decoding: head.prefix(512), as: UTF8.self)) ? .html : .text
    }

    /// Some producers put junk before a PDF's header; readers accept it within the first kilobyte.
    public static let pdfHeaderWindow = 1024

    /// A PDF has `%PDF-` within its first `pdfHeaderWindow` bytes.
    public static func isPDF(_ data: Data) -> Bool {
        // Compared byte by byte: Foundation's `Data.range(of:)` instantiated its generic search at run time, which
        // cost more than reading the header of a whole report.
        let head = [UInt8](data.prefix(pdfHeaderWindow)), magic = Array("%PDF-".utf8)
        guard head.count >= magic.count else { return false }
        return (0...(head.count - magic.count)).contains { head[$0..<($0 + magic.count)].elementsEqual(magic) }
    }

    /// A zip package (a Word file) starts with a local file header.
    static func isZipPackage(_ head: Data) -> Bool { head.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// Whether decoded text opens, after white space and a byte order mark, with a tag, a doctype, a comment or an
    /// XML declaration (`<p`, `<!DOCTYPE`, `<!--`, `<?xml`): a page that a text file's name does not announce.
    /// A `<` before anything else (`<<条例>>`, `< 5`) is text.
    public static func opensWithMarkup(_ text: some StringProtocol) -> Bool {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard start.first == "<", let next = start.dropFirst().first else { return false }
        return (next.isASCII && next.isLetter) || next == "!" || next == "?"
    }
}
