import Foundation
import ReportModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file found under the inbox, before its content is read.
struct InputFile: Hashable, Sendable {
    /// What the file's name says it is.
    typealias Kind = InputKind

    /// Path relative to the inbox, `/`-separated: what the manifest and the records show, so that a corpus
    /// does not depend on where the inbox is mounted. A name that is not UTF-8 (GBK names from Chinese Windows
    /// archives) is percent-escaped here (`%D5%FE.txt`).
    var relativePath: String
    /// The file's path as the file system has it, bytes and all.
    var systemPath: [UInt8]
    var size: Int64
    /// Modification time in nanoseconds since 1970, used with `size` to skip rehashing unchanged files.
    var modified: Int64
    /// Whether the inbox holds a symbolic link to the file rather than the file.
    var isLink: Bool

    var kind: Kind { Kind(fileName: relativePath) }

    /// The path as a string, for stages that take one; nil when it is not UTF-8.
    var path: String? { String(validating: systemPath, as: UTF8.self) }

    /// Bytes read from the file, with its stamp just before and just after they were read: the two differ when it was
    /// written meanwhile.
    struct StampedRead {
        var data: Data
        var before: InputStamp
        var after: InputStamp
    }

    /// Reads at most `limit` bytes (all without one). Opened without blocking and checked to be a regular file, so
    /// that a FIFO put in the file's place after the scan cannot hang the build.
    func read(upTo limit: Int? = nil) throws -> Data {
        try readStamped(upTo: limit).data
    }

    /// `read`, with the file's stamps.
    func readStamped(upTo limit: Int? = nil) throws -> StampedRead {
        let descriptor = systemPath.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { throw GovReportsError.unreadable(path: relativePath, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw GovReportsError.unreadable(path: relativePath, reason: "no longer a regular file")
        }
        let before = InputStamp(status)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while limit.map({ data.count < $0 }) ?? true {
            let wanted = min(buffer.count, limit.map { $0 - data.count } ?? buffer.count)
            let count = readBytes(descriptor, &buffer, wanted)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw GovReportsError.unreadable(path: relativePath, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        guard fstat(descriptor, &status) == 0 else { throw GovReportsError.unreadable(path: relativePath, reason: String(cString: strerror(errno))) }
        return StampedRead(data: data, before: before, after: InputStamp(status))
    }

    /// Runs `body` with a path a stage can open: the path itself, or for a name that is not UTF-8 the
    /// `/dev/fd/N` of a descriptor open on the file.
    func withStagePath<T>(_ body: (String) throws -> T) throws -> T {
        if let path { return try body(path) }
        let descriptor = systemPath.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw GovReportsError.unreadable(path: relativePath, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        return try body("/dev/fd/\(descriptor)")
    }
}

/// The C library's `read`, which `InputFile.read` hides inside the type.
private func readBytes(_ descriptor: Int32, _ buffer: inout [UInt8], _ count: Int) -> Int {
    read(descriptor, &buffer, count)
}

extension Array where Element == UInt8 {
    /// Calls `body` with these bytes as a NUL-terminated C string.
    func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (self + [0]).withUnsafeBufferPointer { buffer in
            try buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { try body($0) }
        }
    }
}

