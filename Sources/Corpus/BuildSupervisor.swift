import Foundation
import ReportModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a build in a worker process, so that a document that kills the process (a trap in a stage, a crash inside
/// Poppler or Tesseract) or hangs it costs that document and not the night's build.
///
/// The supervisor holds the corpus lock. When the worker dies of a signal, the stage markers it left
/// (`InFlightMarker`) name the documents in flight. A death by signal is no verdict on a document (the OOM killer or
/// a container limit may have chosen the process for others' sake), so each is first retried alone; one that kills
/// the worker again, alone, is set aside for the rest of the build (`SetAside`): `failed`, cached neither as done nor
/// as failed, so the next build tries it again. A document whose stages run longer than `documentTimeout` gets its
/// worker killed and is set aside the same way; the others in flight are simply run again. Memory is watched so
/// too: a worker whose resident memory passes `documentMemory` times the documents in flight is killed, its
/// documents are retried one at a time, and one that passes the limit alone is set aside.
public struct BuildSupervisor: Sendable {
    enum WorkerEnd: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
    }

    /// A started worker.
    public struct Worker: Sendable {
        /// Waits at most the given time for the worker to end: how it ended, or nil while it still runs.
        var wait: @Sendable (Duration) -> WorkerEnd?
        /// Kills the worker.
        var stop: @Sendable () -> Void
        /// The worker's resident memory in bytes now, or nil when it cannot be read.
        var residentBytes: @Sendable () -> Int?

        init(
            wait: @escaping @Sendable (Duration) -> WorkerEnd?, stop: @escaping @Sendable () -> Void,
            residentBytes: @escaping @Sendable () -> Int? = { nil }
        ) {
            self.wait = wait
            self.stop = stop
            self.residentBytes = residentBytes
        }

        /// A worker that has already ended so.
        static func ended(_ end: WorkerEnd) -> Worker {
            Worker(wait: { _ in end }, stop: {})
        }
    }

    /// Starts one worker; `jobs` is 1 while retrying suspects one at a time, else nil (the build's own).
    var launch: @Sendable (_ jobs: Int?) throws -> Worker
    /// Where the supervisor tells what it did about a crash or a timeout.
    var log: @Sendable (String) -> Void
    /// The longest one document's stages may run in a worker.
    var documentTimeout: Duration
    /// The most resident memory, in MB, a worker may use per document in flight.
    var documentMemory: Int

    /// `build --document-memory`'s default: four times what OCR of a 300 dpi page on every core of a small
    /// machine takes, and well under what one report ever needs.
    public static let defaultDocumentMemory = 4096

    public init(
        launch: @escaping @Sendable (_ jobs: Int?) throws -> Worker, log: @escaping @Sendable (String) -> Void,
        documentTimeout: Duration = .seconds(600), documentMemory: Int = defaultDocumentMemory
    ) {
        self.launch = launch
        self.log = log
        self.documentTimeout = documentTimeout
        self.documentMemory = documentMemory
    }

    /// Runs workers on `corpus` until one ends by itself; returns its exit status
    /// (2 when two in a row died outside any stage).
    public func run(corpus: String) throws -> Int32 {
        let layout = CorpusLayout(root: corpus)
        let lock = try CorpusLock(layout: layout)
        defer { withExtendedLifetime(lock) {} }
        // Markers and set-aside documents of a build that was killed as a whole are no evidence against their documents.
        InFlightMarker.removeAll(layout)
        SetAside.remove(layout)
        defer { SetAside.remove(layout) }
        var setAside = SetAside()
        var deaths: [String: Int] = [:]
        var jobs: Int?
        var unexplained = 0
        while true {
            let (end, over) = try watch(try launch(jobs), layout: layout)
            let markers = InFlightMarker.all(layout)
            InFlightMarker.removeAll(layout)
            switch over {
            case .late(let late):
                for marker in late {
                    let seconds = Double(documentTimeout.components.seconds)
                    record(marker, GovReportsError.documentTimedOut(path: marker.path, seconds: seconds, stage: marker.stage.rawValue), in: &setAside)
                }
                try setAside.save(layout)
                continue
            case .memory(let inFlight) where inFlight.count == 1:
                let marker = inFlight[0]
                let reason = GovReportsError.documentOverMemory(path: marker.path, megabytes: documentMemory, stage: marker.stage.rawValue)
                record(marker, reason, in: &setAside)
                try setAside.save(layout)
                jobs = nil
                continue
            case .memory(let inFlight):
                // Which of them took the memory is not known: each is tried alone, under the limit for one.
                log("the build process used more than --document-memory \(documentMemory) MB for each of the \(inFlight.count) documents in progress; retrying one at a time")
                jobs = 1
                continue
            case nil:
                break
            }
            guard case .signaled(let signal) = end else {
                if case .exited(let status) = end { return status }
                return 2
            }
            if markers.isEmpty {
                // Outside any stage (assembling, say): a new worker resumes; twice in a row is fatal.
                unexplained += 1
                let outcome = unexplained < 2 ? "; resuming" : ""
                log("\(layout.root): the build process died of signal \(signal) outside any stage\(outcome)".escapingControlCharacters)
                if unexplained < 2 { continue }
                return 2
            }
            unexplained = 0
            for marker in markers { deaths[marker.key, default: 0] += 1 }
            if markers.count > 1 {
                log("the build process died of signal \(signal) with \(markers.count) documents in progress; retrying one at a time")
                jobs = 1
                continue
            }
            let marker = markers[0]
            if jobs == 1, deaths[marker.key, default: 0] >= 2 {
                let reason = GovReportsError.workerKilled(path: marker.path, stage: marker.stage.rawValue, signal: signal)
                setAside.add(marker.key, reason)
                try setAside.save(layout)
                log((reason.description + "; going on without it").escapingControlCharacters)
                jobs = nil
            } else {
                log("\(marker.path): the build process died of signal \(signal) in its \(marker.stage.rawValue) stage; retrying it alone"
                    .escapingControlCharacters)
                jobs = 1
            }
        }
    }

    /// What made the supervisor kill a worker.
    private enum Overrun {
        /// The documents in flight past the time limit.
        case late([InFlightMarker])
        /// Over the memory limit with these documents in flight.
        case memory([InFlightMarker])
    }

    /// Sets `marker`'s document aside with `reason`, and says so.
    private func record(_ marker: InFlightMarker, _ reason: GovReportsError, in setAside: inout SetAside) {
        setAside.add(marker.key, reason)
        log(reason.description.escapingControlCharacters)
    }

    /// Waits for `worker` to end, killing it when a document in flight runs over the time limit or the worker over
    /// the memory limit; returns how it ended and what it was killed for.
    private func watch(_ worker: Worker, layout: CorpusLayout) throws -> (WorkerEnd, Overrun?) {
        var overrun: Overrun?
        let limit = documentTimeout.seconds
        // Often enough that memory growing at a few GB a second overshoots the limit by little.
        let interval = Duration.milliseconds(max(10, Int(min(limit * 250, 50).rounded())))
        while true {
            if let end = worker.wait(interval) { return (end, overrun) }
            guard overrun == nil else { continue }
            let inFlight = InFlightMarker.all(layout)
            let now = Date().timeIntervalSince1970
            let late = inFlight.filter { now - $0.started > limit }
            if !late.isEmpty {
                overrun = .late(late)
            } else if !inFlight.isEmpty, let resident = worker.residentBytes(),
                resident / (1 << 20) > documentMemory * inFlight.count
            {
                overrun = .memory(inFlight)
            }
            if overrun != nil { worker.stop() }
        }
    }

    /// A launcher running this executable with `arguments(jobs)` as the worker, its standard input a pipe from the
    /// supervisor: when the supervisor dies (even by kill -9) the pipe closes and `exitWhenSupervisorDies` ends the worker.
    public static func workerProcess(arguments: @escaping @Sendable (_ jobs: Int?) -> [String]) -> @Sendable (Int?) throws -> Worker {
        { jobs in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            process.arguments = arguments(jobs)
            // Tesseract's OpenMP reads its thread limit once, when the library loads: set in the worker's environment
            // it holds from the start, and the build's own jobs and OCR workers share the cores instead.
            var environment = ProcessInfo.processInfo.environment
            environment["OMP_THREAD_LIMIT"] = "1"
            process.environment = environment
            let lifeline = Pipe()
            process.standardInput = lifeline
            let ended = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in ended.signal() }
            try process.run()
            let pid = process.processIdentifier
            // The process and the pipe are only touched under the lock, once the process has ended.
            let started = Locked((process, lifeline))
            return Worker(
                wait: { interval in
                    guard ended.wait(timeout: .now() + interval.seconds) == .success else { return nil }
                    ended.signal()
                    return started.withLock { pair in
                        let process = pair.0
                        let status = process.terminationStatus
                        return process.terminationReason == .uncaughtSignal ? .signaled(status) : .exited(status)
                    }
                },
                stop: { kill(pid, SIGKILL) },
                residentBytes: { residentBytes(of: pid) })
        }
    }

    /// A process's resident set from `/proc/PID/statm` (its second field, in pages).
    static func residentBytes(of pid: pid_t) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        let (bytes, overflow) = pages.multipliedReportingOverflow(by: sysconf(Int32(_SC_PAGESIZE)))
        return overflow ? .max : bytes
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
