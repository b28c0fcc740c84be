import Foundation
import Testing
import Extraction
import ReportModel
import TestSupport
@testable import Repair

/// The born-digital reports in `Samples/` (ruled tables, and one without any rulings), through the extractor and the
/// layout repair, checked against their expected records: the part 三 and 四 numbers must stand in their rows and columns.
struct LayoutSamplesTests {
    static let names = ["qinghe-market-2022", "yunling-resources-2019", "songchuan-district-2023", "donglan-ecology-2021", "baixi-transport-2020"]

    struct Expected: Decodable, Sendable {
        var applications: [String: [String: Int?]]
        var reviewLitigation: [String: [String: Int?]]
        var sections: [String: String?]
    }

    /// Unambiguous label prefixes of part 三's rows (canonical wording of the national format) → record row keys.
    static let part3Rows: [(String, String)] = [
        ("一、本年新收", "newReceived"), ("二、上年结转", "carriedOver"), ("（一）予以公开", "granted"), ("（二）部分公开", "partiallyGranted"),
        ("1.属于国家秘密", "denied.stateSecret"), ("2.其他法律行政法规", "denied.prohibitedByLaw"), ("3.危及", "denied.safetyStability"),
        ("4.保护第三方", "denied.thirdPartyRights"), ("5.属于三类", "denied.internalAffairs"), ("6.属于四类", "denied.processInformation"),
        ("7.属于行政执法", "denied.enforcementFiles"), ("8.属于行政查询", "denied.queryMatters"), ("1.本机关不掌握", "unavailable.notHeld"),
        ("2.没有现成信息", "unavailable.needsCreation"), ("3.补正后", "unavailable.unclear"), ("1.信访举报", "notProcessed.complaint"),
        ("2.重复申请", "notProcessed.duplicate"), ("3.要求提供公开出版物", "notProcessed.publication"), ("4.无正当理由", "notProcessed.excessive"),
        ("5.要求行政机关确认", "notProcessed.confirmation"), ("（六）其他处理", "otherHandling"), ("1.申请人无正当理由", "otherHandling.noCorrection"),
        ("2.申请人逾期未按收费", "otherHandling.unpaidFee"), ("3.其他", "otherHandling.other"), ("（七）总计", "total"),
        ("四、结转下年度", "carriedForward"),
    ]
    static let applicants = ["naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other", "total"]

    /// Each sample extracted and repaired once for all the tests.
    static let loaded: [String: (document: Document, expected: Expected)] = Dictionary(uniqueKeysWithValues: names.compactMap { name in
        let pdf = Fixtures.samples.appendingPathComponent("\(name).pdf").path
        guard let layout = try? PDFExtractor().extract(path: pdf),
            let expected = try? JSONFile.read(Expected.self, from: Fixtures.samples.appendingPathComponent("\(name).expected.json").path)
        else { return nil }
        return (name, (LayoutRepairer().repair(layout), expected))
    })

    static func load(_ name: String) throws -> (Document, Expected) {
        let sample = try #require(loaded[name], "\(name): cannot extract the sample or read its expected record")
        return (sample.document, sample.expected)
    }

    /// The row's label (its last non-number cell) and the cells after it.
    static func read(_ row: TableRow) -> (label: String, numbers: [Cell])? {
        guard let index = row.cells.lastIndex(where: { !$0.text.isEmpty && !PrintedNumber(PrintedText.removingWhitespace($0.text)).isValue }) else {
            return nil
        }
        return (PrintedText.removingWhitespace(row.cells[index].text), Array(row.cells[(index + 1)...]))
    }

    @Test(arguments: names) func partThreeNumbersStandInTheirRowsAndColumns(name: String) throws {
        let (document, expected) = try Self.load(name)
        let table = try #require(document.tables.first { $0.rows.contains { Self.read($0)?.label.hasPrefix("一、本年新收") == true } })
        let valueColumns = Array((table.columnCount - 7)..<table.columnCount)
        var checked = 0
        for (prefix, key) in Self.part3Rows {
            guard let values = expected.applications[key] else { continue }
            let rows = table.rows.compactMap(Self.read).filter { $0.label.hasPrefix(prefix) }
            try #require(rows.count == 1, "\(name): \(prefix) found \(rows.count) times")
            let numbers = rows[0].numbers.filter { !$0.text.isEmpty }
            #expect(numbers.map { PrintedText.removingWhitespace($0.text) } == Self.applicants.map { values[$0].flatMap { $0 }.map(String.init) ?? "" }, "\(name): \(prefix)")
            #expect(numbers.map(\.column) == valueColumns, "\(name): \(prefix)")
            checked += 1
        }
        #expect(checked == expected.applications.count, "\(name): every expected row was found")
    }

    @Test(arguments: names) func partFourNumbersAreOneRowInOrder(name: String) throws {
        let (document, expected) = try Self.load(name)
        let table = try #require(document.tables.last)
        let printed = table.rows.last?.cells.map { PrintedText.removingWhitespace($0.text) }.filter { !$0.isEmpty }
        let order = ["review", "litigationDirect", "litigationAfterReview"].flatMap { part in
            ["maintained", "corrected", "other", "pending", "total"].map { expected.reviewLitigation[part]?[$0].flatMap { $0 }.map(String.init) ?? "" }
        }
        #expect(printed == order, "\(name)")
    }

    @Test(arguments: names) func overviewAndProblemsMatchTheExpectedText(name: String) throws {
        let (document, expected) = try Self.load(name)
        let sections = LayoutHongzeTests.sections(of: document)
        for key in ["overview", "problems"] {
            let want = try #require(expected.sections[key] ?? nil)
            let similarity = EditDistance.similarity(sections[key] ?? "", want)
            #expect(similarity >= 0.995, "\(name) \(key): \(similarity)")
        }
    }
}
