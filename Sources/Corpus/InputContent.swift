import Foundation
import ReportModel

/// What an input's bytes turned out to be, checked against what its name says, so that a download that went
/// wrong (an HTML error page saved as `.pdf`, an empty file) gets a clear status instead of a stage error.
public enum InputContent: Sendable, Equatable {
    case pdf
    /// Decoded text, and whether it is plain text or HTML (judged by the content, not only the name).
    case text(String, format: SourceInfo.Format)
    case unsupported(reason: String)

    public static func inspect(_ data: Data, kind: InputFile.Kind) -> InputContent {
        if kind == .other { return .unsupported(reason: "not a .pdf, .txt or .html file") }
        if data.isEmpty { return .unsupported(reason: "empty file (0 bytes)") }
        let head = data.prefix(1024)
        let isPDF = head.range(of: Data("%PDF-".utf8)) != nil
        switch kind {
        case .pdf, .other:
            if isPDF { return .pdf }
            if looksLikeHTML(head) { return .unsupported(reason: "an HTML page saved as .pdf (no %PDF- header)") }
            return .unsupported(reason: "no %PDF- header: the content is not a PDF")
        case .text, .html:
            let name = kind == .html ? ".html" : ".txt"
            if isPDF { return .unsupported(reason: "a PDF saved as \(name)") }
            guard !head.contains(0), let text = InputText.decode(data) else {
                return .unsupported(reason: "binary content saved as \(name): not UTF-8, UTF-16 or GB18030 text")
            }
            return .text(text, format: kind == .html || looksLikeHTML(head) ? .html : .text)
        }
    }

    /// An HTML document starts, after whitespace and a BOM, with a doctype, an `<html` tag or a comment.
    private static func looksLikeHTML(_ head: Data) -> Bool {
        let start = String(decoding: head.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
            .lowercased()
        return ["<!doctype html", "<html", "<!--", "<head"].contains { start.hasPrefix($0) }
    }
}
