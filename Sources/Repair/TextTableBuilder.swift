import ReportModel

/// Rebuilds one table from the lines of a text table region (no geometry).
///
/// Text extraction flattens a table's grid into lines: header cells split into fragments, vertical labels
/// printed one character per line, labels wrapped over lines with their numbers on the next line. The builder
/// feeds lines one at a time and keeps three pieces of state to undo that: header cells that may still grow
/// (`自然` waiting for `人`), row labels waiting for their numbers (`pending`), and the group labels
/// (`三、本年度办理结果`, `（三）不予公开`) that cover the rows being read. Header lines, label and data lines,
/// and the finishing steps are in the `+Header`, `+Rows` and `+Finish` extensions; the state is shared by them.
struct TextTableBuilder {
    var rows: [Row] = []
    var diagnostics: [Diagnostic] = []
    var pending: [Label] = []
    var lastLine = LastLine.other
    var openFragments: [CellReference] = []
    var openNote: CellReference?
    var activeGroups: [Group] = []
    var vertical: VerticalLabel?

    /// What the last line read was, which decides what the next one continues.
    enum LastLine {
        /// A header line, a row label's end, or nothing yet.
        case other
        /// Row labels, now pending: an unnumbered piece next may continue the last.
        case label
        /// A data row: an unnumbered piece next may end its label.
        case data
        /// A data row started by a lone value (after its label, or alone): following lone values are its cells.
        case loneValue

        var isData: Bool { self == .data || self == .loneValue }
    }

    struct Row {
        var cells: [Draft]
        var isHeader: Bool
    }

    struct Draft {
        enum Kind { case header, title, label, group, value }
        var text: String
        var kind: Kind
        var level: Int?
        var rowSpan = 1
    }

    struct Label {
        var text: String
        var lines = 1
        var level: Int? { Numbering(of: text)?.level }
    }

    struct CellReference: Equatable {
        var row: Int
        var cell: Int
    }

    struct Group {
        var reference: CellReference
        var level: Int
    }

    mutating func add(_ line: SourceLine) {
        guard !line.isBlank else { return }
        var line = line
        if let (character, rest) = VerticalLabel.piece(of: line, open: vertical != nil) {
            var label = vertical ?? VerticalLabel(text: "", row: rows.count)
            label.text.append(character)
            vertical = label
            if label.isComplete { closeVertical() }
            guard let rest else { return }
            line = rest
        }
        let table = TableLine(line)
        if table.tokens.count == 1, table.values.count == 1, lastLine == .loneValue, let row = rows.indices.last {
            // One cell per line: the value joins the row its label started.
            rows[row].cells.append(Draft(text: table.tokens[0], kind: .value))
            return
        }
        if lastLine == .loneValue { lastLine = .data }
        if !table.values.isEmpty {
            addDataRow(labels: table.labels, values: table.values, tabSeparated: table.isTabSeparated)
            if table.tokens.count == 1 { lastLine = .loneValue }
        } else if !isLabelContinuation(table.tokens), withHeaderLine(table.tokens) != nil {
            flushPending()
            if let header = withHeaderLine(table.tokens) { self = header }
        } else {
            addLabelLine(table)
        }
    }

    /// The finished table and what had to be guessed.
    mutating func finish() -> (table: Table, diagnostics: [Diagnostic]) {
        flushPending()
        closeVertical()
        removeRepeatedHeaders()
        diagnostics += GroupPlacement.place(&rows)
        computeRowSpans()
        joinSplitValueRows()
        checkValueCounts()
        let tableRows = rows.map { row in
            TableRow(cells: row.cells.enumerated().map { column, cell in
                Cell(column: column, rowSpan: cell.rowSpan, text: cell.text)
            })
        }
        let columns = rows.map(\.cells.count).max() ?? 0
        return (Table(rows: tableRows, columnCount: columns), diagnostics)
    }
}
