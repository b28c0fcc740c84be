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

    /// Takes the lock without waiting; throws `corpusLocked` when another process holds it.
    public init(layout: CorpusLayout) throws {
        do {
            try FileManager.default.createDirectory(atPath: layout.root, withIntermediateDirectories: true)
        } catch {
            throw GovReportsError.writeFailed(path: layout.root, reason: error.localizedDescription)
        }
        descriptor = open(layout.lockFile, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw GovReportsError.writeFailed(path: layout.lockFile, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            close(descriptor)
            if reason == EWOULDBLOCK { throw GovReportsError.corpusLocked(path: layout.root) }
            throw GovReportsError.writeFailed(path: layout.lockFile, reason: String(cString: strerror(reason)))
        }
    }

    deinit {
        close(descriptor)
    }
}
