import Foundation
import Markup
import Repair
import ReportModel
import ReportParser
import TestSupport
import Testing

/// The official 2021 template (`shared/template`, a Word file with its tables' merged cells as `w:gridSpan`
/// and `w:vMerge`) filled with numbers by editing its XML, as an agency fills it in: those numbers come out.
@Suite struct WordTemplateTests {
    /// The template's value cells in document order: every cell with no text that does not continue a
    /// vertical merge. Part 二's ten, part 三's 26 rows × 7, part 四's 15.
    static let valueKeys: [String] = {
        let proactive = ["regulations.issued", "regulations.repealed", "regulations.inForce", "normativeDocuments.issued",
                         "normativeDocuments.repealed", "normativeDocuments.inForce", "licensing.decisions", "penalty.decisions",
                         "coercion.decisions", "fees.amount"].map { "proactive." + $0 }
        let rows = ["newReceived", "carriedOver", "granted", "partiallyGranted"] + [
            "stateSecret", "prohibitedByLaw", "safetyStability", "thirdPartyRights", "internalAffairs", "processInformation",
            "enforcementFiles", "queryMatters",
        ].map { "denied." + $0 } + ["notHeld", "needsCreation", "unclear"].map { "unavailable." + $0 }
            + ["complaint", "duplicate", "publication", "excessive", "confirmation"].map { "notProcessed." + $0 }
            + ["noCorrection", "unpaidFee", "other"].map { "otherHandling." + $0 } + ["total", "carriedForward"]
        let columns = ["naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other", "total"]
        let applications = rows.flatMap { row in columns.map { "applications.\(row).\($0)" } }
        let review = ["review", "litigationDirect", "litigationAfterReview"].flatMap { row in
            ["maintained", "corrected", "other", "pending", "total"].map { "reviewLitigation.\(row).\($0)" }
        }
        return proactive + applications + review
    }()

    /// A distinct printed value per cell (the fee an amount with a decimal).
    static func printed(_ index: Int) -> String { valueKeys[index] == "proactive.fees.amount" ? "3.75" : "\((index * 37) % 101 + 1)" }

    /// The template with a value typed into each value cell and its title made an agency's.
    static func filledTemplate(_ template: URL) throws -> Data {
        let package = try ZipPackage(data: Data(contentsOf: template))
        var document = String(decoding: try #require(try package.contents(of: "word/document.xml", limit: 1 << 24)), as: UTF8.self)
        var filled = 0
        document = document.replacing(/<w:tc>.*?<\/w:tc>/.dotMatchesNewlines()) { match -> String in
            let cell = String(match.output)
            let text = cell.matches(of: /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/).map { String($0.1) }.joined()
            let continued = cell.contains("<w:vMerge/>") || cell.contains("<w:vMerge w:val=\"continue\"/>")
            guard !continued, text.allSatisfy({ $0.isWhitespace }), let end = cell.range(of: "</w:p>") else { return cell }
            defer { filled += 1 }
            return cell.replacingCharacters(in: end, with: "<w:r><w:t>\(printed(filled))</w:t></w:r></w:p>")
        }
        #expect(filled == valueKeys.count)
        document = document.replacingOccurrences(of: "格式模板", with: "")
        var writer = ZipWriter()
        for name in package.names where !name.hasSuffix("/") {
            let contents = name == "word/document.xml" ? Data(document.utf8) : try #require(try package.contents(of: name, limit: 1 << 24))
            writer.add(name, contents)
        }
        return writer.data
    }

    @Test(.enabled(if: Fixtures.shared("template/annual-report-format-2021.docx") != nil))
    func theFilledTemplateGivesItsNumbers() throws {
        let template = try #require(Fixtures.shared("template/annual-report-format-2021.docx"))
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("filled.docx")
        try Self.filledTemplate(template).write(to: input)

        let document = try RepairStage().repair(path: input.path)
        #expect(document.source.format == .docx)
        let record = try DocumentBuilder.parse(document)
        #expect(record.template == .v2021)
        for (index, key) in Self.valueKeys.enumerated() {
            let parts = key.split(separator: ".").map(String.init)
            let column = parts.last!, row = parts.dropFirst().dropLast().joined(separator: ".")
            let value: Double? = switch parts[0] {
            case "proactive": record.proactive[row]?[column] ?? nil
            case "applications": (record.applications[row]?[column] ?? nil).map(Double.init)
            default: (record.reviewLitigation[row]?[column] ?? nil).map(Double.init)
            }
            #expect(value == Double(Self.printed(index)), "\(key)")
            #expect(record.provenance[key]?.text == Self.printed(index), "\(key)")
        }
        #expect(record.sections.overview == "（文字描述）")
    }

    @Test(.enabled(if: Fixtures.shared("template/annual-report-format-2021.docx") != nil))
    func theTemplateAsItIsHasNoNumbers() throws {
        let template = try #require(Fixtures.shared("template/annual-report-format-2021.docx"))
        let record = try ReportParser().parse(try RepairStage().repair(path: template.path))
        #expect(record.applications.values.allSatisfy { $0.values.allSatisfy { $0 == nil } })
        #expect(record.title == nil)
    }
}
