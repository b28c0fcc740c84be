import CPoppler
import ReportModel

/// Copies a page's text layer out of Poppler: every character with its rectangle, font name and size.
///
/// Poppler hands out three parallel views of the same text (the string, one rectangle per character,
/// font runs by character index); they are zipped here and nothing else of Poppler's order is kept.
enum PageTextReader {
    struct Result {
        var characters: [PageCharacter]
        /// Set when Poppler's views disagree in length and some characters had to be dropped.
        var mismatch: (characters: Int, rectangles: Int)?
    }

    static func read(page: OpaquePointer) -> Result {
        guard let cText = poppler_page_get_text(page) else { return Result(characters: []) }
        let text = String(cString: cText)
        g_free(cText)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0, let rectangles else {
            return Result(characters: [])
        }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let boxes = (0..<Int(rectangleCount)).map { index in
            let r = rectangles[index]
            return Self.bounded(
                Box(x0: min(r.x1, r.x2), y0: min(r.y1, r.y2), x1: max(r.x1, r.x2), y1: max(r.y1, r.y2)),
                width: width, height: height)
        }
        g_free(rectangles)

        let scalars = Array(text.unicodeScalars)
        let fonts = fontRuns(page: page, count: scalars.count)
        let count = min(scalars.count, boxes.count)
        var characters: [PageCharacter] = []
        characters.reserveCapacity(count)
        for index in 0..<count where scalars[index] != "\n" {
            guard let box = boxes[index] else { continue }
            let run = fonts[index]
            characters.append(
                PageCharacter(scalar: scalars[index], box: box, font: run?.name, fontSize: run?.size))
        }
        let mismatch = scalars.count == boxes.count ? nil : (scalars.count, boxes.count)
        return Result(characters: characters, mismatch: mismatch)
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

    /// Font name and size per character index (Poppler's attribute ranges are inclusive).
    private static func fontRuns(page: OpaquePointer, count: Int) -> [(name: String, size: Double)?] {
        var runs: [(name: String, size: Double)?] = Array(repeating: nil, count: count)
        guard let list = poppler_page_get_text_attributes(page) else { return runs }
        defer { poppler_page_free_text_attributes(list) }
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let attributes = current.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                let name = attributes.font_name.map { fontName(String(cString: $0)) } ?? ""
                let start = max(0, Int(attributes.start_index))
                let end = min(count - 1, Int(attributes.end_index))
                if start <= end {
                    // Rounded like boxes: Poppler's sizes carry float noise (9.950000000000001).
                    let size = (attributes.font_size * 100).rounded() / 100
                    for index in start...end { runs[index] = size.isFinite ? (name, size) : nil }
                }
            }
            node = current.pointee.next
        }
        return runs
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
