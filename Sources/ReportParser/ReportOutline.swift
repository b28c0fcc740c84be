import ReportModel

/// Where the six parts of a report start among the document's blocks. Part headings are recognised by their
/// number and a keyword of their wording (real wording varies), whether repair made them headings or left
/// them as paragraphs, and in increasing order so that table row labels such as 四、结转下年度继续办理 are not taken
/// for a part.
struct ReportOutline {
    struct PartStart {
        let part: ReportPart
        let blockIndex: Int
        /// Text run into the heading after its `。` (六、其他需要报告的事项。一是…), kept as the part's first paragraph.
        let runIn: String?
    }

    let starts: [PartStart]
    private let blockCount: Int

    init(blocks: [Block]) {
        blockCount = blocks.count
        var starts: [PartStart] = []
        var next = ReportPart.allCases[...]
        for (index, block) in blocks.enumerated() {
            guard let text = Self.headingCandidateText(block) else { continue }
            let found = Self.firstMatch(text, among: next)
                ?? Self.matchAfterStrayMarks(text, expecting: next.first, after: starts.last?.part)
                ?? Self.matchWithoutNumeral(text, expecting: next.first, after: starts.last?.part)
            guard let (part, runIn) = found else { continue }
            starts.append(PartStart(part: part, blockIndex: index, runIn: runIn.isEmpty ? nil : runIn))
            next = next.drop { $0 <= part }
        }
        self.starts = starts
    }

    /// The first of `parts` whose heading `text` is, with the text run into it. A loop, not a lazy chain: the
    /// chain's nested generic types were instantiated at run time, which took longer than the matching.
    private static func firstMatch(_ text: String, among parts: ArraySlice<ReportPart>) -> (ReportPart, String)? {
        for part in parts {
            if let runIn = match(text, part: part) { return (part, runIn) }
        }
        return nil
    }

    /// A heading OCR read with a stray mark or two before its numeral (`” 五、…`), taken only when the order fits: it
    /// is the part right after the last one found. Anywhere else such a line stays what it reads as.
    private static func matchAfterStrayMarks(_ text: String, expecting part: ReportPart?, after last: ReportPart?)
        -> (ReportPart, String)?
    {
        guard let part, let last, part.rawValue == last.rawValue + 1,
            let rest = PrintedText.afterStrayMarks(PrintedText.foldingWidth(text)),
            let runIn = match(String(rest), part: part)
        else { return nil }
        // The run-in text as printed, as `match` gives it.
        guard !runIn.isEmpty, let stop = text.firstIndex(of: "。") else { return (part, runIn) }
        return (part, text[text.index(after: stop)...].trimmingWhitespace())
    }

    /// A heading whose numeral OCR lost (`、总体情况`, or `总体情况` with its mark: a bold 一 alone is read as nothing),
    /// taken only when the rest is the format's own wording of the part next in order (part 一 when none is found yet).
    private static func matchWithoutNumeral(_ text: String, expecting part: ReportPart?, after last: ReportPart?)
        -> (ReportPart, String)?
    {
        guard let part, part.rawValue == (last?.rawValue ?? 0) + 1, let mark = part.heading.firstIndex(of: "、") else { return nil }
        let read = PrintedText.removingWhitespace(PrintedText.foldingWidth(text))
        let wording = read.hasPrefix("、") ? read.dropFirst() : Substring(read)
        return wording == part.heading[part.heading.index(after: mark)...] ? (part, "") : nil
    }

    func start(of part: ReportPart) -> PartStart? { starts.first { $0.part == part } }

    /// Block indices after the part's heading up to the next part's heading; nil when the heading is absent.
    func region(of part: ReportPart) -> Range<Int>? {
        guard let start = start(of: part) else { return nil }
        let end = starts.first { $0.blockIndex > start.blockIndex }?.blockIndex ?? blockCount
        return (start.blockIndex + 1)..<end
    }

    /// The part whose region holds a block, if any.
    func part(containing blockIndex: Int) -> ReportPart? {
        starts.last { $0.blockIndex < blockIndex }?.part
    }

    private static func headingCandidateText(_ block: Block) -> String? {
        switch block {
        case .heading(let heading): return heading.text
        case .paragraph(let paragraph): return paragraph.text
        case .table: return nil
        }
    }

    /// The run-in text ("" when none) when `text` is the heading of `part`, else nil.
    static func match(_ text: String, part: ReportPart) -> String? {
        let trimmed = PrintedText.foldingWidth(text).drop { $0.isWhitespace }
        // A heading numeral is at most three characters (十二), so its mark stands within the first four: looking
        // further would read every paragraph whole, once per part.
        guard let marker = trimmed.prefix(4).firstIndex(where: { $0 == "、" || $0 == "." }),
            ChineseNumeral.smallNumber(String(trimmed[..<marker])) == part.rawValue
        else { return nil }
        let rest = trimmed[trimmed.index(after: marker)...]
        let headEnd = rest.firstIndex(of: "。") ?? rest.endIndex
        let head = PrintedText.removingWhitespace(String(rest[..<headEnd]))
        guard head.count <= 40, part.headingKeywords.contains(where: head.contains) else { return nil }
        guard headEnd < rest.endIndex else { return "" }
        // The run-in text is cut from the original so that its characters stay exactly as printed.
        let original = Substring(text)
        guard let stop = original.firstIndex(of: "。") else { return "" }
        return original[original.index(after: stop)...].trimmingWhitespace()
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
