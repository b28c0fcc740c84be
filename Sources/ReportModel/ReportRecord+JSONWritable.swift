// The record's JSON written directly (`JSONOutput`), keys in sorted order, every optional as `null`, as its
// `Encodable` conformance gives it.

extension ReportRecord: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("agency", agency)
        output.field("applications", applications)
        output.field("checks", checks)
        output.field("id", id)
        output.field("proactive", proactive)
        output.field("provenance", provenance)
        output.field("reviewLitigation", reviewLitigation)
        output.field("schemaVersion", schemaVersion)
        output.field("sections", sections)
        output.field("source", source)
        output.field("template", template?.rawValue)
        output.field("title", title)
        output.field("warnings", warnings)
        output.field("year", year)
        output.endObject()
    }
}

extension Sections: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("other", other)
        output.field("overview", overview)
        output.field("problems", problems)
        output.endObject()
    }
}

extension Check: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("actual", actual)
        output.field("expected", expected)
        output.field("id", id)
        output.field("ok", ok)
        output.endObject()
    }
}

extension Provenance: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("box", box)
        output.field("confidence", confidence)
        output.field("origin", origin)
        output.field("page", page)
        output.field("text", text)
        output.endObject()
    }
}
