import ReportModel
import ReportParser
import Testing

/// Tables from PDFs: cells carry page boxes and empty grid cells are kept, so columns come from the grid.
@Suite struct GeometryTableTests {
    typealias B = DocumentBuilder

    func cell(_ column: Int, _ text: String, page: Int = 3, span: Int = 1) -> Cell {
        Cell(column: column, columnSpan: span, text: text, location: Location(page: page, box: Box(x0: Double(column) * 50, y0: 100, x1: Double(column) * 50 + 40, y1: 112)))
    }

    @Test func emptyGridCellIsANullInItsColumn() throws {
        let header = TableRow(cells: [cell(0, "信息内容"), cell(1, "本年制发件数"), cell(2, "本年废止件数"), cell(3, "现行有效件数")])
        let row = TableRow(cells: [cell(0, "行政规范性文件"), cell(1, ""), cell(2, "5"), cell(3, "5")])
        let licensingHeader = TableRow(cells: [cell(0, "信息内容"), cell(1, "本年处理决定数量", span: 3)])
        let licensing = TableRow(cells: [cell(0, "行政许可", page: 4), cell(1, "550", page: 4, span: 3)])
        let table = Block.table(Table(rows: [header, row, licensingHeader, licensing], columnCount: 4))
        let record = try B.parse(B.report2021(proactive: table))
        #expect(record.proactive["normativeDocuments"] == ["issued": nil, "repealed": 5, "inForce": 5])
        #expect(record.warnings.contains { $0.code == .parseEmptyCell && $0.context == "proactive.normativeDocuments.issued" })
        #expect(record.proactive["licensing"] == ["decisions": 550])
        #expect(record.provenance["proactive.licensing.decisions"]?.page == 4)
        #expect(record.provenance["proactive.licensing.decisions"]?.box == Box(x0: 50, y0: 100, x1: 90, y1: 112))
    }

    /// A warning about a PDF cell's value carries the cell's box, one about a row the box around the row's cells.
    @Test func aWarningCarriesTheBoxOfItsCellOrRow() throws {
        let header = TableRow(cells: [cell(0, "信息内容"), cell(1, "本年制发件数"), cell(2, "本年废止件数"), cell(3, "现行有效件数")])
        let row = TableRow(cells: [cell(0, "行政规范性文件"), cell(1, ""), cell(2, "5"), cell(3, "5")])
        let unknown = TableRow(cells: [cell(0, "行政奖励", page: 4), cell(1, "2", page: 4), cell(2, "0", page: 4), cell(3, "1", page: 4)])
        let record = try B.parse(B.report2021(proactive: .table(Table(rows: [header, row, unknown], columnCount: 4))))
        let empty = try #require(record.warnings.first { $0.code == .parseEmptyCell && $0.context == "proactive.normativeDocuments.issued" })
        #expect(empty.page == 3 && empty.box == Box(x0: 50, y0: 100, x1: 90, y1: 112))
        let unmatched = try #require(record.warnings.first { $0.code == .parseRowUnmatched })
        #expect(unmatched.page == 4 && unmatched.box == Box(x0: 0, y0: 100, x1: 190, y1: 112))
        // A text table gives no box.
        let text = try B.parse(B.report2021(proactive: B.table(["信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "行政奖励\t2\t0\t1"])))
        #expect(text.warnings.contains { $0.code == .parseRowUnmatched } && text.warnings.allSatisfy { $0.box == nil })
    }

    @Test func headerColumnsPlaceValuesWhenTheRowHasExtraCells() throws {
        let names = ["自然人", "商业企业", "科研机构", "社会组织", "法律服务机构", "其他", "总计"]
        let header = TableRow(cells: [cell(0, "申请人情况", span: 3)] + names.enumerated().map { cell($0.offset + 3, $0.element) })
        let values = ["4", "0", "0", "1", "0", "0", "5"]
        // A stray empty cell at column 2 between the label and the numbers.
        let row = TableRow(cells: [cell(0, "三、本年度办理结果"), cell(1, "（一）予以公开"), cell(2, "")] + values.enumerated().map { cell($0.offset + 3, $0.element) })
        let record = try B.parse(B.report2021(applications: .table(Table(rows: [header, row], columnCount: 10))))
        #expect(record.applications["granted"] == ["naturalPerson": 4, "commercial": 0, "research": 0, "socialWelfare": 1, "legalService": 0, "other": 0, "total": 5])
    }

    /// Part 三 over two table blocks (a continuation on the next page that repair did not join, its label one grid
    /// column where the first table's spans three): the first table's header columns do not hold in the second, whose
    /// row is read by its own order. Before, 自然人 (column 3 of the first table) took the second table's third number.
    @Test func aHeaderPlacesValuesOnlyInItsOwnTable() throws {
        let names = ["自然人", "商业企业", "科研机构", "社会组织", "法律服务机构", "其他", "总计"]
        let header = TableRow(cells: [cell(0, "申请人情况", span: 3)] + names.enumerated().map { cell($0.offset + 3, $0.element) })
        let first = TableRow(cells: [cell(0, "一、本年新收政府信息公开申请数量", span: 3)] + ["5", "1", "0", "0", "0", "0", "6"].enumerated().map { cell($0.offset + 3, $0.element) })
        let continued = TableRow(cells: [cell(0, "四、结转下年度继续办理", page: 4)]
            + ["1", "3", "0", "0", "0", "0", "4"].enumerated().map { cell($0.offset + 1, $0.element, page: 4) })
        var document = B.report2021(applications: .table(Table(rows: [header, first], columnCount: 10)))
        let index = try #require(document.blocks.firstIndex { if case .table(let t) = $0 { t.rows.count == 2 } else { false } })
        document.blocks.insert(.table(Table(rows: [continued], columnCount: 8)), at: index + 1)
        let record = try B.parse(document)
        #expect(record.applications["newReceived"] == ["naturalPerson": 5, "commercial": 1, "research": 0, "socialWelfare": 0, "legalService": 0, "other": 0, "total": 6])
        #expect(record.applications["carriedForward"] == ["naturalPerson": 1, "commercial": 3, "research": 0, "socialWelfare": 0, "legalService": 0, "other": 0, "total": 4])
    }

    @Test func anOCRNumberReadWithLowConfidenceIsNull() throws {
        func ocr(_ column: Int, _ text: String, _ confidence: Double) -> Cell {
            var cell = cell(column, text)
            cell.origin = .ocr
            cell.confidence = confidence
            return cell
        }
        let header = TableRow(cells: [cell(0, "信息内容"), cell(1, "本年制发件数"), cell(2, "本年废止件数"), cell(3, "现行有效件数")])
        let row = TableRow(cells: [ocr(0, "行政规范性文件", 91), ocr(1, "2", 96), ocr(2, "43", 41), ocr(3, "9", 93)])
        let record = try B.parse(B.report2021(proactive: .table(Table(rows: [header, row], columnCount: 4))))
        #expect(record.proactive["normativeDocuments"] == ["issued": 2, "repealed": nil, "inForce": 9])
        #expect(record.provenance["proactive.normativeDocuments.repealed"]?.text == "43")
        #expect(record.provenance["proactive.normativeDocuments.repealed"]?.origin == .ocr)
        #expect(record.provenance["proactive.normativeDocuments.repealed"]?.confidence == 41)
        #expect(record.warnings.contains { $0.code == .parseLowConfidence })
        let lenient = try ReportParser(options: .init(minimumOCRConfidence: 40)).parse(B.report2021(proactive: .table(Table(rows: [header, row], columnCount: 4))))
        #expect(lenient.proactive["normativeDocuments"]?["repealed"] == 43)
    }

    /// What the OCR stage gives a number its two models dispute (`OCRNumberVerdict`): the reading kept for provenance,
    /// confidence 0. However sure the model that read it was, the record has null and a warning.
    @Test func anOCRNumberTheModelsDisputeIsNullWithAWarning() throws {
        var disputed = cell(2, "88")
        disputed.origin = .ocr
        disputed.confidence = 0
        let header = TableRow(cells: [cell(0, "信息内容"), cell(1, "本年制发件数"), cell(2, "本年废止件数"), cell(3, "现行有效件数")])
        let row = TableRow(cells: [cell(0, "行政规范性文件"), cell(1, "2"), disputed, cell(3, "9")])
        let record = try B.parse(B.report2021(proactive: .table(Table(rows: [header, row], columnCount: 4))))
        #expect(record.proactive["normativeDocuments"] == ["issued": 2, "repealed": nil, "inForce": 9])
        #expect(record.provenance["proactive.normativeDocuments.repealed"]?.text == "88")
        #expect(record.warnings.contains { $0.code == .parseLowConfidence && $0.context == "proactive.normativeDocuments.repealed" })
    }

    @Test func anHTMLTableKeepsItsGridColumns() throws {
        let rows = [
            TableRow(cells: [Cell(column: 0, text: "信息内容"), Cell(column: 1, text: "本年制发件数"), Cell(column: 2, text: "本年废止件数"), Cell(column: 3, text: "现行有效件数")]),
            TableRow(cells: [Cell(column: 0, text: "行政规范性文件"), Cell(column: 1, text: "4"), Cell(column: 2, text: ""), Cell(column: 3, text: "6")]),
        ]
        var document = B.report2021(proactive: .table(Table(rows: rows, columnCount: 4, markupGrid: true)))
        let record = try B.parse(document)
        #expect(record.proactive["normativeDocuments"] == ["issued": 4, "repealed": nil, "inForce": 6])
        // The same rows rebuilt from text (an HTML page's <pre>, say): no grid to keep the empty cell's place.
        document = B.report2021(proactive: .table(Table(rows: rows, columnCount: 4)))
        document.source.format = .html
        let asText = try B.parse(document)
        #expect(asText.proactive["normativeDocuments"] == ["issued": nil, "repealed": nil, "inForce": nil])
    }

    private var proactiveHeader: TableRow {
        TableRow(cells: [cell(0, "信息内容"), cell(1, "本年制发件数"), cell(2, "本年废止件数"), cell(3, "现行有效件数")])
    }

    @Test func aMatchedRowWhoseValueCannotBeReadIsNullWithAWarning() throws {
        let licensingHeader = TableRow(cells: [cell(0, "信息内容"), cell(1, "本年处理决定数量", span: 3)])
        let licensing = TableRow(cells: [cell(0, "行政许可"), cell(1, "约12", span: 3)])
        let penalty = TableRow(cells: [cell(0, "行政处罚"), cell(1, "3", span: 3)])
        let table = Block.table(Table(rows: [licensingHeader, licensing, penalty], columnCount: 4))
        let record = try B.parse(B.report2021(proactive: table))
        #expect(record.proactive["licensing"] == ["decisions": nil])
        #expect(record.warnings.contains { $0.context == "proactive.licensing.decisions" && $0.message.contains("约12") })
        #expect(record.proactive["penalty"] == ["decisions": 3])
    }

    @Test func oneUnreadableCellIsNullAndItsNeighboursKeepTheirValues() throws {
        let row = TableRow(cells: [cell(0, "行政规范性文件"), cell(1, "4"), cell(2, "约3"), cell(3, "9")])
        let record = try B.parse(B.report2021(proactive: .table(Table(rows: [proactiveHeader, row], columnCount: 4))))
        #expect(record.proactive["normativeDocuments"] == ["issued": 4, "repealed": nil, "inForce": 9])
        #expect(record.warnings.contains { $0.context == "proactive.normativeDocuments.repealed" })
    }

    @Test func aValueCellSpanningTwoValueColumnsIsNullInBoth() throws {
        let row = TableRow(cells: [cell(0, "行政规范性文件"), cell(1, "4"), cell(2, "9", span: 2)])
        let record = try B.parse(B.report2021(proactive: .table(Table(rows: [proactiveHeader, row], columnCount: 4))))
        #expect(record.proactive["normativeDocuments"] == ["issued": 4, "repealed": nil, "inForce": nil])
        for column in ["repealed", "inForce"] {
            #expect(record.warnings.contains { $0.code == .parseCellAmbiguous && $0.context == "proactive.normativeDocuments.\(column)" })
        }
    }

    @Test func aTextRowWithAnUnreadableValueKeepsItsRowAsNulls() throws {
        let table = B.table([
            "第二十条第（五）项", "信息内容\t本年处理决定数量", "行政许可\t约12",
            "第二十条第（六）项", "信息内容\t本年处理决定数量", "行政处罚\t3", "行政强制\t0",
        ])
        let record = try B.parse(B.report2021(proactive: table))
        #expect(record.proactive["licensing"] == ["decisions": nil])
        #expect(record.warnings.contains { $0.context == "proactive.licensing.decisions" })
        #expect(record.proactive["penalty"] == ["decisions": 3])
    }

    @Test func anApplicationsRowWhoseFirstValueIsUnreadableKeepsItsLabelAndOtherValues() throws {
        let record = try partiallyGranted(["约3件", "0", "0", "1", "0", "0", "4"])
        #expect(record.applications["partiallyGranted"] == [
            "naturalPerson": nil, "commercial": 0, "research": 0, "socialWelfare": 1, "legalService": 0, "other": 0, "total": 4,
        ])
        #expect(record.warnings.contains { $0.code == .parseNotANumber && $0.context == "applications.partiallyGranted.naturalPerson" })
    }

    /// A percentage reads as a number in the one grammar, and no column of the format holds one: null, never 50.
    @Test func aPercentageIsNotACount() throws {
        let record = try partiallyGranted(["50%", "0", "0", "1", "0", "0", "4"])
        #expect(record.applications["partiallyGranted"]?["naturalPerson"] == .some(nil))
        #expect(record.warnings.contains { $0.code == .parseNotANumber && $0.context == "applications.partiallyGranted.naturalPerson" })
    }

    /// Thousands separators, which repair now takes for values too, read as the number they group.
    @Test func groupedDigitsReadAsTheirNumber() throws {
        let record = try partiallyGranted(["1,203", "0", "0", "1", "0", "0", "1,204"])
        #expect(record.applications["partiallyGranted"]?["naturalPerson"] == 1203)
        #expect(record.applications["partiallyGranted"]?["total"] == 1204)
    }

    /// The record of a part-三 table whose one row, （二）部分公开, prints these seven cells.
    private func partiallyGranted(_ values: [String]) throws -> ReportRecord {
        let names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
        let header = TableRow(cells: [cell(0, "申请人情况")] + names.enumerated().map { cell($0.offset + 1, $0.element) })
        let row = TableRow(cells: [cell(0, "（二）部分公开")] + values.enumerated().map { cell($0.offset + 1, $0.element) })
        return try B.parse(B.report2021(applications: .table(Table(rows: [header, row], columnCount: 8))))
    }
}
