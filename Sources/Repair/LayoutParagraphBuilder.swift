import ReportModel

/// Turns the flow lines (everything outside tables and page furniture) into headings and paragraphs.
///
/// A paragraph ends where the next line is indented past the body's left margin, where a line stops well short of
/// the right margin, or where the font size changes; so wrapped lines and page breaks rejoin and a line end alone
/// never splits a paragraph.
struct LayoutParagraphBuilder {
    /// The body text's usual font size, left margin and right margin, measured over the whole document.
    struct Metrics: Sendable {
        var fontSize: Double
        var left: Double
        var right: Double

        init(lines: [LayoutLine]) {
            let weighted = lines.map { (size: ($0.fontSize * 2).rounded() / 2, weight: $0.text.count) }
            let size = Self.mode(weighted) ?? 12
            fontSize = size
            let body = lines.filter { abs($0.fontSize - size) <= 1 }
            // The margin continuation lines start at: the leftmost start that more than one line shares. Not the most
            // common start, which is the first-line indent where most paragraphs are one or two lines long.
            var starts: [Double: Int] = [:]
            for line in body { starts[line.box.x0.rounded(), default: 0] += 1 }
            left = starts.filter { $0.value >= 2 }.keys.min() ?? starts.keys.min() ?? 0
            // Not the maximum: punctuation hanging past the margin would raise it and make full lines look short.
            right = Self.quantile(body.map(\.box.x1), 0.7) ?? 0
        }

        private static func quantile(_ values: [Double], _ share: Double) -> Double? {
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * share))]
        }

        private static func mode(_ values: [(Double, Int)]) -> Double? {
            var weights: [Double: Int] = [:]
            for (value, weight) in values { weights[value, default: 0] += weight }
            return weights.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        }
    }

    var metrics: Metrics

    /// Lines grouped into paragraphs (each group is the lines of one paragraph, or of one title).
    func groups(_ lines: [LayoutLine]) -> [[LayoutLine]] {
        var groups: [[LayoutLine]] = []
        for line in lines {
            if let previous = groups.last?.last, !startsParagraph(line, after: previous) {
                groups[groups.count - 1].append(line)
            } else {
                groups.append([line])
            }
        }
        return groups
    }

    private func startsParagraph(_ line: LayoutLine, after previous: LayoutLine) -> Bool {
        let size = metrics.fontSize
        // A part heading as the format prints it is a line of its own, whatever the lines' measures say: OCR's line
        // heights vary too much to tell a title from body text by size (a body line as tall as the title above).
        if FormatVocabulary.isPartHeadingAsPrinted(line.text) || FormatVocabulary.isPartHeadingAsPrinted(previous.text) { return true }
        // A numbered heading after a finished sentence: the format's own structure says a new block starts, whatever
        // the line's indent or the previous line's length.
        if let last = PrintedText.removingWhitespace(previous.text).last, "。！？!?".contains(last) {
            if Self.headingLevel(line.text).map({ $0 <= 2 }) == true { return true }
            // A part heading OCR read with a mark or two before it (`” 五、…`): a line of its own, short like a heading, is
            // a block of its own too, a paragraph for the parser to judge by the parts' order; never made a heading here.
            if let rest = PrintedText.afterStrayMarks(line.text), Self.headingLevel(String(rest)) == 1,
                line.box.x1 < metrics.right - 1.5 * size
            {
                return true
            }
        }
        if line.box.x0 > metrics.left + 0.8 * size { return true }
        if previous.box.x1 < metrics.right - 1.5 * size { return true }
        if let current = line.declaredFontSize, let before = previous.declaredFontSize, abs(current - before) > 0.2 * size {
            return true
        }
        return line.page == previous.page && line.box.y0 - previous.box.y1 > 2.5 * size
    }

    /// Whether a group is part of the title: large type at the top of page 1, before any body text.
    func isTitle(_ group: [LayoutLine]) -> Bool {
        group.allSatisfy { $0.page == 1 && $0.fontSize >= 1.25 * metrics.fontSize }
    }

    /// The blocks of one paragraph group: a heading, a paragraph, or a run-in part heading split into both.
    func blocks(_ group: [LayoutLine]) -> [Block] {
        let text = PrintedText.trimmingSpacesAndTabs(group.map(\.text).reduce("") { LayoutText.joinLines($0, $1) })
        let location = Location(page: group[0].page, box: Box.enclosing(group.filter { $0.page == group[0].page }.map(\.box)))
        guard let level = Self.headingLevel(text) else { return [.paragraph(Paragraph(text: text, location: location))] }
        if Self.standsAlone(text) { return [.heading(Heading(level: level, text: text, location: location))] }
        if level == 1, let split = Self.splitRunIn(text) {
            return [
                .heading(Heading(level: 1, text: split.heading, location: location)),
                .paragraph(Paragraph(text: split.rest, location: location)),
            ]
        }
        return [.paragraph(Paragraph(text: text, location: location))]
    }

    /// 1 for `一、`, 2 for `（一）`/`(一)`, 3 for `1.`/`1、`/`1．`; nil for text without a heading number.
    static func headingLevel(_ text: String) -> Int? {
        let scalars = Array(PrintedText.removingWhitespace(text).unicodeScalars)
        let numeral = scalars.prefix (while: ChineseNumeral.isNumbering).count
        if numeral > 0, numeral < scalars.count, scalars[numeral] == "、" { return 1 }
        if let first = scalars.first, "（(".unicodeScalars.contains(first) {
            let inner = scalars.dropFirst().prefix (while: ChineseNumeral.isNumbering).count
            if inner > 0, inner + 1 < scalars.count, "）)".unicodeScalars.contains(scalars[inner + 1]) { return 2 }
        }
        return LayoutText.numbering(String(String.UnicodeScalarView(scalars))) != nil ? 3 : nil
    }

    /// A heading stands alone when it is short and has no sentence inside it (a final `。` is allowed).
    static func standsAlone(_ text: String) -> Bool {
        let compact = PrintedText.removingWhitespace(text)
        let body = compact.last.map { "。．.".contains($0) } == true ? String(compact.dropLast()) : compact
        return body.count <= 40 && !body.unicodeScalars.contains(where: { "。；;！!？?".unicodeScalars.contains($0) })
    }

    /// `六、其他需要报告的事项。一是…` → heading `六、其他需要报告的事项`, paragraph `一是…` (the `。` dropped).
    static func splitRunIn(_ text: String) -> (heading: String, rest: String)? {
        guard let stop = text.firstIndex(of: "。") else { return nil }
        let heading = PrintedText.trimmingSpacesAndTabs(String(text[..<stop]))
        let rest = PrintedText.trimmingSpacesAndTabs(String(text[text.index(after: stop)...]))
        guard !rest.isEmpty, PrintedText.removingWhitespace(heading).count <= 30,
            !heading.unicodeScalars.contains(where: { "，,；;：:".unicodeScalars.contains($0) })
        else { return nil }
        return (heading, rest)
    }
}
