import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Repair

/// Word's XML into the document: paragraphs as lines, tables on their grid with `w:gridSpan` and `w:vMerge`.
@Suite struct WordDocumentReaderTests {
    static func body(_ xml: String) -> String {
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(xml)</w:body></w:document>"
    }

    static func cell(_ text: String, _ properties: String = "") -> String {
        "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
    }

    static func repair(_ xml: String, name: String = "r.docx") throws -> Document {
        var writer = ZipWriter()
        writer.add("[Content_Types].xml", Data("<Types/>".utf8))
        writer.add("word/document.xml", Data(body(xml).utf8))
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try writer.data.write(to: file)
        return try RepairStage().repair(path: file.path)
    }

    @Test func spansAndMergesLandOnTheGrid() throws {
        let table = "<w:tbl><w:tr>" + Self.cell("三、本年度办理结果", "<w:vMerge w:val=\"restart\"/>") + Self.cell("（一）予以公开", "<w:gridSpan w:val=\"2\"/>")
            + Self.cell("4") + "</w:tr><w:tr>" + Self.cell("", "<w:vMerge/>") + Self.cell("（三）不予公开", "<w:vMerge w:val=\"restart\"/>")
            + Self.cell("1.属于国家秘密") + Self.cell("0") + "</w:tr><w:tr>" + Self.cell("", "<w:vMerge w:val=\"continue\"/>")
            + Self.cell("", "<w:vMerge/>") + Self.cell("2.其他法律行政法规禁止公开") + Self.cell("2") + "</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"3\"/></w:trPr>" + Self.cell("9") + "</w:tr></w:tbl>"
        let document = try Self.repair("<w:p><w:r><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r></w:p>" + table)
        #expect(document.source.format == .docx)
        guard case .table(let grid) = try #require(document.blocks.last) else {
            Issue.record("no table")
            return
        }
        #expect(grid.columnCount == 4)
        #expect(grid.rows[0].cells.map(\.text) == ["三、本年度办理结果", "（一）予以公开", "4"])
        #expect(grid.rows[0].cells.map(\.rowSpan) == [3, 1, 1])
        #expect(grid.rows[0].cells.map(\.columnSpan) == [1, 2, 1])
        #expect(grid.rows[1].cells.map(\.column) == [1, 2, 3])
        #expect(grid.rows[1].cells[0].rowSpan == 2)
        #expect(grid.rows[2].cells.map(\.column) == [2, 3])
        #expect(grid.rows[3].cells.map(\.column) == [3])
    }

    @Test func paragraphsAreLinesAndHiddenTextIsLeftOut() throws {
        let document = try Self.repair("""
            <w:p><w:r><w:t>一、总体</w:t></w:r><w:r><w:t>情况</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">本年度公开</w:t></w:r><w:del><w:r><w:delText>删去的字</w:delText></w:r></w:del><w:r><w:fldChar/><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>信息12条。</w:t></w:r></w:p>
            """)
        #expect(document.blocks == [.heading(Heading(level: 1, text: "一、总体情况")), .paragraph(Paragraph(text: "本年度公开信息12条。"))])
    }

    @Test func whatIsNotAWordFileIsAClearError() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("a.docx")
        try Data("一、总体情况".utf8).write(to: text)
        #expect(throws: GovReportsError.unsupportedInput(path: text.path, reason: "not a Word file (no zip package header)")) {
            try RepairStage().repair(path: text.path)
        }
        var writer = ZipWriter()
        writer.add("content.xml", Data("<x/>".utf8))
        let other = folder.appendingPathComponent("b.docx")
        try writer.data.write(to: other)
        #expect(throws: GovReportsError.unreadable(path: other.path, reason: "not a Word file: the package has no word/document.xml")) {
            try RepairStage().repair(path: other.path)
        }
        let zip = folder.appendingPathComponent("c.zip")
        try writer.data.write(to: zip)
        #expect(throws: GovReportsError.unsupportedInput(path: zip.path, reason: "a zip package; only Word files (.docx) are read")) {
            try RepairStage().repair(path: zip.path)
        }
        let truncated = folder.appendingPathComponent("d.docx")
        try writer.data.prefix(40).write(to: truncated)
        #expect(throws: GovReportsError.self) { try RepairStage().repair(path: truncated.path) }
    }
}
