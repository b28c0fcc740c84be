import ReportModel

/// Why an input has no record, as a stable machine-readable word (`manifest.json`'s `errorCode`, the database's
/// `non_reports.error_code`); `error` says the same for a person.
public enum ErrorCode: String, Sendable, Codable, CaseIterable {
    /// Named `.pdf` but not a PDF (an HTML error page saved as one).
    case notPDF
    /// A PDF that needs a password the build was not given (or a wrong one).
    case encrypted
    /// A PDF whose structure cannot be read (truncated, broken cross-reference table).
    case damaged
    /// A PDF with no pages.
    case noPages
    /// A kind of file no stage reads, or input over a limit (`unsupported input: …`).
    case unsupported
    /// Readable, but not an annual report.
    case notAReport
    /// The file cannot be read (permissions, I/O error).
    case unreadable
    /// The file changed while the build was reading it.
    case changedWhileReading
    /// A cached stage file of an unknown or damaged format.
    case invalidStageFile
    /// Writing into the corpus failed (disk full, say).
    case writeFailed
    /// OCR was needed but Tesseract or its language data is missing.
    case ocrUnavailable
    /// The document ran over `--document-timeout`.
    case timedOut
    /// The document, run alone, took its worker over `--document-memory`.
    case overMemory
    /// The worker died of a signal while running this document alone.
    case workerKilled
    /// A 0-byte file (status `empty`).
    case empty
    /// A path not read (status `skipped`).
    case skipped
    /// Any other failure.
    case other

    init(_ error: Error) {
        guard let known = error as? GovReportsError else {
            self = .other
            return
        }
        switch known {
        case .notAPDF: self = .notPDF
        case .encryptedPDF: self = .encrypted
        case .corruptPDF: self = .damaged
        case .noPages: self = .noPages
        case .unsupportedInput: self = .unsupported
        case .notAnAnnualReport: self = .notAReport
        case .fileNotFound, .unreadable: self = .unreadable
        case .changedWhileReading: self = .changedWhileReading
        case .invalidStageFile: self = .invalidStageFile
        case .writeFailed, .corpusWriteFailed: self = .writeFailed
        case .ocrUnavailable: self = .ocrUnavailable
        case .documentTimedOut: self = .timedOut
        case .documentOverMemory: self = .overMemory
        case .workerKilled: self = .workerKilled
        case .emptyInput: self = .empty
        case .skippedInput: self = .skipped
        case .corpusLocked, .invalidArgument: self = .other
        }
    }
}
