import Foundation

/// Writes small PDFs by hand so tests can make exactly the input they need (text in a base-14 font,
/// an image with no text, no pages at all) without any file from outside the repository.
struct MiniPDF {
    struct Page {
        /// Content-stream operators; the font is `/F1` (Helvetica), the image `/Im1`.
        var content: String
        /// 8-bit gray pixels for `/Im1`, rows top to bottom.
        var image: (width: Int, height: Int, pixels: [UInt8])?
        /// Width and height in points.
        var size: (width: Int, height: Int)
        /// More entries for the page dictionary (`/Rotate 90`, `/CropBox [...]`); a `/MediaBox` here replaces `size`'s.
        var entries: String
        /// More entries for the page's resource dictionary (`/Shading << ... >>`).
        var resources: String

        init(
            content: String, image: (width: Int, height: Int, pixels: [UInt8])? = nil, size: (width: Int, height: Int) = (595, 842),
            entries: String = "", resources: String = ""
        ) {
            self.content = content
            self.image = image
            self.size = size
            self.entries = entries
            self.resources = resources
        }
    }

    var pages: [Page]
    /// The dictionary of `/F1`, for tests of what a font may say (`/Widths` out of any range, say).
    var font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

    /// A page showing `lines` of Helvetica text, 14 pt, one below the other from the top.
    static func textPage(_ lines: [String]) -> Page {
        let operators = lines.enumerated().map { index, line in
            "BT /F1 14 Tf 72 \(760 - index * 24) Td (\(line)) Tj ET"
        }
        return Page(content: operators.joined(separator: "\n"))
    }

    /// A page that only paints an image of black bars arranged like lines of text: a scan, to a PDF reader.
    static func imageOnlyPage() -> Page {
        let width = 400
        let height = 200
        var pixels = [UInt8](repeating: 255, count: width * height)
        for line in 0..<6 {
            let top = 20 + line * 30
            for word in 0..<8 {
                let left = 20 + word * 46
                for y in top..<(top + 14) {
                    for x in left..<(left + 36) where (x / 4 + y / 3) % 3 != 0 { pixels[y * width + x] = 0 }
                }
            }
        }
        return Page(
            content: "q 400 0 0 200 97 500 cm /Im1 Do Q", image: (width, height, pixels))
    }

    func data() -> Data {
        var objects: [Data] = []
        let pageIDs = pages.indices.map { 4 + $0 * 3 }
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        let kids = pageIDs.map { "\($0) 0 R" }.joined(separator: " ")
        objects.append(Data("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>".utf8))
        objects.append(Data(font.utf8))
        for (index, page) in pages.enumerated() {
            let id = pageIDs[index]
            let xobject = page.image == nil ? "" : "/XObject << /Im1 \(id + 2) 0 R >>"
            let mediaBox = page.entries.contains("/MediaBox") ? "" : "/MediaBox [0 0 \(page.size.width) \(page.size.height)]"
            objects.append(Data("""
                << /Type /Page /Parent 2 0 R \(mediaBox) \(page.entries) \
                /Resources << /Font << /F1 3 0 R >> \(xobject) \(page.resources) >> /Contents \(id + 1) 0 R >>
                """.utf8))
            objects.append(stream(Data(page.content.utf8)))
            if let image = page.image {
                objects.append(stream(
                    Data(image.pixels),
                    dictionary: "/Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height) "
                        + "/ColorSpace /DeviceGray /BitsPerComponent 8"))
            } else {
                objects.append(Data("null".utf8))
            }
        }
        var output = Data("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.count)
            output.append(Data("\(index + 1) 0 obj\n".utf8))
            output.append(object)
            output.append(Data("\nendobj\n".utf8))
        }
        let xref = output.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        output.append(Data(table.utf8))
        return output
    }

    private func stream(_ bytes: Data, dictionary: String = "") -> Data {
        var data = Data("<< \(dictionary) /Length \(bytes.count) >>\nstream\n".utf8)
        data.append(bytes)
        data.append(Data("\nendstream".utf8))
        return data
    }

    /// Writes the PDF into `folder` and returns its path.
    func write(to folder: URL, name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data().write(to: url)
        return url.path
    }
}
