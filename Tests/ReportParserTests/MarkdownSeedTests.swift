import Foundation
import Repair
import ReportModel
import ReportParser
import TestSupport
import Testing

/// The shared seeds written as Markdown, the way MinerU or Marker write a converted report, give the same
/// record as their text form. Skipped when `../shared` is absent.
@Suite struct MarkdownSeedTests {
    /// A seed text as Markdown: the title `#`, part headings `##`, their numbered sub-headings `###`, every
    /// tab-separated table row a pipe row (empty cells kept) with the `|---|` rule under a table's first row,
    /// a page image and emphasis as those tools leave them. Tables laid out with spaces stay as they are.
    static func markdown(ofSeed text: String) -> String {
        var output: [String] = []
        var inTable = false
        var titleDone = false
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line.contains("\t") {
                var fields = line.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
                while fields.count > 1, fields.last?.isEmpty == true { fields.removeLast() }
                output.append("| " + fields.joined(separator: " | ") + " |")
                if !inTable { output.append("|" + String(repeating: " --- |", count: fields.count)) }
                inTable = true
                continue
            }
            if inTable, !trimmed.isEmpty { output.append("") }
            inTable = inTable && trimmed.isEmpty
            let heading = !trimmed.contains("。") && trimmed.firstMatch(of: /\d\s/) == nil && trimmed.last?.isNumber != true
            if heading, trimmed.wholeMatch(of: /[一二三四五六七八九十]+、.{2,40}/) != nil {
                output += ["## " + trimmed, ""]
            } else if heading, trimmed.wholeMatch(of: /[（(][一二三四五六七八九十]+[）)][^。，]{2,30}/) != nil {
                output += ["### **" + trimmed + "**", ""]
            } else if !titleDone, trimmed.hasSuffix("年度报告") {
                output += ["# " + trimmed, "", "![](images/3f0c9a2e.jpg)", ""]
                titleDone = true
            } else {
                output.append(line)
            }
        }
        return output.joined(separator: "\n")
    }

    static var seeds: [String] { SeedTests.seeds }

    @Test(.enabled(if: Fixtures.shared != nil), arguments: seeds)
    func markdownGivesTheRecordOfTheText(_ seed: String) throws {
        let input = try #require(Fixtures.shared("seeds/\(seed)"))
        let text = try String(contentsOf: input, encoding: .utf8)
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let converted = folder.appendingPathComponent((seed as NSString).deletingPathExtension + ".md")
        let markdown = Self.markdown(ofSeed: text)
        #expect(markdown.contains("\n## 二、"))
        #expect(markdown.contains("| --- |") == text.contains("\t"))
        try markdown.write(to: converted, atomically: true, encoding: .utf8)

        let fromText = try ReportParser().parse(try RepairStage().repair(path: input.path))
        let fromMarkdown = try ReportParser().parse(try RepairStage().repair(path: converted.path))
        #expect(fromMarkdown.source.format == .markdown)
        #expect(fromMarkdown.title == fromText.title)
        #expect(fromMarkdown.agency == fromText.agency)
        #expect(fromMarkdown.year == fromText.year)
        #expect(fromMarkdown.template == fromText.template)
        #expect(fromMarkdown.sections == fromText.sections)
        #expect(fromMarkdown.proactive == fromText.proactive)
        #expect(fromMarkdown.applications == fromText.applications)
        #expect(fromMarkdown.reviewLitigation == fromText.reviewLitigation)
        #expect(fromMarkdown.checks == fromText.checks)
        #expect(Set(fromMarkdown.provenance.keys) == Set(fromText.provenance.keys))
    }
}
