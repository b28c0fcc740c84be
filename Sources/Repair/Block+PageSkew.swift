import ReportModel

extension Block {
    /// The block with its boxes, found on straightened pages, moved back to the coordinates of the pages they are on
    /// (`skews` by page number), and each such location naming its page's skew.
    func placed(on skews: [Int: PageSkew]) -> Block {
        switch self {
        case .heading(var heading):
            heading.location = heading.location?.placed(on: skews)
            return .heading(heading)
        case .paragraph(var paragraph):
            paragraph.location = paragraph.location?.placed(on: skews)
            return .paragraph(paragraph)
        case .table(var table):
            table.location = table.location?.placed(on: skews)
            for r in table.rows.indices {
                for c in table.rows[r].cells.indices {
                    var cell = table.rows[r].cells[c]
                    if let page = cell.location?.page, let skew = skews[page] {
                        cell.lines = cell.lines?.map { CellLine(text: $0.text, box: skew.toPage($0.box)) }
                    }
                    cell.location = cell.location?.placed(on: skews)
                    table.rows[r].cells[c] = cell
                }
            }
            return .table(table)
        }
    }
}

extension Location {
    func placed(on skews: [Int: PageSkew]) -> Location {
        guard let skew = skews[page] else { return self }
        return Location(page: page, box: box.map(skew.toPage), skew: skew.degrees)
    }
}
