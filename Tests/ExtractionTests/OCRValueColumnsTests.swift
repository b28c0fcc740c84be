import Testing

@testable import Extraction

/// Value columns are told by the table's own first readings; their cells are then read as numbers whatever `chi_sim`
/// made of them at first, but never the header above the numbers nor a longer text.
struct OCRValueColumnsTests {
    static func read(_ row: Int, _ column: Int, _ text: String, span: Int = 1) -> OCRValueColumns.Reading {
        OCRValueColumns.Reading(row: row, column: column, columnSpan: span, text: text)
    }

    // Header in row 0; labels in column 0; numbers in columns 1 and 2, one lone 1 read as 工 and one 0 with a speck.
    static let readings = [
        read(0, 0, "信息内容"), read(0, 1, "自然人"), read(0, 2, "合计"),
        read(1, 0, "本年新收"), read(1, 1, "工"), read(1, 2, "31"),
        read(2, 0, "予以公开"), read(2, 1, "12"), read(2, 2, "0 、"),
        read(3, 0, "其他"), read(3, 1, "4"), read(3, 2, "12.50 机"),
        read(4, 0, "总计", span: 3),
    ]

    @Test func columnsMostlyOfNumbersAreValueColumns() {
        let columns = OCRValueColumns(Self.readings)
        #expect(columns.columns == [1, 2])
        #expect(columns.firstDataRow == 1)
    }

    @Test func aMisreadDigitOrASpeckedNumberInAValueColumnIsReadAsANumber() {
        let columns = OCRValueColumns(Self.readings)
        #expect(columns.readsAsNumber(Self.read(1, 1, "工")))
        #expect(columns.readsAsNumber(Self.read(2, 2, "0 、")))
        #expect(columns.readsAsNumber(Self.read(3, 2, "12.50 机")))
        #expect(columns.readsAsNumber(Self.read(2, 1, "“0")))
        #expect(columns.readsAsNumber(Self.read(3, 1, "DO")))  // a 0 with a speck on it, read as letters
        #expect(columns.readsAsNumber(Self.read(3, 1, "工提")))  // a lone 1 and a speck, on a 150 dpi probe scan
        // Marks and letters without a Chinese character, as specks made of 0, 5 and -1 on the probe scans.
        for specked in ["O 。", "，）", "-<", "- 。"] { #expect(columns.readsAsNumber(Self.read(3, 1, specked)), "\(specked)") }
    }

    @Test func headersLabelsAndLongTextsStayText() {
        let columns = OCRValueColumns(Self.readings)
        #expect(!columns.readsAsNumber(Self.read(0, 1, "人")))  // above the first number
        #expect(!columns.readsAsNumber(Self.read(1, 0, "工")))  // a label column
        #expect(!columns.readsAsNumber(Self.read(2, 1, "本年处理")))  // a sub-header between numbers
        #expect(!columns.readsAsNumber(Self.read(4, 1, "工", span: 2)))  // reaching over two columns
        #expect(!columns.readsAsNumber(Self.read(1, 0, "DO")))  // letters in a label column
        #expect(!columns.readsAsNumber(Self.read(3, 1, "ABCD")))
        #expect(!columns.readsAsNumber(Self.read(3, 1, "暂无数据")))  // a remark
        #expect(!OCRValueColumns.isMarksForDigits("/"))  // a placeholder, which a digit model may read as 1
        #expect(OCRValueColumns([Self.read(0, 0, "其他"), Self.read(1, 0, "5")]).columns.isEmpty)  // one number is no column
    }

    /// Part 二's values sit in cells merged over several columns, one per small table: no value column is found,
    /// yet a number with specks read beside it is still read as a number; labels with a numeral stay text.
    @Test func aSpeckedNumberInAMergedCellIsReadAsANumber() {
        let table = OCRValueColumns([Self.read(0, 0, "信息内容"), Self.read(0, 1, "本年处理决定数量", span: 3)])
        #expect(table.columns.isEmpty)
        #expect(table.readsAsNumber(Self.read(1, 1, "， 31", span: 3)))
        #expect(table.readsAsNumber(Self.read(1, 1, "本二12", span: 3)))
        #expect(!table.readsAsNumber(Self.read(1, 0, "1.属于国家秘密")))
        #expect(!table.readsAsNumber(Self.read(1, 1, "3 1 204", span: 3)))
        #expect(!table.readsAsNumber(Self.read(1, 1, "第2季度共", span: 3)))
        #expect(!table.readsAsNumber(Self.read(1, 1, "367.98万元", span: 3)))  // a unit, printed
        #expect(table.readsAsNumber(Self.read(1, 1, "0 。", span: 3)))  // a speck after it read as a full stop, no unit
    }

    /// Part 四: two header rows over one row of fifteen values, no column holding two numbers; a lone 1 read as 工 in
    /// that row is still read as a number, the row's label and the header cells are not.
    @Test func aLoneRowOfValuesIsToldAlongTheRow() {
        var readings = [Self.read(0, 0, "行政复议", span: 5), Self.read(1, 0, "结果纠正"), Self.read(1, 1, "总计")]
        readings += ["3", "工", "0", "2", "5"].enumerated().map { Self.read(2, $0.offset, $0.element) }
        let table = OCRValueColumns(readings)
        #expect(table.columns.isEmpty)
        #expect(table.readsAsNumber(Self.read(2, 1, "工")))
        #expect(!table.readsAsNumber(Self.read(1, 1, "总")))
        #expect(!OCRValueColumns([Self.read(0, 0, "其他"), Self.read(0, 1, "工"), Self.read(0, 2, "5")]).readsAsNumber(Self.read(0, 1, "工")))
    }

    /// Part 二's small tables have one or two rows of values and columns that change from table to table: a row is
    /// told by its cells, a specked `-1` (`-<`) counting with the numbers beside it.
    @Test func aRowWithAMarkForDigitsBesideTwoNumbersIsAValueRow() {
        let table = OCRValueColumns([
            Self.read(0, 0, "信息内容"), Self.read(0, 1, "上一年项目数量"), Self.read(0, 2, "本年增/减"), Self.read(0, 3, "处理决定数量"),
            Self.read(1, 0, "行政处罚"), Self.read(1, 1, "5"), Self.read(1, 2, "-<"), Self.read(1, 3, "12"),
        ])
        #expect(table.valueRows[1] == 1)
        #expect(table.readsAsNumber(Self.read(1, 2, "-<")))
        #expect(!table.readsAsNumber(Self.read(1, 0, "行政处罚")))
    }
}
