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
        }
    }
}
