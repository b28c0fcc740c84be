import Foundation
import ReportModel

/// The repair stage's entry point: any input it accepts → `Document`.
public struct RepairStage: Sendable {
    public init() {}

    /// Reads a layout JSON (from extract), a plain-text, HTML or Markdown file and repairs it.
    public func repair(path: String) throws -> Document {
        try RepairInput(path: path).repair(with: self)
    }

    /// Rebuilds paragraphs and tables from positioned text.
    public func repair(layout: LayoutDocument) -> Document {
        LayoutRepairer().repair(layout)
    }

    /// Rebuilds paragraphs and tables from text another tool extracted (`source.format` says text, HTML or
    /// Markdown).
    public func repair(text: String, source: SourceInfo) -> Document {
        let segments: [TextRepairer.Segment] = switch source.format {
        case .html: HTMLReader.segments(of: text)
        case .markdown: MarkdownReader.segments(of: text)
        case .text, .pdf: [.text(text)]
        }
        let (blocks, diagnostics) = TextRepairer().blocks(from: segments)
        return Document(source: source, blocks: blocks, diagnostics: diagnostics)
    }
}
