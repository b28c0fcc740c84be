import CCairo
import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Extraction

/// One generated scanned page (the only full OCR run in the suite): a title, a ruled table of numbers, a red seal,
/// grey paper, turned a little — drawn with cairo onto an image and wrapped into an image-only PDF.
@Suite struct OCRScannedPageTests {
    static let labels = ["行政许可", "行政处罚", "行政强制", "其他"]
    static let numbers = [["340", "12", "0"], ["1057", "367.98", "8"], ["26", "4119", "195"], ["7", "0", "2023"]]
    static let title = "政府信息公开工作年度报告"

    /// The page is drawn with WenQuanYi Zen Hei (`fonts-wqy-zenhei`, installed by scripts/setup).
    static let hasChineseFont: Bool = {
        let fc = Process()
        fc.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
        fc.arguments = ["WenQuanYi Zen Hei"]
        let pipe = Pipe()
        fc.standardOutput = pipe
        guard (try? fc.run()) != nil else { return false }
        let listed = pipe.fileHandleForReading.readDataToEndOfFile()
        fc.waitUntilExit()
        return !listed.isEmpty
    }()

    @Test(.enabled(if: hasChineseFont, "needs fonts-wqy-zenhei (scripts/setup)"))
    func imageOnlyPageIsRecognisedWithEveryTableNumberExact() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("scan.pdf").path
        try Self.drawScannedPDF(at: pdf, degrees: 0.8)

        let input = LayoutDocument(
            source: SourceInfo(path: pdf, sha256: "", format: .pdf, pages: 1, pageOrigins: [.empty]),
            pages: [Page(number: 1, width: 595.28, height: 841.89, kind: .needsOCR)])
        let output = try OCRRecognizer().recognize(input, path: pdf)

        let page = try #require(output.pages.first)
        #expect(page.kind == .ocr)
        #expect(output.source.pageOrigins == [.ocr])
        let words = page.lines.flatMap(\.words)
        #expect(!words.isEmpty)
        #expect(words.allSatisfy { $0.origin == .ocr && $0.confidence != nil })
        #expect(page.rulings.contains { $0.orientation == .vertical } && page.rulings.contains { $0.orientation == .horizontal })

        // Each number sits alone in its cell, read exactly, in the right row and column order.
        for (row, values) in Self.numbers.enumerated() {
            let label = Self.labels[row]
            let line = try #require(page.lines.first { $0.text.contains(label) }, "row label \(label) not read")
            let sameRow = page.lines.filter { abs($0.box.midY - line.box.midY) < 10 && $0 != line }
            #expect(sameRow.map(\.text) == values, "row \(label)")
        }
        #expect(page.lines.contains { $0.text.contains(Self.title) })
        // A lone digit that only one model reads is reported though right (Tesseract drops lone digits now and then);
        // on a clean page that may happen, but not to many of the 12 numbers.
        let flagged = output.diagnostics.filter { $0.code == .ocrLowConfidence }
        #expect(flagged.count <= 2, "\(flagged.map(\.message))")
    }

    /// The same table without rulings: its values come from the page's own reading, and each is read again by both
    /// models, as a ruled table's cells are, before it may be published (one model's reading never is).
    @Test(.enabled(if: hasChineseFont, "needs fonts-wqy-zenhei (scripts/setup)"))
    func numbersOfATableWithoutRulingsAreReadByBothModels() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("borderless.pdf").path
        try Self.drawScannedPDF(at: pdf, degrees: 0.8, ruled: false)

        let input = LayoutDocument(
            source: SourceInfo(path: pdf, sha256: "", format: .pdf, pages: 1, pageOrigins: [.empty]),
            pages: [Page(number: 1, width: 595.28, height: 841.89, kind: .needsOCR)])
        let output = try OCRRecognizer().recognize(input, path: pdf)
        let page = try #require(output.pages.first)
        #expect(page.rulings.isEmpty)
        let note = output.diagnostics.filter { $0.code == .ocrLooseNumbers }
        #expect(note.map(\.message) == ["page 1: 12 number(s) outside ruled tables read by both models, 0 disputed"])
        for (row, values) in Self.numbers.enumerated() {
            let label = Self.labels[row]
            let line = try #require(page.lines.first { $0.text.contains(label) }, "row label \(label) not read")
            let sameRow = page.lines.filter { abs($0.box.midY - line.box.midY) < 10 }.flatMap(\.words)
            let read = sameRow.filter { OCRTextCleanup.numericReading($0.text) != nil }
            #expect(read.map(\.text) == values, "row \(label)")
            #expect(read.allSatisfy { ($0.confidence ?? 0) >= 75 }, "row \(label)")
        }
    }

    /// A page turned 1.5°: OCR reads it straightened, but every box comes out in the page's own coordinates (the turn
    /// undone), so that provenance and the debug overlays point at the ink. Straightened boxes would be 2–6 pt off here.
    @Test(.enabled(if: hasChineseFont, "needs fonts-wqy-zenhei (scripts/setup)"))
    func boxesOfATurnedPageAreInThePagesOwnCoordinates() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("turned.pdf").path
        let centres = try Self.drawScannedPDF(at: pdf, degrees: 1.5)

        let input = LayoutDocument(
            source: SourceInfo(path: pdf, sha256: "", format: .pdf, pages: 1, pageOrigins: [.empty]),
            pages: [Page(number: 1, width: 595.28, height: 841.89, kind: .needsOCR)])
        let page = try #require(try OCRRecognizer().recognize(input, path: pdf).pages.first)
        let skew = try #require(page.skew)
        #expect(abs(skew - 1.5) < 0.1)

        let words = page.lines.flatMap(\.words)
        var placed = 0
        for centre in centres where centre.text.count >= 2 {
            // The word read there (numbers of two digits or more: each is unique on the page).
            guard let word = words.first(where: { $0.text == centre.text }) else { continue }
            #expect(abs(word.box.midX - centre.x) < 1.5 && abs(word.box.midY - centre.y) < 1.5,
                    "\(centre.text) at \(word.box.pointsDescription), printed around (\(centre.x), \(centre.y))")
            let glyphs = Box.enclosing(word.glyphs.map(\.box))
            #expect(glyphs.map { abs($0.midX - centre.x) < 1.5 && abs($0.midY - centre.y) < 1.5 } == true)
            placed += 1
        }
        #expect(placed >= 6)
        // Rulings too: the table's left border runs through the turned point (300 px, 800 … 1400 px).
        let left = page.rulings.filter { $0.orientation == .vertical }.min { $0.position < $1.position }
        let middle = PageSkew(degrees: 1.5, centreX: 595.28 / 2, centreY: 841.89 / 2).toPage(Box(x0: 72, y0: 264, x1: 72, y1: 264))
        #expect(left.map { abs($0.position - middle.midX) < 1.5 && abs(($0.start + $0.end) / 2 - middle.midY) < 1.5 } == true)
    }

    /// Draws the page at 300 dpi into an RGB image and paints that image, and nothing else, on a PDF page. Returns where
    /// the centre of each number's ink is on the page, in points: where the turn put it.
    @discardableResult
    static func drawScannedPDF(at path: String, degrees: Double, ruled: Bool = true) throws -> [(text: String, x: Double, y: Double)] {
        let (w, h) = (2480, 3508)
        let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(w), Int32(h))
        defer { cairo_surface_destroy(image) }
        let cr = cairo_create(image)
        cairo_set_source_rgb(cr, 0.86, 0.86, 0.84)
        cairo_paint(cr)
        cairo_translate(cr, Double(w) / 2, Double(h) / 2)
        cairo_rotate(cr, degrees * .pi / 180)
        cairo_translate(cr, -Double(w) / 2, -Double(h) / 2)
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1)
        cairo_select_font_face(cr, "WenQuanYi Zen Hei", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, 75)
        cairo_move_to(cr, 700, 500)
        cairo_show_text(cr, title)

        // Table: label column 600 px, three number columns of 400 px, rows of 150 px.
        let left = 300.0, top = 800.0, rowHeight = 150.0
        let columns = [left, left + 600, left + 1000, left + 1400, left + 1800]
        let bottom = top + rowHeight * Double(numbers.count)
        if ruled {
            cairo_set_line_width(cr, 4)
            for x in columns { cairo_move_to(cr, x, top); cairo_line_to(cr, x, bottom) }
            for r in 0...numbers.count { cairo_move_to(cr, left, top + Double(r) * rowHeight); cairo_line_to(cr, columns[4], top + Double(r) * rowHeight) }
            cairo_stroke(cr)
        }
        cairo_set_font_size(cr, 50)
        var centres: [(text: String, x: Double, y: Double)] = []
        for (r, values) in numbers.enumerated() {
            let baseline = top + Double(r) * rowHeight + 95
            cairo_move_to(cr, left + 40, baseline)
            cairo_show_text(cr, labels[r])
            for (c, value) in values.enumerated() {
                cairo_move_to(cr, columns[c + 1] + 60, baseline)
                var extents = cairo_text_extents_t()
                cairo_text_extents(cr, value, &extents)
                var (x, y) = (columns[c + 1] + 60 + extents.x_bearing + extents.width / 2, baseline + extents.y_bearing + extents.height / 2)
                cairo_user_to_device(cr, &x, &y)
                centres.append((value, x * 72 / 300, y * 72 / 300))
                cairo_show_text(cr, value)
            }
        }
        cairo_move_to(cr, 1500, 2600)
        cairo_show_text(cr, "二〇二四年一月十五日")
        // A semi-transparent red seal over the date.
        cairo_set_source_rgba(cr, 0.85, 0.1, 0.1, 0.7)
        cairo_set_line_width(cr, 14)
        cairo_arc(cr, 1750, 2580, 220, 0, 2 * .pi)
        cairo_stroke(cr)
        cairo_move_to(cr, 1620, 2600)
        cairo_show_text(cr, "人民政府")
        cairo_destroy(cr)
        cairo_surface_flush(image)

        try writeImagePDF(image, width: w, height: h, to: path)
        return centres
    }

    /// A one-page PDF whose only content is the image (uncompressed RGB): no text operators at all, like a scanner's output.
    static func writeImagePDF(_ image: OpaquePointer?, width w: Int, height h: Int, to path: String) throws {
        let stride = Int(cairo_image_surface_get_stride(image))
        let data = try #require(cairo_image_surface_get_data(image))
        var bytes = [UInt8](repeating: 0, count: 3 * w * h)
        for y in 0..<h {
            for x in 0..<w {
                let o = y * stride + 4 * x, i = 3 * (y * w + x)  // little-endian xRGB: B, G, R, x
                bytes[i] = data[o + 2]
                bytes[i + 1] = data[o + 1]
                bytes[i + 2] = data[o]
            }
        }
        let rgb = Data(bytes)
        var pdf = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func object(_ body: String, stream: Data? = nil) {
            offsets.append(pdf.count)
            pdf.append(Data("\(offsets.count) 0 obj\n\(body)\n".utf8))
            if let stream {
                pdf.append(Data("stream\n".utf8))
                pdf.append(stream)
                pdf.append(Data("\nendstream\n".utf8))
            }
            pdf.append(Data("endobj\n".utf8))
        }
        let content = Data("q 595.28 0 0 841.89 0 0 cm /Im1 Do Q".utf8)
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>")
        object("<< /Type /XObject /Subtype /Image /Width \(w) /Height \(h) /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length \(rgb.count) >>", stream: rgb)
        object("<< /Length \(content.count) >>", stream: content)
        let xref = pdf.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        pdf.append(Data(table.utf8))
        try pdf.write(to: URL(fileURLWithPath: path))
    }
}
