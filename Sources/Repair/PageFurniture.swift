import Foundation
import ReportModel

/// Finds what a page prints around the text and is not part of the report: page numbers and running headers/footers.
///
/// Only lines in the top or bottom margin band are candidates, so a number in the body is never taken for a page number.
/// The band is a distance from the page's edge in points, the same for portrait and landscape pages: GB/T 9704 (the
/// format of 公文) sets A4 margins of 37 mm at the top and 35 mm at the bottom, with the page number below the text
/// block, and word processors keep headers and footers at their distance from the edge whatever the orientation. A
/// share of the page height would shrink the band on a landscape page (595 points high) and leave its page number
/// in the body.
struct PageFurniture {
    /// How far from the top and bottom edges headers, footers and page numbers stand: 37 mm.
    var marginPoints = 105.0
    /// On a page too small for that, at most this share of its height from either edge.
    var maximumShare = 0.2

    /// The lines of each page with the furniture removed, the removed lines, and a note for each running text dropped.
    func strip(_ pages: [[LayoutLine]], heights: [Int: Double]) -> (pages: [[LayoutLine]], removed: [LayoutLine], diagnostics: [Diagnostic]) {
        let running = runningTexts(pages, heights: heights)
        var kept: [[LayoutLine]] = []
        var diagnostics: [Diagnostic] = []
        var removed: [LayoutLine] = []
        for lines in pages {
            kept.append(lines.filter { line in
                let keep = isBody(line, heights: heights, running: running, diagnostics: &diagnostics)
                if !keep { removed.append(line) }
                return keep
            })
        }
        return (kept, removed, diagnostics)
    }

    private func isBody(_ line: LayoutLine, heights: [Int: Double], running: Set<Place>, diagnostics: inout [Diagnostic]) -> Bool {
        guard let height = heights[line.page] else { return true }
        let text = PrintedText.removingWhitespace(line.text)
        guard inMargin(line, height: height) else {
            // Outside the band only a decorated page number (not a bare number) that the other pages print at the
            // same distance from the same edge: the document's own margin, wider than the standard's.
            return !(PageNumber.matches(text) && running.contains(key(line, text: text, height: height)))
        }
        if PageNumber.matches(text, bareNumbers: true) { return false }
        let place = key(line, text: text, height: height)
        if running.contains(place) || running.contains(where: { place.isMisreading(of: $0) }) {
            diagnostics.append(Diagnostic(
                code: .repairRunningTextDropped,
                message: "dropped a header/footer line repeated on several pages", page: line.page, context: text))
            return false
        }
        return true
    }

    private func band(height: Double) -> Double { min(marginPoints, height * maximumShare) }

    private func inMargin(_ line: LayoutLine, height: Double) -> Bool {
        let box = line.box
        return box.y1 <= band(height: height) || box.y0 >= height - band(height: height)
    }

    /// Margin texts and decorated page numbers anywhere (digits masked, distance from the edge rounded) printed on at
    /// least two pages.
    private func runningTexts(_ pages: [[LayoutLine]], heights: [Int: Double]) -> Set<Place> {
        var pagesByKey: [Place: Set<Int>] = [:]
        for line in pages.joined() {
            guard let height = heights[line.page] else { continue }
            let text = PrintedText.removingWhitespace(line.text)
            guard !text.isEmpty, inMargin(line, height: height) || PageNumber.matches(text) else { continue }
            pagesByKey[key(line, text: text, height: height), default: []].insert(line.page)
        }
        return Set(pagesByKey.filter { $0.value.count >= 2 }.keys)
    }

    /// Where a margin text stands and what it says: the same text (page digits masked) at about the same distance from
    /// the same edge, bucketed by 6 points, so that a footer matches on portrait and landscape pages alike.
    struct Place: Hashable {
        var top: Bool
        /// A Double: a layout file's page may be taller than any Int.
        var bucket: Double
        var text: String

        /// Whether this is that running text as OCR read it on one page: a character or two wrong in a long text
        /// (龙泉县… read as 龙泉有…, a speck before it), at most one in eight, and within a bucket of its place, as a
        /// skewed scan moves it. A short text (a page number, a word) must be read exactly.
        func isMisreading(of running: Place) -> Bool {
            let length = running.text.unicodeScalars.count
            guard top == running.top, abs(bucket - running.bucket) <= 1, length >= 8,
                abs(text.unicodeScalars.count - length) <= 2
            else { return false }
            return EditDistance.between(text, running.text) <= min(2, length / 8)
        }
    }

    private func key(_ line: LayoutLine, text: String, height: Double) -> Place {
        let top = line.box.midY <= height / 2
        let distance = top ? line.box.midY : height - line.box.midY
        return Place(top: top, bucket: (distance / 6).rounded(), text: LayoutText.maskingDigitRuns(text))
    }
}
