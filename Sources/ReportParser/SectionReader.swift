import ReportModel

/// The prose of parts 一, 五 and 六: each paragraph (subsection headings included as their own paragraph)
/// with all whitespace removed, joined by `\n`. A part's prose ends at the next part heading or table.
struct SectionReader {
    let blocks: [Block]
    let outline: ReportOutline
    /// Title blocks, which some reports print after 一、总体情况 and which are not prose.
    let excluded: Set<Int>

    func sections(diagnostics: inout [Diagnostic]) -> Sections {
        Sections(
            overview: text(of: .overview, diagnostics: &diagnostics),
            problems: text(of: .problems, diagnostics: &diagnostics),
            other: text(of: .other, diagnostics: &diagnostics))
    }

    private func text(of part: ReportPart, diagnostics: inout [Diagnostic]) -> String? {
        guard let start = outline.start(of: part), let region = outline.region(of: part) else {
            diagnostics.append(
                Diagnostic(code: .parsePartMissing, message: "no heading of part \(part.rawValue) found; its text is null"))
            return nil
        }
        var paragraphs: [String] = []
        if let runIn = start.runIn { paragraphs.append(runIn) }
        scan: for index in region where !excluded.contains(index) {
            switch blocks[index] {
            case .heading(let heading): paragraphs.append(heading.text)
            case .paragraph(let paragraph):
                if Self.startsTable(paragraph.text) { break scan }
                paragraphs.append(paragraph.text)
            case .table: break scan
            }
        }
        var cleaned = paragraphs.map(PrintedText.removingWhitespace).filter { !$0.isEmpty }
        if region.upperBound == blocks.count { Self.dropSignature(&cleaned) }
        return cleaned.isEmpty ? nil : cleaned.joined(separator: "\n")
    }

    /// The sign-off closing a report (the issuing body over the date, 落款) is not part of its last section.
    /// The date may carry what OCR makes of a seal or a speck on it: up to two stray marks before it, a stray point
    /// after its year or month, and a day misread after its month (`”2024年1月22日`, `2024年1月.22日`,
    /// `2023年1月16月`); it is still a line of nothing but a date.
    nonisolated(unsafe) private static let signatureDate: Regex<AnyRegexOutput> = {
        let stray = "[.。、,，·]?"
        return try! Regex(
            "[^\(ChineseDate.numeralCharacters)]{0,2}\(ChineseDate.year)年\(stray)\(ChineseDate.monthOrDay)月(\(stray)\(ChineseDate.monthOrDay).)?")
    }()

    /// The most characters `signatureDate` takes: two strays, a year of four, 年, a stray, a month of up to three,
    /// 月, a stray, a day of up to three and the mark after it.
    private static let signatureDateLength = 17

    private static func dropSignature(_ paragraphs: inout [String]) {
        // The expression is compiled at its first match, which cost more than the rest of reading the sections:
        // a paragraph too long for it, or without 年 and 月, is not tried.
        guard let last = paragraphs.last, last.count <= signatureDateLength, last.contains("年"), last.contains("月"),
            last.wholeMatch(of: signatureDate) != nil
        else { return }
        paragraphs.removeLast()
        if let signer = paragraphs.last, paragraphs.count > 1, signer.count <= 30, !signer.contains(where: { "。，；：,;:".contains($0) }) {
            paragraphs.removeLast()
        }
    }

    /// The band heading of a part-二 table (第二十条第（一）项) left as a paragraph: the prose has ended.
    private static func startsTable(_ text: String) -> Bool {
        PrintedText.removingWhitespace(PrintedText.foldingWidth(text)).hasPrefix("第二十条第(")
    }
}
