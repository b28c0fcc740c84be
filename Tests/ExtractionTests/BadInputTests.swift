import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// Each kind of bad input gives its own one-line error naming the file, never a crash.
struct BadInputTests {
    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryFolder()
    }

    private func extract(_ path: String, password: String? = nil) -> GovReportsError? {
        do {
            _ = try PDFExtractor(options: .init(password: password)).extract(path: path)
            return nil
        } catch {
            return error as? GovReportsError
        }
    }

    private func expectOneLine(_ error: GovReportsError?, naming path: String) {
        let text = error?.description ?? ""
        #expect(text.contains(path))
        #expect(!text.contains("\n"))
    }

    private func threePagePDF() -> MiniPDF {
        MiniPDF(pages: (1...3).map { MiniPDF.textPage(["Page \($0)", "12 34 56"]) })
    }

    @Test func missingFile() {
        let path = folder.appendingPathComponent("absent.pdf").path
        let error = extract(path)
        #expect(error == .fileNotFound(path: path))
        expectOneLine(error, naming: path)
    }

    @Test func htmlSavedAsPDF() throws {
        let path = folder.appendingPathComponent("error-page.pdf").path
        try Data("<!DOCTYPE html>\n<html><body>404 Not Found</body></html>\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = extract(path)
        guard case .notAPDF(let errorPath, let reason)? = error else {
            Issue.record("expected notAPDF, got \(String(describing: error))")
            return
        }
        #expect(errorPath == path)
        #expect(reason.contains("HTML"))
        expectOneLine(error, naming: path)
    }

    /// What the content is instead comes from the one sniffer: a Word file saved as .pdf says so.
    @Test func zipPackageSavedAsPDF() throws {
        let path = folder.appendingPathComponent("report.pdf").path
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).write(to: URL(fileURLWithPath: path))
        guard case .notAPDF(_, let reason)? = extract(path) else {
            Issue.record("expected notAPDF")
            return
        }
        #expect(reason.contains("zip package"))
    }

    @Test func emptyFile() throws {
        let path = folder.appendingPathComponent("empty.pdf").path
        try Data().write(to: URL(fileURLWithPath: path))
        guard case .notAPDF? = extract(path) else {
            Issue.record("expected notAPDF")
            return
        }
    }

    @Test func headerAfterLeadingJunkIsAccepted() throws {
        var data = Data(repeating: 0x20, count: 100)
        data.append(threePagePDF().data())
        // Offsets in the xref table are now wrong by 100 bytes; Poppler reconstructs them.
        let path = folder.appendingPathComponent("junk-first.pdf").path
        try data.write(to: URL(fileURLWithPath: path))
        #expect(try PDFExtractor().extract(path: path).pages.count == 3)
    }

    @Test func truncatedPDF() throws {
        let whole = threePagePDF().data()
        let path = folder.appendingPathComponent("truncated.pdf").path
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
        let error = extract(path)
        guard case .corruptPDF(let errorPath, let reason)? = error else {
            Issue.record("expected corruptPDF, got \(String(describing: error))")
            return
        }
        #expect(errorPath == path)
        #expect(!reason.isEmpty)
        expectOneLine(error, naming: path)
    }

    @Test func zeroPages() throws {
        let path = try MiniPDF(pages: []).write(to: folder, name: "no-pages.pdf")
        let error = extract(path)
        #expect(error == .noPages(path: path))
        expectOneLine(error, naming: path)
    }

    @Test(.enabled(if: ExternalTool.path("qpdf") != nil, "qpdf not installed (scripts/setup installs it)"))
    func encryptedPDF() throws {
        let plain = try threePagePDF().write(to: folder, name: "plain.pdf")
        let path = folder.appendingPathComponent("locked.pdf").path
        let qpdf = try #require(ExternalTool.path("qpdf"))
        let run = try CommandRun(qpdf, ["--encrypt", "open-sesame", "owner-secret", "256", "--", plain, path])
        #expect(run.status == 0)

        let withoutPassword = extract(path)
        #expect(withoutPassword == .encryptedPDF(path: path, passwordGiven: false))
        expectOneLine(withoutPassword, naming: path)
        let wrongPassword = extract(path, password: "wrong")
        #expect(wrongPassword == .encryptedPDF(path: path, passwordGiven: true))
        expectOneLine(wrongPassword, naming: path)

        let opened = try PDFExtractor(options: .init(password: "open-sesame")).extract(path: path)
        #expect(opened.pages.count == 3)
        #expect(opened.pages[0].lines.first?.text == "Page 1")
    }

    /// A PDF restricted by an owner password only (no password to open it) opens whatever `--password` is given:
    /// a password for other files of a batch is no reason to fail this one.
    @Test(.enabled(if: ExternalTool.path("qpdf") != nil, "qpdf not installed (scripts/setup installs it)"))
    func ownerPasswordOnlyPDFOpensWithAWrongPassword() throws {
        let plain = try threePagePDF().write(to: folder, name: "plain.pdf")
        let path = folder.appendingPathComponent("restricted.pdf").path
        let qpdf = try #require(ExternalTool.path("qpdf"))
        let run = try CommandRun(qpdf, ["--encrypt", "", "owner", "256", "--print=none", "--modify=none", "--", plain, path])
        #expect(run.status == 0)
        for password in [nil, "wrong", "owner"] {
            let layout = try PDFExtractor(options: .init(password: password, ocr: nil)).extract(path: path)
            #expect(layout.pages.count == 3, "password \(password ?? "none")")
            #expect(layout.pages[2].lines.first?.text == "Page 3")
        }
        let rendered = try PageRenderer(dpi: 36, password: "wrong").grayImage(ofPage: 1, inPDFAt: path)
        #expect(rendered.width > 0)
    }

    @Test func folderInsteadOfFile() {
        guard case .unreadable? = extract(folder.path) else {
            Issue.record("expected unreadable")
            return
        }
    }
}
