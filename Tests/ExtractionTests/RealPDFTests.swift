import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// The real WPS-made report in `../shared`: 5 pages, tables on pages 2–4, a vertical label on page 3.
@Suite(.enabled(if: Fixtures.shared("corpus/real/hongze-district-2023.pdf") != nil, "needs ../shared"))
struct RealPDFTests {
    static let path = Fixtures.shared("corpus/real/hongze-district-2023.pdf")?.path ?? ""
    static let layout = Result { try PDFExtractor().extract(path: path) }

    @Test func everyPageHasAUsableTextLayer() throws {
        let layout = try Self.layout.get()
        #expect(layout.pages.count == 5)
        #expect(layout.pages.map(\.kind) == Array(repeating: .text, count: 5))
        #expect(layout.source.pages == 5)
        #expect(layout.source.pageOrigins == Array(repeating: .text, count: 5))
        #expect(layout.source.format == .pdf)
        #expect(layout.source.path == Self.path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.path))
        #expect(layout.source.sha256 == SHA256.hex(of: bytes))
        #expect(layout.pages.allSatisfy { abs($0.width - 595) < 1 && abs($0.height - 842) < 1 })
    }

    /// A digest the caller has already made is the layout's: the file is not hashed again.
    @Test func aGivenDigestIsTheLayouts() throws {
        let layout = try PDFExtractor(options: .init(ocr: nil)).extract(path: Self.path, sha256: "given")
        #expect(layout.source.sha256 == "given")
        #expect(layout.pages.count == 5)
    }

    @Test(.enabled(if: ExternalTool.path("pdftotext") != nil, "pdftotext not installed"))
    func charactersMatchPdftotextPageByPage() throws {
        let layout = try Self.layout.get()
        let pdftotext = try #require(ExternalTool.path("pdftotext"))
        for page in layout.pages {
            let comparison = try PdftotextComparison(pdftotext: pdftotext, path: Self.path, page: page)
            #expect(comparison.actual == comparison.expected, "page \(page.number)")
        }
    }

    @Test func tableRowNumbersAreSeparateWords() throws {
        let page = try Self.layout.get().pages[2]
        let row = try #require(page.lines.first { $0.words.first?.text.contains("本年新收") == true })
        let numbers = row.words.dropFirst()
        // The national table has seven number columns: natural persons, five kinds of organisation, total.
        #expect(numbers.count == 7)
        #expect(numbers.allSatisfy { $0.text.allSatisfy(\.isNumber) })
        for (left, right) in zip(numbers, numbers.dropFirst()) { #expect(left.box.x1 < right.box.x0) }
    }

    @Test func wordsAndLinesAreInReadingOrder() throws {
        for page in try Self.layout.get().pages {
            for line in page.lines where !line.vertical {
                for (left, right) in zip(line.words, line.words.dropFirst()) { #expect(left.box.x0 <= right.box.x0) }
            }
            for (upper, lower) in zip(page.lines, page.lines.dropFirst()) { #expect(upper.box.y0 <= lower.box.y0) }
        }
    }

    @Test func everyWordHasAFontAndOneGlyphPerCharacter() throws {
        for word in try Self.layout.get().pages.flatMap(\.lines).flatMap(\.words) {
            #expect(word.font?.isEmpty == false)
            #expect((word.fontSize ?? 0) > 4)
            #expect(word.glyphs.map(\.char).joined() == word.text)
            #expect(!word.font!.contains("+"), "subset tag kept in \(word.font!)")
        }
    }

    @Test func theVerticalRowLabelIsOneVerticalLine() throws {
        let page = try Self.layout.get().pages[2]
        let vertical = page.lines.filter(\.vertical)
        let label = try #require(vertical.first { $0.text.contains("办理结果") })
        #expect(label.box.height > 5 * label.box.width)
        let glyphs = label.words.flatMap(\.glyphs)
        for (upper, lower) in zip(glyphs, glyphs.dropFirst()) { #expect(upper.box.y0 < lower.box.y0) }
        // Nothing else in the report reads top to bottom (page 4's merged cells stack digits, one per row).
        #expect(try Self.layout.get().pages.flatMap(\.lines).filter(\.vertical).count == 1)
    }

    @Test func tablePagesHaveGridRulingsAndTextPagesNone() throws {
        let pages = try Self.layout.get().pages
        func count(_ page: Page, _ orientation: Ruling.Orientation) -> Int {
            page.rulings.filter { $0.orientation == orientation }.count
        }
        // Page 2 holds two small tables, page 3 the big application table, page 4 its end and the review table.
        for (index, minimum) in [(1, 5), (2, 15), (3, 10)] {
            #expect(count(pages[index], .horizontal) >= minimum, "page \(index + 1)")
            #expect(count(pages[index], .vertical) >= 4, "page \(index + 1)")
        }
        #expect(pages[0].rulings.isEmpty)
        #expect(pages[4].rulings.isEmpty)
        for ruling in pages.flatMap(\.rulings) {
            #expect(ruling.end - ruling.start >= 15)
            #expect(ruling.start >= 0 && ruling.end <= 842)
        }
    }

    @Test func tableCellTextLiesBetweenRulings() throws {
        let page = try Self.layout.get().pages[2]
        let row = try #require(page.lines.first { $0.words.first?.text.contains("本年新收") == true })
        let horizontals = page.rulings.filter { $0.orientation == .horizontal }.map(\.position)
        #expect(horizontals.contains { $0 < row.box.y0 && row.box.y0 - $0 < 12 })
        #expect(horizontals.contains { $0 > row.box.y1 && $0 - row.box.y1 < 12 })
    }
}
