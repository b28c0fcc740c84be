import ReportModel

/// How one input ended in the corpus.
public enum DocumentStatus: String, Sendable, Codable, CaseIterable {
    /// Parsed: its record is in `records/ID.json`, `corpus.jsonl` and the database.
    case ok
    /// A stage failed on it; `error` says why. The build goes on.
    case failed
    /// Readable, but the parser found no 政府信息公开工作年度报告 in it.
    case notAReport = "not-a-report"
    /// Its content is not what its name says (an HTML page saved as .pdf) or of a kind no stage reads.
    case unsupported
    /// A file of 0 bytes. Each empty file has its own entry: empty files are not copies of each other.
    case empty
    /// A path under the inbox that is not read: a symbolic link out of the inbox (without `--follow-links`), a
    /// dangling link or a loop, a FIFO, socket or device; `error` says which.
    case skipped
    /// The same bytes as another input (`duplicateOf`), which stands for both.
    case duplicate

    /// The status a stage error gives a document.
    init(stageError error: Error) {
        switch error as? GovReportsError {
        case .notAnAnnualReport: self = .notAReport
        case .notAPDF: self = .unsupported
        default: self = .failed
        }
    }
}
