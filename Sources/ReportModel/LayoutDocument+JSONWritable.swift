// The layout's JSON written directly (`JSONOutput`), keys in sorted order, as its `Encodable` conformance gives it.

extension LayoutDocument: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("diagnostics", diagnostics)
        output.field("formatVersion", formatVersion)
        output.field("pages", pages)
        output.field("source", source)
        output.endObject()
    }
}

extension Page: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("height", height)
        output.field("kind", kind)
        output.fieldIfPresent("kindReason", kindReason)
        output.field("lines", lines)
        output.field("number", number)
        output.field("rulings", rulings)
        output.fieldIfPresent("skew", skew)
        output.field("width", width)
        output.endObject()
    }
}

extension TextLine: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("box", box)
        output.field("vertical", vertical)
        output.field("words", words)
        output.endObject()
    }
}

extension Word: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("box", box)
        output.fieldIfPresent("confidence", confidence)
        output.fieldIfPresent("font", font)
        output.fieldIfPresent("fontSize", fontSize)
        output.field("glyphs", glyphs)
        output.field("origin", origin)
        output.field("text", text)
        output.endObject()
    }
}

extension Glyph: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("box", box)
        output.field("char", char)
        output.endObject()
    }
}

extension Ruling: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("end", end)
        output.field("orientation", orientation)
        output.field("position", position)
        output.field("start", start)
        output.endObject()
    }
}

extension Box: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginArray()
        for coordinate in [x0, y0, x1, y1] {
            output.element()
            output.hundredths(coordinate)
        }
        output.endArray()
    }
}

extension SourceInfo: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("format", format)
        output.key("pageOrigins")
        output.beginArray()
        for origin in pageOrigins {
            output.element()
            output.value(origin.rawValue)
        }
        output.endArray()
        output.fieldIfPresent("pages", pages)
        output.field("path", path)
        output.field("sha256", sha256)
        output.fieldIfPresent("url", url)
        output.endObject()
    }
}

extension Diagnostic: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.fieldIfPresent("box", box)
        output.field("code", code)
        output.fieldIfPresent("context", context)
        output.field("message", message)
        output.fieldIfPresent("page", page)
        output.field("severity", severity)
        output.endObject()
    }
}
