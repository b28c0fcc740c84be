import Foundation

/// One file found under the inbox, before its content is read.
struct InputFile: Hashable, Sendable {
    /// What the file's name says it is.
    enum Kind: String, Sendable {
        case pdf
        case text
        case html
        /// Any other extension: listed in the manifest as unsupported, never given to a stage.
        case other
    }

    /// Path relative to the inbox, `/`-separated: what the manifest and the records show, so that a corpus
    /// does not depend on where the inbox is mounted.
    var relativePath: String
    var url: URL
    var size: Int64
    /// Modification time in nanoseconds since 1970, used with `size` to skip rehashing unchanged files.
    var modified: Int64

    var kind: Kind { Kind(fileName: relativePath) }
}

extension InputFile.Kind {
    init(fileName: String) {
        switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
        case "pdf": self = .pdf
        case "txt": self = .text
        case "html", "htm": self = .html
        default: self = .other
        }
    }
}
