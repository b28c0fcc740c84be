import Foundation
import ReportModel
import TestSupport
import Testing

/// Stage files of a format version this code does not know are refused with a reason, never read as the current one.
@Suite struct FormatVersionTests {
    static let source = SourceInfo(path: "a.pdf", sha256: String(repeating: "0", count: 64), format: .pdf, pages: 1, pageOrigins: [.text])

    func written<T: Encodable>(_ value: T, formatVersion: Int) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: JSONFile.encode(value)) as? [String: Any])
        object["formatVersion"] = formatVersion
        let path = try Fixtures.temporaryFolder().appendingPathComponent("stage.json").path
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theCurrentVersionsRoundTrip() throws {
        let layout = LayoutDocument(source: Self.source, pages: [Page(number: 1, width: 595, height: 842, kind: .text)])
        #expect(try JSONFile.read(LayoutDocument.self, from: written(layout, formatVersion: 1)) == layout)
        let document = Document(source: Self.source, blocks: [.paragraph(Paragraph(text: "一段。"))])
        #expect(try JSONFile.read(Document.self, from: written(document, formatVersion: 1)) == document)
    }

    @Test func anotherVersionIsAnErrorThatSaysSo() throws {
        let layout = try written(LayoutDocument(source: Self.source, pages: []), formatVersion: 2)
        #expect {
            try JSONFile.read(LayoutDocument.self, from: layout)
        } throws: { error in
            let text = (error as? GovReportsError)?.description ?? ""
            return text.hasPrefix(layout) && text.contains("layout formatVersion 2 is not one this govreports reads")
        }
        let document = try written(Document(source: Self.source, blocks: []), formatVersion: 0)
        #expect {
            try JSONFile.read(Document.self, from: document)
        } throws: { ($0 as? GovReportsError)?.description.contains("document formatVersion 0") == true }
    }
}
