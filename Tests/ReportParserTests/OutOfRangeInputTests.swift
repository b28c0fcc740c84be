import Foundation
import ReportModel
import ReportParser
import TestSupport
import Testing

/// Numbers from the input that no report prints must give a null or an error, never a trap.
@Suite struct OutOfRangeInputTests {
    typealias B = DocumentBuilder

    /// 16 digits (past a Double's exact integers), 19 (the most an Int holds), Int.max + 1 and 20.
    @Test(arguments: ["1234567890123456", "1234567890123456789", "9223372036854775808", "12345678901234567890"])
    func aCountOfMoreThanFifteenDigitsIsNullWithAWarning(_ digits: String) throws {
        let header = TableRow(cells: [Cell(column: 0, text: "信息内容"), Cell(column: 1, text: "本年处理决定数量")])
        let row = TableRow(cells: [Cell(column: 0, text: "行政许可"), Cell(column: 1, text: digits)])
        let record = try B.parse(B.report2021(proactive: .table(Table(rows: [header, row], columnCount: 2))))
        #expect(record.proactive["licensing"] == ["decisions": nil])
        #expect(record.warnings.contains { $0.context == "proactive.licensing.decisions" })
    }

    @Test func aTwentyDigitApplicationCountDoesNotTrap() throws {
        let big = "98765432109876543210"
        let record = try B.parse(B.report2021(applications: B.applications2021(values: ["newReceived": "\(big)\t0\t0\t0\t0\t0\t\(big)"])))
        #expect(record.applications["newReceived"]?["naturalPerson"] == .some(nil))
    }

    /// A document JSON whose cell says column Int.max, a span of 0 or Int.max, or a confidence of −1e308.
    @Test(arguments: [
        ("column", "9223372036854775807"), ("columnSpan", "0"), ("columnSpan", "9223372036854775807"),
        ("rowSpan", "9223372036854775807"), ("confidence", "-1e308"),
    ])
    func aCellOutOfRangeInADocumentFileIsAnErrorNamingThePlace(key: String, literal: String) throws {
        let original = try #require(try JSONSerialization.jsonObject(with: JSONFile.encode(B.report2021())) as? [String: Any])
        var object = original
        var blocks = try #require(object["blocks"] as? [[String: Any]])
        let index = try #require(blocks.firstIndex { $0["type"] as? String == "table" })
        var rows = try #require(blocks[index]["rows"] as? [[String: Any]])
        var cells = try #require(rows[0]["cells"] as? [[String: Any]])
        cells[0][key] = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed)
        rows[0]["cells"] = cells
        blocks[index]["rows"] = rows
        object["blocks"] = blocks
        let path = try Fixtures.temporaryFolder().appendingPathComponent("broken.doc.json").path
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        #expect {
            try JSONFile.read(Document.self, from: path)
        } throws: { error in
            let text = (error as? GovReportsError)?.description ?? ""
            return text.hasPrefix(path) && text.contains(key)
        }
    }
}
