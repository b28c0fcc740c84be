import Foundation
import Markup
import ReportModel

/// Reads a Word file (`.docx`) into the text path's segments: each body paragraph a line, each table a `Table`
/// on its grid, `w:gridSpan` as a column span and `w:vMerge` as a row span, as HTML tables are read.
///
/// Only `word/document.xml` is read. Deleted text, field codes and the fallback copy of drawn text boxes are
/// not what a reader sees, and are left out.
enum WordDocumentReader {
    /// `word/document.xml` of any report is well under a megabyte; a part over this is refused rather than
    /// inflated (a zip bomb).
    static let largestDocumentPart = 64 << 20

    static func segments(ofPackage data: Data, path: String) throws -> [TextRepairer.Segment] {
        guard MarkupParser.isAvailable else {
            throw GovReportsError.unsupportedInput(path: path, reason: "libxml2 cannot be loaded (install Debian's libxml2) to read a Word file")
        }
        let xml: Data
        do {
            guard let part = try ZipPackage(data: data).contents(of: "word/document.xml", limit: largestDocumentPart) else {
                throw GovReportsError.unreadable(path: path, reason: "not a Word file: the package has no word/document.xml")
            }
            xml = part
        } catch let failure as ZipPackage.Failure {
            throw GovReportsError.unreadable(path: path, reason: "not a readable Word file: \(failure)")
        }
        guard let tokens = MarkupParser.xml(xml) else {
            throw GovReportsError.unreadable(path: path, reason: "word/document.xml is not well-formed XML")
        }
        return segments(of: tokens)
    }

    /// Elements whose text is not shown as the document's text.
    private static let skipped: Set<String> = ["w:delText", "w:instrText", "mc:Fallback", "w:del", "w:rPr", "w:pPr"]

    static func segments(of tokens: [MarkupToken]) -> [TextRepairer.Segment] {
        var segments: [TextRepairer.Segment] = []
        var lines: [String] = []
        var paragraph = ""
        var table: WordTableBuilder?
        var tableDepth = 0
        var skipDepth = 0
        var inText = false
        func flushText() {
            if !lines.isEmpty { segments.append(.text(lines.joined(separator: "\n"))) }
            lines = []
        }
        for token in tokens {
            if skipDepth > 0 {
                switch token {
                case .open: skipDepth += 1
                case .close: skipDepth -= 1
                case .text: break
                }
                continue
            }
            switch token {
            case .open(let name, _) where skipped.contains(name):
                skipDepth = 1
            case .open(let name, _) where name == "w:tbl":
                tableDepth += 1
                if tableDepth == 1 {
                    flushText()
                    table = WordTableBuilder()
                }
            case .close(let name) where name == "w:tbl":
                tableDepth -= 1
                if tableDepth == 0, let finished = table?.table() {
                    segments.append(.table(finished))
                    table = nil
                }
            case .open(let name, _) where name == "w:t":
                inText = true
            case .close(let name) where name == "w:t":
                inText = false
            case .open(let name, _) where name == "w:tab":
                paragraph += " "
            case .open(let name, _) where name == "w:br" || name == "w:cr":
                paragraph += tableDepth > 0 ? "" : "\n"
            case .open(let name, let attributes) where tableDepth == 1:
                table?.open(name, attributes)
            case .close(let name) where name == "w:p":
                if tableDepth > 0 {
                    table?.endParagraph(paragraph)
                } else {
                    lines.append(paragraph)
                }
                paragraph = ""
            case .close(let name) where tableDepth == 1:
                table?.close(name)
            case .text(let text) where inText:
                paragraph += text
            default:
                break
            }
        }
        flushText()
        return segments
    }
}
