import ReportModel

/// Header lines of a text table: the format's header wording, reassembled from fragments.
extension TextTableBuilder {
    /// A single unnumbered word right after a label line continues that label (`三、本年度办理` / `结果`).
    func isLabelContinuation(_ tokens: [String]) -> Bool {
        guard tokens.count == 1 else { return false }
        let token = tokens[0]
        if Numbering(of: token) != nil || FormatVocabulary.isHeaderTerm(token) || FormatVocabulary.isArticleTitle(token)
            || FormatVocabulary.isNoteStart(token) || FormatVocabulary.isRowLabel(token)
        {
            return false
        }
        if continuesLastRow { return true }
        guard lastLine == .label, let last = pending.last else { return false }
        // A complete unnumbered row label (`其他对外管理服务事项`) does not continue.
        return !FormatVocabulary.isRowLabel(last.text)
    }

    /// Right after a labelled data row, with no label waiting, an unnumbered piece ends that row's label
    /// (`（二）部分公开（…不计其他` / numbers / `情形）`): laid-out text prints the numbers mid-label.
    var continuesLastRow: Bool {
        guard lastLine.isData, pending.isEmpty, let row = rows.last, !row.isHeader,
            let last = row.cells.last(where: { $0.kind == .label }), !FormatVocabulary.isRowLabel(last.text)
        else { return false }
        return true
    }

    /// The builder with `tokens` added as header text, or nil when they are not all header wording.
    func withHeaderLine(_ tokens: [String]) -> TextTableBuilder? {
        var trial = self
        let newRow = rows.count
        var created: [Draft] = []
        var createdOpen: [Int] = []
        var createdNote: Int?
        for token in tokens {
            let key = PrintedText.removingWhitespace(token)
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
            } else if FormatVocabulary.isHeaderPiece(key) {
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
        trial.lastLine = .other
        trial.activeGroups = []
        return trial
    }

    static func grows(_ text: String, by token: String) -> Bool {
        FormatVocabulary.isHeaderTerm(text + token) || FormatVocabulary.isHeaderPrefix(text + token)
    }

    static func opensBracket(_ text: String) -> Bool {
        let opens = text.filter { $0 == "（" || $0 == "(" }.count
        let closes = text.filter { $0 == "）" || $0 == ")" }.count
        return opens > closes
    }

    func text(at reference: CellReference) -> String {
        rows[reference.row].cells[reference.cell].text
    }

    mutating func closeHeader() {
        openFragments = []
        openNote = nil
    }
}
