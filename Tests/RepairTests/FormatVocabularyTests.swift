import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Repair

/// Repair's table wording is the format's (`ReportModel/NationalFormat`), and the format's 2021 labels are the
/// official template's.
@Suite struct FormatVocabularyTests {
    /// Repair's tests of table wording read the format's rows and groups, not a copy of them.
    @Test func repairWordingIsTheFormats() {
        for row in NationalFormat.proactiveRows { for label in row.labels { #expect(FormatVocabulary.isRowLabel(label)) } }
        for group in NationalFormat.applicationGroups { #expect(NationalFormat.applicationGroupLabels.contains(group.labels[0])) }
        let columns = NationalFormat.applicantColumns + NationalFormat.reviewLitigationColumns
        for column in columns { #expect(FormatVocabulary.isHeaderTerm(column.headers[0]), "\(column.key)") }
        for row in NationalFormat.reviewLitigationRows { #expect(FormatVocabulary.isHeaderTerm(row.labels[0]), "\(row.key)") }
        #expect(!FormatVocabulary.isHeaderTerm("本年度政府信息公开工作"))
    }

    /// Every 2021 label the parser matches (rows and columns of parts 二, 三 and 四, as first printed) is in the
    /// official 2021 template's text; skipped when `../shared` is absent.
    @Test func labelsAreTheTemplates() throws {
        guard let template = Fixtures.shared("template/annual-report-format-2021.docx"),
              FileManager.default.fileExists(atPath: template.path) else { return }
        let document = try RepairStage().repair(path: template.path)
        let text = PrintedText.removingWhitespace(document.blocks.map(Self.text).joined(separator: "\n"))
        var labels = NationalFormat.applicationTopRows.map { $0.labels[0] } + NationalFormat.applicationSubRows.map { $0.labels[0] }
        labels += NationalFormat.applicationGroups.map { $0.labels[0] } + NationalFormat.reviewLitigationRows.map { $0.labels[0] }
        labels += (NationalFormat.applicantColumns + NationalFormat.reviewLitigationColumns).map { $0.headers[0] }
        for row in NationalFormat.proactiveRows {
            guard let columns = NationalFormat.proactiveColumns(row: row.key, template: .v2021) else { continue }
            labels.append(row.labels[0])
            labels += columns.map { $0.headers[0] }
        }
        labels += NationalFormat.markers2021
        for label in labels {
            #expect(text.contains(PrintedText.removingWhitespace(label)), "\(label) is not in the 2021 template")
        }
        for marker in ["本年新制作数量", "上一年项目数量", "政府集中采购"] { #expect(!text.contains(marker)) }
    }

    private static func text(_ block: Block) -> String {
        switch block {
        case .heading(let heading): return heading.text
        case .paragraph(let paragraph): return paragraph.text
        case .table(let table): return table.rows.flatMap(\.cells).map(\.text).joined(separator: "\n")
        }
    }
}
