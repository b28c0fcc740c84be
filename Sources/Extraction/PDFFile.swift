import Foundation
import ReportModel

/// The bytes of a file that claims to be a PDF, checked before Poppler sees them, so that the common
/// wrong inputs (a missing file, an HTML error page saved as `.pdf`) get a precise message.
struct PDFFile {
    let path: String
    let data: Data

    /// Some producers put junk before the header; readers accept it within the first kilobyte.
    static let headerWindow = 1024

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
        guard Self.hasHeader(data) else {
            throw GovReportsError.notAPDF(path: path, reason: Self.describeStart(of: data))
        }
        self.path = path
        self.data = data
    }

    static func hasHeader(_ data: Data) -> Bool {
        let window = data.prefix(headerWindow)
        return window.range(of: Data("%PDF-".utf8)) != nil
    }

    /// What the file looks like instead, because "not a PDF" alone does not tell a user what they downloaded.
    private static func describeStart(of data: Data) -> String {
        let start = String(decoding: data.prefix(256), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.contains("<html") {
            return "no %PDF- header, the file is an HTML page"
        }
        if start.hasPrefix("<") { return "no %PDF- header, the file looks like XML or HTML" }
        return "no %PDF- header in the first \(headerWindow) bytes"
    }
}
