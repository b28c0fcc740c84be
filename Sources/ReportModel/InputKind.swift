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
        switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
        case "pdf": self = .pdf
        case "txt": self = .text
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "docx": self = .docx
        default: self = .other
        }
    }

    /// Whether the whole file is decoded text (not a PDF's bytes).
    public var isText: Bool { self == .text || self == .html || self == .markdown }
    /// Whether a corpus build reads the whole file before the stages (text and Word files; a PDF is read by
    /// extract from its path).
    public var isReadWhole: Bool { isText || self == .docx }

    /// The accepted names, for messages.
    public static let acceptedNames = ".pdf, .txt, .html, .md or .docx"

    /// What bytes are, whatever their name says: a PDF (`%PDF-` in the first KiB), a zip package (taken for a
    /// Word file), an HTML page (a doctype, `<html`, `<head` or a comment first), else text.
    public static func sniff(_ data: Data) -> InputKind {
        let head = data.prefix(1024)
        if head.range(of: Data("%PDF-".utf8)) != nil { return .pdf }
        if isZipPackage(head) { return .docx }
        let start = String(decoding: head.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
            .lowercased()
        if ["<!doctype html", "<html", "<!--", "<head"].contains(where: { start.hasPrefix($0) }) { return .html }
        return .text
    }

    /// A zip package (a Word file) starts with a local file header.
    public static func isZipPackage(_ head: Data) -> Bool { head.starts(with: [0x50, 0x4B, 0x03, 0x04]) }
}
