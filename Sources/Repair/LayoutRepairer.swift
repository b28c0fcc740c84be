import ReportModel

/// Rebuilds a report's headings, paragraphs and tables from positioned text (the extraction stage's `LayoutDocument`).
///
/// Order of work: tables first (ruled grids take their words, so table text never leaks into prose), then page
/// furniture, then ruling-less tables, then prose; tables cut by a page break are joined last.
public struct LayoutRepairer: Sendable {
    public init() {}

    /// Grouping rulings into grids is quadratic; a page of hatching or a scanned texture can carry thousands of strokes.
    static let maxRulings = 5000

    public func repair(_ layout: LayoutDocument) -> Document {
        let analysis = analyse(layout)
        return Document(source: layout.source, blocks: analysis.blocks, diagnostics: layout.diagnostics + analysis.diagnostics)
    }

    /// What repair saw on each page, to draw over the page images: lines, paragraphs, headings, table cells
    /// (merged cells in their own colour) and dropped page furniture.
    public func overlays(for layout: LayoutDocument) -> [PageOverlay] {
        let shapes = Dictionary(grouping: analyse(layout).shapes, by: \.page)
        return layout.pages.map { PageOverlay(page: $0.number, shapes: shapes[$0.number]?.map(\.shape) ?? []) }
    }

    private enum Item {
        case line(LayoutLine)
        case table(GridFragment)
    }

    private struct Analysis {
        var blocks: [Block] = []
        var diagnostics: [Diagnostic] = []
        var shapes: [(page: Int, shape: OverlayShape)] = []

        mutating func draw(_ box: Box, page: Int, _ color: OverlayColor, width: Double = 1) {
            shapes.append((page, OverlayShape(box: box, color: color, lineWidth: width)))
        }
    }

    /// Works on straightened pages (an OCR page's rows horizontal, its rulings parallel to the edges), and gives the
    /// blocks' and shapes' boxes back in the pages' own coordinates.
    private func analyse(_ layout: LayoutDocument) -> Analysis {
        var analysis = Analysis()
        var tablesByPage: [Int: [GridFragment]] = [:]
        var linesByPage: [[LayoutLine]] = []
        for page in layout.pages.map({ $0.straightened() }) {
            guard page.kind == .text || page.kind == .ocr else {
                analysis.diagnostics.append(Diagnostic(
                    code: .repairPageWithoutText, message: "page \(page.number) has no usable text (\(page.kind.rawValue))",
                    page: page.number))
                continue
            }
            var lines = page.lines.map { line in
                LayoutLine(page: page.number, words: line.words.filter { !$0.text.allSatisfy(\.isWhitespace) }, vertical: line.vertical)
            }.filter { !$0.words.isEmpty }
            for line in lines { analysis.draw(line.box, page: page.number, .line, width: 0.5) }
            var grids: [RulingGrid] = []
            if page.rulings.count <= Self.maxRulings {
                grids = RulingGrid.detect(in: page)
            } else {
                analysis.diagnostics.append(Diagnostic(
                    code: .repairRulingsIgnored,
                    message: "page \(page.number) has \(page.rulings.count) rulings (hatching or texture?): tables read without them",
                    page: page.number))
            }
            for grid in grids {
                tablesByPage[page.number, default: []].append(GridFragment.filling(grid, from: &lines))
                for cell in grid.table.cells {
                    let merged = cell.rowSpan > 1 || cell.columnSpan > 1
                    analysis.draw(cell.box, page: page.number, merged ? .mergedCell : .cell, width: merged ? 1.5 : 0.8)
                }
            }
            linesByPage.append(lines)
        }

        let heights = Dictionary(layout.pages.map { ($0.number, $0.height) }, uniquingKeysWith: { first, _ in first })
        let furniture = PageFurniture().strip(linesByPage, heights: heights)
        analysis.diagnostics += furniture.diagnostics
        for line in furniture.removed { analysis.draw(line.box, page: line.page, .dropped, width: 1.5) }

        var items: [Item] = []
        for var lines in furniture.pages {
            guard let page = lines.first?.page else { continue }
            let aligned = AlignedGrid().extract(from: &lines)
            analysis.diagnostics += aligned.diagnostics
            for fragment in aligned.fragments {
                analysis.draw(fragment.firstBox, page: page, .mergedCell, width: 1.5)
                for cell in fragment.rows.joined() {
                    if let box = cell.location?.box { analysis.draw(box, page: page, .cell, width: 0.8) }
                }
            }
            tablesByPage[page, default: []] += aligned.fragments
            let pageItems = lines.map { (top: $0.box.y0, item: Item.line($0)) }
                + (tablesByPage.removeValue(forKey: page) ?? []).map { (top: $0.firstBox.y0, item: Item.table($0)) }
            items += pageItems.sorted { $0.top < $1.top }.map(\.item)
        }
        // Pages holding only a table (no flow line at all) still count.
        for (_, fragments) in tablesByPage.sorted(by: { $0.key < $1.key }) {
            items += fragments.map(Item.table)
        }
        items = ordered(items)

        build(items, into: &analysis)
        let skews = Dictionary(
            layout.pages.compactMap { page in PageSkew(of: page).map { (page.number, $0) } }, uniquingKeysWith: { first, _ in first })
        if !skews.isEmpty {
            analysis.blocks = analysis.blocks.map { $0.placed(on: skews) }
            analysis.shapes = analysis.shapes.map { page, shape in
                var shape = shape
                if let skew = skews[page] { shape.box = skew.toPage(shape.box) }
                return (page, shape)
            }
        }
        return analysis
    }

    /// Items in page order, keeping the order within a page (a page holding only tables was appended at the end).
    private func ordered(_ items: [Item]) -> [Item] {
        func page(_ item: Item) -> Int {
            switch item {
            case .line(let line): line.page
            case .table(let fragment): fragment.firstPage
            }
        }
        return items.enumerated().sorted { (page($0.element), $0.offset) < (page($1.element), $1.offset) }.map(\.element)
    }

    /// Joins tables continued over a page break, then turns the flow lines between tables into headings and paragraphs.
    private func build(_ items: [Item], into analysis: inout Analysis) {
        let assembler = GridAssembler()
        var merged: [Item] = []
        for item in items {
            if case .table(let next) = item, case .table(let previous)? = merged.last, assembler.continues(previous, with: next) {
                let (joined, notes) = assembler.append(next, to: previous)
                merged[merged.count - 1] = .table(joined)
                analysis.diagnostics += notes
            } else {
                merged.append(item)
            }
        }

        let flow = merged.compactMap { item -> LayoutLine? in
            if case .line(let line) = item { return line }
            return nil
        }
        let builder = LayoutParagraphBuilder(metrics: .init(lines: flow))
        var run: [LayoutLine] = []
        var atStart = true
        func flush() {
            var groups = builder.groups(run)
            if atStart {
                let title = Array(groups.prefix { builder.isTitle($0) })
                if !title.isEmpty {
                    let lines = Array(title.joined())
                    let box = Box.enclosing(lines.map(\.box))
                    let text = PrintedText.removingWhitespace(lines.map(\.text).joined())
                    analysis.blocks.append(.heading(Heading(level: 0, text: text, location: Location(page: lines[0].page, box: box))))
                    if let box { analysis.draw(box, page: lines[0].page, .heading, width: 1.5) }
                    groups.removeFirst(title.count)
                }
            }
            for group in groups {
                let blocks = builder.blocks(group)
                analysis.blocks += blocks
                let isHeading = blocks.contains { if case .heading = $0 { true } else { false } }
                for page in Set(group.map(\.page)) {
                    if let box = Box.enclosing(group.filter { $0.page == page }.map(\.box)) {
                        analysis.draw(box, page: page, isHeading ? .heading : .paragraph, width: 1.2)
                    }
                }
            }
            if !run.isEmpty || !analysis.blocks.isEmpty { atStart = false }
            run = []
        }
        for item in merged {
            switch item {
            case .line(let line):
                run.append(line)
            case .table(let fragment):
                flush()
                analysis.blocks.append(.table(assembler.table(fragment)))
                atStart = false
            }
        }
        flush()
    }
}
