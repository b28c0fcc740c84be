import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of an input: which file it is (device, inode), its size, and when it was last modified and
/// changed. Two equal stamps mean the file was not written in between, provided its last change was already older
/// than the file system's timestamp granularity when the first was taken (`InputHasher.settled`): a write within
/// the same clock tick may leave every field as it was.
struct InputStamp: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Modification time, nanoseconds since 1970.
    var modified: Int64
    /// Status change time (ctime), nanoseconds since 1970: unlike the modification time, no program can set it back.
    var changed: Int64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
    }

    /// The stamp of the file at `systemPath` now (a link followed to its file); nil when there is none.
    init?(systemPath: [UInt8]) {
        var status = stat()
        guard systemPath.withCString({ stat($0, &status) }) == 0 else { return nil }
        self.init(status)
    }
}
