import Foundation
import ReportModel
import Testing
import TestSupport

/// `govreports extract` as a user runs it.
@Suite(.enabled(if: Fixtures.govreportsExecutable != nil, "govreports executable not built"))
struct ExtractCommandTests {
    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRun {
        // The suite runs only when the executable was built.
        try CommandRun(try #require(Fixtures.govreportsExecutable).path, arguments, environment: environment)
    }

    @Test func writesTheLayoutAndNoTemporaryFiles() throws {
        let inputs = try Fixtures.temporaryFolder()
        let input = try MiniPDF(pages: [MiniPDF.textPage(["Applications 21 0 21"])]).write(to: inputs, name: "in.pdf")
        let outputs = try Fixtures.temporaryFolder()
        let output = outputs.appendingPathComponent("in.layout.json").path

        let result = try run(["extract", input, "-o", output])
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outputs.path) == ["in.layout.json"])
        let layout = try JSONFile.read(LayoutDocument.self, from: output)
        #expect(layout.formatVersion == LayoutDocument.currentFormatVersion)
        #expect(layout.pages.first?.lines.first?.words.map(\.text) == ["Applications", "21", "0", "21"])
    }

    @Test func dashWritesToStandardOutput() throws {
        let input = try MiniPDF(pages: [MiniPDF.textPage(["x"])]).write(to: try Fixtures.temporaryFolder(), name: "a.pdf")
        let result = try run(["extract", input, "-o", "-"])
        #expect(result.status == 0)
        #expect(try JSONDecoder().decode(LayoutDocument.self, from: result.output).pages.count == 1)
    }

    @Test func failureLeavesNoOutputAndSaysWhyInOneLine() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("download.pdf").path
        try Data("<html><body>Service unavailable</body></html>".utf8).write(to: URL(fileURLWithPath: input))
        let output = folder.appendingPathComponent("out.layout.json").path

        let result = try run(["extract", input, "-o", output])
        #expect(result.status != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["download.pdf"])
        let message = result.error.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(message.contains(input))
        #expect(!message.contains("\n"))
    }

    /// A page that makes Poppler complain 300 times (a font tag that names no font, 150 times, and the page is then
    /// rendered for OCR): nothing on standard error, each count said once as a diagnostic of its page.
    @Test func popplersMessagesAreCountedNotPrinted() throws {
        let folder = try Fixtures.temporaryFolder()
        let shows = (0..<150).map { "BT /F9 12 Tf 72 \(800 - $0 * 5) Td (x) Tj ET 0 0 0 rg 72 \(800 - $0 * 5) 100 1 re f" }
        let input = try MiniPDF(pages: [MiniPDF.Page(content: shows.joined(separator: "\n"))]).write(to: folder, name: "no-font.pdf")
        let output = folder.appendingPathComponent("no-font.layout.json").path
        let result = try run(["extract", input, "-o", output])
        #expect(result.status == 0)
        #expect(result.error.isEmpty, "\(result.error.prefix(500))")
        let layout = try JSONFile.read(LayoutDocument.self, from: output)
        let drawing = layout.diagnostics.filter { $0.code == .extractDrawingErrors }
        #expect(drawing.count == 1)
        #expect(drawing.first?.message.hasPrefix("Poppler reported 300 problem(s)") == true)
        let rendering = layout.diagnostics.filter { $0.code == .ocrRenderMessages }
        #expect(rendering.count == 1)
        #expect(rendering.first?.page == 1)
    }

    /// Tesseract, and poppler-glib with cairo and glib, are loaded only by a run that renders and recognises a page;
    /// libcurl (fetching) never by this executable: the dynamic loader says which libraries it maps.
    @Test func renderingAndOCRLibrariesAreLoadedOnlyWhenAPageNeedsOCR() throws {
        let folder = try Fixtures.temporaryFolder()
        let text = try MiniPDF(pages: [MiniPDF.textPage(["Applications 21 0 21"])]).write(to: folder, name: "text.pdf")
        let born = try run(["extract", text, "-o", folder.appendingPathComponent("t.json").path], environment: ["LD_DEBUG": "files"])
        #expect(born.status == 0)
        #expect(born.error.contains("file=libpoppler"), "LD_DEBUG gave no list of loaded libraries")
        for library in ["libtesseract", "libpoppler-glib", "libcairo", "libglib-2.0", "libcurl", "libxml2"] {
            #expect(!born.error.contains(library), "\(library) loaded for a text page")
        }

        let scan = Fixtures.samples.appendingPathComponent("songchuan-district-2023-scan150.pdf").path
        try #require(FileManager.default.fileExists(atPath: scan))
        let scanned = try run(["extract", scan, "-o", folder.appendingPathComponent("s.json").path], environment: ["LD_DEBUG": "files"])
        #expect(scanned.status == 0)
        #expect(scanned.error.contains("file=libtesseract"))
        #expect(scanned.error.contains("file=libpoppler-glib"))
    }
}

extension ExtractCommandTests {
    /// A stage command's help and its mistakes name the tool and the command, with the usage line.
    @Test func aStageCommandsHelpAndErrorsNameTheTool() throws {
        let help = try run(["extract", "--help"])
        #expect(help.status == 0)
        #expect(help.text.contains("USAGE: govreports extract <input>"))
        let missing = try run(["extract"])
        #expect(missing.status == 64)
        #expect(missing.text.contains("Usage: govreports extract"))
        let unknown = try run(["extract", "in.pdf", "-o", "out.json", "--no-such-option"])
        #expect(unknown.status == 64)
        #expect(unknown.text.contains("Unknown option '--no-such-option'"))
    }
}
