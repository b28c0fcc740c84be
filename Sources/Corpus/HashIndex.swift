import Foundation
import ReportModel

/// Remembered SHA-256 digests of inputs by path, size and modification time, so that an unchanged rerun does
/// not read every file again. A file whose size or time changed is hashed anew.
struct HashIndex: Sendable {
    struct Entry: Codable, Equatable, Sendable {
        var size: Int64
        var modified: Int64
        var sha256: String
    }

    private var entries: [String: Entry]
    let path: String

    /// Loads the index at `path`; a missing or unreadable index is empty (it is only a shortcut).
    init(path: String) {
        self.path = path
        entries = (try? JSONFile.read([String: Entry].self, from: path)) ?? [:]
    }

    /// The digest of `file` if remembered for its current size and time.
    func digest(of file: InputFile) -> String? {
        guard let entry = entries[file.relativePath], entry.size == file.size, entry.modified == file.modified else { return nil }
        return entry.sha256
    }

    /// Replaces the index with exactly these files (forgetting removed ones).
    mutating func replace(with digests: [(InputFile, String)]) {
        entries = Dictionary(
            digests.map { ($0.0.relativePath, Entry(size: $0.0.size, modified: $0.0.modified, sha256: $0.1)) },
            uniquingKeysWith: { first, _ in first })
    }

    /// Forgets the digests of these paths, e.g. of files that changed while the build read them.
    mutating func forget(_ paths: Set<String>) {
        for path in paths { entries[path] = nil }
    }

    func save() throws {
        try JSONFile.write(entries, to: path, pretty: false)
    }
}

// Written by `JSONOutput` with the bytes Foundation gave: the index of a large inbox is then saved without
// Foundation's tree of values, whose memory the build would keep.
extension HashIndex.Entry: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("modified", Int(modified))
        output.field("sha256", sha256)
        output.field("size", Int(size))
        output.endObject()
    }
}
