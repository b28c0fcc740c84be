import ReportModel

/// Which columns of a scanned table hold values, told by the table itself: a column most of whose one-column cells
/// read as numbers at first sight. Its cells from the table's first row of numbers on are all read as numbers, so a
/// lone `1` that `chi_sim` took for 工 or T, or a number with a speck beside it, is still read by both models (or
/// reported), not kept as text that would void the value.
struct OCRValueColumns: Equatable {
    /// The grid columns that hold values.
    var columns: Set<Int>
    /// The first row holding a number in any value column: header cells above it are never read as numbers.
    var firstDataRow: Int

    /// A first reading of one cell: its grid place and the text `chi_sim` read in it.
    struct Reading {
        var row: Int
        var column: Int
        var columnSpan: Int
        var text: String
    }

    /// Columns where at least two one-column cells, and at least half the filled ones, read as numbers, a number with
    /// one stray mark counting too (several specks must not hide a column).
    init(_ readings: [Reading]) {
        var firstNumberRow: [Int: Int] = [:]
        let single = readings.filter { $0.columnSpan == 1 && !$0.text.allSatisfy(\.isWhitespace) }
        for (column, cells) in Dictionary(grouping: single, by: \.column) {
            let numbers = cells.filter { OCRTextCleanup.numericReading($0.text) != nil }
            let nearly = cells.filter { $0.text.contains { $0.isASCII && $0.isNumber } && Self.stray($0.text) <= 1 }
            guard let first = numbers.map(\.row).min(), nearly.count >= 2, 2 * nearly.count >= cells.count else { continue }
            firstNumberRow[column] = first
        }
        columns = Set(firstNumberRow.keys)
        firstDataRow = firstNumberRow.values.min() ?? Int.max
    }

    /// How many characters of the text are neither digits, points nor spaces.
    private static func stray(_ text: String) -> Int {
        text.filter { !$0.isWhitespace && !($0.isASCII && $0.isNumber) && $0 != "." }.count
    }

    /// Whether a cell whose first reading is not a number should be read as one: a one-column cell of a value column
    /// at or under the first row of numbers, reading as at most one character besides digits and points (工, `0.`, `“0`,
    /// `12.50 机`). A longer text there is a header or a remark, and stays text.
    func readsAsNumber(_ reading: Reading) -> Bool {
        guard reading.columnSpan == 1, columns.contains(reading.column), reading.row >= firstDataRow else { return false }
        return Self.stray(reading.text) <= 1
    }
}
