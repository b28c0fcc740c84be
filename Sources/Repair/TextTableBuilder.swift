import ReportModel

/// Rebuilds one table from the lines of a text table region (no geometry).
///
/// Text extraction flattens a table's grid into lines: header cells split into fragments, vertical labels
/// printed one character per line, labels wrapped over lines with their numbers on the next line. The builder
/// feeds lines one at a time and keeps three pieces of state to undo that: header cells that may still grow
/// (`自然` waiting for `人`), row labels waiting for their numbers (`pending`), and the group labels
/// (`三、本年度办理结果`, `（三）不予公开`) that cover the rows being read.
struct TextTableBuilder {
    private(set) var rows: [Row] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var pending: [Label] = []
    private var lastLineWasLabel = false
    private var openFragments: [CellReference] = []
    private var openNote: CellReference?
    private var activeGroups: [Group] = []

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

    private struct Label {
        var text: String
        var lines = 1
        var level: Int? { Numbering(of: text)?.level }
    }

    private struct CellReference: Equatable {
        var row: Int
        var cell: Int
    }

    private struct Group {
        var reference: CellReference
        var level: Int
    }

    mutating func add(_ line: SourceLine) {
        guard !line.isBlank else { return }
        let table = TableLine(line)
        if !table.values.isEmpty {
            addDataRow(labels: table.labels, values: table.values, tabSeparated: table.isTabSeparated)
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
        computeRowSpans()
        checkValueCounts()
        let tableRows = rows.map { row in
            TableRow(cells: row.cells.enumerated().map { column, cell in
                Cell(column: column, rowSpan: cell.rowSpan, text: cell.text)
            })
        }
        let columns = rows.map(\.cells.count).max() ?? 0
        return (Table(rows: tableRows, columnCount: columns), diagnostics)
    }

    // MARK: Header lines

    /// A single unnumbered word right after a label line continues that label (`三、本年度办理` / `结果`).
    private func isLabelContinuation(_ tokens: [String]) -> Bool {
        guard lastLineWasLabel, let last = pending.last, tokens.count == 1 else { return false }
        let token = tokens[0]
        if Numbering(of: token) != nil || FormatVocabulary.isHeaderTerm(token) || FormatVocabulary.isArticleTitle(token)
            || FormatVocabulary.isNoteStart(token) || FormatVocabulary.isRowLabel(token)
        {
            return false
        }
        // A complete unnumbered row label (`其他对外管理服务事项`) does not continue.
        return !FormatVocabulary.isRowLabel(last.text)
    }

    /// The builder with `tokens` added as header text, or nil when they are not all header wording.
    private func withHeaderLine(_ tokens: [String]) -> TextTableBuilder? {
        var trial = self
        let newRow = rows.count
        var created: [Draft] = []
        var createdOpen: [Int] = []
        var createdNote: Int?
        for token in tokens {
            let key = Prose.squeezed(token)
            guard Numbering(of: key) == nil else { return nil }
            if let note = trial.openNote, key.contains("）") || key.contains(")") {
                trial.rows[note.row].cells[note.cell].text += key
                trial.openNote = nil
                continue
            }
            if let note = createdNote, key.contains("）") || key.contains(")") {
                created[note].text += key
                createdNote = nil
                continue
            }
            if let index = trial.openFragments.lastIndex(where: { Self.grows(trial.text(at: $0), by: key) }) {
                let reference = trial.openFragments[index]
                trial.rows[reference.row].cells[reference.cell].text += key
                if !FormatVocabulary.isHeaderPrefix(trial.text(at: reference)) { trial.openFragments.remove(at: index) }
                continue
            }
            if let index = createdOpen.last(where: { Self.grows(created[$0].text, by: key) }) {
                created[index].text += key
                if !FormatVocabulary.isHeaderPrefix(created[index].text) { createdOpen.removeAll { $0 == index } }
                continue
            }
            if FormatVocabulary.isNoteStart(key) {
                created.append(Draft(text: key, kind: .title))
                if Self.opensBracket(key) { createdNote = created.count - 1 }
            } else if FormatVocabulary.isArticleTitle(key) {
                created.append(Draft(text: key, kind: .title))
            } else if FormatVocabulary.isHeaderTerm(key) || FormatVocabulary.isHeaderPrefix(key) {
                created.append(Draft(text: key, kind: .header))
                if FormatVocabulary.isHeaderPrefix(key) { createdOpen.append(created.count - 1) }
            } else {
                return nil
            }
        }
        // A lone header word continues the header row above it (`自然人` after `申请人情况`).
        var offset = 0
        var row = newRow
        if created.count == 1, created[0].kind == .header, let last = trial.rows.last, last.isHeader,
            !last.cells.contains(where: { $0.kind == .title })
        {
            row = trial.rows.count - 1
            offset = last.cells.count
            trial.rows[row].cells.append(contentsOf: created)
        } else if !created.isEmpty {
            trial.rows.append(Row(cells: created, isHeader: true))
        }
        trial.openFragments += createdOpen.map { CellReference(row: row, cell: offset + $0) }
        if let note = createdNote { trial.openNote = CellReference(row: row, cell: offset + note) }
        trial.lastLineWasLabel = false
        trial.activeGroups = []
        return trial
    }

    private static func grows(_ text: String, by token: String) -> Bool {
        FormatVocabulary.isHeaderTerm(text + token) || FormatVocabulary.isHeaderPrefix(text + token)
    }

    private static func opensBracket(_ text: String) -> Bool {
        let opens = text.filter { $0 == "（" || $0 == "(" }.count
        let closes = text.filter { $0 == "）" || $0 == ")" }.count
        return opens > closes
    }

    private func text(at reference: CellReference) -> String {
        rows[reference.row].cells[reference.cell].text
    }

    private mutating func closeHeader() {
        openFragments = []
        openNote = nil
    }

    // MARK: Label lines

    private mutating func addLabelLine(_ table: TableLine) {
        closeHeader()
        let pieces = table.isTabSeparated ? table.tokens : [table.tokens.joined(separator: " ")]
        for piece in pieces {
            let numbered = Numbering(of: piece) != nil
            if !numbered, lastLineWasLabel, let last = pending.last, !FormatVocabulary.isRowLabel(piece),
                !FormatVocabulary.isRowLabel(last.text)
            {
                pending[pending.count - 1].text = Prose.join(pending[pending.count - 1].text, piece)
                pending[pending.count - 1].lines += 1
            } else {
                pending.append(Label(text: piece))
            }
            lastLineWasLabel = true
        }
    }

    /// Labels that found no numbers become rows of their own (a row the source prints without values).
    private mutating func flushPending() {
        for label in pending { rows.append(Row(cells: [Draft(text: label.text, kind: .label, level: label.level)], isHeader: false)) }
        pending = []
        lastLineWasLabel = false
    }

    // MARK: Data rows

    private mutating func addDataRow(labels rawLabels: [String], values: [String], tabSeparated: Bool) {
        closeHeader()
        var labels = tabSeparated ? rawLabels : Self.groupLabels(rawLabels)
        if labels.count >= 2, Prose.isSingleCJK(labels[0]), Numbering(of: labels[0]) == nil, Numbering(of: labels[1]) != nil,
            moveStray(labels[0], beforeRowLabel: labels[1])
        {
            labels.removeFirst()
        }
        var joined = false
        if labels.isEmpty, let own = pending.popLast() {
            labels = [own.text]
            joined = true
        }
        let rowLevel = labels.first.flatMap { Numbering(of: $0)?.level }
        let groupCount = nestedSuffixCount(below: rowLevel)
        let groups = Array(pending.suffix(groupCount))
        pending.removeLast(groupCount)
        flushPending()
        var cells = groups.map { Draft(text: $0.text, kind: .group, level: $0.level) }
        for (index, label) in labels.enumerated() {
            let kind: Draft.Kind = index < labels.count - 1 ? .group : .label
            cells.append(Draft(text: label, kind: kind, level: Numbering(of: label)?.level))
        }
        cells += values.map { Draft(text: $0, kind: .value) }
        rows.append(Row(cells: cells, isHeader: false))
        trackGroups(inRow: rows.count - 1)
        if joined || groups.contains(where: { $0.lines > 1 }) {
            diagnostics.append(Diagnostic(
                severity: .note, code: "repair.rowJoined",
                message: "table row rebuilt from a label and numbers printed on separate lines",
                context: labels.last))
        }
        lastLineWasLabel = false
    }

    /// Space-separated label words: a numbered word starts a new label, other words continue the current one.
    private static func groupLabels(_ words: [String]) -> [String] {
        var labels: [String] = []
        for word in words {
            if labels.isEmpty || Numbering(of: word) != nil || Prose.isSingleCJK(labels[labels.count - 1]) {
                labels.append(word)
            } else {
                labels[labels.count - 1] += " " + word
            }
        }
        return labels
    }

    /// How many of the last pending labels nest as groups over a row of level `rowLevel`
    /// (`三、…` over `（一）…`, `（三）…` over `1.…`): levels strictly increasing, all above the row's.
    private func nestedSuffixCount(below rowLevel: Int?) -> Int {
        guard let rowLevel else { return 0 }
        var count = 0
        var ceiling = rowLevel
        for label in pending.reversed() {
            guard let level = label.level, level < ceiling else { break }
            count += 1
            ceiling = level
        }
        return count
    }

    private mutating func trackGroups(inRow row: Int) {
        for (index, cell) in rows[row].cells.enumerated() where cell.kind == .group || cell.kind == .label {
            guard let level = cell.level else { continue }
            activeGroups.removeAll { $0.level >= level }
            if cell.kind == .group { activeGroups.append(Group(reference: CellReference(row: row, cell: index), level: level)) }
        }
    }

    /// A lone character before a row label (`果 4．保护第三方合法权益`) is the missing end of a vertical group
    /// label printed one character per line; it is joined to the group label it completes, or else to the
    /// outermost group label covering the row.
    private mutating func moveStray(_ character: String, beforeRowLabel label: String) -> Bool {
        guard !activeGroups.isEmpty else { return false }
        let completes = activeGroups.first { group in
            let joined = Prose.squeezed(text(at: group.reference) + character)
            return FormatVocabulary.groupLabels.contains { joined.hasSuffix($0) }
        }
        guard let target = completes ?? activeGroups.min(by: { $0.level < $1.level }) else { return false }
        rows[target.reference.row].cells[target.reference.cell].text += character
        diagnostics.append(Diagnostic(
            severity: .note, code: "repair.strayCharacterMoved",
            message: "stray character '\(character)' before row '\(label)' joined to the group label '\(text(at: target.reference))'",
            context: label))
        return true
    }

    // MARK: Finishing

    /// A group label spans its row and the following rows up to the next label of the same or a higher level.
    private mutating func computeRowSpans() {
        for rowIndex in rows.indices {
            for cellIndex in rows[rowIndex].cells.indices where rows[rowIndex].cells[cellIndex].kind == .group {
                guard let level = rows[rowIndex].cells[cellIndex].level else { continue }
                var span = 1
                for next in rows.index(after: rowIndex)..<rows.endIndex {
                    let nextRow = rows[next]
                    if nextRow.isHeader { break }
                    let firstLabelLevel = nextRow.cells.first { $0.kind == .group || $0.kind == .label }?.level
                    if let firstLabelLevel, firstLabelLevel <= level { break }
                    span += 1
                }
                rows[rowIndex].cells[cellIndex].rowSpan = span
            }
        }
    }

    /// The national format fixes the number of data columns of part 三 (7) and part 四 (15). A text row with
    /// another count has lost or gained cells, and text without geometry cannot say which column each value is in.
    private mutating func checkValueCounts() {
        let headerWords = Set(rows.filter(\.isHeader).flatMap(\.cells).map(\.text))
        let expected: Int
        if headerWords.contains("申请人情况") || headerWords.contains("自然人") {
            expected = 7
        } else if headerWords.contains("行政复议"), headerWords.contains("行政诉讼") {
            expected = 15
        } else {
            return
        }
        for row in rows where !row.isHeader {
            let count = row.cells.filter { $0.kind == .value }.count
            guard count > 0, count != expected else { continue }
            let label = row.cells.last { $0.kind == .label }?.text ?? "(no label)"
            diagnostics.append(Diagnostic(
                code: "repair.columnsAmbiguous",
                message: "row '\(label)' prints \(count) values for \(expected) columns; which column each belongs to cannot be told from text",
                context: label))
        }
    }
}
