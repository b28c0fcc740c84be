import Foundation
import ReportModel

/// The bytes of a file that claims to be a PDF, checked before Poppler sees them, so that the common
/// wrong inputs (a missing file, an HTML error page saved as `.pdf`) get a precise message.
struct PDFFile {
    let path: String
    let data: Data

    init(path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw GovReportsError.fileNotFound(path: path)
        }
        guard !isFolder.boolValue else { throw GovReportsError.unreadable(path: path, reason: "it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GovReportsError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        guard !data.isEmpty else { throw GovReportsError.notAPDF(path: path, reason: "the file is empty") }
        guard InputKind.isPDF(data) else {
            throw GovReportsError.notAPDF(path: path, reason: Self.describeStart(of: data))
        }
        self.path = path
        self.data = data
    }

    /// What the file looks like instead, because "not a PDF" alone does not tell a user what they downloaded.
    private static func describeStart(of data: Data) -> String {
        switch InputKind.sniff(data) {
        case .html: "no %PDF- header, the file is an HTML or XML page"
        case .docx: "no %PDF- header, the file is a zip package (a Word file?)"
        default: "no %PDF- header in the first \(InputKind.pdfHeaderWindow) bytes"
        }
    }
}
