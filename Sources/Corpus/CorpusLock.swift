import Foundation
import ReportModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exclusive hold on a corpus folder for one build or merge, through `flock` on `CORPUS/.lock`.
///
/// The kernel drops the lock when the process dies, however it dies, so a killed build never leaves a stale lock.
public final class CorpusLock {
    private let descriptor: Int32

    /// Takes the lock, waiting at most `patience` seconds; throws `corpusLocked` when another process still holds it.
    ///
    /// The wait is for a process that only looks like another build: a child that another thread of this process is
    /// starting holds a copy of every descriptor from its fork to its exec, and a `flock` belongs to the open file
    /// that copy shares, so for that moment (longer on a loaded machine) the lock seems held. A real build holds it far
    /// longer than the wait.
    public init(layout: CorpusLayout, patience: Double = 2) throws {
        do {
            try FileManager.default.createDirectory(atPath: layout.root, withIntermediateDirectories: true)
        } catch {
            throw GovReportsError.writeFailed(path: layout.root, reason: error.localizedDescription)
        }
        descriptor = open(layout.lockFile, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw GovReportsError.writeFailed(path: layout.lockFile, reason: String(cString: strerror(errno)))
        }
        let deadline = Date(timeIntervalSinceNow: patience)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            if reason == EINTR { continue }
            if reason == EWOULDBLOCK, Date() < deadline {
                usleep(20_000)
                continue
            }
            close(descriptor)
            if reason == EWOULDBLOCK { throw GovReportsError.corpusLocked(path: layout.root) }
            throw GovReportsError.writeFailed(path: layout.lockFile, reason: String(cString: strerror(reason)))
        }
    }

    deinit {
        close(descriptor)
    }
}
