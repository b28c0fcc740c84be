import Testing
import ReportModel
import TestSupport
@testable import Repair

/// Damaged and degenerate layouts must come back as a document (never a crash or a hang) without numbers
/// that are not in the input.
struct LayoutRobustnessTests {
    typealias F = LayoutFixture

    static func digitRuns(_ texts: [String]) -> Set<String> {
        Set(texts.flatMap { $0.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init) })
    }

    static func blockTexts(_ document: Document) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let heading): [heading.text]
            case .paragraph(let paragraph): [paragraph.text]
            case .table(let table): table.rows.flatMap(\.cells).map(\.text)
            }
        }
    }

    @Test func degenerateLayoutsGiveADocument() {
        let empty = Word(text: "", box: Box(x0: 10, y0: 10, x1: 10, y1: 10))
        let point = Word(text: "7", box: Box(x0: 300, y0: 800, x1: 300, y1: 800), glyphs: [Glyph(char: "7", box: Box(x0: 300, y0: 800, x1: 300, y1: 800))])
        let mismatched = Word(text: "三个字", box: Box(x0: 72, y0: 100, x1: 108, y1: 112), glyphs: [Glyph(char: "三", box: Box(x0: 72, y0: 100, x1: 84, y1: 112))])
        let pages = [
            Page(number: 1, width: 595, height: 842, kind: .text),
            Page(number: 2, width: 595, height: 842, kind: .text, lines: [TextLine(box: empty.box, words: [empty]), TextLine(box: point.box, words: [point])]),
            Page(number: 3, width: 595, height: 842, kind: .text, lines: [TextLine(box: mismatched.box, words: [mismatched])],
                 rulings: [Ruling(orientation: .horizontal, position: 50, start: 500, end: 100), Ruling(orientation: .vertical, position: 50, start: 10, end: 10)]),
            Page(number: 4, width: 0, height: 0, kind: .text, rulings: F.grid(xs: [72, 100, 200], ys: [100, 130])),
            Page(number: 5, width: 595, height: 842, kind: .empty),
            Page(number: 6, width: 595, height: 842, kind: .text, lines: [F.line([("1", 80), ("2", 150)], y: 105)],
                 rulings: F.grid(xs: [72, 100, 200], ys: [100, 130]) + F.grid(xs: [90, 150, 220], ys: [110, 140])),
        ]
        for count in 0...pages.count {
            let document = LayoutRepairer().repair(F.document(Array(pages.prefix(count))))
            #expect(Self.digitRuns(Self.blockTexts(document)).isSubset(of: ["7", "1", "2"]))
        }
    }

    @Test func shuffledJitteredAndCutLayoutsInventNoNumbers() {
        var noise = SplitMix(seed: 7)
        let base = Self.sampleLayout()
        let printed = Self.digitRuns(base.pages.flatMap(\.lines).flatMap(\.words).map(\.text))
        for _ in 0..<40 {
            var layout = base
            layout.pages = layout.pages.shuffled(using: &noise).prefix(Int.random(in: 1...base.pages.count, using: &noise)).map { page in
                var page = page
                page.lines = page.lines.shuffled(using: &noise).filter { _ in Double.random(in: 0..<1, using: &noise) > 0.1 }.map { line in
                    var line = line
                    let dx = Double.random(in: -3...3, using: &noise)
                    let dy = Double.random(in: -3...3, using: &noise)
                    line.words = line.words.map { word in
                        var word = word
                        word.box = Box(x0: word.box.x0 + dx, y0: word.box.y0 + dy, x1: word.box.x1 + dx, y1: word.box.y1 + dy)
                        if Bool.random(using: &noise) { word.glyphs = [] }
                        return word
                    }
                    return line
                }
                page.rulings = page.rulings.filter { _ in Double.random(in: 0..<1, using: &noise) > 0.3 }
                return page
            }
            let document = LayoutRepairer().repair(layout)
            let invented = Self.digitRuns(Self.blockTexts(document)).subtracting(printed)
            #expect(invented.isEmpty, "\(invented)")
        }
    }

    /// Two pages: prose, a ruled table cut by the page break, a ruling-less table and page numbers.
    static func sampleLayout() -> LayoutDocument {
        let xs = [72.0, 150, 330, 400, 470]
        let prose = F.prose(String(repeating: "本年度共受理申请21件，", count: 6), y: 100)
        let page1 = F.page(1, lines: prose.lines + [
            F.line([("分组", 80), ("项目", 200), ("甲", 360), ("乙", 430)], y: 608, size: 10),
            F.line([("1.本机关不掌握", 155), ("10", 360), ("0", 430)], y: 638, size: 10),
            F.line([("-", 290), ("1", 297), ("-", 304)], y: 800, size: 12),
        ], rulings: [Ruling(orientation: .horizontal, position: 600, start: 72, end: 470), Ruling(orientation: .horizontal, position: 630, start: 72, end: 470)]
            + xs.map { Ruling(orientation: .vertical, position: $0, start: 600, end: 660) })
        let page2 = F.page(2, lines: [
            F.line([("2.没有现成信息", 155), ("3", 360), ("0", 430)], y: 80, size: 10),
            F.line([("本年新收申请数量", 72), ("21", 330), ("0", 400), ("21", 470)], y: 300, size: 12),
            F.line([("上年结转申请数量", 72), ("3", 332), ("—", 398), ("3", 472)], y: 324, size: 12),
            F.line([("第2页", 280)], y: 805, size: 10),
        ], rulings: xs.map { Ruling(orientation: .vertical, position: $0, start: 72, end: 102) }
            + [Ruling(orientation: .horizontal, position: 102, start: 72, end: 470)])
        return F.document([page1, page2])
    }
}
