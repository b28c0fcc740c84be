import Foundation
import ReportModel

/// How a build hashes its inputs: each file's bytes once, when the inbox is scanned. Later checks that a stage was
/// given those very bytes (a file may be rewritten during a build) compare the file's stamp with the one taken when
/// it was hashed, and hash it again only when no stamp vouches for it. Injectable, so a test can count what is hashed.
struct InputHasher: Sendable {
    /// An input's digest, and the stamp that vouches for it: nil when the bytes were not read in this build (the
    /// digest came from the hash index), changed while they were read, or were changed too recently to tell.
    struct Hashed: Sendable {
        var sha256: String
        var stamp: InputStamp? = nil
    }

    var digest: @Sendable (Data) -> String = { SHA256.hex(of: $0) }
    /// How long before its hashing a file's last change must be for its stamp to vouch for it. File times advance by
    /// a clock tick (by 2 s on FAT), so a file written again within a tick of its last change may keep its stamp;
    /// downloads in an inbox are older than that, and a file just written is simply hashed again when checked.
    var settled: Duration = .seconds(2)

    func hash(_ file: InputFile) throws -> Hashed {
        let now = Int64((Date().timeIntervalSince1970 * 1e9).rounded(.down))
        let read = try file.readStamped()
        let vouches = read.before == read.after && read.before.changed < now - Int64(settled.seconds * 1e9)
        return Hashed(sha256: digest(read.data), stamp: vouches ? read.before : nil)
    }

    /// Whether `file` still holds the bytes `hashed` was made from: by its stamp when one vouches for it, else by
    /// hashing the file again.
    func stillHolds(_ file: InputFile, _ hashed: Hashed) throws -> Bool {
        if let stamp = hashed.stamp, InputStamp(systemPath: file.systemPath) == stamp { return true }
        return digest(try file.read()) == hashed.sha256
    }

    /// Whether `read`, all of a file, is the bytes `hashed` was made from.
    func holds(_ read: InputFile.StampedRead, _ hashed: Hashed) -> Bool {
        if let stamp = hashed.stamp, read.before == stamp, read.after == stamp { return true }
        return digest(read.data) == hashed.sha256
    }
}
