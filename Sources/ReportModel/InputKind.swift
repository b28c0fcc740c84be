import Foundation

/// What an input file's name says it is: the one place the accepted extensions are listed, for the corpus
/// scan, the one-file commands and the text reader alike.
public enum InputKind: String, Sendable {
    case pdf
    case text
    case html
    /// Markdown, as MinerU, Marker or Docling write a converted report.
    case markdown
    /// Any other extension: listed in a corpus manifest as unsupported, never given to a stage.
    case other

    public init(fileName: String) {
        switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
        case "pdf": self = .pdf
        case "txt": self = .text
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        default: self = .other
        }
    }

    /// Whether the whole file is decoded text (not a PDF's bytes).
    public var isText: Bool { self == .text || self == .html || self == .markdown }

    /// The accepted names, for messages.
    public static let acceptedNames = ".pdf, .txt, .html or .md"
}
