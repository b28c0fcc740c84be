import ReportModel

/// Which columns (or rows) of a scanned table hold values, told by the table itself: a column most of whose one-column
/// cells read as numbers at first sight. Its cells from the table's first row of numbers on are all read as numbers, so a
/// lone `1` that `chi_sim` took for 工 or T, or a number with a speck beside it, is still read by both models (or
/// reported), not kept as text that would void the value.
struct OCRValueColumns: Equatable {
    /// The grid columns that hold values.
    var columns: Set<Int>
    /// The first row holding a number in any value column: header cells above it are never read as numbers.
    var firstDataRow: Int
    /// Rows of values, told the same way along the row, each with the first column holding a number: a table of one
    /// row of values (part 四's fifteen) has no column with two numbers to tell it by.
    var valueRows: [Int: Int]

    /// A first reading of one cell: its grid place and the text `chi_sim` read in it.
    struct Reading {
        var row: Int
        var column: Int
        var columnSpan: Int
        var text: String
    }

    /// Columns where at least two one-column cells, and at least half the filled ones, read as numbers, a number with
    /// one stray mark counting too (several specks must not hide a column); rows the same way, with at least three.
    init(_ readings: [Reading]) {
        let single = readings.filter { $0.columnSpan == 1 && !$0.text.allSatisfy(\.isWhitespace) }
        let firstNumberRow = Self.lines(of: single, by: \.column, across: \.row, atLeast: 2)
        columns = Set(firstNumberRow.keys)
        firstDataRow = firstNumberRow.values.min() ?? Int.max
        valueRows = Self.lines(of: single, by: \.row, across: \.column, atLeast: 3)
    }

    /// The columns (or rows) of `cells`, grouped `by`, that hold values: at least `minimum` cells, and at least half
    /// of them, read as numbers or nearly (one stray mark, or marks for digits: `-<` beside `5` and `12` in part 二's
    /// small tables), each with the first place `across` of a number in it.
    private static func lines(
        of cells: [Reading], by line: KeyPath<Reading, Int>, across place: KeyPath<Reading, Int>, atLeast minimum: Int
    ) -> [Int: Int] {
        var first: [Int: Int] = [:]
        for (key, cells) in Dictionary(grouping: cells, by: { $0[keyPath: line] }) {
            let numbers = cells.filter { OCRTextCleanup.numericReading($0.text) != nil }
            let nearly = cells.filter {
                ($0.text.contains { $0.isASCII && $0.isNumber } && stray($0.text) <= 1) || isMarksForDigits($0.text)
            }
            guard let start = numbers.map({ $0[keyPath: place] }).min(), nearly.count >= minimum, 2 * nearly.count >= cells.count
            else { continue }
            first[key] = start
        }
        return first
    }

    /// How many characters of the text are neither digits, points nor spaces.
    private static func stray(_ text: String) -> Int {
        text.filter { !$0.isWhitespace && !($0.isASCII && $0.isNumber) && $0 != "." }.count
    }

    /// Whether a cell whose first reading is not a number should be read as one: a one-column cell of a value column
    /// at or under the first row of numbers, reading as at most two characters besides digits and points (工, `0.`,
    /// `“0`, `12.50 机`, and `工提`, a lone 1 with a speck), or as marks without a Chinese character. A longer text there
    /// is a header or a remark (`本年处理`), and stays text.
    /// Anywhere in the table, a cell reading as one run of digits with at most two other characters beside it
    /// (`， 31`, `本二12`: specks or a ruling's remnant read as text) is read as a number too: a table whose values
    /// sit in wide merged cells (part 二) has no one-column value cells to tell its value column by.
    func readsAsNumber(_ reading: Reading) -> Bool {
        if Self.isSpeckedNumber(reading.text) { return true }
        guard reading.columnSpan == 1, Self.stray(reading.text) <= 2 || Self.isMarksForDigits(reading.text) else { return false }
        if let first = valueRows[reading.row], reading.column >= first { return true }
        return columns.contains(reading.column) && reading.row >= firstDataRow
    }

    /// One run of digits (points allowed inside it) and at most two other characters, none of them a Chinese
    /// character after the digits: that is a unit (`367.98万元`, `12件`), printed, and left to the parser as text. A
    /// mark after them (`0 。`, a speck read as a full stop) is no unit.
    static func isSpeckedNumber(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        let runs = text.split { !($0.isASCII && $0.isNumber) && $0 != "." }.filter { $0.contains { $0.isNumber } }
        guard runs.count == 1, stray(compact) <= 2, let last = compact.lastIndex(where: \.isNumber) else { return false }
        return !compact[last...].unicodeScalars.contains(where: \.properties.isIdeographic)
    }

    /// Up to three Latin letters, digits or marks and no Chinese character (`DO`, `O 。`, `，）`, `-<`): what a
    /// digit or two with a speck on them reads as; no header or remark of the format is printed without a Chinese
    /// character. A slash is a placeholder (`/`), and a model restricted to digits may read it as 1.
    static func isMarksForDigits(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        return (1...3).contains(compact.count) && !compact.unicodeScalars.contains(where: \.properties.isIdeographic)
            && !compact.contains { $0 == "/" || $0 == "\\" }
    }
}
