import ReportModel

/// Label lines and data rows of a text table: labels waiting for numbers, groups, wrapped and stray pieces.
extension TextTableBuilder {
    mutating func addLabelLine(_ table: TableLine) {
        closeHeader()
        let pieces = table.isTabSeparated ? table.tokens : [table.tokens.joined(separator: " ")]
        if pieces.count == 1, Numbering(of: pieces[0]) == nil, !FormatVocabulary.isRowLabel(pieces[0]), continuesLastRow,
            let row = rows.indices.last, let cell = rows[row].cells.lastIndex(where: { $0.kind == .label })
        {
            rows[row].cells[cell].text = Prose.join(rows[row].cells[cell].text, pieces[0])
            diagnostics.append(Diagnostic(
                code: .repairRowJoined, message: "end of a row label printed below its numbers joined",
                context: rows[row].cells[cell].text))
            lastLine = .other
            return
        }
        if lastLine.isData { lastLine = .other }
        for piece in pieces {
            let numbered = Numbering(of: piece) != nil
            if !numbered, lastLine == .label, let last = pending.last, !FormatVocabulary.isRowLabel(piece),
                !FormatVocabulary.isRowLabel(last.text)
            {
                pending[pending.count - 1].text = Prose.join(pending[pending.count - 1].text, piece)
                pending[pending.count - 1].lines += 1
            } else {
                pending.append(Label(text: piece))
            }
            lastLine = .label
        }
    }

    /// Labels that found no numbers become rows of their own (a row the source prints without values).
    mutating func flushPending() {
        for label in pending { rows.append(Row(cells: [Draft(text: label.text, kind: .label, level: label.level)], isHeader: false)) }
        pending = []
        if lastLine == .label { lastLine = .other }
    }

    // MARK: Data rows

    mutating func addDataRow(labels rawLabels: [String], values: [String], tabSeparated: Bool) {
        closeHeader()
        var labels = tabSeparated ? rawLabels : Self.groupLabels(rawLabels)
        if labels.count >= 2, Prose.isSingleCJK(labels[0]), Numbering(of: labels[0]) == nil, Numbering(of: labels[1]) != nil,
            moveStray(labels[0], beforeRowLabel: labels[1])
        {
            labels.removeFirst()
        }
        var joined = true
        if labels.isEmpty, let own = pending.popLast() {
            labels = [own.text]
        } else if lastLine == .label, let cut = deepestPending, labels.count == 1, Numbering(of: labels[0]) == nil,
            !FormatVocabulary.isRowLabel(labels[0])
        {
            // `2.申请人逾期未按…缴纳费` / `用、行政机关…公 0 0 …`: a wrapped label's middle line carries the numbers
            // (a group label printed between them stays pending as a group).
            let label = pending.remove(at: cut)
            labels = [Prose.join(label.text, labels[0])]
        } else if lastLine == .label, let last = pending.last, let own = Numbering(of: last.text), own.isFirst,
            let inline = labels.last.flatMap({ Numbering(of: $0) }), own.level > inline.level
        {
            // `1.申请人…` / `（六）其他处理 0 0 …`: a group label printed beside the numbers of its first row.
            pending.removeLast()
            labels.append(last.text)
        } else {
            joined = false
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
                code: .repairRowJoined,
                message: "table row rebuilt from a label and numbers printed on separate lines",
                context: labels.last))
        }
        lastLine = .data
    }

    /// The pending label of the deepest level (the latest of them), which a wrapped continuation belongs to.
    var deepestPending: Int? {
        pending.indices.max { (pending[$0].level ?? 0, $0) < (pending[$1].level ?? 0, $1) }
    }

    /// Space-separated label words: a numbered word starts a new label, other words continue the current one.
    static func groupLabels(_ words: [String]) -> [String] {
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
    func nestedSuffixCount(below rowLevel: Int?) -> Int {
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

    mutating func trackGroups(inRow row: Int) {
        for (index, cell) in rows[row].cells.enumerated() where cell.kind == .group || cell.kind == .label {
            guard let level = cell.level else { continue }
            activeGroups.removeAll { $0.level >= level }
            if cell.kind == .group { activeGroups.append(Group(reference: CellReference(row: row, cell: index), level: level)) }
        }
    }

    /// A lone character before a row label (`果 4．保护第三方合法权益`) is the missing end of a vertical group
    /// label printed one character per line; it is joined to the group label it completes, or else to the
    /// outermost group label covering the row.
    mutating func moveStray(_ character: String, beforeRowLabel label: String) -> Bool {
        guard !activeGroups.isEmpty else { return false }
        let completes = activeGroups.first { group in
            let joined = PrintedText.removingWhitespace(text(at: group.reference) + character)
            return FormatVocabulary.groupLabels.contains { joined.hasSuffix($0) }
        }
        guard let target = completes ?? activeGroups.min(by: { $0.level < $1.level }) else { return false }
        rows[target.reference.row].cells[target.reference.cell].text += character
        diagnostics.append(Diagnostic(
            code: .repairStrayCharacterMoved,
            message: "stray character '\(character)' before row '\(label)' joined to the group label '\(text(at: target.reference))'",
            context: label))
        return true
    }

    /// A vertical label is complete: it becomes a group label of the first row read after it began.
    mutating func closeVertical() {
        guard let label = vertical else { return }
        vertical = nil
        guard !rows.isEmpty, label.text.count >= 2 else { return }
        let row = min(label.row, rows.count - 1)
        rows[row].cells.insert(Draft(text: label.text, kind: .group, level: Numbering(of: label.text)?.level), at: 0)
        diagnostics.append(Diagnostic(
            code: .repairVerticalLabelJoined,
            message: "label printed one character per line joined: '\(label.text)'", context: label.text))
    }
}
