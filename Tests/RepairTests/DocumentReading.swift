import Foundation
import ReportModel

/// Test-side reading of a repaired `Document`: the parts of the report, the text of a part, its table rows.
/// Kept deliberately simple (what the parser does, in a few lines) so the tests check repair, not this helper.
struct DocumentReading {
    let document: Document

    /// Blocks after the level-1 heading starting with `numeral` (e.g. "一、") up to the next level-1 heading.
    func part(_ numeral: String) -> [Block] {
        var inside = false
        var blocks: [Block] = []
        for block in document.blocks {
            if case .heading(let heading) = block, heading.level == 1 {
                if inside { break }
                inside = heading.text.hasPrefix(numeral)
                continue
            }
            if inside { blocks.append(block) }
        }
        return blocks
    }

    /// A part's text as the record's `sections` hold it: paragraphs and subsection headings, one per line,
    /// a title line (`…年度报告`) excluded.
    func sectionText(_ numeral: String) -> String {
        part(numeral).compactMap { block -> String? in
            switch block {
            case .heading(let heading): return heading.text
            case .paragraph(let paragraph):
                let key = PrintedText.removingWhitespace(paragraph.text)
                return key.hasSuffix("年度报告") && key.count <= 40 ? nil : paragraph.text
            case .table: return nil
            }
        }.joined(separator: "\n")
    }

    /// The data rows of a part's tables as (label key, numbers), label key from the row's last label cell.
    func rows(_ numeral: String) -> [RowSummary] {
        part(numeral).flatMap { block -> [RowSummary] in
            guard case .table(let table) = block else { return [] }
            return table.rows.compactMap(RowSummary.init)
        }
    }

    /// Every cell text of a part's tables.
    func cellTexts(_ numeral: String) -> [String] {
        part(numeral).flatMap { block -> [String] in
            guard case .table(let table) = block else { return [] }
            return table.rows.flatMap { $0.cells.map(\.text) }
        }
    }

    /// Folds the format's full-width numbering punctuation to half width, so `（一）` and `(一)`, `1．` and `1.` compare equal.
    static func folded(_ text: String) -> String {
        let map: [Character: Character] = ["（": "(", "）": ")", "．": ".", "，": ","]
        return String(PrintedText.removingWhitespace(text).map { map[$0] ?? $0 })
    }
}

/// One table row reduced to what a test compares: its label (folded) and its numbers as printed.
struct RowSummary: Equatable, CustomStringConvertible {
    let label: String
    let numbers: [String]

    init?(_ row: TableRow) {
        let texts = row.cells.map(\.text)
        let values = texts.filter(Self.isValue)
        let labels = texts.filter { !Self.isValue($0) }
        let label = DocumentReading.folded(labels.last ?? "")
        let numbered = label.firstMatch(of: /^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])/) != nil
        guard !values.isEmpty || numbered || label == "其他对外管理服务事项" else { return nil }
        self.label = label
        self.numbers = values
    }

    static func isValue(_ text: String) -> Bool {
        text.wholeMatch(of: /[+\-]?\d+(\.\d+)?(万元)?/) != nil
    }

    /// Matches an expectation written `前缀…结尾` (label starts and ends so: it was joined whole) or a whole label.
    func matches(_ key: String, _ numbers: String) -> Bool {
        let parts = key.components(separatedBy: "…")
        let labelMatches = parts.count == 2 ? label.hasPrefix(parts[0]) && label.hasSuffix(parts[1]) : label == key
        return labelMatches && self.numbers == numbers.split(separator: " ").map(String.init)
    }

    var description: String { "\(label) [\(numbers.joined(separator: " "))]" }
}
