import Foundation
import Testing
import Extraction
import ReportModel
import TestSupport
@testable import Repair

/// The real 5-page WPS-made report in `../shared` (skipped when absent). Its layout comes from the extractor, or from
/// `$GOVREPORTS_HONGZE_LAYOUT` (a saved layout JSON). An extractor error is kept and fails every test: it is never
/// taken for an absent `../shared`.
enum HongzeLayout {
    static let layout: Result<LayoutDocument, GovReportsError>? = {
        if let path = ProcessInfo.processInfo.environment["GOVREPORTS_HONGZE_LAYOUT"] {
            return read { try JSONFile.read(LayoutDocument.self, from: path) }
        }
        guard let pdf = Fixtures.shared("corpus/real/hongze-district-2023.pdf") else { return nil }
        return read { try PDFExtractor().extract(path: pdf.path) }
    }()

    /// The truth file's section texts (only the part these tests compare); nil only when the truth file is absent.
    static func truthSections() throws -> [String: String]? {
        struct Truth: Decodable { var sections: [String: String?] }
        guard let url = Fixtures.shared("truth/hongze-district-2023.json") else { return nil }
        return try JSONFile.read(Truth.self, from: url.path).sections.compactMapValues { $0 }
    }

    private static func read(_ body: () throws -> LayoutDocument) -> Result<LayoutDocument, GovReportsError> {
        do {
            return .success(try body())
        } catch {
            return .failure(error as? GovReportsError ?? .invalidArgument("\(error)"))
        }
    }
}

@Suite(.enabled(if: HongzeLayout.layout != nil, "needs ../shared"))
struct LayoutHongzeTests {
    let layout: LayoutDocument
    var document: Document { LayoutRepairer().repair(layout) }

    init() throws {
        layout = try #require(HongzeLayout.layout).get()
    }

    /// A table row read back as its label (the last cell that is not a number) and the numbers after it, with their columns.
    struct ReadRow: Equatable {
        var label: String
        var numbers: [String]
        var columns: [Int]
    }

    private func read(_ row: TableRow) -> ReadRow? {
        let filled = row.cells.filter { !PrintedText.removingWhitespace($0.text).isEmpty }
        guard let labelIndex = filled.lastIndex(where: { !PrintedNumber(PrintedText.removingWhitespace($0.text)).isValue }) else { return nil }
        let numbers = filled[(labelIndex + 1)...]
        return ReadRow(
            label: PrintedText.removingWhitespace(filled[labelIndex].text), numbers: numbers.map { PrintedText.removingWhitespace($0.text) },
            columns: numbers.map(\.column))
    }

    private func row(_ prefix: String, in table: Table) -> ReadRow? {
        let matches = table.rows.compactMap(read).filter { $0.label.hasPrefix(prefix) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Rows written down from the page images: label prefix → numbers.
    static let part2: [(String, [String], [Int])] = [
        ("规章", ["0", "0", "0"], [1, 2, 3]), ("行政规范性文件", ["0", "5", "5"], [1, 2, 3]), ("行政许可", ["550"], [1]),
        ("行政处罚", ["4119"], [1]), ("行政强制", ["195"], [1]), ("行政事业性收费", ["7730.28"], [1]),
    ]

    static let part3: [(String, [Int])] = [
        ("一、本年新收", [21, 0, 0, 0, 0, 0, 21]), ("二、上年结转", [0, 0, 0, 0, 0, 0, 0]), ("（一）予以公开", [0, 0, 0, 0, 0, 0, 0]),
        ("（二）部分公开", [4, 0, 0, 0, 0, 0, 4]), ("1.属于国家秘密", [1, 0, 0, 0, 0, 0, 1]), ("2.其他法律行政", [0, 0, 0, 0, 0, 0, 0]),
        ("3.危及", [0, 0, 0, 0, 0, 0, 0]), ("4.保护第三方", [0, 0, 0, 0, 0, 0, 0]), ("5.属于三类", [0, 0, 0, 0, 0, 0, 0]),
        ("6.属于四类", [1, 0, 0, 0, 0, 0, 1]), ("7.属于行政执法", [1, 0, 0, 0, 0, 0, 1]), ("8.属于行政查询", [0, 0, 0, 0, 0, 0, 0]),
        ("1.本机关不掌握", [10, 0, 0, 0, 0, 0, 10]), ("2.没有现成信息", [3, 0, 0, 0, 0, 0, 3]), ("3.补正后", [0, 0, 0, 0, 0, 0, 0]),
        ("1.信访举报", [1, 0, 0, 0, 0, 0, 1]), ("2.重复申请", [0, 0, 0, 0, 0, 0, 0]), ("3.要求提供公开出版物", [0, 0, 0, 0, 0, 0, 0]),
        ("4.无正当理由", [0, 0, 0, 0, 0, 0, 0]), ("5.要求行政机关确认", [0, 0, 0, 0, 0, 0, 0]), ("（六）其他处理", [0, 0, 0, 0, 0, 0, 0]),
        ("（七）总计", [21, 0, 0, 0, 0, 0, 21]), ("四、结转下年度", [0, 0, 0, 0, 0, 0, 0]),
    ]

    @Test func threeTablesOnePerPartEvenWhereAPageBreakCutsThem() {
        let tables = document.tables
        #expect(tables.count == 3)
        let part3 = tables.first { table in table.rows.contains { read($0)?.label.hasPrefix("一、本年新收") == true } }
        #expect(part3.map { row("3.补正后", in: $0) != nil } == true, "part 三 continues on page 4 in the same table")
        #expect(part3?.rows.count == 26)
    }

    @Test func partTwoRowsHaveTheirLabelsAndNumbersInTheirColumns() throws {
        let table = try #require(document.tables.first)
        for (label, numbers, columns) in Self.part2 {
            #expect(row(label, in: table) == ReadRow(label: row(label, in: table)?.label ?? label, numbers: numbers, columns: columns), "\(label)")
        }
    }

    @Test func partThreeRowsHaveTheirLabelsAndNumbersInTheirColumns() throws {
        let tables = document.tables
        try #require(tables.count >= 2)
        let table = tables[1]
        for (label, numbers) in Self.part3 {
            let found = row(label, in: table)
            #expect(found?.numbers == numbers.map(String.init), "\(label)")
            #expect(found?.columns == Array(3...9), "\(label)")
        }
        let groups = table.rows.flatMap(\.cells).filter { $0.rowSpan > 1 }.map { "\(PrintedText.removingWhitespace($0.text))/\($0.rowSpan)" }
        for group in ["三、本年度办理结果/20", "（三）不予公开/8", "（四）无法提供/3", "（五）不予处理/5"] {
            #expect(groups.contains(group), "\(group) in \(groups)")
        }
    }

    @Test func partFourIsOneRowOfFifteenNumbers() throws {
        let tables = document.tables
        try #require(tables.count >= 3)
        let numbers = tables[2].rows.last?.cells.map { "\($0.column):\($0.text)" }
        let expected = [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0].enumerated().map { "\($0.offset):\($0.element)" }
        #expect(numbers == expected)
    }

    @Test func sectionTextsMatchTheTruth() throws {
        let truth = try #require(try HongzeLayout.truthSections())
        let sections = Self.sections(of: document)
        for key in ["overview", "problems", "other"] {
            let expected = try #require(truth[key])
            let got = sections[key] ?? ""
            let similarity = EditDistance.similarity(got, expected)
            #expect(similarity >= 0.995, "\(key): \(similarity)")
        }
    }

    @Test func noNumberInTheDocumentIsMissingFromTheLayout() throws {
        let data = try JSONFile.encode(document.blocks)
        let output = try #require(String(data: data, encoding: .utf8))
        let words = layout.pages.flatMap(\.lines).flatMap(\.words).map(\.text)
        let printed = Set(words.flatMap(Self.digitRuns))
        // The location boxes are numbers too: only block texts count.
        let texts = document.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let heading): [heading.text]
            case .paragraph(let paragraph): [paragraph.text]
            case .table(let table): table.rows.flatMap(\.cells).map(\.text)
            }
        }
        #expect(!output.isEmpty)
        let invented = Set(texts.flatMap(Self.digitRuns)).subtracting(printed)
        #expect(invented.isEmpty, "\(invented)")
    }

    static func digitRuns(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init)
    }

    /// Parts 一, 五 and 六 as the truth file writes them: the paragraphs (and subheadings) under each part heading,
    /// whitespace removed, one per line.
    static func sections(of document: Document) -> [String: String] {
        var sections: [String: [String]] = [:]
        var current: String?
        for block in document.blocks {
            switch block {
            case .heading(let heading) where heading.level <= 1:
                let text = PrintedText.removingWhitespace(heading.text)
                current = text.hasPrefix("一、") ? "overview" : text.hasPrefix("五、") ? "problems" : text.hasPrefix("六、") ? "other" : nil
            case .heading(let heading):
                if let current { sections[current, default: []].append(PrintedText.removingWhitespace(heading.text)) }
            case .paragraph(let paragraph):
                if let current { sections[current, default: []].append(PrintedText.removingWhitespace(paragraph.text)) }
            case .table:
                current = nil
            }
        }
        return sections.mapValues { $0.joined(separator: "\n") }
    }
}
