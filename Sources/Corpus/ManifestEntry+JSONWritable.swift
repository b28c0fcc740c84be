import ReportModel

// The manifest entry's JSON written directly (`JSONOutput`), keys in sorted order, as its `Encodable` conformance
// gives it: the manifest of a large corpus is then written without Foundation's whole tree of values in memory.

extension ManifestEntry: JSONWritable {
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("cache", cache)
        output.fieldIfPresent("duplicateOf", duplicateOf)
        output.fieldIfPresent("error", error)
        if let errorCode { output.field("errorCode", errorCode) }
        output.fieldIfPresent("fingerprints", fingerprints)
        if let format { output.field("format", format) }
        output.field("id", id)
        output.fieldIfPresent("pages", pages)
        output.field("path", path)
        output.field("sha256", sha256)
        output.field("status", status)
        output.field("timings", timings)
        output.field("warnings", warnings)
        output.endObject()
    }
}
