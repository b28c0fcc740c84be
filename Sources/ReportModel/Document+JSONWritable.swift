// The document's JSON written directly (`JSONOutput`), keys in sorted order, as its `Encodable` conformance gives it.

extension Document: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("blocks", blocks)
        output.field("diagnostics", diagnostics)
        output.field("formatVersion", formatVersion)
        output.field("source", source)
        output.endObject()
    }
}

extension Location: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.fieldIfPresent("box", box)
        output.field("page", page)
        output.fieldIfPresent("skew", skew)
        output.endObject()
    }
}

/// A block is one object: its `type` among the keys of the heading, paragraph or table.
extension Block: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        switch self {
        case .heading(let heading):
            output.field("level", heading.level)
            output.fieldIfPresent("location", heading.location)
            output.field("text", heading.text)
            output.field("type", "heading")
        case .paragraph(let paragraph):
            output.fieldIfPresent("location", paragraph.location)
            output.field("text", paragraph.text)
            output.field("type", "paragraph")
        case .table(let table):
            output.field("columnCount", table.columnCount)
            output.fieldIfPresent("location", table.location)
            output.fieldIfPresent("markupGrid", table.markupGrid)
            output.field("rows", table.rows)
            output.field("type", "table")
        }
        output.endObject()
    }
}

extension TableRow: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("cells", cells)
        output.endObject()
    }
}

extension Cell: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("column", column)
        output.field("columnSpan", columnSpan)
        output.fieldIfPresent("confidence", confidence)
        output.fieldIfPresent("lines", lines)
        output.fieldIfPresent("location", location)
        output.field("origin", origin)
        output.field("rowSpan", rowSpan)
        output.field("text", text)
        output.endObject()
    }
}

extension CellLine: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("box", box)
        output.field("text", text)
        output.endObject()
    }
}
