import ArgumentParser
import CommandSupport
import Extraction
import Foundation
import Repair
import ReportModel

struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Layout JSON, plain text or HTML → document JSON: headings, paragraphs and tables as a person reads them.")

    @Argument(help: "A .layout.json from extract, a .docx, or a .txt / .html / .md file another tool extracted.") var input: String
    @Option(name: .shortAndLong, help: "Output file, or - for standard output.") var output: String
    @Option(
        name: .customLong("debug-dir"),
        help: "For a layout JSON: write one PNG per page (page-N.png) showing the lines, paragraphs and table cells found.")
    var debugDirectory: String?

    func run() throws {
        try runReportingErrors {
            if output != "-" { try JSONFile.checkOutputPath(output) }
            // Images first: they are what one looks at when the repair itself goes wrong.
            if let debugDirectory { try writeDebugImages(into: debugDirectory) }
            let document = try RepairStage().repair(path: input)
            try JSONFile.write(document, to: output)
        }
    }

    private func writeDebugImages(into folder: String) throws {
        guard input.lowercased().hasSuffix(".json") else {
            throw GovReportsError.invalidArgument("--debug-dir needs a layout JSON from extract; \(input) has no page images")
        }
        let layout = try JSONFile.read(LayoutDocument.self, from: input)
        let overlays = LayoutRepairer().overlays(for: layout)
        // The PDF path is as extract was given it; when relative to elsewhere, look beside the layout file.
        var pdf = layout.source.path
        let beside = URL(fileURLWithPath: input).deletingLastPathComponent().appendingPathComponent(URL(fileURLWithPath: pdf).lastPathComponent).path
        if !FileManager.default.fileExists(atPath: pdf), FileManager.default.fileExists(atPath: beside) { pdf = beside }
        let written = try OverlayRenderer().render(pdf: pdf, overlays: overlays, into: folder)
        FileHandle.standardError.write(Data("govreports: wrote \(written.count) debug image(s) to \(folder)\n".utf8))
    }
}
