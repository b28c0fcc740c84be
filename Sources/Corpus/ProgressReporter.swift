import Foundation
import ReportModel

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
    private let write: @Sendable (String) -> Void

    /// - Parameters:
    ///   - terminal: whether to redraw one line; by default, whether standard error is a terminal.
    ///   - write: where the text goes; standard error by default.
    public init(
        terminal: Bool = isatty(STDERR_FILENO) != 0,
        write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.terminal = terminal
        self.write = write
    }

    func start(total: Int) {
        state.withLock { $0 = State(total: total) }
    }

    func finished(_ entry: ManifestEntry, stagesRun: Int) {
        let text: String? = state.withLock { state in
            state.done += 1
            state.pages += entry.pages ?? 0
            // Errors already start with the path.
            // Names may hold newlines or ESC: escaped, so that no name can forge a line or move the cursor.
            let line = "[\(state.done)/\(state.total)] \(entry.status.rawValue) \((entry.error ?? entry.path).escapingControlCharacters)\n"
            guard terminal else { return stagesRun > 0 ? line : nil }
            // On a terminal only new problems get a line of their own, above the redrawn progress line.
            let problem = stagesRun > 0 && entry.status != .ok ? "\r\u{1B}[K" + line : ""
            let now = ContinuousClock.now
            let due = state.done == state.total || state.lastDrawn.map { now - $0 > .milliseconds(200) } ?? true
            guard due || !problem.isEmpty else { return nil }
            state.lastDrawn = now
            return problem + "\r\u{1B}[K" + Self.progress(state, now: now)
        }
        if let text { write(text) }
    }

    func end() {
        if terminal { write("\n") }
    }

    private static func progress(_ state: State, now: ContinuousClock.Instant) -> String {
        let elapsed = max(0.001, (now - state.started).seconds)
        let rate = Double(state.done) / elapsed
        let left = rate > 0 ? Int(Double(state.total - state.done) / rate) : 0
        return String(
            format: "%d/%d documents, %d pages, %.1f docs/s, ETA %d:%02d",
            state.done, state.total, state.pages, rate, left / 60, left % 60)
    }
}
