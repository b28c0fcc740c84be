import Foundation

/// One file found under the inbox, before its content is read.
public struct InputFile: Hashable, Sendable {
    /// What the file's name says it is.
    public enum Kind: String, Sendable {
        case pdf
        case text
        case html
        /// Any other extension: listed in the manifest as unsupported, never given to a stage.
        case other
    }

    /// Path relative to the inbox, `/`-separated: what the manifest and the records show, so that a corpus
    /// does not depend on where the inbox is mounted.
    public var relativePath: String
    public var url: URL
    public var size: Int64
    /// Modification time in nanoseconds since 1970, used with `size` to skip rehashing unchanged files.
    public var modified: Int64

    public var kind: Kind { Kind(fileName: relativePath) }
}

extension InputFile.Kind {
    public init(fileName: String) {
        switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
        case "pdf": self = .pdf
        case "txt": self = .text
        case "html", "htm": self = .html
        default: self = .other
        }
    }
}
