import CPopplerDrawing
import Foundation
import ReportModel

/// One page as a single pass of Poppler's content interpreter gives it: its size, its text layer (every character
/// with its box, font name and size) and its drawing.
struct PageContent: Sendable {
    var width: Double
    var height: Double
    var characters: [PageCharacter]
    var drawing: PageDrawing

    /// Every page of `file`, the C memory copied into Swift values and freed before this returns. Throws
    /// `GovReportsError` for a document Poppler cannot open (damaged, encrypted) or a page it cannot read.
    static func read(_ file: PDFFile, password: String?) throws -> [PageContent] {
        let document = try open(file, password: password)
        defer { gr_drawing_free(document) }
        let count = Int(gr_drawing_page_count(document))
        guard count > 0 else { throw GovReportsError.noPages(path: file.path) }
        return try (0..<count).map { index in
            var page = gr_page()
            gr_drawing_page(document, Int32(index), &page)
            defer { gr_drawing_page_free(&page) }
            guard page.exists != 0 else {
                throw GovReportsError.corruptPDF(path: file.path, reason: "page \(index + 1) cannot be read")
            }
            return PageContent(copying: page)
        }
    }

    /// Opens with the password as poppler-glib tries it (in Latin-1, then as given), and then without: a password that
    /// opens a file neither as owner nor as user may be meant for another file, and many PDFs are restricted by an
    /// owner password only, so they open without any.
    private static func open(_ file: PDFFile, password: String?) throws -> OpaquePointer {
        var attempts: [[CChar]?] = [nil]
        if let password {
            let latin1 = (password.data(using: .isoLatin1).map { $0.map { CChar(bitPattern: $0) } } ?? []) + [0]
            let utf8 = Array(password.utf8CString)
            // An ASCII password is the same bytes both ways: the file is opened with it once.
            attempts = (latin1 == utf8 ? [latin1] : [latin1, utf8]) + [nil]
        }
        var firstError: gr_open_error?
        for attempt in attempts {
            var error = gr_open_error()
            let opened = attempt.map { secret in secret.withUnsafeBufferPointer { gr_drawing_open(file.path, $0.baseAddress, nil, &error) } }
                ?? gr_drawing_open(file.path, nil, nil, &error)
            if let opened { return opened }
            if firstError == nil { firstError = error }
            guard error.code == Self.encrypted else { break }
        }
        throw openingError(firstError ?? gr_open_error(), path: file.path, passwordGiven: password != nil)
    }

    /// Poppler's `errEncrypted`.
    private static let encrypted: Int32 = 4

    /// The reasons poppler-glib gives for Poppler's error codes, which users have seen in this tool's messages.
    private static func openingError(_ error: gr_open_error, path: String, passwordGiven: Bool) -> GovReportsError {
        let reason: String
        switch error.code {
        case 1: reason = String(cString: strerror(error.open_errno))
        case 2: reason = "Failed to read the document catalog"
        case 3: reason = "PDF document is damaged"
        case encrypted: return .encryptedPDF(path: path, passwordGiven: passwordGiven)
        default: reason = "Failed to load document"
        }
        return .corruptPDF(path: path, reason: reason)
    }

    private init(copying page: gr_page) {
        width = page.width
        height = page.height
        drawing = PageDrawing(copying: page)
        let fonts = (0..<Int(page.font_count)).map { index in
            page.font_names[index].map { Self.fontName(String(cString: $0)) } ?? ""
        }
        var characters: [PageCharacter] = []
        if let chars = page.chars, page.char_count > 0 {
            characters.reserveCapacity(Int(page.char_count))
            for c in UnsafeBufferPointer(start: chars, count: Int(page.char_count)) {
                let box = Box(x0: min(c.x0, c.x1), y0: min(c.y0, c.y1), x1: max(c.x0, c.x1), y1: max(c.y0, c.y1))
                guard let held = Self.bounded(box, width: width, height: height) else { continue }
                // Rounded like boxes: Poppler's sizes carry float noise (9.950000000000001).
                let size = (c.font_size * 100).rounded() / 100
                let font = Int(c.font) < fonts.count ? fonts[Int(c.font)] : nil
                characters.append(PageCharacter(
                    scalar: Unicode.Scalar(c.unicode).flatMap { $0 == "\0" ? nil : $0 } ?? "\u{FFFD}", box: held,
                    font: size.isFinite ? font : nil, fontSize: size.isFinite ? size : nil))
            }
        }
        self.characters = characters
    }

    /// A glyph's box held to the page and one page's size around it (a damaged font's /Widths of 10^40 makes a glyph
    /// wider than any page, and its box no later stage could read back); nil when Poppler gives no finite box.
    static func bounded(_ box: Box, width: Double, height: Double) -> Box? {
        guard [box.x0, box.y0, box.x1, box.y1].allSatisfy(\.isFinite) else { return nil }
        let limit = Box.largestCoordinate
        func held(_ value: Double, within extent: Double) -> Double {
            min(max(value, max(-extent, -limit)), min(2 * extent, limit))
        }
        return Box(
            x0: held(box.x0, within: width), y0: held(box.y0, within: height),
            x1: held(box.x1, within: width), y1: held(box.y1, within: height))
    }

    /// Drops the subset tag (`ABCDEF+宋体` → `宋体`): it differs per file and says nothing about the typeface.
    static func fontName(_ raw: String) -> String {
        let parts = raw.split(separator: "+", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 6, parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            return raw
        }
        return String(parts[1])
    }
}
