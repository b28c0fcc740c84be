import ReportModel

/// Turns the prose lines of a text (everything outside tables) into headings and paragraphs, in order.
///
/// Lines are fed one at a time; a paragraph grows while the line before does not end a sentence (or fills a
/// hard-wrap width) and the next is not a heading. Before the first part heading (`一、`) the cover and title
/// lines are short and unpunctuated, so there a short line is kept on its own unless the next completes a
/// title (`…年度报告`).
struct ProseAssembler {
    private(set) var blocks: [Block] = []
    private var paragraph: String?
    private var lastLine: SourceLine?
    /// A heading just emitted that a short next line may complete (`（十）…监督保障` / `情况`).
    private var openHeading: (index: Int, line: SourceLine)?
    private var inBody = false
    let wrapWidth: Double?

    init(wrapWidth: Double?) {
        self.wrapWidth = wrapWidth
    }

    mutating func add(_ line: SourceLine) {
        guard !line.isBlank else { return }
        let text = line.text
        if let numbering = Numbering(of: text) {
            addNumbered(line, numbering: numbering)
            return
        }
        if let open = openHeading, continuesHeading(open.line, with: line),
            case .heading(var heading) = blocks[open.index]
        {
            heading.text = Prose.join(heading.text, text)
            blocks[open.index] = .heading(heading)
            openHeading = nil
            return
        }
        openHeading = nil
        if let current = paragraph, let previous = lastLine, continues(previous, into: line) {
            paragraph = Prose.join(current, text)
        } else {
            flush()
            paragraph = text
        }
        lastLine = line
    }

    /// A table interrupts the prose: the paragraph before it is complete.
    mutating func append(_ table: Table) {
        flush()
        openHeading = nil
        blocks.append(.table(table))
    }

    mutating func finish() -> [Block] {
        flush()
        return blocks
    }

    private mutating func flush() {
        if let paragraph { blocks.append(.paragraph(Paragraph(text: paragraph))) }
        paragraph = nil
        lastLine = nil
    }

    private mutating func addNumbered(_ line: SourceLine, numbering: Numbering) {
        flush()
        openHeading = nil
        let text = line.text
        let rest = String(text.dropFirst(numbering.length)).trimmingWhitespace()
        if Self.isStandaloneHeading(rest) {
            if numbering.level == 1 { inBody = true }
            blocks.append(.heading(Heading(level: numbering.level, text: text)))
            openHeading = (blocks.count - 1, line)
            return
        }
        if numbering.level == 1, let stop = rest.firstIndex(of: "。"), rest.distance(from: rest.startIndex, to: stop) <= 20 {
            // `六、其他需要报告的事项。一是…`: the part heading, then its text (the `。` after the heading dropped).
            inBody = true
            let headingText = String(text.prefix(numbering.length)) + String(rest[..<stop])
            blocks.append(.heading(Heading(level: 1, text: headingText)))
            let tail = String(rest[rest.index(after: stop)...]).trimmingWhitespace()
            if !tail.isEmpty {
                paragraph = tail
                lastLine = line
            }
            return
        }
        // A run-in heading (`（一）主动公开。2021年…`) is a paragraph.
        paragraph = text
        lastLine = line
    }

    /// A numbered line is a heading when what follows the number is a short title, not sentences.
    private static func isStandaloneHeading(_ rest: String) -> Bool {
        guard !rest.isEmpty, rest.count <= 40 else { return false }
        if rest.contains(where: { "。！？；!?;".contains($0) }) { return false }
        return !rest.hasSuffix(".")
    }

    private func continuesHeading(_ heading: SourceLine, with line: SourceLine) -> Bool {
        guard line.text.count <= 10, !Prose.endsSentence(line.text) else { return false }
        if wrapWidth != nil { return WrapWidth.fills(heading, width: wrapWidth) }
        return line.text.count <= 4
    }

    private func continues(_ previous: SourceLine, into line: SourceLine) -> Bool {
        let text = previous.text
        // On a cover, lines are indented to centre them, which says nothing about paragraphs.
        if inBody, line.indent >= 2 { return false }
        guard inBody else {
            if Prose.endsSentence(text) || text.hasSuffix("报告") || Self.isDate(text) { return false }
            return Prose.width(text) >= 30 || line.text.hasSuffix("报告")
        }
        if Prose.endsSentence(text) { return WrapWidth.fills(previous, width: wrapWidth) }
        return true
    }

    /// `二〇二二年一月`, `2022年1月10日`: the date line of a cover, complete in itself.
    private static func isDate(_ text: String) -> Bool {
        ChineseDate.isDate(PrintedText.removingWhitespace(text))
    }
}
