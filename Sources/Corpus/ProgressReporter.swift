import Foundation

/// Tells a person how the build goes on standard error: on a terminal one line redrawn in place
/// (documents done/total, pages, rate, time left); otherwise, as in cron logs, one plain line per document worked on.
public final class ProgressReporter: Sendable {
    private struct State {
        var total = 0
        var done = 0
        var pages = 0
        var started = ContinuousClock.now
        var lastDrawn: ContinuousClock.Instant?
    }

    private let terminal: Bool
    private let state = Locked(State())

    public init(terminal: Bool = isatty(STDERR_FILENO) != 0) {
        self.terminal = terminal
    }

    public func log(_ line: String) {
        if terminal { clearLine() }
        write(line + "\n")
    }

    func start(total: Int) {
        state.withLock { $0 = State(total: total) }
    }

    func finished(_ entry: ManifestEntry, stagesRun: Int) {
        let line: String? = state.withLock { state in
            state.done += 1
            state.pages += entry.pages ?? 0
            let now = ContinuousClock.now
            if terminal {
                guard state.done == state.total || state.lastDrawn.map({ now - $0 > .milliseconds(200) }) ?? true else { return nil }
                state.lastDrawn = now
                return "\r\u{1B}[K" + Self.progress(state, now: now)
            }
            guard stagesRun > 0 else { return nil }
            // Errors already start with the path.
            let what = entry.error ?? entry.path
            return "[\(state.done)/\(state.total)] \(entry.status.rawValue) \(what)\n"
        }
        if let line { write(line) }
    }

    func end() {
        if terminal { write("\n") }
    }

    private static func progress(_ state: State, now: ContinuousClock.Instant) -> String {
        let elapsed = max(0.001, Double((now - state.started).components.seconds) + Double((now - state.started).components.attoseconds) / 1e18)
        let rate = Double(state.done) / elapsed
        let left = rate > 0 ? Int(Double(state.total - state.done) / rate) : 0
        return String(
            format: "%d/%d documents, %d pages, %.1f docs/s, ETA %d:%02d", state.done, state.total, state.pages, rate, left / 60, left % 60)
    }

    private func clearLine() { write("\r\u{1B}[K") }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
