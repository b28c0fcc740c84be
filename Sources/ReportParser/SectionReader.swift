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
    private static func dropSignature(_ paragraphs: inout [String]) {
        guard let last = paragraphs.last, isSignatureDate(last) else { return }
        paragraphs.removeLast()
        if let signer = paragraphs.last, paragraphs.count > 1, signer.count <= 30, !signer.contains(where: { "。，；：,;:".contains($0) }) {
            paragraphs.removeLast()
        }
    }

    /// A line of nothing but a date, which may carry what OCR makes of a seal or a speck on it: up to two stray
    /// marks before it, a stray point after its year or month, a day misread after its month, and a mark read
    /// between the day and its 日 (`”2024年1月22日`, `2024年1月.22日`, `2023年1月16月`, `2025年1月17上日`).
    static func isSignatureDate(_ text: String) -> Bool {
        let characters = Array(text)
        // The marks before the year are not numerals, and a year starts with one: they are the line's first run of
        // characters that are not numerals.
        let lead = characters.prefix { !ChineseDate.isNumeral($0) }.count
        guard lead <= 2, characters.count >= lead + 7, ChineseDate.isYear(characters[lead..<lead + 4]),
            characters[lead + 4] == "年"
        else { return false }
        var month = lead + 5
        if isStray(characters[month]) { month += 1 }
        guard var day = ChineseDate.endOfMonthOrDay(in: characters, from: month, before: "月") else { return false }
        if day == characters.count { return true }
        if isStray(characters[day]) { day += 1 }
        // The day: up to three numerals and whatever mark was read after them (日, or 月 again), or one mark more
        // before a 日 (a speck beside the day read as 上 or 工).
        let rest = characters[day...]
        guard let mark = rest.last, !mark.isNewline else { return false }
        if (2...4).contains(rest.count) && rest.dropLast().allSatisfy(ChineseDate.isNumeral) { return true }
        guard mark == "日", (3...5).contains(rest.count) else { return false }
        let stray = rest[rest.endIndex - 2]
        return !stray.isNewline && !ChineseDate.isNumeral(stray) && rest.dropLast(2).allSatisfy(ChineseDate.isNumeral)
    }

    /// A point a speck leaves after a signature's year or month.
    private static func isStray(_ character: Character) -> Bool { ".。、,，·".contains(character) }

    /// The band heading of a part-二 table (第二十条第（一）项) left as a paragraph: the prose has ended.
    private static func startsTable(_ text: String) -> Bool {
        PrintedText.removingWhitespace(PrintedText.foldingWidth(text)).hasPrefix("第二十条第(")
    }
}
