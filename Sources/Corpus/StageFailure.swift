import ReportModel

/// A stage's error for one document, kept in the cache when running the stage again on the same bytes with the
/// same stage version would fail the same way (so an unchanged rerun does not redo it).
struct StageFailure: Error, Codable, Sendable {
    var status: DocumentStatus
    var error: String
    /// nil only in failures cached by builds before error codes, which are run again rather than trusted.
    var errorCode: ErrorCode?
    /// False for errors of the machine rather than the document (OCR missing, disk full, unknown errors):
    /// those are retried by the next build instead of being cached.
    var repeatable: Bool

    init(status: DocumentStatus, error: String, errorCode: ErrorCode, repeatable: Bool) {
        self.status = status
        self.error = error
        self.errorCode = errorCode
        self.repeatable = repeatable
    }

    init(stageError: Error) {
        status = DocumentStatus(stageError: stageError)
        errorCode = ErrorCode(stageError)
        switch stageError as? GovReportsError {
        case let known?:
            error = known.description
            switch known {
            case .notAnAnnualReport, .notAPDF, .corruptPDF, .encryptedPDF, .noPages, .unsupportedInput, .invalidStageFile:
                repeatable = true
            default:
                repeatable = false
            }
        case nil:
            error = String(describing: stageError)
            repeatable = false
        }
    }
}
