import Foundation
import ReportModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a build in a worker process, so that a document that kills the process (a trap in a stage, a crash inside
/// Poppler or Tesseract, the kernel's OOM killer) costs that document and not the night's build.
///
/// The supervisor holds the corpus lock; when the worker dies of a signal, the stage markers it left
/// (`InFlightMarker`) name the document: that stage's failure is cached, as any repeatable failure is, and a new
/// worker carries on from the cache. With several documents in progress at the crash, they are retried one at a time
/// first, so that only the culprit is marked.
public struct BuildSupervisor: Sendable {
    public enum WorkerEnd: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
    }

    /// Starts one worker and waits for it; `jobs` is 1 while retrying suspects one at a time, else nil (the build's own).
    public var launch: @Sendable (_ jobs: Int?) throws -> WorkerEnd
    /// Where the supervisor tells what it did about a crash.
    public var log: @Sendable (String) -> Void

    public init(launch: @escaping @Sendable (_ jobs: Int?) throws -> WorkerEnd, log: @escaping @Sendable (String) -> Void) {
        self.launch = launch
        self.log = log
    }

    /// Runs workers on `corpus` until one ends by itself; returns its exit status
    /// (2 when two in a row died outside any stage).
    public func run(corpus: String) throws -> Int32 {
        let layout = CorpusLayout(root: corpus)
        let lock = try CorpusLock(layout: layout)
        defer { withExtendedLifetime(lock) {} }
        // Markers left by a build that was killed as a whole are no evidence against their documents.
        InFlightMarker.removeAll(layout)
        var jobs: Int?
        var unexplained = 0
        while true {
            let end = try launch(jobs)
            guard case .signaled(let signal) = end else {
                if case .exited(let status) = end { return status }
                return 2
            }
            let markers = InFlightMarker.all(layout)
            InFlightMarker.removeAll(layout)
            if markers.isEmpty {
                // Outside any stage (assembling, say, or killed for memory): a new worker resumes; twice in a row is fatal.
                unexplained += 1
                let outcome = unexplained < 2 ? "; resuming" : ""
                log("\(layout.root): the build process died of signal \(signal) outside any stage\(outcome)")
                if unexplained < 2 { continue }
                return 2
            }
            unexplained = 0
            if markers.count > 1 {
                log("the build process died of signal \(signal) with \(markers.count) documents in progress; retrying one at a time")
                jobs = 1
                continue
            }
            let marker = markers[0]
            let message = "\(marker.path): the build process died in its \(marker.stage.rawValue) stage (signal \(signal))"
            try StageCache(layout: layout).store(
                StageFailure(status: .failed, error: message, repeatable: true), stage: marker.stage, key: marker.key)
            log(message + "; recorded as failed, going on")
            jobs = nil
        }
    }

    /// A launcher running this executable with `arguments(jobs)` as the worker, its standard input a pipe from the
    /// supervisor: when the supervisor dies (even by kill -9) the pipe closes and `exitWhenSupervisorDies` ends the worker.
    public static func workerProcess(
        arguments: @escaping @Sendable (_ jobs: Int?) -> [String]
    ) -> @Sendable (Int?) throws -> WorkerEnd {
        { jobs in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            process.arguments = arguments(jobs)
            let lifeline = Pipe()
            process.standardInput = lifeline
            try process.run()
            process.waitUntilExit()
            withExtendedLifetime(lifeline) {}
            let status = process.terminationStatus
            return process.terminationReason == .uncaughtSignal ? .signaled(status) : .exited(status)
        }
    }

    /// For the worker: exits at once when standard input reaches its end, i.e. when the supervisor is gone.
    public static func exitWhenSupervisorDies() {
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while true {
                let count = read(STDIN_FILENO, &byte, 1)
                // A signal (SIGCHLD of the crash reporter, say) interrupts the read: that is not the end.
                if count > 0 || (count < 0 && errno == EINTR) { continue }
                _exit(137)
            }
        }
    }
}
