/// Every fatal error of the pipeline. Each description is one line naming the input and the reason,
/// because that line is all a user of the command sees.
public enum GovReportsError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case notAPDF(path: String, reason: String)
    case corruptPDF(path: String, reason: String)
    case encryptedPDF(path: String, passwordGiven: Bool)
    case noPages(path: String)
    case unsupportedInput(path: String, reason: String)
    case invalidStageFile(path: String, reason: String)
    case notAnAnnualReport(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    case ocrUnavailable(reason: String)
    case corpusLocked(path: String)
    case invalidArgument(String)
    /// An input with no bytes.
    case emptyInput(path: String)
    /// A path under the inbox that is not read: a link out of the inbox, a dangling link, a FIFO.
    case skippedInput(path: String, reason: String)
    /// An input whose bytes changed between the build's scan and its stages.
    case changedWhileReading(path: String)
    /// A write into the corpus for one input (`file`, relative to the corpus) that failed.
    case corpusWriteFailed(path: String, what: String, file: String, reason: String)
    /// A document whose stages ran over `build --document-timeout`.
    case documentTimedOut(path: String, seconds: Double, stage: String)
    /// A document in flight when the build's worker process died of a signal twice, the second time alone.
    case workerKilled(path: String, stage: String, signal: Int32)
    /// A document that took the build's worker, running it alone, over `build --document-memory`.
    case documentOverMemory(path: String, megabytes: Int, stage: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        case .notAPDF(let path, let reason):
            return "\(path): not a PDF: \(reason)"
        case .corruptPDF(let path, let reason):
            return "\(path): damaged PDF: \(reason)"
        case .encryptedPDF(let path, let passwordGiven):
            return passwordGiven
                ? "\(path): encrypted PDF: the password given is wrong"
                : "\(path): encrypted PDF: give its password with --password"
        case .noPages(let path):
            return "\(path): the PDF has no pages"
        case .unsupportedInput(let path, let reason):
            return "\(path): unsupported input: \(reason)"
        case .invalidStageFile(let path, let reason):
            return "\(path): not a valid stage file: \(reason)"
        case .notAnAnnualReport(let path, let reason):
            return "\(path): not an annual report: \(reason)"
        case .writeFailed(let path, let reason):
            return "\(path): cannot write: \(reason)"
        case .ocrUnavailable(let reason):
            return "OCR unavailable: \(reason)"
        case .corpusLocked(let path):
            return "\(path): another build is running on this corpus (lock held)"
        case .invalidArgument(let message):
            return message
        case .emptyInput(let path):
            return "\(path): empty file (0 bytes)"
        case .skippedInput(let path, let reason):
            return "\(path): skipped: \(reason)"
        case .changedWhileReading(let path):
            return "\(path): changed while the build was reading it; it is read again by the next build"
        case .corpusWriteFailed(let path, let what, let file, let reason):
            return "\(path): cannot store \(what) in the corpus (\(file)): \(reason)"
        case .documentTimedOut(let path, let seconds, let stage):
            let limit = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return "\(path): took longer than --document-timeout \(limit) s (in its \(stage) stage); not cached, the next build tries it again"
        case .workerKilled(let path, let stage, let signal):
            return "\(path): the build process died of signal \(signal) in its \(stage) stage twice, the second time with this"
                + " document alone; not cached, the next build tries it again"
        case .documentOverMemory(let path, let megabytes, let stage):
            return "\(path): used more than --document-memory \(megabytes) MB (in its \(stage) stage); not cached, the next build tries it again"
        }
    }
}
