import Foundation
import Testing
@testable import ReportModel

@Suite struct BoxTests {
    @Test func encodesAsRoundedArray() throws {
        let box = Box(x0: 1.234, y0: 2, x1: 3.456, y1: 4.5)
        let json = String(decoding: try JSONFile.encode(box, pretty: false), as: UTF8.self)
        #expect(json == "[1.23,2,3.46,4.5]")
        let back = try JSONDecoder().decode(Box.self, from: Data(json.utf8))
        #expect(back == Box(x0: 1.23, y0: 2, x1: 3.46, y1: 4.5))
    }

    /// `written` is what decoding the written box gives: the corpus fills its database from records in that form.
    @Test func writtenIsWhatReadsBack() throws {
        let box = Box(x0: 175.900001, y0: 203.10076377952794, x1: -0.004, y1: 541.4419072536991)
        let back = try JSONDecoder().decode(Box.self, from: try JSONFile.encode(box))
        #expect(box.written == back)
        #expect(box.written != box)
        #expect(try JSONFile.encode(box.written) == JSONFile.encode(box))
        #expect(box.isReadable)
        #expect(!Box(x0: 0, y0: 0, x1: 2 * Box.largestCoordinate, y1: 1).isReadable)
    }

    @Test func unionAndOverlap() {
        let a = Box(x0: 0, y0: 0, x1: 10, y1: 10)
        let b = Box(x0: 5, y0: 8, x1: 20, y1: 30)
        #expect(a.union(b) == Box(x0: 0, y0: 0, x1: 20, y1: 30))
        #expect(a.verticalOverlap(with: b) == 2)
        #expect(a.horizontalOverlap(with: b) == 5)
        #expect(Box.enclosing([Box]()) == nil)
    }
}

@Suite struct DocumentCodingTests {
    @Test func blocksRoundTripWithTypeKey() throws {
        let document = Document(
            source: SourceInfo(path: "a.txt", sha256: String(repeating: "0", count: 64), format: .text),
            blocks: [
                .heading(Heading(level: 1, text: "一、总体情况")),
                .paragraph(Paragraph(text: "正文")),
                .table(Table(rows: [TableRow(cells: [Cell(column: 0, rowSpan: 2, text: "规章")])], columnCount: 4)),
            ])
        let data = try JSONFile.encode(document)
        #expect(String(decoding: data, as: UTF8.self).contains("\"type\" : \"heading\""))
        #expect(try JSONDecoder().decode(Document.self, from: data) == document)
    }

    @Test func atomicWriteLeavesNoTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let path = folder.appendingPathComponent("out.json").path
        try JSONFile.write(["a": 1], to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
        try? FileManager.default.removeItem(at: folder)
    }
}
