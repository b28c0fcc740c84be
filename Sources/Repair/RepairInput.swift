import Foundation
import ReportModel

/// Reads a file given to `repair` and sends it down the right path: layout JSON from `extract`, a Word
/// file, HTML, Markdown, or plain text.
struct RepairInput {
    var path: String

    func repair(with stage: RepairStage) throws -> Document {
        guard FileManager.default.fileExists(atPath: path) else { throw GovReportsError.fileNotFound(path: path) }
        // A layout JSON is extract's output and may be large; a text or HTML file is checked before it is read.
        if !path.lowercased().hasSuffix(".json"), let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int {
            try SourceText.checkSize(size, path: path)
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw GovReportsError.unreadable(path: path, reason: "permission denied or not a file")
        }
        let head = bytes.prefix(64).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let sniffed = InputKind.sniff(bytes)
        if sniffed == .pdf {
            throw GovReportsError.unsupportedInput(path: path, reason: "a PDF; run `govreports extract` on it first")
        }
        if sniffed == .docx {
            guard InputKind(fileName: path) == .docx else {
                throw GovReportsError.unsupportedInput(path: path, reason: "a zip package; only Word files (.docx) are read")
            }
            let source = SourceInfo(path: path, sha256: SHA256.hex(of: bytes), format: .docx)
            return try stage.repair(wordPackage: bytes, source: source)
        }
        if InputKind(fileName: path) == .docx {
            throw GovReportsError.unsupportedInput(path: path, reason: "not a Word file (no zip package header)")
        }
        if head.first == UInt8(ascii: "{") {
            do {
                return stage.repair(layout: try JSONDecoder().decode(LayoutDocument.self, from: bytes))
            } catch let error as DecodingError where path.lowercased().hasSuffix(".json") {
                throw GovReportsError.invalidStageFile(
                    path: path, reason: "not a layout document from extract: \(JSONFile.describe(error))")
            } catch is DecodingError {
                // Text that happens to start with a brace: read below as text.
            }
        }
        let source = try SourceText(path: path, bytes: bytes)
        guard !source.text.trimmingWhitespace().isEmpty else {
            throw GovReportsError.unreadable(path: path, reason: "the file is empty")
        }
        return stage.repair(text: source.text, source: source.sourceInfo)
    }
}
