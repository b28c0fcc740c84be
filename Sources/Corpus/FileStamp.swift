import Foundation
import ReportModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's size and modification time, remembered when the corpus wrote it: a file truncated or rewritten since
/// has another stamp. Taking one is a `stat`, so checking every output on every build costs next to nothing.
struct FileStamp: Codable, Equatable, Sendable {
    var size: Int64
    /// Nanoseconds since 1970.
    var modified: Int64

    /// The stamp of the file at `path` now; nil when there is no such file.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int64(status.st_size)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    }
}

// Written by `JSONOutput` with the bytes Foundation gave, as the assembly's state remembers one per record.
extension FileStamp: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("modified", Int(modified))
        output.field("size", Int(size))
        output.endObject()
    }
}
