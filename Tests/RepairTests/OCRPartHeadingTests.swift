import ReportModel
import Testing

@testable import Repair

/// A part heading printed as the format prints it is a block of its own on an OCR page, where lines have no declared
/// font size and their heights vary (Tesseract gives a line the box of its tallest glyph): there the measures that
/// end a paragraph (indent, a short line, a change of size) can all miss, and a title line as long as the body's
/// joined the heading under it on a probe scan of qinghe's, so part 一 was lost.
struct OCRPartHeadingTests {
    static func ocrLine(_ text: String, x: Double, y: Double, x1: Double, height: Double = 18) -> TextLine {
        let box = Box(x0: x, y0: y, x1: x1, y1: y + height)
        return TextLine(box: box, words: [Word(text: text, box: box, origin: .ocr, confidence: 90)])
    }

    static func blocks(_ lines: [TextLine]) -> [String] {
        let page = Page(number: 1, width: 595, height: 842, kind: .ocr, lines: lines, rulings: [])
        return LayoutRepairer().repair(LayoutFixture.document([page])).blocks.compactMap { block in
            switch block {
            case .heading(let heading): "H:" + heading.text
            case .paragraph(let paragraph): "P:" + paragraph.text
            default: nil
            }
        }
    }

    @Test func aPartHeadingAfterALineThatRunsOnIsAHeading() {
        let blocks = Self.blocks([
            Self.ocrLine("本机关按照上级要求认真编制并发布了本年度政府信息公开工作年度报告", x: 72, y: 100, x1: 522),
            Self.ocrLine("一、总体情况", x: 72, y: 123, x1: 162),
            Self.ocrLine("本年度，本机关围绕优化营商环境，继续推进监管信息公开，对企业开办、年报", x: 72, y: 146, x1: 522),
            Self.ocrLine("公示和信用修复等事项实行一站式公开，全年发布各类信息四百余条，均已按期", x: 72, y: 169, x1: 522),
            Self.ocrLine("办结，没有超期答复的情形，公开内容的规范性逐步提高，下一步继续改进公开", x: 72, y: 192, x1: 522),
            Self.ocrLine("二、主动公开政府信息情况", x: 72, y: 215, x1: 252),
            Self.ocrLine("本年度本机关主动公开的规章和行政规范性文件详见下表，各项数据均已核对无误", x: 72, y: 238, x1: 522),
        ])
        #expect(blocks.contains("H:一、总体情况"))
        #expect(blocks.contains("H:二、主动公开政府信息情况"))
        #expect(!blocks.contains { $0.contains("报告一、") || $0.contains("改进公开二、") })
    }

    @Test func onlyTheFormatsOwnWordingCounts() {
        #expect(FormatVocabulary.isPartHeadingAsPrinted("三、收到和处理政府信息公开申请情况"))
        #expect(FormatVocabulary.isPartHeadingAsPrinted("五、存在的主要问题及改进情况。"))
        #expect(FormatVocabulary.isPartHeadingAsPrinted("一、 总体情况"))
        #expect(!FormatVocabulary.isPartHeadingAsPrinted("一、总体情况良好，全年发布信息"))
        #expect(!FormatVocabulary.isPartHeadingAsPrinted("一、工作概况"))
    }
}
