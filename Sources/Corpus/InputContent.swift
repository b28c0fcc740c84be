import Foundation
import Repair
import ReportModel

/// What an input's bytes turned out to be, checked against what its name says, so that a download that went
/// wrong (an HTML error page saved as `.pdf`, an empty file) gets a clear status instead of a stage error.
public enum InputContent: Sendable, Equatable {
    case pdf
    /// Decoded text, and whether it is plain text or HTML (judged by the content, not only the name).
    case text(String, format: SourceInfo.Format)
    /// A Word file's bytes.
    case wordPackage(Data)
    case unsupported(reason: String)

    /// Judges `data`, the first KiB of a PDF or all of a text, HTML, Markdown or Word file, against its file name.
    public static func inspect(_ data: Data, name: String) -> InputContent {
        let kind = InputFile.Kind(fileName: name)
        if kind == .other { return .unsupported(reason: "not a \(InputKind.acceptedNames) file") }
        if data.isEmpty { return .unsupported(reason: "empty file (0 bytes)") }
        let sniffed = InputKind.sniff(data)
        let isPDF = sniffed == .pdf
        let suffix = "." + URL(fileURLWithPath: name).pathExtension
        switch kind {
        case .docx:
            if sniffed == .docx { return .wordPackage(data) }
            if isPDF { return .unsupported(reason: "a PDF saved as .docx") }
            return .unsupported(reason: "not a Word file (no zip package header)")
        case .pdf, .other:
            if isPDF { return .pdf }
            if sniffed == .html { return .unsupported(reason: "an HTML page saved as .pdf (no %PDF- header)") }
            return .unsupported(reason: "no %PDF- header: the content is not a PDF")
        case .text, .html, .markdown:
            if isPDF { return .unsupported(reason: "a PDF saved as \(suffix)") }
            do {
                let text = try SourceText(path: name, bytes: data)
                return .text(text.text, format: text.format)
            } catch GovReportsError.unsupportedInput(_, let reason) {
                return .unsupported(reason: reason)
            } catch {
                return .unsupported(reason: "binary content saved as \(suffix): no UTF-8, GB18030, UTF-16 or UTF-32 text")
            }
        }
    }
}
