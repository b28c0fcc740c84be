import Foundation
import Markup
import ReportModel

/// The repair stage's entry point: any input it accepts → `Document`.
public struct RepairStage: Sendable {
    public init() {}

    /// Reads a layout JSON (from extract), a plain-text, HTML, Markdown or Word file and repairs it.
    public func repair(path: String) throws -> Document {
        try RepairInput(path: path).repair(with: self)
    }

    /// Rebuilds paragraphs and tables from positioned text.
    public func repair(layout: LayoutDocument) -> Document {
        LayoutRepairer().repair(layout)
    }

    /// Reads the paragraphs and tables of a Word file's bytes; `source.path` names it in errors.
    public func repair(wordPackage data: Data, source: SourceInfo) throws -> Document {
        let (blocks, diagnostics) = TextRepairer().blocks(from: try WordDocumentReader.segments(ofPackage: data, path: source.path))
        return Document(source: source, blocks: blocks, diagnostics: diagnostics)
    }

    /// Rebuilds paragraphs and tables from text another tool extracted (`source.format` says text, HTML or
    /// Markdown).
    public func repair(text: String, source: SourceInfo) -> Document {
        let segments: [TextRepairer.Segment] = switch source.format {
        case .html: HTMLReader.segments(of: text)
        case .markdown: MarkdownReader.segments(of: text)
        case .text, .pdf, .docx: [.text(text)]
        }
        var (blocks, diagnostics) = TextRepairer().blocks(from: segments)
        if source.format == .html || source.format == .markdown, !MarkupParser.isAvailable {
            diagnostics.append(Diagnostic(
                code: .repairMarkupUnavailable,
                message: "libxml2 cannot be loaded (install Debian's libxml2), so the markup was not read"))
        }
        return Document(source: source, blocks: blocks, diagnostics: diagnostics)
    }
}
