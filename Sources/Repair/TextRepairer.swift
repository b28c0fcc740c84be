import ReportModel

/// The text path of repair: extracted text (no geometry) → headings, paragraphs and tables.
struct TextRepairer {
    /// A piece of the input in reading order: running text, or a table already structured (from HTML).
    enum Segment {
        case text(String)
        case table(Table)
    }

    func blocks(from text: String) -> (blocks: [Block], diagnostics: [Diagnostic]) {
        blocks(from: [.text(text)])
    }

    /// Blocks in reading order and the diagnostics for what had to be guessed.
    func blocks(from segments: [Segment]) -> (blocks: [Block], diagnostics: [Diagnostic]) {
        let texts = segments.map { segment -> [SourceLine] in
            if case .text(let text) = segment { return SourceLine.lines(of: text) }
            return []
        }
        let allLines = texts.flatMap { $0 }
        let proseLines = allLines.filter { !$0.isBlank && $0.fieldSeparator == nil }
        var prose = ProseAssembler(wrapWidth: WrapWidth.estimate(proseLines))
        var diagnostics: [Diagnostic] = []
        for (segment, lines) in zip(segments, texts) {
            switch segment {
            case .table(let table):
                prose.append(table)
            case .text:
                diagnostics += add(lines, to: &prose)
            }
        }
        return (prose.finish(), diagnostics)
    }

    private func add(_ lines: [SourceLine], to prose: inout ProseAssembler) -> [Diagnostic] {
        var lines = lines
        let (running, diagnosticsFound) = RunningLines.repeats(in: lines)
        for index in running { lines[index] = SourceLine("") }
        var regions = TableRegionFinder.regions(in: lines)[...]
        var diagnostics = diagnosticsFound
        var index = 0
        while index < lines.count {
            while let region = regions.first, region.lowerBound < index { regions = regions.dropFirst() }
            if let region = regions.first, region.lowerBound == index {
                var builder = TextTableBuilder()
                for line in lines[region] { builder.add(line) }
                let (table, found) = builder.finish()
                prose.append(table)
                diagnostics += found
                regions = regions.dropFirst()
                index = region.upperBound + 1
            } else {
                prose.add(lines[index])
                index += 1
            }
        }
        return diagnostics
    }
}
